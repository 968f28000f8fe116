"""The engine backend: queries against OpenSearch or Elasticsearch for the resource database,
the site search and autocomplete.

Wagtail's engine backends index the pages and answer simple searches; faceted search with
counts per value, typo tolerance and prefix completion are written here as the engine's
own query language, over the same index Wagtail maintains. When the engine is unreachable
a search answers from search/backends/database.py in its degraded mode.
"""

from __future__ import annotations

import logging

from wagtail.models import Locale, Page
from wagtail.search import index

from association.models import ResourcePage
from core.morphology import base_form, forms, words
from core.visibility import hidden_paths

from ..facets import FACET_NAMES, FACETS_BY_NAME
from ..query import ResourceQuery, SiteQuery
from ..spelling import closest_word
from ..textquery import TextQuery, corrected_text
from ..timing import count_took, engine_call
from .base import BaseSearch, BaseSiteSearch, ResultPage
from .database import DatabaseResourceSearch, DatabaseSiteSearch
from .database import autocomplete_titles as database_autocomplete_titles

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
        with engine_call():
            response = self.backend.es.search(index=self.name, body=body)
        count_took(response)
        return response


# The title and the authors (and their base forms, core.indexing) are copied into the
# boosted field; everything into _all_text.
TEXT_FIELDS = ["_all_text_boost_2_0^2", "_all_text"]
PHRASE_BOOST = 3


def alternative_clause(alternative: tuple[str, ...], fuzzy: bool) -> dict:
    """One alternative of a term group: a word (forgiving misspellings when `fuzzy`), or
    a multi-word synonym as a phrase."""
    text = " ".join(alternative)
    if len(alternative) > 1:
        return {"multi_match": {"query": text, "fields": TEXT_FIELDS, "type": "phrase"}}
    clause: dict = {"query": text, "fields": TEXT_FIELDS, "type": "best_fields"}
    if fuzzy:
        clause.update(fuzziness="AUTO", prefix_length=1, max_expansions=20)
    return {"multi_match": clause}


def text_query(terms: TextQuery, fuzzy: frozenset[str] = frozenset()) -> dict:
    """A parsed query (search/textquery.py) in the engine's query language: each term
    group one clause (its word, base form and synonyms), `minimum_should_match` of them
    by the "2<75%" rule; quoted phrases required; exclusions in must_not; the exact
    sequence of the query's words as a bonus. The engine's analysers stem the words as
    they stem the index. A phrase of stop words only (which the analysers drop) is looked
    for in the titles' unstemmed words.

    `fuzzy` names the words (groups) for which close misspellings are accepted too: the
    words no page holds (`unknown_words`). Searches try without it first and repeat with
    it only when nothing matched; a word the pages hold is never fuzzed, or a correctly
    spelt «программным» would match «программ…» and count towards the "2<75%" rule.
    """
    must: list[dict] = []
    should: list[dict] = []
    if terms.literal:
        must.append(
            {
                "match_phrase": {
                    "title_edgengrams": {
                        "query": " ".join(terms.phrases[0]),
                        "analyzer": "autocomplete_query",
                    }
                }
            }
        )
        return {"bool": {"must": must}}
    if terms.groups:
        groups = [
            {
                "bool": {
                    "should": [
                        alternative_clause(alt, group.word in fuzzy) for alt in group.alternatives
                    ]
                }
            }
            for group in terms.groups
        ]
        must.append(
            {"bool": {"should": groups, "minimum_should_match": terms.minimum_should_match}}
        )
    for phrase in terms.phrases:
        must.append(
            {"multi_match": {"query": " ".join(phrase), "fields": TEXT_FIELDS, "type": "phrase"}}
        )
    if terms.exact_phrase:
        should.append(
            {
                "multi_match": {
                    "query": " ".join(terms.exact_phrase),
                    "fields": TEXT_FIELDS,
                    "type": "phrase",
                    "slop": 1,
                    "boost": PHRASE_BOOST,
                }
            }
        )
    query: dict = {"bool": {"must": must, "should": should}}
    if terms.excluded:
        query["bool"]["must_not"] = [
            {"multi_match": {"query": " ".join(terms.excluded), "fields": TEXT_FIELDS}}
        ]
    return query


