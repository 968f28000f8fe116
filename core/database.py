"""Sharing the embedded database between processes."""

from __future__ import annotations

import time

from django.db import connection

# SQLite's busy handler retries a waiting writer at growing intervals (up to every
# 100 ms), and never in the instant between one transaction's commit and the next's
# BEGIN. A process writing row after row would hold the lock for its whole run; a
# pause of this length after each commit lets a waiting sign-up or edit in.
SQLITE_WRITER_PAUSE_SECONDS = 0.01


def make_way_for_other_writers() -> None:
    """Called by long series of write transactions (an import) between two of them:
    on SQLite, other processes' writers get their turn; elsewhere it does nothing."""
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        time.sleep(SQLITE_WRITER_PAUSE_SECONDS)
