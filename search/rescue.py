"""What a search does when the query as typed finds nothing — the same for the pages and
the API: a spelling correction ("Did you mean …", with the corrected query's results when
it finds some), then the query relaxed to any one of its words, and the number of results
the text would give without the filters, when filters are on."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .backends import resource_search, site_search
from .backends.base import SearchBackend
from .query import ResourceQuery, SiteQuery


@dataclass
class Rescue:
    """How the shown results relate to the query typed."""

    # The corrected query text to offer, if any.
    suggestion: str = ""
    # "corrected", "relaxed" or "approximate" (misspellings forgiven) when the shown
    # results are not those of the query typed.
    shown: str = ""
    # How many results the text gives without the filters (None: not asked).
    without_filters: int | None = None


def searcher(query: ResourceQuery | SiteQuery):
    return resource_search if isinstance(query, ResourceQuery) else site_search


def rescued(
    query: ResourceQuery | SiteQuery, search: SearchBackend
) -> tuple[SearchBackend, Rescue]:
    """The search whose results to show for `query` (`search` when it finds anything),
    and what was done to find them."""
    rescue = Rescue()
    if not query.terms or getattr(search, "degraded", False):
        return search, rescue
    if search.count():
        if search.approximate:
            # The engine matched only forgiving misspellings.
            rescue.shown = "approximate"
            rescue.suggestion = next(iter(search.suggestions()), "")
        return search, rescue
    make = searcher(query)
    suggestions = search.suggestions()
    candidates = []
    if suggestions:
        rescue.suggestion = suggestions[0]
        candidates.append(("corrected", replace(query, text=rescue.suggestion)))
    if len(query.terms.groups) > 1 and not query.relaxed:
        candidates.append(("relaxed", replace(query, relaxed=True)))
    for kind, other in candidates:
        found = make(other)
        if found.count():
            rescue.shown = kind
            return found, rescue
    filters = getattr(query, "filters", None)
    if filters:
        rescue.without_filters = make(replace(query, filters={}, relaxed=True)).count()
    return search, rescue