def corrections_from_titles(terms: TextQuery, ids: list[int]) -> list[str]:
    """The query with each word that none of the found pages' titles holds replaced by
    the closest word they hold: what a search that forgave misspellings matched."""
    return corrections_in(
        terms, Page.objects.filter(pk__in=ids[:10]).values_list("title", flat=True)
    )


def corrections_in(terms: TextQuery, titles) -> list[str]:
    """The query with each word that none of `titles` holds replaced by the closest word
    they hold."""
    texts = " ".join(titles)
    counts: dict[str, int] = {}
    for word in words(texts):
        # The base form too: a misspelt form («семенары») is nearer the dictionary form
        # («семинар») than the form the title has («семинаров»).
        for form in {word, base_form(word)}:
            counts[form] = counts.get(form, 0) + 1
    corrections = {}
    for word in terms.all_words:
        if any(form in counts for form in forms(word)):
            continue
        best = closest_word(word, counts.items())
        if best:
            corrections[word] = best
    return [corrected_text(terms.text, corrections)] if corrections else []


def word_clause(word: str) -> dict:
    return {"multi_match": {"query": " ".join(forms(word)), "fields": TEXT_FIELDS}}


def unknown_words(engine: EngineIndex, terms: TextQuery, locale_id: int) -> frozenset[str]:
    """The words of the query's groups that no visible page holds in any form (one
    request, counting each word's pages): the only words worth forgiving misspellings."""
    names = [group.word for group in terms.groups if len(group.alternatives[0]) == 1]
    if not names:
        return frozenset()
    filters, must_not = visibility_filters(engine, locale_id)
    response = engine.search(
        {
            "size": 0,
            "query": {"bool": {"filter": filters, "must_not": must_not}},
            "aggs": {
                "words": {
                    "filters": {"filters": {str(n): word_clause(w) for n, w in enumerate(names)}}
                }
            },
        }
    )
    buckets = response["aggregations"]["words"]["buckets"]
    return frozenset(w for n, w in enumerate(names) if not buckets[str(n)]["doc_count"])


def title_corrections(
    engine: EngineIndex, terms: TextQuery, unknown: frozenset[str], locale_id: int
) -> list[str]:
    """The query with its unknown words replaced by the nearest words of the titles, when
    even forgiving misspellings found nothing: the stemmed index is too far from a
    misspelt ending («тревожнасть» stems to «тревожнаст», «тревожность» to «тревожн»),
    so the titles' own words (their edge n-grams, unstemmed) are searched instead."""
    if not unknown:
        return []
    filters, must_not = visibility_filters(engine, locale_id)
    clauses = [
        {
            "match": {
                "title_edgengrams": {
                    "query": word,
                    "analyzer": "autocomplete_query",
                    "fuzziness": "AUTO",
                    "prefix_length": 1,
                }
            }
        }
        for word in sorted(unknown)
    ]
    response = engine.search(
        {
            "size": 10,
            "_source": ["title"],
            "query": {
                "bool": {
                    "filter": filters,
                    "must_not": must_not,
                    "should": clauses,
                    "minimum_should_match": 1,
                }
            },
        }
    )
    return corrections_in(terms, [hit["_source"]["title"] for hit in response["hits"]["hits"]])


def visibility_filters(engine: EngineIndex, locale_id: int) -> tuple[list, list]:
    """Live pages of the language; not private; not in a suspended institution's section
    (core.visibility's hidden paths)."""
    filters = [
        {"term": {"_django_content_type": engine.content_type()}},
        {"term": {"live_filter": True}},
        {"term": {"locale_id_filter": locale_id}},
    ]
    must_not = [{"prefix": {"path_filter": path}} for path in hidden_paths()]
    return filters, must_not


