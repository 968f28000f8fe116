"""The contract of the search backends.

A backend takes a query (search/query.py) and answers, each part on demand so that a page
only pays for what it shows:

- `count()`: how many results in all;
- `facets()`: counts per facet value (the resource database: every facet of
  search/facets.py counted under the other active filters; the site search: `type`, the
  pages per content type), labelled through `labelled_facets()`;
- `page(offset, limit)`: one page of results, best first — a `ResultPage` of ids in order
  whose objects are fetched when first read, or the objects themselves;
- `suggestions()`: other queries to offer ("did you mean"), where the backend has them;
- `degraded`: true once the backend answered from a simpler search than it should (the
  engine unreachable: the database's substring matching), which pages and the API show;
- `approximate`: true when the text matched only with misspellings forgiven.

`results(offset, limit)` gathers all of it as `Results`. `ResultList` adapts any backend
to Django's Paginator. The backends: search/backends/database.py (Wagtail's database
backend, PostgreSQL's full-text search), search/backends/engine.py (OpenSearch or
Elasticsearch); search/backends/__init__.py picks one.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol, runtime_checkable

from django.db.models import QuerySet
from wagtail.models import Page

from association.models import ResourcePage

from ..facets import FACETS_BY_NAME, page_type_labels
from ..query import ResourceQuery, SiteQuery

# The site search's one facet: pages per content type id.
TYPE_FACET = "type"


@dataclass
class FacetCounts:
    """The counts of one facet's values, and their labels (looked up when first read)."""

    name: str
    counts: dict[Any, int]

    @cached_property
    def labels(self) -> dict[Any, str]:
        if self.name == TYPE_FACET:
            return page_type_labels(self.counts)
        return FACETS_BY_NAME[self.name].label_values(self.counts)

    def label(self, value: Any) -> Any:
        return self.labels.get(value, value)


@dataclass
class Results:
    """What a backend found for a query: one page of results (ids in order, and the
    pages), the total, the facets, suggestions and whether the answer is degraded."""

    pages: Sequence[Page]
    total: int
    facets: dict[str, FacetCounts]
    suggestions: list[str] = field(default_factory=list)
    degraded: bool = False
    approximate: bool = False

    @property
    def ids(self) -> list[int]:
        if isinstance(self.pages, ResultPage):
            return self.pages.ids
        return [page.pk for page in self.pages]


@runtime_checkable
class SearchBackend(Protocol):
    """What every backend answers (see the module's docstring)."""

    degraded: bool
    approximate: bool

    def count(self) -> int: ...

    def facets(self) -> dict[str, dict[Any, int]]: ...

    def page(self, offset: int, limit: int) -> Sequence[Page]: ...

    def suggestions(self) -> list[str]: ...

    def results(self, offset: int, limit: int) -> Results: ...


@runtime_checkable
class ResourceSearch(SearchBackend, Protocol):
    """A search of the resource database."""

    query: ResourceQuery


@runtime_checkable
class SiteSearch(SearchBackend, Protocol):
    """A site search; `type_counts()` is its one facet, by content type id."""

    query: SiteQuery

    def type_counts(self) -> dict[int, int]: ...

    def narrow_to_types(self, content_type_ids: list[int]) -> None: ...


class BaseSearch:
    """What the backends share: the defaults of the protocol and `results()`."""

    degraded = False
    approximate = False

    def suggestions(self) -> list[str]:
        """The query with misspelt words corrected (search/spelling.py), if the backend
        finds closer words in its index; asked for when nothing was found."""
        return []

    def labelled_facets(self) -> dict[str, FacetCounts]:
        return {name: FacetCounts(name, counts) for name, counts in self.facets().items()}

    def results(self, offset: int, limit: int) -> Results:
        """Count, facets and one page, asked for in that order."""
        total = self.count()
        facets = self.labelled_facets()
        pages = self.page(offset, limit)
        return Results(
            pages=pages,
            total=total,
            facets=facets,
            suggestions=self.suggestions() if not total else [],
            degraded=self.degraded,
            approximate=self.approximate,
        )


class BaseSiteSearch(BaseSearch, ABC):
    """The site search's share of the protocol: its facet is the count per page type,
    which each backend counts its own way."""

    query: SiteQuery

    @abstractmethod
    def type_counts(self) -> dict[int, int]:
        """The matching visible pages per content type id."""

    def facets(self) -> dict[str, dict[Any, int]]:
        return {TYPE_FACET: self.type_counts()}

    def narrow_to_types(self, content_type_ids: list[int]) -> None:
        """Count and list only pages of these types (the counts per type stay whole)."""
        self.query.content_type_ids = content_type_ids

    def count(self) -> int:
        counts = self.type_counts()
        if self.query.content_type_ids is not None:
            return sum(counts.get(type_id, 0) for type_id in self.query.content_type_ids)
        return sum(counts.values())


def with_related(pages: QuerySet) -> QuerySet:
    """What result cards show of a resource (its type and institution), fetched with it;
    the body, the document and the levels are not shown."""
    return pages.defer_streamfields().select_related(
        "resource_type", "institution", "review_publication"
    )


class ResultPage(Sequence):
    """One page of resources found, as ids in the order found. Their objects (those the
    queryset still finds, with what a card shows) are fetched the first time they are
    asked for, so a listing whose cards the fragment cache holds fetches none
    (`cards` in home/templatetags/portal_tags.py). Its length is that of what was
    found, so asking for it fetches them all."""

    def __init__(self, ids: list[int], pages: QuerySet):
        self.ids = ids
        self._pages = pages
        self._found: list[ResourcePage] | None = None

    def fetch(self, ids: list[int]) -> dict[int, ResourcePage]:
        return with_related(self._pages.filter(pk__in=ids)).in_bulk()

    def _all(self) -> list[ResourcePage]:
        if self._found is None:
            found = self.fetch(self.ids)
            self._found = [found[pk] for pk in self.ids if pk in found]
        return self._found

    def __getitem__(self, index):
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self):
        return iter(self._all())


class ResultList:
    """Any backend's results as a sequence for Django's Paginator: counting and slicing
    ask the backend for just what the current page needs."""

    def __init__(self, search: SearchBackend):
        self.search = search

    def count(self) -> int:
        return self.search.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key):
        if isinstance(key, slice):
            start = key.start or 0
            return self.search.page(start, (key.stop or start) - start)
        return self.search.page(key, 1)[0]
