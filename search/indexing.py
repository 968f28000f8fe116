"""Search index updates that survive an engine outage.

Wagtail's own signal handlers send each edit to the engine and, when it is unreachable,
log the error and drop the update. For engine backends (SEARCH_URL) the portal instead
records every save, publish, move and delete of an indexed object in a queue table, in the
same transaction as the edit, and a background task sends the queue to the engine,
keeping whatever fails until the engine is back. The database backend, which lives in the
same database as the edit, keeps Wagtail's handlers.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from modelsearch import signal_handlers as modelsearch_handlers
from wagtail.search.backends import get_search_backends_with_name
from wagtail.search.index import get_indexed_models
from wagtail.signals import post_page_move

from core import pagecache

from .backends.owned import IndexNotOwned, ensure_index

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
MAX_RETRY_DELAY = timedelta(minutes=10)
# While the engine does not answer at all, the queue is tried again this often: each try
# costs one ping, and the updates go out within this long of the node's return (rather
# than at the end of a backoff that had grown to MAX_RETRY_DELAY during the outage). The
# growing backoff is kept for an engine that answers but refuses what it is sent.
RETRY_PROBE_INTERVAL = timedelta(seconds=15)
PING_TIMEOUT_SECONDS = 2


def queued_backend_names() -> list[str]:
    """The configured backends whose updates go through the queue: the engine backends,
    configured with AUTO_UPDATE off (see portal/settings/environment.py)."""
    return [
        name
        for name, params in settings.WAGTAILSEARCH_BACKENDS.items()
        if params.get("AUTO_UPDATE", True) is False
    ]


def queued_backends() -> list:
    names = queued_backend_names()
    return [backend for name, backend in get_search_backends_with_name() if name in names]


def queue(instance, action: str = "index") -> None:
    from .models import IndexQueueEntry

    IndexQueueEntry.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=True),
        object_id=str(instance.pk),
        defaults={"action": action, "attempts": 0, "last_error": ""},
    )
    transaction.on_commit(announce_waiting)


# Sent once queued updates are committed (`delay` None) or after a failed send (`delay`:
# when to try again). search/tasks.py answers it by enqueueing the background task; this
# module does not import the task, which imports process_queue from here.
updates_waiting = Signal()


def announce_waiting(delay: timedelta | None = None) -> None:
    """Ask for the queue to be processed, at once or after `delay`."""
    updates_waiting.send(sender=None, delay=delay)


def _on_save(sender, instance, raw=False, **kwargs):
    if not raw:
        queue(instance, "index")


def _on_delete(sender, instance, **kwargs):
    queue(instance, "remove")


def _on_move(sender, instance, **kwargs):
    # Descendants' tree paths change with the move; the index filters on them.
    for descendant in instance.get_descendants(inclusive=True).specific(defer=True):
        queue(descendant, "index")


def reindex_reviewed_resource(sender, instance, raw=False, **kwargs):
    """A resource's published expert review changed (association.ReviewPublication): the
    engine filters and sorts on it, so the resource goes to the index again."""
    if raw:
        return
    from wagtail.search import index

    page = instance.page
    if queued_backend_names():
        queue(page, "index")
    index.insert_or_update_object(page)


def route_index_updates_through_queue() -> None:
    """With an engine backend, replace Wagtail's index signal handlers by the queue's.

    Called once at start-up, after Wagtail has connected its handlers.
    """
    if not queued_backend_names():
        return
    for model in get_indexed_models():
        if not getattr(model, "search_auto_update", True):
            continue
        post_save.disconnect(modelsearch_handlers.post_save_signal_handler, sender=model)
        post_delete.disconnect(modelsearch_handlers.post_delete_signal_handler, sender=model)
        post_save.connect(_on_save, sender=model, dispatch_uid=f"search-queue-save-{model}")
        post_delete.connect(_on_delete, sender=model, dispatch_uid=f"search-queue-delete-{model}")
    post_page_move.connect(_on_move, dispatch_uid="search-queue-move")


def route_index_updates_to_wagtail() -> None:
    """Undo `route_index_updates_through_queue` (when the configuration changes at run
    time, as in tests that switch backends)."""
    for model in get_indexed_models():
        if not getattr(model, "search_auto_update", True):
            continue
        post_save.disconnect(sender=model, dispatch_uid=f"search-queue-save-{model}")
        post_delete.disconnect(sender=model, dispatch_uid=f"search-queue-delete-{model}")
        post_save.connect(modelsearch_handlers.post_save_signal_handler, sender=model)
        post_delete.connect(modelsearch_handlers.post_delete_signal_handler, sender=model)
    post_page_move.disconnect(dispatch_uid="search-queue-move")


# Deferred index updates (bulk writers such as the catalogue import) ----------------------

_deferred_lock = threading.Lock()
_deferred_depth = 0
_deferred: dict[type, set] = {}


def _collect_save(sender, instance, raw=False, **kwargs):
    if not raw:
        with _deferred_lock:
            _deferred.setdefault(type(instance), set()).add(instance.pk)


@contextmanager
def deferred_index_updates():
    """Within the block, the inline index updates of saved objects (the database backend
    and any backend Wagtail's own handlers update) are collected, once per object, and
    sent in bulk when the block ends — also when it ends with an error, so that nothing
    written stays unindexed. A page saved three times while imported is indexed once.

    The queue of the engine backends (above) is left as it is: its entries are cheap rows,
    written in the same transaction as the edit. While the block runs, saves in other
    threads of the process are collected too; they are indexed at its end.
    """
    global _deferred_depth
    with _deferred_lock:
        _deferred_depth += 1
        outermost = _deferred_depth == 1
    swapped = []
    if outermost:
        for model in get_indexed_models():
            # disconnect() says whether Wagtail's handler was connected for the model.
            if post_save.disconnect(modelsearch_handlers.post_save_signal_handler, sender=model):
                swapped.append(model)
                post_save.connect(_collect_save, sender=model, dispatch_uid=f"search-defer-{model}")
    try:
        yield
    finally:
        with _deferred_lock:
            _deferred_depth -= 1
            last = _deferred_depth == 0
            collected = dict(_deferred) if last else {}
            if last:
                _deferred.clear()
        if last:
            for model in swapped:
                post_save.disconnect(sender=model, dispatch_uid=f"search-defer-{model}")
                post_save.connect(modelsearch_handlers.post_save_signal_handler, sender=model)
            _index_in_bulk(collected)


def _index_in_bulk(collected: dict[type, set]) -> None:
    queued = set(queued_backend_names())
    backends = [
        backend
        for name, backend in get_search_backends_with_name(with_auto_update=True)
        if name not in queued
    ]
    for model, pks in collected.items():
        pks = sorted(pks)
        for start in range(0, len(pks), BATCH_SIZE):
            objects = list(
                model.get_indexed_objects().filter(pk__in=pks[start : start + BATCH_SIZE])
            )
            if not objects:
                continue
            for backend in backends:
                backend.add_bulk(model, objects)


def process_queue(limit: int | None = None) -> tuple[int, int]:
    """Send queued updates to the engine. Returns (sent, left); what fails stays queued."""
    from .models import IndexQueueEntry

    backends = queued_backends()
    sent = 0
    while True:
        with transaction.atomic():
            entries = list(
                IndexQueueEntry.objects.select_for_update(skip_locked=True)
                .select_related("content_type")
                .order_by("pk")[:BATCH_SIZE]
            )
            if not entries:
                break
            try:
                _send(entries, backends)
            except IndexNotOwned as error:
                # Another installation's index, or its own gone from the engine's address
                # (logged by search/backends/owned.py): the updates wait, unsent, for an
                # operator's `update_index [--claim]` or a corrected SEARCH_URL; tried
                # again only now and then.
                IndexQueueEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(
                    attempts=entries[0].attempts + 1, last_error=str(error)[:2000]
                )
                transaction.on_commit(lambda: announce_waiting(MAX_RETRY_DELAY))
                break
            except Exception as error:  # the engine is down or refused the batch
                logger.warning(
                    "Search engine unavailable, %d updates kept: %s", len(entries), error
                )
                IndexQueueEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(
                    attempts=entries[0].attempts + 1, last_error=str(error)[:2000]
                )
                attempts = entries[0].attempts + 1
                if engine_answers(backends):
                    delay = min(MAX_RETRY_DELAY, timedelta(seconds=5 * 2**attempts))
                else:
                    delay = RETRY_PROBE_INTERVAL
                transaction.on_commit(lambda delay=delay: announce_waiting(delay))
                break
            IndexQueueEntry.objects.filter(pk__in=[entry.pk for entry in entries]).delete()
            sent += len(entries)
            # Cached pages listing search results were rendered from the index as it was.
            pagecache.invalidate()
        if limit is not None and sent >= limit:
            break
    return sent, IndexQueueEntry.objects.count()


def engine_answers(backends) -> bool:
    """Whether every engine among `backends` answers a ping (a refused connection, a
    timeout or an error status counts as no)."""
    for backend in backends:
        client = getattr(backend, "es", None)
        if client is None:
            continue
        try:
            if not client.ping(request_timeout=PING_TIMEOUT_SECONDS):
                return False
        except Exception:  # what the transport raises beyond what ping() handles
            return False
    return True


def _send(entries, backends) -> None:
    by_model: dict = {}
    for entry in entries:
        model = entry.content_type.model_class()
        if model is not None:
            by_model.setdefault(model, []).append(entry)
    for model, model_entries in by_model.items():
        ids = [entry.object_id for entry in model_entries if entry.action == "index"]
        objects = list(model.get_indexed_objects().filter(pk__in=ids)) if ids else []
        found = {str(obj.pk) for obj in objects}
        gone = [entry.object_id for entry in model_entries if entry.object_id not in found]
        for backend in backends:
            ensure_index(backend.get_index_for_model(model))
            if objects:
                backend.add_bulk(model, objects)
            for object_id in gone:
                backend.delete(model(pk=object_id))