def hit_ids(response: dict) -> list[int]:
    """The page ids of a response's hits, in order."""
    return [int(hit["_id"].rpartition(":")[2]) for hit in response["hits"]["hits"]]


class EngineResourceSearch(BaseSearch):
    """The resource database on the engine: one query for the counts and facets (each
    facet counted under every other active filter), one for the page of results."""

    def __init__(self, query: ResourceQuery, backend):
        self.query = query
        self.degraded = False
        self.index = EngineIndex(backend, ResourcePage)
        self._summary: dict | None = None
        self._fallback: DatabaseResourceSearch | None = None
        # The words searched forgiving misspellings (unknown_words), once the query as
        # typed matched nothing.
        self.fuzzy: frozenset[str] = frozenset()

    @property
    def approximate(self) -> bool:
        return bool(self.fuzzy)

    def suggestions(self) -> list[str]:
        """When only a search forgiving misspellings matched: the query as the titles
        found spell its words; when even that found nothing, as the nearest title words
        spell them."""
        if not self.fuzzy or self._fallback is not None:
            return []
        found = self.page(0, 10)
        ids = found.ids if isinstance(found, ResultPage) else [page.pk for page in found]
        if ids:
            return corrections_from_titles(self.query.terms, ids)
        try:
            return title_corrections(self.index, self.query.terms, self.fuzzy, self.query.locale.pk)
        except engine_errors():
            return []

    def column(self, facet: str) -> str:
        return self.index.filter_column(FACETS_BY_NAME[facet].engine_field)

    def facet_filters(self, without: str | None = None) -> list[dict]:
        return [
            {"term": {self.column(name): value}}
            for name, value in self.query.filters.items()
            if name != without
        ]

    def base_query(self) -> dict:
        filters, must_not = visibility_filters(self.index, self.query.locale.pk)
        query: dict = {"bool": {"filter": filters, "must_not": must_not}}
        if self.query.terms:
            query["bool"]["must"] = [text_query(self.query.terms, fuzzy=self.fuzzy)]
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
            if self._summary is not None and self.query.terms and not self._matched_anything():
                try:
                    self.fuzzy = unknown_words(self.index, self.query.terms, self.query.locale.pk)
                except engine_errors():
                    self.fuzzy = frozenset()
                if self.fuzzy:
                    self._summary = self._run(self.summary_body())
        return self._summary

    def summary_body(self) -> dict:
        aggregations = {
            name: {
                "filter": {"bool": {"filter": self.facet_filters(without=name)}},
                "aggs": {"values": {"terms": {"field": self.column(name), "size": 300}}},
            }
            for name in FACET_NAMES
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
        return any(aggregations[name]["doc_count"] for name in FACET_NAMES)

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
            for name in FACET_NAMES
        }

    def page(self, offset: int, limit: int) -> list[ResourcePage] | ResultPage:
        self.summary()  # decides whether misspellings are searched for
        if self._fallback is None and limit > 0:
            sort: list = [{"first_published_at_filter": {"order": "desc"}}, {"id_filter": "desc"}]
            if self.query.by_relevance:
                sort = ["_score", *sort]
            elif self.query.by_score:
                score = self.index.filter_column("review_score")
                # `unmapped_type`: an index built before the field existed still sorts.
                sort = [
                    {score: {"order": "desc", "missing": "_last", "unmapped_type": "double"}},
                    *sort,
                ]
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
                return ResultPage(hit_ids(response), ResourcePage.objects.live())
        if self._fallback is not None:
            return self._fallback.page(offset, limit)
        return []


