"""The database backend: Wagtail's database search (PostgreSQL full-text search through the
`portal_search` configuration, or SQLite's) with the ORM for filters and facet counts.

On PostgreSQL a text query is answered by one raw statement on Wagtail's index table
(through the GIN index of search/migrations/0004), with visibility and facet values.
`degraded` replaces full-text search by plain substring matching, for when the search
engine is down (search/backends/engine.py falls back to it).
"""

from __future__ import annotations

import hashlib
import logging

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.db.models.expressions import RawSQL
from wagtail.models import Locale, Page

from association.models import ResourcePage
from core.visibility import hidden_paths, listed_pages

from ..analysis import POSTGRES_SEARCH_CONFIG
from ..facets import FACETS, FACETS_BY_NAME
from ..query import ResourceQuery, SiteQuery
from .base import BaseSearch, BaseSiteSearch, ResultPage, with_related

logger = logging.getLogger(__name__)

# Facet counts of the whole catalogue are cached under a version that every change to a
# resource, an institution's status or a page's view restrictions moves on.
CATALOGUE_VERSION_KEY = "resource-catalogue-version"
CATALOGUE_CACHE_SECONDS = 3600


def catalogue_cache_key(*parts) -> str:
    version = cache.get_or_set(CATALOGUE_VERSION_KEY, 1, None)
    digest = hashlib.sha1(repr(parts).encode()).hexdigest()
    return f"{parts[0]}:{version}:{digest}"


def catalogue_changed(**kwargs) -> None:
    """Make the cached catalogue counts stale (connected in search/apps.py)."""
    try:
        cache.incr(CATALOGUE_VERSION_KEY)
    except ValueError:
        cache.set(CATALOGUE_VERSION_KEY, 1, None)


def id_set(ids: list[int]) -> RawSQL | list[int]:
    """`ids` for an `__in` lookup: on PostgreSQL one array parameter rather than one
    parameter per id, which keeps long lists cheap."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", (ids,))
    return ids


def hidden_path_patterns() -> list[str]:
    """core.visibility's hidden paths as LIKE patterns, for the raw statements."""
    return [path + "%" for path in hidden_paths()]


class DatabaseResourceSearch(BaseSearch):
    """Resources found with the ORM and the database search backend.

    The text is matched once per request; counts and facets then filter on the matching
    ids, so the full-text query is not repeated for each facet.
    """

    def __init__(self, query: ResourceQuery, degraded: bool = False):
        self.query = query
        self.degraded = degraded
        self._matching_ids: list[int] | None = None
        self._summary_cache: dict | None = None

    def visible(self) -> QuerySet:
        return listed_pages(ResourcePage.objects.filter(locale=self.query.locale))

    def matching_ids(self) -> list[int] | None:
        """Ids of the resources matching the text, best first; None without text."""
        if not self.query.text:
            return None
        if self._matching_ids is None:
            candidates = ResourcePage.objects.live().filter(locale=self.query.locale)
            if self.degraded:
                condition = Q()
                for word in self.query.text.split():
                    condition &= Q(title__icontains=word) | Q(abstract__icontains=word)
                ranked = candidates.filter(condition).order_by("-first_published_at")
                self._matching_ids = list(ranked.values_list("pk", flat=True))
            else:
                ranked = candidates.search(self.query.text).get_queryset()
                self._matching_ids = list(ranked.values_list("pk", flat=True))
        return self._matching_ids

    def filtered(self, without: str | None = None) -> QuerySet:
        pages = self.visible()
        for name, value in self.query.filters.items():
            if name == without:
                continue
            facet = FACETS_BY_NAME[name]
            condition = {facet.lookup: value}
            if facet.multi_valued:
                # A subquery rather than a join, so each resource appears once.
                pages = pages.filter(pk__in=ResourcePage.objects.filter(**condition).values("pk"))
            else:
                pages = pages.filter(**condition)
        ids = self.matching_ids()
        if ids is not None:
            pages = pages.filter(pk__in=id_set(ids))
        return pages

    # Counting. A text query narrows the resources to a few thousand at most, which are
    # counted in Python from one pass over their facet values; browsing the whole
    # catalogue is counted in SQL and the counts are cached until the catalogue changes.

    def count(self) -> int:
        if self.query.text:
            return self._summary()["count"]
        return self._cached_summary()["count"]

    def facets(self) -> dict[str, dict]:
        if self.query.text:
            return self._summary()["facets"]
        return self._cached_summary()["facets"]

    def _cached_summary(self) -> dict:
        key = catalogue_cache_key(
            "resource-facets", self.query.locale.pk, sorted(self.query.filters.items())
        )
        summary = cache.get(key)
        if summary is None:
            summary = {"count": self.filtered().count(), "facets": self._sql_facets()}
            cache.set(key, summary, CATALOGUE_CACHE_SECONDS)
        return summary

    def _summary(self) -> dict:
        if self._summary_cache is None:
            self._summary_cache = summarise(self.text_rows(), self.query.filters)
        return self._summary_cache

    def text_rows(self) -> list[tuple]:
        """The visible resources matching the text, best first, with their facet values:
        (id, language, year, resource type id, institution id, level codes, subject ids)
        — the `row_column`s of search/facets.py."""
        if connection.vendor == "postgresql" and not self.degraded:
            return postgres_text_rows(self.query.text, self.query.locale)
        ids = self.matching_ids()
        rows = (
            self.visible()
            .filter(pk__in=id_set(ids))
            .values_list("pk", "language", "year", "resource_type_id", "institution_id")
        )
        found = {row[0]: [*row, [], []] for row in rows}
        levels = ResourcePage.education_levels.through.objects.filter(
            resourcepage_id__in=id_set(list(found))
        ).values_list("resourcepage_id", "educationlevel_id")
        subjects = ResourcePage.subjects.through.objects.filter(
            resourcepage_id__in=id_set(list(found))
        ).values_list("resourcepage_id", "subject_id")
        for pk, code in levels:
            found[pk][5].append(code)
        for pk, subject_id in subjects:
            found[pk][6].append(subject_id)
        return [tuple(found[pk]) for pk in ids if pk in found]

    def _sql_facets(self) -> dict[str, dict]:
        counts = {}
        for facet in FACETS:
            rows = (
                self.filtered(without=facet.name)
                .values(facet.lookup)
                .annotate(n=Count("pk", distinct=True))
                .order_by()
            )
            counts[facet.name] = {
                row[facet.lookup]: row["n"] for row in rows if row[facet.lookup] is not None
            }
        return counts

    def page(self, offset: int, limit: int) -> list[ResourcePage] | ResultPage:
        if self.query.by_relevance:
            return ResultPage(self._summary()["ids"][offset : offset + limit], ResourcePage.objects)
        if self.query.text:
            pages = ResourcePage.objects.filter(pk__in=id_set(self._summary()["ids"]))
        else:
            pages = self.filtered()
        pages = pages.order_by("-first_published_at", "-pk")
        return list(with_related(pages)[offset : offset + limit])


