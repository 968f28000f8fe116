"""Background tasks of the search app."""

from django_tasks import task

from .indexing import process_queue


@task()
def process_index_queue() -> dict:
    """Send the queued index updates to the search engine (see search/indexing.py)."""
    sent, left = process_queue()
    return {"sent": sent, "left": left}