class EngineSiteSearch(BaseSiteSearch):
    """The site search on the engine: one query counts the pages per type, one fetches a
    page of results; while the engine is unreachable, titles are searched in the
    database (DatabaseSiteSearch, degraded)."""

    def __init__(self, query: SiteQuery, backend):
        self.query = query
        self.backend = backend
        self.degraded = False
        self.fuzzy: frozenset[str] = frozenset()
        self._types: dict[int, int] | None = None
        self._fallback: DatabaseSiteSearch | None = None

    @property
    def approximate(self) -> bool:
        return bool(self.fuzzy)

    def suggestions(self) -> list[str]:
        """As the resource database's (EngineResourceSearch.suggestions)."""
        self.type_counts()
        if not self.fuzzy or self.degraded:
            return []
        ids = [page.pk for page in self.page(0, 10)]
        if ids:
            return corrections_from_titles(self.query.terms, ids)
        try:
            return title_corrections(
                self._engine(), self.query.terms, self.fuzzy, self.query.locale.pk
            )
        except engine_errors():
            return []

    def _degrade(self) -> DatabaseSiteSearch:
        self.degraded = True
        if self._fallback is None:
            self._fallback = DatabaseSiteSearch(self.query, degraded=True)
        return self._fallback

    def _engine(self) -> EngineIndex:
        return EngineIndex(self.backend, Page)

    def _engine_query(self, engine: EngineIndex) -> dict:
        filters, must_not = visibility_filters(engine, self.query.locale.pk)
        must = [text_query(self.query.terms, fuzzy=self.fuzzy)]
        return {"bool": {"filter": filters, "must_not": must_not, "must": must}}

    def type_counts(self) -> dict[int, int]:
        if self._types is None:
            self._types = self._engine_types()
        return self._types

    def _engine_types(self) -> dict[int, int]:
        if not self.query.terms:
            return {}
        engine = self._engine()
        try:
            response = engine.search(
                {
                    "size": 0,
                    "query": self._engine_query(engine),
                    "aggs": {"types": {"terms": {"field": "content_type_id_filter", "size": 50}}},
                }
            )
        except engine_errors() as error:
            logger.warning("Search engine unavailable, searching titles in the database: %s", error)
            return self._degrade().type_counts()
        counts = {
            bucket["key"]: bucket["doc_count"]
            for bucket in response["aggregations"]["types"]["buckets"]
        }
        if not counts and not self.fuzzy:
            # Nothing matched as typed: try again forgiving the misspellings of the words
            # no page holds.
            try:
                self.fuzzy = unknown_words(engine, self.query.terms, self.query.locale.pk)
            except engine_errors():
                return self._degrade().type_counts()
            if self.fuzzy:
                return self._engine_types()
        return counts

    def page(self, offset: int, limit: int) -> list[Page]:
        if not self.query.terms or limit <= 0:
            return []
        if not self.degraded:
            pages = self._engine_page(offset, limit)
            if pages is not None:
                return pages
        return self._degrade().page(offset, limit)

    def _engine_page(self, offset: int, limit: int) -> list[Page] | None:
        engine = self._engine()
        query = self._engine_query(engine)
        if self.query.content_type_ids is not None:
            query["bool"]["filter"].append(
                {"terms": {"content_type_id_filter": self.query.content_type_ids}}
            )
        try:
            response = engine.search(
                {"from": offset, "size": limit, "_source": False, "query": query}
            )
        except engine_errors():
            return None
        ids = hit_ids(response)
        pages = Page.objects.live().filter(pk__in=ids).defer_streamfields().specific().in_bulk()
        return [pages[pk] for pk in ids if pk in pages]


def autocomplete_titles(
    backend, locale: Locale, prefix: str, model: type[Page] = Page, limit: int = 8
) -> list[str]:
    """Titles of visible pages (of `model`) starting with the typed words; while the
    engine is unreachable, the titles in the database that start with them."""
    engine = EngineIndex(backend, model)
    filters, must_not = visibility_filters(engine, locale.pk)
    try:
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
    except engine_errors():
        return database_autocomplete_titles(locale, prefix, model, degraded=True, limit=limit)
    titles: list[str] = []
    for hit in response["hits"]["hits"]:
        title = hit["_source"]["title"]
        if title not in titles:
            titles.append(title)
    return titles[:limit]