def summarise(rows: list[tuple], filters: dict) -> dict:
    """Count and facet counts from text_rows(): each facet is counted over the rows that
    pass every filter but its own. Also the ids that pass all filters, best first."""
    slugs = {
        facet.name: dict(facet.row_slugs.objects.values_list("pk", "slug"))
        for facet in FACETS
        if facet.row_slugs is not None
    }
    counts: dict[str, dict] = {facet.name: {} for facet in FACETS}
    kept = []
    for row in rows:
        values = {facet.name: facet.row_values(row, slugs.get(facet.name)) for facet in FACETS}
        failed = [name for name, value in filters.items() if value not in values[name]]
        if not failed:
            kept.append(row[0])
        for name, facet_values in values.items():
            if not failed or failed == [name]:
                for value in facet_values:
                    counts[name][value] = counts[name].get(value, 0) + 1
    return {"count": len(kept), "facets": counts, "ids": kept}


POSTGRES_TEXT_ROWS = f"""
    WITH matches AS (
        SELECT entry.object_id::bigint AS id,
               ts_rank(entry.title, query) * 2 + ts_rank(entry.body, query) AS rank
        FROM wagtailsearch_indexentry entry,
             plainto_tsquery('{POSTGRES_SEARCH_CONFIG}', %(text)s) query
        WHERE entry.content_type_id = %(content_type)s AND (entry.title || entry.body) @@ query
    )
    SELECT matches.id, resource.language, resource.year, resource.resource_type_id,
           resource.institution_id,
           (SELECT string_agg(level.educationlevel_id, ',')
            FROM association_resourcepage_education_levels level
            WHERE level.resourcepage_id = matches.id),
           (SELECT string_agg(link.subject_id::text, ',')
            FROM association_resourcepage_subjects link
            WHERE link.resourcepage_id = matches.id)
    FROM matches
    JOIN wagtailcore_page page ON page.id = matches.id
    JOIN association_resourcepage resource ON resource.page_ptr_id = matches.id
    WHERE page.live AND page.locale_id = %(locale)s
      AND NOT (page.path LIKE ANY(%(hidden_paths)s))
    ORDER BY matches.rank DESC, matches.id
"""


def postgres_text_rows(text: str, locale: Locale) -> list[tuple]:
    """text_rows() on PostgreSQL in one statement: the full-text match on Wagtail's index
    (through the GIN index of search/migrations/0004), visibility and facet values (the
    levels and subjects come as comma-separated text, much cheaper to read than arrays)."""
    with connection.cursor() as cursor:
        cursor.execute(
            POSTGRES_TEXT_ROWS,
            {
                "text": text,
                "content_type": ContentType.objects.get_for_model(ResourcePage).pk,
                "locale": locale.pk,
                "hidden_paths": hidden_path_patterns(),
            },
        )
        rows = cursor.fetchall()
    return [
        (
            pk,
            language,
            year,
            type_id,
            institution_id,
            levels.split(",") if levels else (),
            [int(subject) for subject in subjects.split(",")] if subjects else (),
        )
        for pk, language, year, type_id, institution_id, levels, subjects in rows
    ]


