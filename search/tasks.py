"""Background tasks of the search app."""

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from .indexing import process_queue


@task()
def process_index_queue() -> dict:
    """Send the queued index updates to the search engine (see search/indexing.py)."""
    sent, left = process_queue()
    return {"sent": sent, "left": left}


def schedule_processing(delay: timedelta | None = None, **kwargs) -> None:
    """Enqueue `process_index_queue`, at once or after `delay`: the receiver of
    `search.indexing.updates_waiting` (connected in search/apps.py)."""
    queued = process_index_queue
    if delay is not None and queued.get_backend().supports_defer:
        queued = queued.using(run_after=timezone.now() + delay)
    elif delay is not None:
        # An inline task runner would retry at once, in a loop: leave it to the next edit
        # or to `manage.py process_search_queue`.
        return
    queued.enqueue()
