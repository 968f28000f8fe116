"""Sharing the embedded database between processes."""

from __future__ import annotations

import time

from django.db import connection

# SQLite's busy handler sleeps between a waiting writer's tries, at growing intervals up
# to 100 ms, and never tries in the instant between one transaction's commit and the
# next one's BEGIN: a process writing row after row holds the lock for its whole run.
# A writer in such a run therefore pauses, after a commit, once it has written for
# WRITER_SLICE_SECONDS, for longer than the longest of those sleeps: every waiting
# writer wakes while the lock is free, and the first to wake gets its turn. Each other
# commit gets a short pause, which lets in a waiter that happens to be trying just then.
WRITER_SLICE_SECONDS = 0.3
WRITER_YIELD_SECONDS = 0.12
WRITER_SHORT_PAUSE_SECONDS = 0.005

_slice_started: float | None = None


def make_way_for_other_writers() -> None:
    """Called by long series of write transactions (an import) between two of them:
    on SQLite, other processes' writers get their turn; elsewhere it does nothing."""
    global _slice_started
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        return
    now = time.monotonic()
    if _slice_started is None or now - _slice_started > WRITER_SLICE_SECONDS * 10:
        # The first commit of a run (or one after a long quiet spell) opens a slice.
        _slice_started = now
    if now - _slice_started >= WRITER_SLICE_SECONDS:
        time.sleep(WRITER_YIELD_SECONDS)
        _slice_started = time.monotonic()
    else:
        time.sleep(WRITER_SHORT_PAUSE_SECONDS)


def longest_write_transaction() -> float | None:
    """How long a bulk writer may keep one write transaction open (seconds): on SQLite,
    whose one writer at a time makes every other writer wait meanwhile, a writer's slice;
    elsewhere no limit (rows lock only themselves)."""
    return WRITER_SLICE_SECONDS if connection.vendor == "sqlite" else None