# The site search -----------------------------------------------------------------------

POSTGRES_PAGE_MATCHES = f"""
    SELECT page.id, page.content_type_id
    FROM wagtailsearch_indexentry entry
    CROSS JOIN plainto_tsquery('{POSTGRES_SEARCH_CONFIG}', %(text)s) query
    JOIN wagtailcore_page page ON page.id = entry.object_id::bigint
        AND page.content_type_id = entry.content_type_id
    WHERE (entry.title || entry.body) @@ query
      AND page.live AND page.locale_id = %(locale)s AND page.depth > 1
      AND NOT (page.path LIKE ANY(%(hidden_paths)s))
    ORDER BY ts_rank(entry.title, query) * 2 + ts_rank(entry.body, query) DESC, page.id
"""


def visible_pages(locale: Locale) -> QuerySet:
    """Every page of a language the public may find (the root excluded)."""
    return listed_pages(Page.objects.filter(locale=locale).exclude(depth__lte=1))


class DatabaseSiteSearch(BaseSiteSearch):
    """Pages matching the text in a language, optionally of some page types.

    On PostgreSQL one statement finds the matching pages through the GIN index of
    search/migrations/0004; elsewhere the database backend's own facet() counts them.
    `degraded` matches titles only, as substrings.
    """

    def __init__(self, query: SiteQuery, degraded: bool = False):
        self.query = query
        self.degraded = degraded
        self._types: dict[int, int] | None = None
        self._matches: list[tuple[int, int]] | None = None

    def visible(self) -> QuerySet:
        return visible_pages(self.query.locale)

    def type_counts(self) -> dict[int, int]:
        if self._types is None:
            self._types = self._count_types()
        return self._types

    def _count_types(self) -> dict[int, int]:
        if not self.query.text:
            return {}
        if self.degraded:
            rows = self.visible().filter(title__icontains=self.query.text).values("content_type_id")
            counts: dict[int, int] = {}
            for row in rows:
                counts[row["content_type_id"]] = counts.get(row["content_type_id"], 0) + 1
            return counts
        if connection.vendor == "postgresql":
            counts = {}
            for _pk, type_id in self._postgres_matches():
                counts[type_id] = counts.get(type_id, 0) + 1
            return counts
        return dict(self.visible().search(self.query.text).facet("content_type_id"))

    def _postgres_matches(self) -> list[tuple[int, int]]:
        """(id, content type id) of the visible pages matching the text, best first."""
        if self._matches is None:
            with connection.cursor() as cursor:
                cursor.execute(
                    POSTGRES_PAGE_MATCHES,
                    {
                        "text": self.query.text,
                        "locale": self.query.locale.pk,
                        "hidden_paths": hidden_path_patterns(),
                    },
                )
                self._matches = cursor.fetchall()
        return self._matches

    def page(self, offset: int, limit: int) -> list[Page]:
        if not self.query.text or limit <= 0:
            return []
        type_ids = self.query.content_type_ids
        if connection.vendor == "postgresql" and not self.degraded:
            chosen = [
                pk
                for pk, type_id in self._postgres_matches()
                if type_ids is None or type_id in type_ids
            ][offset : offset + limit]
            pages = Page.objects.filter(pk__in=chosen).defer_streamfields().specific().in_bulk()
            return [pages[pk] for pk in chosen if pk in pages]
        queryset = self.visible()
        if type_ids is not None:
            queryset = queryset.filter(content_type_id__in=type_ids)
        if self.degraded:
            results = queryset.filter(title__icontains=self.query.text).order_by(
                "-first_published_at"
            )
        else:
            results = queryset.search(self.query.text)
        return [page.specific for page in results[offset : offset + limit]]


# Autocomplete --------------------------------------------------------------------------


def autocomplete_titles(
    locale: Locale, text: str, model: type[Page] = Page, degraded: bool = False, limit: int = 8
) -> list[str]:
    """Titles of visible pages (of `model`) for the typed words: through the database
    backend's autocomplete, or (`degraded`) the titles starting with the text."""
    visible = visible_pages(locale)
    if model is ResourcePage:
        visible = visible.type(ResourcePage)
    if degraded:
        ranked = visible.filter(title__istartswith=text).order_by("title")
    else:
        candidates = model.objects.live().filter(locale=locale)
        ranked = candidates.autocomplete(text).get_queryset().filter(pk__in=visible.values("pk"))
    titles: list[str] = []
    for title in ranked.values_list("title", flat=True)[: limit * 3]:
        if title not in titles:
            titles.append(title)
    return titles[:limit]
