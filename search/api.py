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
from wagtail.search.backends import get_search_backend

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

from .highlight import highlight
from .resources import (
    FACETS,
    MAX_QUERY_LENGTH,
    ResourceQuery,
    clean_query_text,
    resource_search,
    uses_engine,
)
from .site import SiteSearch

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
    language: Literal["ru", "en", "other"] | None = Field(
        None, description="language of a resource's content"
    )
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
    if params.type not in (None, "resource") and any(getattr(params, name) for name in FACETS):
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


@api.get("/", response=SearchResponse, summary="Search public pages and resources")
def search(request: HttpRequest, params: Query[SearchParams]):
    check_terms(params)
    locale = Locale.objects.get(language_code=params.lang)
    text = clean_query_text(params.q)
    offset = (params.page - 1) * params.page_size
    resource_filters = {name: getattr(params, name) for name in FACETS if getattr(params, name)}
    with translation.override(params.lang):
        if params.type == "resource" or resource_filters:
            query = ResourceQuery(
                locale=locale, text=text, filters=resource_filters, sort=params.sort
            )
            found = resource_search(query)
            count = found.count()
            facets = {"type": {"resource": count} if count else {}}
            facets.update(
                {
                    name: {str(k): v for k, v in values.items()}
                    for name, values in found.facets().items()
                }
            )
            pages = found.page(offset, params.page_size)
        else:
            found = SiteSearch(locale, text)
            counts = found.type_counts()
            facets = {"type": type_facet(counts)}
            if params.type:
                found.content_type_ids = [
                    type_id for type_id, name in type_names(counts).items() if name == params.type
                ]
            count = found.count()
            pages = found.page(offset, params.page_size)
        results = results_for(pages, request, text)
    return SearchResponse(
        count=count,
        page=params.page,
        page_size=params.page_size,
        degraded=found.degraded,
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
    model = ResourcePage if params.type == "resource" else Page
    if not text:
        return AutocompleteResponse(results=[])

    def visible():
        pages = SiteSearch(locale, text).visible()
        return pages.type(ResourcePage) if model is ResourcePage else pages

    if uses_engine():
        from .engine import autocomplete_titles, engine_errors

        try:
            return AutocompleteResponse(
                results=autocomplete_titles(get_search_backend(), locale.pk, text, model)
            )
        except engine_errors():
            # While the engine is down, complete from the titles in the database.
            ranked = visible().filter(title__istartswith=text).order_by("title")
    else:
        candidates = model.objects.live().filter(locale=locale)
        ranked = candidates.autocomplete(text).get_queryset().filter(pk__in=visible().values("pk"))
    titles: list[str] = []
    for title in ranked.values_list("title", flat=True)[:24]:
        if title not in titles:
            titles.append(title)
    return AutocompleteResponse(results=titles[:8])
