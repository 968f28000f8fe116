"""Rebuild the search index of every backend, with a progress bar and throughput."""

from __future__ import annotations

import time

from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as RebuildCommand,
)
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from portal.progress import ProgressBar


class Command(RebuildCommand):
    help = (
        "Rebuild the search index from the database (every backend, or --backend NAME), "
        "showing progress per model and the overall rate."
    )

    def update_backend(self, backend_name, schema_only=False, chunk_size=1000):
        backend = get_search_backend(backend_name)
        if not backend.rebuilder_class:
            self.write(f"{backend_name}: nothing to rebuild (the index follows the database)")
            return
        started = time.monotonic()
        total = 0
        for index, models in group_models_by_index(backend, get_indexed_models()).items():
            rebuilder = backend.rebuilder_class(index)
            index = rebuilder.start()
            for model in models:
                index.add_model(model)
            if not schema_only:
                for model in models:
                    objects = model.get_indexed_objects().order_by("pk")
                    bar = None
                    if self.verbosity:
                        label = f"{backend_name}: {model._meta.label}"
                        bar = ProgressBar(objects.count(), label, self.stdout)
                    for chunk in self.keyset_chunks(objects, chunk_size):
                        index.add_items(model, chunk)
                        total += len(chunk)
                        if bar:
                            bar.advance(len(chunk))
                    if bar:
                        bar.finish()
            rebuilder.finish()
        elapsed = time.monotonic() - started
        rate = total / elapsed if elapsed else 0
        self.write(f"{backend_name}: indexed {total} objects in {elapsed:.1f} s ({rate:.0f}/s)")

    def keyset_chunks(self, queryset, chunk_size):
        """Chunks by primary key rather than by offset, which slows down on large tables."""
        last_pk = None
        while True:
            chunk_queryset = queryset if last_pk is None else queryset.filter(pk__gt=last_pk)
            chunk = list(chunk_queryset[:chunk_size])
            if not chunk:
                return
            yield chunk
            last_pk = chunk[-1].pk
