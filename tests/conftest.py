"""Shared fixtures: the site skeleton is built once per test session on PostgreSQL."""

from __future__ import annotations

import os

import pytest
from django.core.management import call_command


def pytest_configure(config):
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        raise pytest.UsageError(
            "The suite runs against PostgreSQL: use `make test`, or set DATABASE_URL to the "
            "line printed by `make services`."
        )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Compile the interface catalogue and build the skeleton both languages share."""
    with django_db_blocker.unblock():
        call_command("compile_translations", verbosity=0)
        call_command("bootstrap_site", verbosity=0)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _forget_remembered():
    """Each test starts with nothing remembered by the process (core.pagecache): rolling
    a test's database back sends no signal that would start a new content generation."""
    from core import pagecache

    pagecache.forget()


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
