"""Send the queued search index updates to the engine now."""

from django.core.management.base import BaseCommand

from search.indexing import process_queue


class Command(BaseCommand):
    help = (
        "Send index updates kept while the search engine was unreachable (the worker does "
        "this by itself; this is for a console or a cron job)."
    )

    def handle(self, *args, **options):
        sent, left = process_queue()
        self.stdout.write(f"{sent} update(s) sent, {left} still queued.")
