"""Bulk commands' work shared out between forked processes, with their progress."""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable, Iterable

from django.db import connections


def run_forked(
    work: Callable[..., None],
    arguments: Iterable[tuple],
    advance: Callable[[int], None] | None = None,
) -> list[int]:
    """Run `work(*args, advance)` in one forked process per tuple of `arguments` and wait
    for them all; what they pass to their `advance` reaches ours. Returns the exit codes of
    the processes that failed (empty when all succeeded).

    Each process opens its own database connections (the parent's are closed before
    forking, never shared); clients of other services must be made anew in `work` too.
    """
    connections.close_all()
    context = multiprocessing.get_context("fork")
    progress = context.Queue()
    children = [
        context.Process(target=_child, args=(work, args, progress), daemon=True)
        for args in arguments
    ]
    for child in children:
        child.start()
    running = len(children)
    while running:
        try:
            done = progress.get(timeout=2)
        except queue.Empty:
            # A process killed outright never says it is done.
            if not any(child.is_alive() for child in children):
                break
            continue
        if done is None:
            running -= 1
        elif advance:
            advance(done)
    for child in children:
        child.join()
    return [child.exitcode for child in children if child.exitcode]


# Database connections that came through the fork, kept referenced but never used: closing
# one (or letting it be collected) would end the parent's session on the shared socket.
_inherited: list = []


def _child(work: Callable[..., None], args: tuple, progress) -> None:
    # The parent's connection can still be open after close_all() (seen in the full test
    # suite): the child drops every inherited wrapper and opens its own.
    for connection in connections.all(initialized_only=True):
        _inherited.append(connection)
        del connections[connection.alias]
    try:
        work(*args, progress.put)
    finally:
        connections.close_all()
        progress.put(None)
