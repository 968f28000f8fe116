"""Finding resources: the query and filters of the resource database, their facet counts
and results — on the search engine when SEARCH_URL names one, on the database otherwise.

Both implementations answer the same questions (how many, which facet values with which
counts, which resources on a page) with the same visibility rules: live, public pages of
the requested language, not belonging to a suspended institution.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django import forms
from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, PageViewRestriction
from wagtail.search.backends import get_search_backend

from association.models import EducationLevel, Institution, InstitutionPage, ResourcePage

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


def suspended_section_paths() -> list[str]:
    """Tree paths of suspended institutions' sections, in every language."""
    return list(
        InstitutionPage.objects.filter(
            institution__status=Institution.Status.SUSPENDED
        ).values_list("path", flat=True)
    )


def restricted_paths() -> list[str]:
    """Tree paths of pages with view restrictions: they and their descendants are private."""
    return list(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())


class DatabaseResourceSearch:
    """Resources found with the ORM and the database search backend (PostgreSQL full-text
    search, or SQLite's). `degraded` replaces full-text search by plain substring matching,
    for when the search engine is down."""

    def __init__(self, query: ResourceQuery, degraded: bool = False):
        self.query = query
        self.degraded = degraded
        self._matches: QuerySet | None = None

    def visible(self) -> QuerySet:
        return (
            ResourcePage.objects.live()
            .public()
            .filter(locale=self.query.locale)
            .exclude(institution__status=Institution.Status.SUSPENDED)
        )

    def matches(self) -> QuerySet | None:
        """The resources matching the text, ranked, or None without text."""
        if not self.query.text:
            return None
        if self._matches is None:
            candidates = ResourcePage.objects.live().filter(locale=self.query.locale)
            if self.degraded:
                condition = Q()
                for word in self.query.text.split():
                    condition &= Q(title__icontains=word) | Q(abstract__icontains=word)
                self._matches = candidates.filter(condition).order_by("-first_published_at")
            else:
                self._matches = candidates.search(self.query.text).get_queryset()
        return self._matches

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
        matches = self.matches()
        if matches is not None:
            pages = pages.filter(pk__in=matches.values("pk"))
        return pages

    def count(self) -> int:
        return self.filtered().count()

    def facets(self) -> dict[str, dict]:
        counts = {}
        for name in FACETS:
            lookup = FACET_LOOKUPS[name]
            rows = (
                ResourcePage.objects.filter(pk__in=self.filtered(without=name).values("pk"))
                .values(lookup)
                .annotate(n=Count("pk", distinct=True))
                .order_by()
            )
            counts[name] = {row[lookup]: row["n"] for row in rows if row[lookup] is not None}
        return counts

    def page(self, offset: int, limit: int) -> list[ResourcePage]:
        matches = self.matches()
        if matches is not None and self.query.by_relevance:
            pages = matches.filter(pk__in=self.filtered().values("pk"))
        else:
            pages = self.filtered().order_by("-first_published_at", "-pk")
        return list(with_related(pages)[offset : offset + limit])


def with_related(pages: QuerySet) -> QuerySet:
    return pages.select_related("resource_type", "institution", "document").prefetch_related(
        "education_levels", "authors"
    )


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
