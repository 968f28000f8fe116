"""The JSON search API: `/api/search/` and `/api/search/autocomplete/`, described by the
OpenAPI schema at `/api/search/schema/`.

Bad parameters get HTTP 400 with a reason for each of them; any query text gets a normal
answer (text is searched as words, never parsed as query syntax).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from pydantic import create_model
from wagtail.models import Locale, Page

from association.models import (
    Institution,
    InstitutionPage,
    JointProgramPage,
    NewsPage,
    ResourcePage,
    SeminarPage,
)
from home.models import StandardPage

from .backends import autocomplete_titles, resource_search, site_search
from .backends.base import TYPE_FACET, FacetCounts
from .facets import FACET_NAMES, FACETS, Facet
from .highlight import highlight
from .presentation import ordered_options
from .query import (
    AUTOCOMPLETE_LIMIT,
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
        "a resource filter (level, subject, resource_type, institution, year, language, "
        "reviewed) or "
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


class BaseSearchParams(Schema):
    q: str = Field("", max_length=MAX_QUERY_LENGTH, description="words to search for")
    type: Literal[(*PAGE_TYPES, SECTION)] | None = Field(  # type: ignore[valid-type]
        None, description="one page type; `section` for listings and other section pages"
    )
    lang: Language = Field(settings.LANGUAGE_CODE, description="language of the site")
    sort: Literal["relevance", "date", "score"] = Field(
        "relevance", description="`score`: highest published expert score first"
    )
    page: int = Field(1, ge=1, le=10_000)
    page_size: int = Field(20, ge=1, le=100)


def facet_parameter(facet: Facet) -> tuple[Any, Any]:
    """The API parameter of a facet, read from the facet's own form field: its keys when
    they are a fixed list, an integer with the field's bounds, a slug otherwise. The form
    (ResourceSearchForm) validates it again when the query is built."""
    field = facet.form_field()
    with translation.override("en"):
        description = f"{facet.title}: the key of one option of `facets.{facet.name}`"
    if isinstance(field, forms.ChoiceField):
        keys = tuple(str(key) for key, _label in field.choices if key != "")
        return Literal[keys] | None, Field(None, description=description)  # type: ignore[valid-type]
    if isinstance(field, forms.IntegerField):
        return int | None, Field(
            None, ge=field.min_value, le=field.max_value, description=description
        )
    return str | None, Field(None, description=description)


def search_params(facets: tuple[Facet, ...]) -> type[BaseSearchParams]:
    """The parameters of /api/search/: the fixed ones and one filter per facet of the
    table, so that a facet added to search/facets.py is a filter of the API as well."""
    return create_model(
        "SearchParams",
        __base__=BaseSearchParams,
        **{facet.name: facet_parameter(facet) for facet in facets},
    )


SearchParams = search_params(FACETS)


class FacetOption(Schema):
    key: str = Field(description="the value to filter on: `?<facet>=<key>`")
    label: str = Field(description="the option's name in the requested language")
    count: int
    selected: bool = Field(description="whether the request filters on this option")


class FacetOptions(Schema):
    title: str = Field(description="the facet's name in the requested language")
    options: list[FacetOption]


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
    facets: dict[str, dict[str, int]] = Field(description="counts by option key, per facet")
    facet_options: dict[str, FacetOptions] = Field(
        description="each facet's options in display order, with key, label and count"
    )


class AutocompleteParams(Schema):
    q: str = Field(..., min_length=1, max_length=100)
    lang: Language = settings.LANGUAGE_CODE
    type: Literal["resource", "all"] = Field(
        "resource",
        description="`resource`: titles of resources (the resource database's box); "
        "`all`: titles of every public page (the site search's box)",
    )


class AutocompleteResponse(Schema):
    results: list[str]


def check_terms(query: ResourceQuery, params: BaseSearchParams) -> None:
    """Refuse filters on keys that name nothing: a facet whose keys are slugs of a model
    (subjects, resource types, institutions) knows its keys; the form knows the others'."""
    unknown = {}
    for facet in FACETS:
        value = query.filters.get(facet.name)
        if value is None or facet.row_slugs is None:
            continue
        if not facet.row_slugs.objects.filter(slug=value).exists():
            unknown[facet.name] = f"unknown {facet.name.replace('_', ' ')} {value!r}"
    if params.type not in (None, "resource") and query.filters:
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


def resource_query(params: BaseSearchParams, locale: Locale) -> ResourceQuery:
    """The query of the parameters, built by the resource database's own form (the HTML
    page's): whatever it refuses is refused with its reason."""
    form = ResourceSearchForm(
        {
            name: str(value)
            for name in ("q", "sort", *FACET_NAMES)
            if (value := getattr(params, name, None)) is not None
        }
    )
    if not form.is_valid():
        raise ApiError({name: " ".join(errors) for name, errors in form.errors.items()})
    return ResourceQuery.from_form(locale, form)


@api.get("/", response=SearchResponse, summary="Search public pages and resources")
def search(request: HttpRequest, params: Query[SearchParams]):  # type: ignore[valid-type]
    locale = Locale.objects.get(language_code=params.lang)
    query = resource_query(params, locale)
    check_terms(query, params)
    offset = (params.page - 1) * params.page_size
    with translation.override(params.lang):
        if params.type == "resource" or query.filters:
            resources, rescue = rescued(query, resource_search(query))
            found = resources.results(offset, params.page_size)
            types = {"resource": found.total} if found.total else {}
            options = {TYPE_FACET: type_options(types, params.type)}
            for facet in FACETS:
                options[facet.name] = facet_options(
                    facet, found.facets[facet.name], query.filters.get(facet.name)
                )
        else:
            site, rescue = rescued(
                SiteQuery(locale, query.text), site_search(SiteQuery(locale, query.text))
            )
            counts = site.type_counts()
            types = type_facet(counts)
            options = {TYPE_FACET: type_options(types, params.type)}
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
        facets={
            name: {option.key: option.count for option in facet.options}
            for name, facet in options.items()
        },
        facet_options=options,
    )


def facet_options(facet: Facet, counted: FacetCounts, selected: Any) -> FacetOptions:
    """A resource facet's options as the resource database page orders them."""
    return FacetOptions(
        title=str(facet.title),
        options=[
            FacetOption(
                key=str(option["value"]),
                label=str(option["label"]),
                count=option["count"],
                selected=option["selected"],
            )
            for option in ordered_options(facet, counted, selected)
        ],
    )


def type_options(types: dict[str, int], selected: str | None) -> FacetOptions:
    """The `type` facet: pages found per API type name, the largest first."""
    return FacetOptions(
        title=str(_("Type of page")),
        options=[
            FacetOption(key=name, label=type_label(name), count=count, selected=name == selected)
            for name, count in sorted(types.items(), key=lambda item: (-item[1], item[0]))
        ],
    )


def type_label(name: str) -> str:
    """The name of an API page type in the active language."""
    if name == SECTION:
        return str(_("Section page"))
    return capfirst(str(PAGE_TYPES[name]._meta.verbose_name))


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
    titles = autocomplete_titles(locale, text, model)
    return AutocompleteResponse(results=titles[:AUTOCOMPLETE_LIMIT])
