"""Finding resources: the query and filters of the resource database, their facet counts
and results — on the search engine when SEARCH_URL names one, on the database otherwise.

Both implementations answer the same questions (how many, which facet values with which
counts, which resources on a page) with the same visibility rules: live, public pages of
the requested language, not belonging to a suspended institution.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from association.models import (
    EducationLevel,
    Institution,
    ResourcePage,
    ResourceType,
    Subject,
)
from core.visibility import hidden_paths, listed_pages

from .analysis import POSTGRES_SEARCH_CONFIG

logger = logging.getLogger(__name__)

FACETS = ("level", "subject", "resource_type", "institution", "year", "language")
MAX_QUERY_LENGTH = 200
SORTS = ("relevance", "date")

# How each facet filters the database.
FACET_LOOKUPS = {
    "level": "education_levels__code",
    "subject": "subjects__slug",
    "resource_type": "resource_type__slug",
    "institution": "institution__slug",
    "year": "year",
    "language": "language",
}
MULTI_VALUED = {"level", "subject"}


def clean_query_text(text: str) -> str:
    """Drop control characters and collapse spaces: such characters never belong in a query
    and some backends choke on them."""
    return " ".join("".join(ch for ch in text if ch.isprintable()).split())


class ResourceSearchForm(forms.Form):
    """The query string of the resource database page; values that do not validate are
    dropped, so that an edited or stale URL still gives a normal page."""

    q = forms.CharField(label=_("Search resources"), required=False, max_length=MAX_QUERY_LENGTH)
    level = forms.ChoiceField(required=False, choices=[("", ""), *EducationLevel.CHOICES])
    subject = forms.SlugField(required=False)
    resource_type = forms.SlugField(required=False)
    institution = forms.SlugField(required=False)
    year = forms.IntegerField(required=False, min_value=1900, max_value=2100)
    language = forms.ChoiceField(required=False, choices=[("", ""), *ResourcePage.Language.choices])
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("relevance", _("Relevance")), ("date", _("Newest first"))],
    )

    def clean_q(self) -> str:
        return clean_query_text(self.cleaned_data["q"])

    def cleaned_or_empty(self) -> dict:
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}


@dataclass
class ResourceQuery:
    locale: Locale
    text: str = ""
    filters: dict = field(default_factory=dict)
    sort: str = "relevance"

    @classmethod
    def from_cleaned(cls, locale: Locale, cleaned: dict) -> ResourceQuery:
        return cls(
            locale=locale,
            text=cleaned.get("q", ""),
            filters={name: cleaned[name] for name in FACETS if name in cleaned},
            sort=cleaned.get("sort") or "relevance",
        )

    @property
    def by_relevance(self) -> bool:
        return bool(self.text) and self.sort != "date"


# Facet counts of the whole catalogue are cached under a version that every change to a
# resource, an institution's status or a page's view restrictions moves on.
CATALOGUE_VERSION_KEY = "resource-catalogue-version"
CATALOGUE_CACHE_SECONDS = 3600


def catalogue_cache_key(*parts) -> str:
    version = cache.get_or_set(CATALOGUE_VERSION_KEY, 1, None)
    digest = hashlib.sha1(repr(parts).encode()).hexdigest()
    return f"{parts[0]}:{version}:{digest}"


def catalogue_changed(**kwargs) -> None:
    try:
        cache.incr(CATALOGUE_VERSION_KEY)
    except ValueError:
        cache.set(CATALOGUE_VERSION_KEY, 1, None)


class DatabaseResourceSearch:
    """Resources found with the ORM and the database search backend (PostgreSQL full-text
    search, or SQLite's). `degraded` replaces full-text search by plain substring matching,
    for when the search engine is down.

    The text is matched once per request; counts and facets then filter on the matching
    ids, so the full-text query is not repeated for each facet.
    """

    def __init__(self, query: ResourceQuery, degraded: bool = False):
        self.query = query
        self.degraded = degraded
        self._matching_ids: list[int] | None = None

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
            condition = {FACET_LOOKUPS[name]: value}
            if name in MULTI_VALUED:
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
        if getattr(self, "_summary_cache", None) is None:
            self._summary_cache = summarise(self.text_rows(), self.query.filters)
        return self._summary_cache

    def text_rows(self) -> list[tuple]:
        """The visible resources matching the text, best first, with their facet values:
        (id, language, year, resource type id, institution id, level codes, subject ids)."""
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
        for name in FACETS:
            lookup = FACET_LOOKUPS[name]
            rows = (
                self.filtered(without=name)
                .values(lookup)
                .annotate(n=Count("pk", distinct=True))
                .order_by()
            )
            counts[name] = {row[lookup]: row["n"] for row in rows if row[lookup] is not None}
        return counts

    def page(self, offset: int, limit: int) -> list[ResourcePage]:
        if self.query.by_relevance:
            return ResultPage(self._summary()["ids"][offset : offset + limit], ResourcePage.objects)
        if self.query.text:
            pages = ResourcePage.objects.filter(pk__in=id_set(self._summary()["ids"]))
        else:
            pages = self.filtered()
        pages = pages.order_by("-first_published_at", "-pk")
        return list(with_related(pages)[offset : offset + limit])


ROW_FACETS = ("language", "year", "resource_type", "institution", "level", "subject")


def summarise(rows: list[tuple], filters: dict) -> dict:
    """Count and facet counts from text_rows(): each facet is counted over the rows that
    pass every filter but its own. Also the ids that pass all filters, best first."""
    type_slugs = dict(ResourceType.objects.values_list("pk", "slug"))
    subject_slugs = dict(Subject.objects.values_list("pk", "slug"))
    institution_slugs = dict(Institution.objects.values_list("pk", "slug"))
    counts: dict[str, dict] = {name: {} for name in FACETS}
    kept = []
    for pk, language, year, type_id, institution_id, levels, subject_ids in rows:
        facets = {
            "language": (language,),
            "year": (year,),
            "resource_type": (type_slugs[type_id],),
            "institution": (institution_slugs[institution_id],) if institution_id else (),
            "level": levels or (),
            "subject": [subject_slugs[subject_id] for subject_id in subject_ids or ()],
        }
        failed = [name for name, value in filters.items() if value not in facets[name]]
        if not failed:
            kept.append(pk)
        for name in ROW_FACETS:
            if not failed or failed == [name]:
                for value in facets[name]:
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
                "hidden_paths": [path + "%" for path in hidden_paths()],
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


def id_set(ids: list[int]):
    """`ids` for an `__in` lookup: on PostgreSQL one array parameter rather than one
    parameter per id, which keeps long lists cheap."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", (ids,))
    return ids


def with_related(pages: QuerySet) -> QuerySet:
    """What result cards show of a resource (its type and institution), fetched with it;
    the body, the document and the levels are not shown."""
    return pages.defer_streamfields().select_related("resource_type", "institution")


def uses_engine() -> bool:
    from django.conf import settings

    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return not backend.endswith(".database")


def resource_search(query: ResourceQuery):
    """The search for this query on the configured backend."""
    if uses_engine():
        from .engine import EngineResourceSearch

        return EngineResourceSearch(query, get_search_backend())
    return DatabaseResourceSearch(query)


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
    """The results as a sequence for Django's Paginator: counting and slicing query the
    backend for just what the current page needs."""

    def __init__(self, search):
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
