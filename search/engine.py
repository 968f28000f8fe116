"""Queries against a search engine (OpenSearch or Elasticsearch) for the resource database,
the site search and autocomplete.

Wagtail's engine backends index the pages and answer simple searches; faceted search with
counts per value, typo tolerance and prefix completion are written here as the engine's
own query language, over the same index Wagtail maintains.
"""

from __future__ import annotations

import logging

from wagtail.models import Page
from wagtail.search import index

from association.models import ResourcePage
from core.visibility import hidden_paths

from .resources import (
    FACETS,
    DatabaseResourceSearch,
    ResourceQuery,
    ResultPage,
)

logger = logging.getLogger(__name__)


def engine_errors() -> tuple[type[Exception], ...]:
    """What a client raises when the engine is unreachable or fails."""
    errors: list[type[Exception]] = [ConnectionError, TimeoutError]
    try:
        from opensearchpy import exceptions as opensearch

        errors += [opensearch.ConnectionError, opensearch.TransportError]
    except ImportError:
        pass
    try:
        import elastic_transport
        from elasticsearch import ApiError

        errors += [elastic_transport.TransportError, ApiError]
    except ImportError:
        pass
    return tuple(errors)


class EngineIndex:
    """Field names and the index name of a model in the engine's page index."""

    def __init__(self, backend, model):
        self.backend = backend
        self.model = model
        self.mapping = backend.mapping_class(model)
        self.name = backend.get_index_for_model(model).name
        self._fields = {
            (type(field), field.field_name): field
            for field in model.get_search_fields()
            if not isinstance(field, index.RelatedFields)
        }

    def filter_column(self, name: str) -> str:
        return self.mapping.get_field_column_name(self._fields[(index.FilterField, name)])

    def content_type(self) -> str:
        return self.mapping.get_content_type()

    def search(self, body: dict) -> dict:
        return self.backend.es.search(index=self.name, body=body)


TEXT_FIELDS = ["_all_text_boost_2_0^2", "_all_text"]


def text_query(text: str, fuzzy: bool = False) -> dict:
    """Every word must match, stemmed in Russian and English; the whole phrase ranks first.

    `fuzzy` also accepts close misspellings. It costs more, so searches try without it
    first and repeat with it only when nothing matched.
    """
    should: list[dict] = [
        {
            "multi_match": {
                "query": text,
                "fields": TEXT_FIELDS,
                "type": "most_fields",
                "operator": "and",
            }
        },
        {"match_phrase": {"_all_text": {"query": text, "slop": 2, "boost": 2}}},
    ]
    if fuzzy:
        should.append(
            {
                "multi_match": {
                    "query": text,
                    "fields": TEXT_FIELDS,
                    "operator": "and",
                    "fuzziness": "AUTO",
                    "prefix_length": 1,
                    "max_expansions": 20,
                    "boost": 0.2,
                }
            }
        )
    return {"bool": {"should": should, "minimum_should_match": 1}}


def visibility_filters(engine: EngineIndex, locale_id: int) -> tuple[list, list]:
    """Live pages of the language; not private; not in a suspended institution's section."""
    filters = [
        {"term": {"_django_content_type": engine.content_type()}},
        {"term": {"live_filter": True}},
        {"term": {"locale_id_filter": locale_id}},
    ]
    must_not = [{"prefix": {"path_filter": path}} for path in hidden_paths()]
    return filters, must_not


