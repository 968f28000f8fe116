"""Bulk writes and the search index, without depending on the app that keeps the index.

A bulk writer (the catalogue import, the demo loader) wraps its work in
`deferred_index_updates()`: every app that keeps an index of the content registers a
`defer_index_updates` hook, a function returning a context manager that holds the index
updates of the saved objects back and sends them in bulk when the block ends (search
registers `search.indexing.deferred_index_updates`). Without such an app the block only
runs its body.

A writer that bypasses model signals altogether (rows written straight into tables) calls
`content_written_in_bulk()` afterwards, so that whatever was derived from the content
(cached counts) is known to be stale.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from django.dispatch import Signal
from wagtail import hooks

DEFER_HOOK = "defer_index_updates"

# Sent (without arguments) after content was written without model signals.
written_in_bulk = Signal()


@contextmanager
def deferred_index_updates() -> Iterator[None]:
    """Within the block, index updates wait for its end; see the module's docstring."""
    with ExitStack() as stack:
        for defer in hooks.get_hooks(DEFER_HOOK):
            stack.enter_context(defer())
        yield


def content_written_in_bulk() -> None:
    """Tell listeners that content changed without model signals."""
    written_in_bulk.send(sender=None)
