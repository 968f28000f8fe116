"""Rebuild the search index of every backend, with a progress bar and throughput.

An engine index that another installation created, or one without an installation's
stamp, is not replaced (search/backends/owned.py): the command stops with an error
that names both installations. `--claim` is the operator's word that the index is this
installation's after all (made before indices were stamped, or the installation id
changed): it stamps the index and the rebuild goes on."""

from __future__ import annotations

import time

from django.core.management.base import CommandError
from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as RebuildCommand,
)
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from core.forking import run_forked
from core.progress import ProgressBar
from search.backends import owned


class Command(RebuildCommand):
    help = (
        "Rebuild the search index from the database (every backend, or --backend NAME), "
        "showing progress per model and the overall rate; --jobs J reads and sends the "
        "objects from J processes at once."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--jobs",
            type=int,
            default=1,
            metavar="J",
            help="processes that read objects and send them to the index, each a share of "
            "every large model (reading and building documents is bound by Python)",
        )
        parser.add_argument(
            "--claim",
            action="store_true",
            help="take over engine indices that are unmarked or marked as another "
            "installation's: stamp them with this installation's id (SEARCH_INSTALLATION), "
            "then rebuild",
        )

    def handle(self, **options):
        if options["jobs"] < 1:
            raise CommandError("--jobs takes a number of one or more.")
        self.jobs = options["jobs"]
        self.claim = options["claim"]
        super().handle(**options)

    def update_backend(self, backend_name, schema_only=False, chunk_size=1000):
        backend = get_search_backend(backend_name)
        if not backend.rebuilder_class:
            self.write(f"{backend_name}: nothing to rebuild (the index follows the database)")
            return
        jobs = getattr(self, "jobs", 1)
        started = time.monotonic()
        total = 0
        for index, models in group_models_by_index(backend, get_indexed_models()).items():
            self.check_owner(backend_name, backend, index)
            rebuilder = backend.rebuilder_class(index)
            index = rebuilder.start()
            for model in models:
                index.add_model(model)
            if not schema_only:
                for model in models:
                    objects = model.get_indexed_objects().order_by("pk")
                    count = objects.count()
                    bar = None
                    if self.verbosity:
                        bar = ProgressBar(
                            count, f"{backend_name}: {model._meta.label}", self.stdout
                        )
                    advance = bar.advance if bar else None
                    if jobs > 1 and count >= 2 * chunk_size:
                        self.add_from_processes(
                            backend_name, index.name, model, jobs, chunk_size, advance
                        )
                    else:
                        add_range(index, model, None, None, chunk_size, advance)
                    total += count
                    if bar:
                        bar.finish()
            # Only now does the new index replace the old one: a failure above leaves the
            # old index in service.
            rebuilder.finish()
        elapsed = time.monotonic() - started
        rate = total / elapsed if elapsed else 0
        self.write(f"{backend_name}: indexed {total} objects in {elapsed:.1f} s ({rate:.0f}/s)")

    def check_owner(self, backend_name, backend, index) -> None:
        """Stop, unless the engine index is this installation's, missing, or claimed."""
        if not hasattr(backend, "installation"):
            return  # not an engine backend with stamped indices
        name = index.name
        try:
            owned.require(backend, name)
        except owned.IndexNotOwned as error:
            if not getattr(self, "claim", False):
                raise CommandError(
                    f"{backend_name}: {error} Nothing was rebuilt; the index is left as it is."
                ) from None
            for claimed in owned.claim(backend, name):
                self.write(
                    f"{backend_name}: claimed {claimed} for installation {backend.installation}"
                )

    def add_from_processes(self, backend_name, index_name, model, jobs, chunk_size, advance):
        """Share the model's objects out by primary key between `jobs` forked processes,
        each with its own database connection and engine client."""
        pks = list(model.get_indexed_objects().order_by("pk").values_list("pk", flat=True))
        size = -(-len(pks) // jobs)
        ranges = [
            (pks[start], pks[min(start + size, len(pks)) - 1]) for start in range(0, len(pks), size)
        ]
        failed = run_forked(
            _add_range_in_child,
            [(backend_name, index_name, model, first, last, chunk_size) for first, last in ranges],
            advance,
        )
        if failed:
            raise CommandError(
                f"{len(failed)} of {len(ranges)} indexing processes failed (exit codes "
                f"{failed}); the index in service is unchanged."
            )


def add_range(index, model, first, last, chunk_size, advance=None) -> None:
    """Send the model's objects with primary keys from `first` to `last` (None: no bound),
    in chunks by primary key rather than by offset, which slows down on large tables."""
    objects = model.get_indexed_objects().order_by("pk")
    if last is not None:
        objects = objects.filter(pk__lte=last)
    last_pk = None
    while True:
        if last_pk is not None:
            chunk_queryset = objects.filter(pk__gt=last_pk)
        elif first is not None:
            chunk_queryset = objects.filter(pk__gte=first)
        else:
            chunk_queryset = objects
        chunk = list(chunk_queryset[:chunk_size])
        if not chunk:
            return
        index.add_items(model, chunk)
        if advance:
            advance(len(chunk))
        last_pk = chunk[-1].pk


def _add_range_in_child(backend_name, index_name, model, first, last, chunk_size, advance):
    # The parent's engine client must not be shared: its sockets came through the fork.
    backend = get_search_backend(backend_name)
    add_range(backend.index_class(backend, index_name), model, first, last, chunk_size, advance)
