"""The JSON search API: `/api/search/` and `/api/search/autocomplete/`, described by the
OpenAPI schema at `/api/search/schema/`.

Bad parameters get HTTP 400 with a reason for each of them; any query text gets a normal
answer (text is searched as words, never parsed as query syntax).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from django.utils import translation
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from wagtail.models import Locale, Page

from association.models import (
    EducationLevel,
    Institution,
    InstitutionPage,
    JointProgramPage,
    NewsPage,
    ResourcePage,
    ResourceType,
    SeminarPage,
    Subject,
)
from home.models import StandardPage

from .backends import autocomplete_titles, resource_search, site_search
from .facets import FACET_NAMES
from .highlight import highlight
from .query import (
    MAX_QUERY_LENGTH,
    ResourceQuery,
    ResourceSearchForm,
    SiteQuery,
    clean_query_text,
)
from .rescue import rescued

api = NinjaAPI(
    title="Association portal search",
    version="1",
    description=(
        "Search the public pages of the portal in one language. Without resource filters, "
        "every public page type is searched and `facets.type` counts results per type; with "
        "a resource filter (level, subject, resource_type, institution, year, language) or "
        "`type=resource`, resources are searched and every resource facet is counted under "
        "the other active filters."
    ),
    urls_namespace="search_api",
    openapi_url="/schema/",
    docs_url=None,
)

PAGE_TYPES: dict[str, type[Page]] = {
    "resource": ResourcePage,
    "news": NewsPage,
    "seminar": SeminarPage,
    "programme": JointProgramPage,
    "institution": InstitutionPage,
    "page": StandardPage,
}
TYPE_NAMES = {model: name for name, model in PAGE_TYPES.items()}
# Listings and other pages that present a part of the site.
SECTION = "section"
Language = Literal[tuple(code for code, _name in settings.LANGUAGES)]  # type: ignore[valid-type]
LevelCode = Literal[tuple(code for code, _label in EducationLevel.CHOICES)]  # type: ignore[valid-type]
ResourceLanguage = Literal[tuple(ResourcePage.Language.values)]  # type: ignore[valid-type]


class ApiError(Exception):
    def __init__(self, errors: dict[str, str]):
        self.errors = errors


@api.exception_handler(ValidationError)
def invalid_parameters(request, error: ValidationError):
    reasons = {}
    for item in error.errors:
        name = ".".join(str(part) for part in item.get("loc", [])[1:]) or "query"
        reasons[name] = item.get("msg", "invalid value")
    return api.create_response(
        request, {"detail": "Invalid parameters.", "errors": reasons}, status=400
    )


@api.exception_handler(ApiError)
def refused_parameters(request, error: ApiError):
    return api.create_response(
        request, {"detail": "Invalid parameters.", "errors": error.errors}, status=400
    )


class SearchParams(Schema):
    q: str = Field("", max_length=MAX_QUERY_LENGTH, description="words to search for")
    type: Literal[(*PAGE_TYPES, SECTION)] | None = Field(  # type: ignore[valid-type]
        None, description="one page type; `section` for listings and other section pages"
    )
    institution: str | None = Field(None, pattern=r"^[-a-zA-Z0-9_]+$", max_length=60)
    level: LevelCode | None = None
    subject: str | None = Field(None, pattern=r"^[-a-zA-Z0-9_]+$", max_length=80)
    resource_type: str | None = Field(None, pattern=r"^[-a-zA-Z0-9_]+$", max_length=80)
    year: int | None = Field(None, ge=1900, le=2100)
    language: ResourceLanguage | None = Field(None, description="language of a resource's content")
    lang: Language = Field(settings.LANGUAGE_CODE, description="language of the site")
    sort: Literal["relevance", "date"] = "relevance"
    page: int = Field(1, ge=1, le=10_000)
    page_size: int = Field(20, ge=1, le=100)


class Result(Schema):
    title: str
    url: str
    type: str
    institution: str | None = Field(None, description="slug of the institution")
    language: str
    date: dt.date | None
    snippet: str = Field(description="HTML: an excerpt with the matched words in <mark>")


class SearchResponse(Schema):
    count: int
    page: int
    page_size: int
    degraded: bool = Field(description="true while the search engine is unavailable")
    suggestion: str = Field(
        "", description="when nothing matched: the query with misspelt words corrected"
    )
    shown: Literal["", "corrected", "relaxed", "approximate"] = Field(
        "",
        description="when nothing matched as typed: the results are those of the corrected "
        "query (`suggestion`), of the query relaxed to some of its words, or of a "
        "search forgiving misspellings",
    )
    results: list[Result]
    facets: dict[str, dict[str, int]]


class AutocompleteParams(Schema):
    q: str = Field(..., min_length=1, max_length=100)
    lang: Language = settings.LANGUAGE_CODE
    type: Literal["resource", "all"] = "resource"


class AutocompleteResponse(Schema):
    results: list[str]


def check_terms(params: SearchParams) -> None:
    unknown = {}
    if params.subject and not Subject.objects.filter(slug=params.subject).exists():
        unknown["subject"] = f"unknown subject {params.subject!r}"
    if params.resource_type and not ResourceType.objects.filter(slug=params.resource_type).exists():
        unknown["resource_type"] = f"unknown resource type {params.resource_type!r}"
    if params.institution and not Institution.objects.filter(slug=params.institution).exists():
        unknown["institution"] = f"unknown institution {params.institution!r}"
    if params.type not in (None, "resource") and any(getattr(params, name) for name in FACET_NAMES):
        unknown["type"] = "resource filters apply to type=resource only"
    if unknown:
        raise ApiError(unknown)


def results_for(pages: list[Page], request: HttpRequest, text: str) -> list[Result]:
    """API results for specific pages, with their institutions and languages looked up
    in one query each rather than page by page."""
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    institution_ids = {getattr(page, "institution_id", None) for page in pages} - {None}
    institutions = dict(
        Institution.objects.filter(pk__in=institution_ids).values_list("pk", "slug")
    )
    results = []
    for page in pages:
        summary = getattr(page, "abstract", "") or getattr(page, "intro", "") or ""
        if isinstance(page, NewsPage):
            date = page.date
        elif isinstance(page, SeminarPage):
            date = page.starts_at.date()
        elif page.first_published_at:
            date = page.first_published_at.date()
        else:
            date = None
        results.append(
            Result(
                title=page.title,
                url=request.build_absolute_uri(page.get_url(request)),
                type=TYPE_NAMES.get(type(page), SECTION),
                institution=institutions.get(getattr(page, "institution_id", None)),
                language=page.language
                if isinstance(page, ResourcePage)
                else languages[page.locale_id],
                date=date,
                snippet=str(highlight(summary, text)),
            )
        )
    return results


def resource_query(params: SearchParams, locale: Locale) -> ResourceQuery:
    """The query of the parameters, built by the resource database's own form (the HTML
    page's): whatever it refuses is refused with its reason."""
    form = ResourceSearchForm(
        {
            name: str(value)
            for name in ("q", "sort", *FACET_NAMES)
            if (value := getattr(params, name)) is not None
        }
    )
    if not form.is_valid():
        raise ApiError({name: " ".join(errors) for name, errors in form.errors.items()})
    return ResourceQuery.from_form(locale, form)


