"""Site search: every public page type of one language, with a page-type facet."""

from __future__ import annotations

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from core.visibility import hidden_paths, listed_pages

from .analysis import POSTGRES_SEARCH_CONFIG
from .resources import uses_engine

logger = logging.getLogger(__name__)


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


class SiteSearch:
    """Pages matching `text` in a language, optionally of some page types (content type ids).

    On an engine, one query counts the pages per type and one fetches a page of results.
    On PostgreSQL one statement finds the matching pages through the GIN index of
    search/migrations/0004; elsewhere the database backend's own facet() counts them.
    """

    def __init__(self, locale: Locale, text: str, content_type_ids: list[int] | None = None):
        self.locale = locale
        self.text = text
        self.content_type_ids = content_type_ids
        self.degraded = False
        self.fuzzy = False
        self._types: dict | None = None

    def visible(self):
        return listed_pages(Page.objects.filter(locale=self.locale).exclude(depth__lte=1))

    def type_counts(self) -> dict[int, int]:
        if self._types is None:
            self._types = self._engine_types() if uses_engine() else self._database_types()
        return self._types

    def _database_types(self) -> dict[int, int]:
        if not self.text:
            return {}
        if connection.vendor == "postgresql":
            counts: dict[int, int] = {}
            for _pk, type_id in self._postgres_matches():
                counts[type_id] = counts.get(type_id, 0) + 1
            return counts
        return dict(self.visible().search(self.text).facet("content_type_id"))

    def _postgres_matches(self) -> list[tuple[int, int]]:
        """(id, content type id) of the visible pages matching the text, best first."""
        if not hasattr(self, "_matches"):
            with connection.cursor() as cursor:
                cursor.execute(
                    POSTGRES_PAGE_MATCHES,
                    {
                        "text": self.text,
                        "locale": self.locale.pk,
                        "hidden_paths": [path + "%" for path in hidden_paths()],
                    },
                )
                self._matches = cursor.fetchall()
        return self._matches

    def count(self) -> int:
        counts = self.type_counts()
        if self.content_type_ids is not None:
            return sum(counts.get(type_id, 0) for type_id in self.content_type_ids)
        return sum(counts.values())

    def page(self, offset: int, limit: int) -> list[Page]:
        if not self.text or limit <= 0:
            return []
        if uses_engine() and not self.degraded:
            pages = self._engine_page(offset, limit)
            if pages is not None:
                return pages
        if connection.vendor == "postgresql" and not self.degraded:
            chosen = [
                pk
                for pk, type_id in self._postgres_matches()
                if self.content_type_ids is None or type_id in self.content_type_ids
            ][offset : offset + limit]
            pages = Page.objects.filter(pk__in=chosen).defer_streamfields().specific().in_bulk()
            return [pages[pk] for pk in chosen if pk in pages]
        queryset = self.visible()
        if self.content_type_ids is not None:
            queryset = queryset.filter(content_type_id__in=self.content_type_ids)
        if self.degraded:
            results = queryset.filter(title__icontains=self.text).order_by("-first_published_at")
        else:
            results = queryset.search(self.text)
        return [page.specific for page in results[offset : offset + limit]]

    # The engine ------------------------------------------------------------------------

    def _engine_query(self, engine) -> dict:
        from .engine import text_query, visibility_filters

        filters, must_not = visibility_filters(engine, self.locale.pk)
        must = [text_query(self.text, fuzzy=self.fuzzy)]
        return {"bool": {"filter": filters, "must_not": must_not, "must": must}}

    def _engine(self):
        from .engine import EngineIndex

        return EngineIndex(get_search_backend(), Page)

    def _engine_types(self) -> dict[int, int]:
        from .engine import engine_errors

        if not self.text:
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
            self.degraded = True
            rows = self.visible().filter(title__icontains=self.text).values("content_type_id")
            counts: dict[int, int] = {}
            for row in rows:
                counts[row["content_type_id"]] = counts.get(row["content_type_id"], 0) + 1
            return counts
        counts = {
            bucket["key"]: bucket["doc_count"]
            for bucket in response["aggregations"]["types"]["buckets"]
        }
        if not counts and not self.fuzzy:
            # Nothing matched as typed: try again forgiving misspellings.
            self.fuzzy = True
            return self._engine_types()
        return counts

    def _engine_page(self, offset: int, limit: int) -> list[Page] | None:
        from .engine import engine_errors

        engine = self._engine()
        query = self._engine_query(engine)
        if self.content_type_ids is not None:
            query["bool"]["filter"].append(
                {"terms": {"content_type_id_filter": self.content_type_ids}}
            )
        try:
            response = engine.search(
                {"from": offset, "size": limit, "_source": False, "query": query}
            )
        except engine_errors():
            self.degraded = True
            return None
        ids = [int(hit["_id"].rpartition(":")[2]) for hit in response["hits"]["hits"]]
        pages = Page.objects.live().filter(pk__in=ids).defer_streamfields().specific().in_bulk()
        return [pages[pk] for pk in ids if pk in pages]


def type_labels(type_ids) -> dict[int, str]:
    labels = {}
    for content_type in ContentType.objects.filter(pk__in=list(type_ids)):
        model = content_type.model_class()
        if model is not None:
            labels[content_type.pk] = str(model._meta.verbose_name)
    return labels


class SiteResultList:
    """Site search results as a sequence for Django's Paginator."""

    def __init__(self, search: SiteSearch):
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
