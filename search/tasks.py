"""Background tasks of the search app."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone
from django_tasks import task
from django_tasks.base import TaskResultStatus

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
    if delay is not None and not queued.get_backend().supports_defer:
        # An inline task runner would retry at once, in a loop: leave it to the next edit
        # or to `manage.py process_search_queue`.
        return
    run_after = timezone.now() + (delay or timedelta())
    if _processing_due_by(run_after):
        # Every edit and every failed batch asks for a run; one waiting is enough, as it
        # reads the whole queue when it starts.
        return
    if delay is not None:
        queued = queued.using(run_after=run_after)
    queued.enqueue()


def _processing_due_by(moment) -> bool:
    """Whether a run of `process_index_queue` is already waiting in the database queue
    that starts no later than `moment` (the production task backend; other backends keep
    no queue this could read)."""
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult, get_date_max

    if not isinstance(process_index_queue.get_backend(), DatabaseBackend):
        return False
    return (
        DBTaskResult.objects.filter(
            status=TaskResultStatus.READY, task_path=process_index_queue.module_path
        )
        .filter(Q(run_after__lte=moment) | Q(run_after=get_date_max()))
        .exists()
    )