class EngineResourceSearch:
    """The resource database on the engine: one query for the counts and facets (each
    facet counted under every other active filter), one for the page of results."""

    def __init__(self, query: ResourceQuery, backend):
        self.query = query
        self.degraded = False
        self.index = EngineIndex(backend, ResourcePage)
        self._summary: dict | None = None
        self._fallback: DatabaseResourceSearch | None = None
        self.fuzzy = False

    def column(self, facet: str) -> str:
        return self.index.filter_column(
            {
                "level": "education_level_codes",
                "subject": "subject_slugs",
                "resource_type": "resource_type_slug",
                "institution": "institution_slug",
                "year": "year",
                "language": "language",
            }[facet]
        )

    def facet_filters(self, without: str | None = None) -> list[dict]:
        return [
            {"term": {self.column(name): value}}
            for name, value in self.query.filters.items()
            if name != without
        ]

    def base_query(self) -> dict:
        filters, must_not = visibility_filters(self.index, self.query.locale.pk)
        query: dict = {"bool": {"filter": filters, "must_not": must_not}}
        if self.query.text:
            query["bool"]["must"] = [text_query(self.query.text, fuzzy=self.fuzzy)]
        return query

    def _run(self, body: dict) -> dict | None:
        try:
            return self.index.search(body)
        except engine_errors() as error:
            logger.warning("Search engine unavailable, answering from the database: %s", error)
            self.degraded = True
            self._fallback = DatabaseResourceSearch(self.query, degraded=True)
            return None

    def summary(self) -> dict | None:
        if self._summary is None and self._fallback is None:
            self._summary = self._run(self.summary_body())
            if self._summary is not None and self.query.text and not self._matched_anything():
                self.fuzzy = True
                self._summary = self._run(self.summary_body())
        return self._summary

    def summary_body(self) -> dict:
        aggregations = {
            name: {
                "filter": {"bool": {"filter": self.facet_filters(without=name)}},
                "aggs": {"values": {"terms": {"field": self.column(name), "size": 300}}},
            }
            for name in FACETS
        }
        return {
            "size": 0,
            "track_total_hits": True,
            "query": self.base_query(),
            "post_filter": {"bool": {"filter": self.facet_filters()}},
            "aggs": aggregations,
        }

    def _matched_anything(self) -> bool:
        """Whether the text matched, under any filters (a facet filter that excludes all
        is no reason to go looking for misspellings)."""
        aggregations = self._summary["aggregations"]
        return any(aggregations[name]["doc_count"] for name in FACETS)

    def count(self) -> int:
        summary = self.summary()
        if summary is None:
            return self._fallback.count()
        return summary["hits"]["total"]["value"]

    def facets(self) -> dict[str, dict]:
        summary = self.summary()
        if summary is None:
            return self._fallback.facets()
        return {
            name: {
                bucket["key"]: bucket["doc_count"]
                for bucket in summary["aggregations"][name]["values"]["buckets"]
            }
            for name in FACETS
        }

    def page(self, offset: int, limit: int) -> list[ResourcePage]:
        self.summary()  # decides whether misspellings are searched for
        if self._fallback is None and limit > 0:
            sort: list = [{"first_published_at_filter": {"order": "desc"}}, {"id_filter": "desc"}]
            if self.query.by_relevance:
                sort = ["_score", *sort]
            response = self._run(
                {
                    "from": offset,
                    "size": limit,
                    "_source": False,
                    "query": self.base_query(),
                    "post_filter": {"bool": {"filter": self.facet_filters()}},
                    "sort": sort,
                }
            )
            if response is not None:
                ids = [int(hit["_id"].rpartition(":")[2]) for hit in response["hits"]["hits"]]
                return ResultPage(ids, ResourcePage.objects.live())
        if self._fallback is not None:
            return self._fallback.page(offset, limit)
        return []


def autocomplete_titles(backend, locale_id: int, prefix: str, model=Page, limit: int = 8):
    """Titles of visible pages (of `model`) starting with the typed words."""
    engine = EngineIndex(backend, model)
    filters, must_not = visibility_filters(engine, locale_id)
    response = engine.search(
        {
            "size": limit * 3,
            "_source": ["title"],
            "query": {
                "bool": {
                    "filter": filters,
                    "must_not": must_not,
                    "must": [
                        {
                            "match": {
                                "title_edgengrams": {
                                    "query": prefix,
                                    "analyzer": "autocomplete_query",
                                    "operator": "and",
                                }
                            }
                        }
                    ],
                }
            },
        }
    )
    titles: list[str] = []
    for hit in response["hits"]["hits"]:
        title = hit["_source"]["title"]
        if title not in titles:
            titles.append(title)
    return titles[:limit]
