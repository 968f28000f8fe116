"""Shared fixtures: the site skeleton is built once per test session, on PostgreSQL or,
for the modules marked `sqlite`, on SQLite (the database that `make run` uses); the demo
network, once per module that asks for it."""

from __future__ import annotations

import io
import os

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

# The databases the suite runs on, by the scheme of DATABASE_URL.
DATABASE_SCHEMES = {"postgres": "postgresql", "postgresql": "postgresql", "sqlite": "sqlite"}


def tested_database() -> str | None:
    """ "postgresql" or "sqlite" by DATABASE_URL; None when it names neither."""
    scheme, separator, _rest = os.environ.get("DATABASE_URL", "").partition("://")
    return DATABASE_SCHEMES.get(scheme) if separator else None


def pytest_configure(config):
    if tested_database() is None:
        raise pytest.UsageError(
            "The suite runs against PostgreSQL: use `make test`, or set DATABASE_URL to the "
            "line printed by `make services`. The modules marked `sqlite` also run on SQLite "
            f"(DATABASE_URL=sqlite://:memory:). DATABASE_URL is {os.environ.get('DATABASE_URL')!r}."
        )


def pytest_collection_modifyitems(config, items):
    """On SQLite only the modules (or tests) marked `sqlite` run, and of those the ones
    marked `postgresql_only(reason)` are skipped with their reason."""
    if tested_database() != "sqlite":
        return
    kept, left_out = [], []
    for item in items:
        (kept if item.get_closest_marker("sqlite") else left_out).append(item)
        only = item.get_closest_marker("postgresql_only")
        if only is None:
            continue
        reason = only.args[0] if only.args else only.kwargs.get("reason", "")
        if not reason:
            raise pytest.UsageError(f"{item.nodeid}: postgresql_only needs a reason")
        item.add_marker(pytest.mark.skip(reason=f"PostgreSQL only: {reason}"))
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Compile the interface catalogue and build the skeleton both languages share."""
    with django_db_blocker.unblock():
        call_command("compile_translations", verbosity=0)
        call_command("bootstrap_site", verbosity=0)
    # Wagtail's database backend decides once per process whether SQLite has its FTS5
    # table, and falls back to substring matching for good if it was asked before the
    # test database existed: ask again, now that it does.
    from modelsearch.backends import database

    database.USE_SQLITE_FTS = None


@pytest.fixture(autouse=True)
def _media_root(request, settings, tmp_path):
    """A media folder per test; the tests on the loaded demo network (`demo`) share the
    folder its load saved the documents and pictures in."""
    if "demo" in request.fixturenames:
        settings.MEDIA_ROOT = request.getfixturevalue("demo_media")
    else:
        settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, demo_media):
    """The demo network (`load_demo`), loaded once for a module's tests: each test's changes
    are rolled back, and the whole load at the end of the module."""
    with (
        override_settings(MEDIA_ROOT=demo_media),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _forget_remembered():
    """Each test starts with nothing remembered by the process (core.pagecache): rolling
    a test's database back sends no signal that would start a new content generation."""
    from core import pagecache

    pagecache.forget()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache. A test's rows are rolled back, but the cache
    keeps what it learnt of them (Wagtail keeps renditions there, by image id): on SQLite,
    whose ids start again after a rollback, the next test's image would be given the
    previous test's rendition, a file no row names."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def shared_cache(settings):
    """The page and fragment caches as production has them with Redis: the tests' one
    process is every process, so they share its cache. Empty at the start and the end."""
    from django.core.cache import cache

    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    settings.PORTAL_FRAGMENT_CACHE_SECONDS = 600
    settings.PORTAL_CACHE_SHARED_BY_PROCESSES = True
    cache.clear()
    yield settings
    cache.clear()


@pytest.fixture
def site_pages(db):
    from portal.site_setup import ensure_site_structure

    return ensure_site_structure()


@pytest.fixture
def queued_engine(settings):
    """The real OpenSearch node, with index updates routed through the queue as in
    production (tests of outages and faults)."""
    from search.indexing import route_index_updates_through_queue, route_index_updates_to_wagtail

    from .search_support import Backend

    backend = Backend("opensearch", settings)
    route_index_updates_through_queue()
    yield backend
    route_index_updates_to_wagtail()
    backend.drop()


def _search_backends() -> list[str]:
    from .search_support import BACKENDS

    return BACKENDS


@pytest.fixture(params=_search_backends())
def backend(request, settings):
    """Each search backend the pass tests in turn: the database backend (SQLite FTS5 or
    PostgreSQL) and, on PostgreSQL, the real engine, in an index of its own."""
    from .search_support import Backend

    backend = Backend(request.param, settings)
    yield backend
    backend.drop()


@pytest.fixture(scope="session", autouse=True)
def _restore_migration_data_quietly():
    """Restore the migrations' data (serialized_rollback) as `loaddata` would, without
    running model signal receivers: they are for editors' changes, not for reloading a
    database (audit handlers, for instance, would log "changes" and create content types
    that the restored data then collides with)."""
    from django.db.backends.base.creation import BaseDatabaseCreation
    from django.db.models import signals

    original = BaseDatabaseCreation.deserialize_db_from_string
    quiet = [signals.pre_save, signals.post_save, signals.m2m_changed]

    def deserialize_db_from_string(self, data):
        saved = [(signal, signal.receivers) for signal in quiet]
        for signal, _receivers in saved:
            signal.receivers = []
            signal.sender_receivers_cache.clear()
        try:
            original(self, data)
            # The first transactional test loads the migrations' rows over those the
            # session's skeleton left (the public files' collection): the root collection
            # gets back its child count of then, and the next collection would reuse the
            # path of the one already there.
            from wagtail.models import Collection

            Collection.fix_tree()
        finally:
            for signal, receivers in saved:
                signal.receivers = receivers
                signal.sender_receivers_cache.clear()

    BaseDatabaseCreation.deserialize_db_from_string = deserialize_db_from_string
    yield
    BaseDatabaseCreation.deserialize_db_from_string = original
