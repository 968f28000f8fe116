"""Search backends behind one contract (search/backends/base.py), and the one place that
picks a backend: the engine when SEARCH_URL names one (OpenSearch, Elasticsearch), the
database otherwise (portal/settings/environment.py configures Wagtail accordingly)."""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from ..query import ResourceQuery, SiteQuery
from . import database, engine
from .base import ResourceSearch, SiteSearch


def uses_engine() -> bool:
    """Whether the configured default backend is a search engine."""
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return not backend.endswith(".database")


def resource_search(query: ResourceQuery) -> ResourceSearch:
    """The resource database's search for this query on the configured backend."""
    if uses_engine():
        return engine.EngineResourceSearch(query, get_search_backend())
    return database.DatabaseResourceSearch(query)


def site_search(query: SiteQuery) -> SiteSearch:
    """The site search for this query on the configured backend."""
    if uses_engine():
        return engine.EngineSiteSearch(query, get_search_backend())
    return database.DatabaseSiteSearch(query)


def autocomplete_titles(locale: Locale, text: str, model: type[Page] = Page) -> list[str]:
    """Titles of visible pages (of `model`) for the typed words, on the configured backend."""
    if uses_engine():
        return engine.autocomplete_titles(get_search_backend(), locale, text, model)
    return database.autocomplete_titles(locale, text, model)