@api.get("/", response=SearchResponse, summary="Search public pages and resources")
def search(request: HttpRequest, params: Query[SearchParams]):
    check_terms(params)
    locale = Locale.objects.get(language_code=params.lang)
    query = resource_query(params, locale)
    offset = (params.page - 1) * params.page_size
    with translation.override(params.lang):
        if params.type == "resource" or query.filters:
            resources, rescue = rescued(query, resource_search(query))
            found = resources.results(offset, params.page_size)
            facets = {"type": {"resource": found.total} if found.total else {}}
            facets.update(
                {
                    name: {str(value): count for value, count in facet.counts.items()}
                    for name, facet in found.facets.items()
                }
            )
        else:
            site, rescue = rescued(
                SiteQuery(locale, query.text), site_search(SiteQuery(locale, query.text))
            )
            counts = site.type_counts()
            facets = {"type": type_facet(counts)}
            if params.type:
                site.narrow_to_types(
                    [type_id for type_id, name in type_names(counts).items() if name == params.type]
                )
            found = site.results(offset, params.page_size)
        shown_text = rescue.suggestion if rescue.shown == "corrected" else query.text
        results = results_for(found.pages, request, shown_text)
    return SearchResponse(
        count=found.total,
        page=params.page,
        page_size=params.page_size,
        degraded=found.degraded,
        suggestion=rescue.suggestion,
        shown=rescue.shown,
        results=results,
        facets=facets,
    )


def type_names(counts: dict[int, int]) -> dict[int, str]:
    """The API's type name of each content type id."""
    names = {}
    for content_type in ContentType.objects.filter(pk__in=list(counts)):
        names[content_type.pk] = TYPE_NAMES.get(content_type.model_class(), SECTION)
    return names


def type_facet(counts: dict[int, int]) -> dict[str, int]:
    names = type_names(counts)
    facet: dict[str, int] = {}
    for type_id, count in counts.items():
        name = names.get(type_id, SECTION)
        facet[name] = facet.get(name, 0) + count
    return facet


@api.get("/autocomplete/", response=AutocompleteResponse, summary="Titles for a typed prefix")
def autocomplete(request: HttpRequest, params: Query[AutocompleteParams]):
    locale = Locale.objects.get(language_code=params.lang)
    text = clean_query_text(params.q)
    if not text:
        return AutocompleteResponse(results=[])
    model = ResourcePage if params.type == "resource" else Page
    return AutocompleteResponse(results=autocomplete_titles(locale, text, model))
