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
from itertools import combinations
from math import comb

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, F, Q, QuerySet
from django.db.models.expressions import RawSQL
from wagtail.models import Locale, Page

from association.models import ResourcePage
from core.morphology import WORD, words
from core.visibility import hidden_paths, listed_pages

from ..analysis import POSTGRES_SEARCH_CONFIG
from ..facets import FACETS, FACETS_BY_NAME
from ..query import ResourceQuery, SiteQuery
from ..spelling import allowed_edits, closest_word, edit_distance
from ..textquery import TextQuery, corrected_text
from . import sqlite
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


def publication_changed(instance, **kwargs) -> None:
    """A page with pages below it published or unpublished: the resources below appear or
    disappear with it (core.visibility), so the cached counts are stale."""
    if instance.numchild:
        catalogue_changed()


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
        terms = self.query.terms
        if not terms:
            return None
        if self._matching_ids is None:
            if self.degraded:
                candidates = ResourcePage.objects.live().filter(locale=self.query.locale)
                ranked = candidates.filter(substring_condition(terms, ("title", "abstract")))
                ranked = ranked.order_by("-first_published_at")
                self._matching_ids = list(ranked.values_list("pk", flat=True))
            else:
                self._matching_ids = sqlite.ranked_ids(
                    terms, [ContentType.objects.get_for_model(ResourcePage).pk]
                )
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
        if self.query.terms:
            return self._summary()["count"]
        return self._cached_summary()["count"]

    def facets(self) -> dict[str, dict]:
        if self.query.terms:
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

    def suggestions(self) -> list[str]:
        """The query with its misspelt words corrected, when the index has closer ones."""
        return spelling_suggestions(self.query)

    def text_rows(self) -> list[tuple]:
        """The visible resources matching the text, best first, with their facet values:
        (id, language, year, resource type id, institution id, level codes, subject ids,
        published review status) — the `row_column`s of search/facets.py."""
        if connection.vendor == "postgresql" and not self.degraded:
            return postgres_text_rows(self.query.terms, self.query.locale)
        ids = self.matching_ids()
        rows = (
            self.visible()
            .filter(pk__in=id_set(ids))
            .values_list(
                "pk",
                "language",
                "year",
                "resource_type_id",
                "institution_id",
                "review_publication__status",
            )
        )
        found = {row[0]: [*row[:5], [], [], row[5]] for row in rows}
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
        if self.query.terms:
            pages = ResourcePage.objects.filter(pk__in=id_set(self._summary()["ids"]))
        else:
            pages = self.filtered()
        newest = ("-first_published_at", "-pk")
        if self.query.by_score:
            pages = pages.order_by(F("review_publication__score").desc(nulls_last=True), *newest)
        else:
            pages = pages.order_by(*newest)
        return list(with_related(pages)[offset : offset + limit])


def substring_condition(terms: TextQuery, fields: tuple[str, ...]) -> Q:
    """The degraded match: every group (one of its words) or phrase as a substring of
    one of the fields."""
    condition = Q()
    for alternatives in [group.single_words for group in terms.groups] + [
        (" ".join(phrase),) for phrase in terms.phrases
    ]:
        either = Q()
        for word in alternatives:
            for name in fields:
                either |= Q(**{f"{name}__icontains": word})
        condition &= either
    return condition


def spelling_suggestions(query: ResourceQuery | SiteQuery) -> list[str]:
    """The query with the words that the index does not hold replaced by the closest ones
    it holds: SQLite's FTS vocabulary, PostgreSQL's trigram similarity."""
    terms = query.terms
    if not terms or terms.literal:
        return []
    if connection.vendor == "postgresql":
        corrections = postgres_corrections(terms)
    else:
        corrections = sqlite.spelling_corrections(terms)
    if not corrections:
        return []
    return [corrected_text(query.text, corrections)]


POSTGRES_SIMILAR_TEXTS = """
    SELECT entry.title_text, left(entry.body_text, 20000)
    FROM wagtailsearch_indexentry entry
    WHERE %(word)s <%% entry.title_text OR %(word)s <%% entry.body_text
    ORDER BY greatest(word_similarity(%(word)s, entry.title_text),
                      word_similarity(%(word)s, entry.body_text)) DESC
    LIMIT 20
"""

POSTGRES_DOCUMENTS_WITH_WORD = f"""
    SELECT count(*) FROM wagtailsearch_indexentry entry
    WHERE (entry.title || entry.body) @@ plainto_tsquery('{POSTGRES_SEARCH_CONFIG}', %(word)s)
"""


def postgres_corrections(terms: TextQuery) -> dict[str, str]:
    """Each word of the query that no page holds (in any form), with the closest word of
    the pages most similar to it by pg_trgm's word similarity; among words equally near,
    the one more pages hold (as SQLite's vocabulary counts them)."""
    corrections = {}
    with transaction.atomic(), connection.cursor() as cursor:
        # pg_trgm's default (0.6) misses a misspelt ending on top of another form
        # («семенары» against «семинаров» is 0.33); closest_word() then judges.
        cursor.execute("SELECT set_config('pg_trgm.word_similarity_threshold', '0.3', true)")

        def pages_holding(candidate: str) -> int:
            cursor.execute(POSTGRES_DOCUMENTS_WITH_WORD, {"word": candidate})
            return cursor.fetchone()[0]

        for word in terms.all_words:
            limit = allowed_edits(word)
            if limit == 0 or pages_holding(word):
                continue
            cursor.execute(POSTGRES_SIMILAR_TEXTS, {"word": word})
            # Only the words near enough are counted (one indexed statement each).
            near = {
                text_word
                for texts in cursor.fetchall()
                for text_word in words(" ".join(texts))
                if text_word[:1] == word[:1] and edit_distance(word, text_word, limit) <= limit
            }
            best = closest_word(word, ((candidate, pages_holding(candidate)) for candidate in near))
            if best:
                corrections[word] = best
    return corrections


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


# Ranking of the PostgreSQL statements: the words' weight in title (and authors), then
# in the body; each matched group, all of them and the exact phrase add to it, so that
# more of the query's words rank higher and the phrase above the words scattered. The
# weights are ts_rank_cd's for D, C, B, A: the body's fields are D, the base forms of the
# title and the authors (boost 2) B.
RANK_WEIGHTS = "{0.4, 0.4, 1.0, 1.0}"
GROUP_WEIGHT = 1.0
ALL_GROUPS_BONUS = 0.5
PHRASE_BONUS = 1.0


# Above this many combinations of the required groups, the GIN index is asked for any
# group and the rows are counted one by one.
MAX_COMBINATIONS = 20


def index_condition(groups: list[str], phrases: list[str], required: int) -> str:
    """The tsquery the GIN index answers: the fewest rows that may match. All groups when
    all are required (a common word then costs what the rarer one finds, not what the
    commoner one does: «конспект занятия» reads 18 000 rows instead of 61 000); any
    `required` of them, as OR of ANDs, while the combinations are few; any one
    otherwise. Phrases are required as well. A superset: the groups matched are still
    counted per row, against the groups the configuration keeps (`lexemed`)."""
    if not groups:
        return "(" + " && ".join(phrases) + ")"
    if required >= len(groups):
        condition = "(" + " && ".join(groups) + ")"
    elif required > 1 and comb(len(groups), required) <= MAX_COMBINATIONS:
        condition = (
            "("
            + " || ".join(
                "(" + " && ".join(chosen) + ")" for chosen in combinations(groups, required)
            )
            + ")"
        )
    else:
        condition = "(" + " || ".join(groups) + ")"
    if phrases:
        condition = "(" + " && ".join([condition, *phrases]) + ")"
    return condition


class PostgresTextMatch:
    """A parsed query (search/textquery.py) as PostgreSQL text search: one tsquery per
    term group, each of its alternatives through plainto_tsquery or phraseto_tsquery of a
    parameter (typed text never becomes tsquery syntax), ORed for the GIN index; then
    the matched groups counted for the "2<75%" rule, quoted phrases required,
    exclusions negated. A phrase of stop words only, which the configuration drops, is
    looked for in the plain text through the trigram indexes of search/migrations/0005.

    `sql` is two common table expressions, `q` and `matches` (id, content_type_id, rank),
    for a statement to select from; `params` its parameters."""

    def __init__(self, terms: TextQuery, content_type: int | None = None):
        self.terms = terms
        self.params: dict = {}
        self.content_type = content_type

    def param(self, value) -> str:
        name = f"t{len(self.params)}"
        self.params[name] = value
        return f"%({name})s"

    def tsquery(self, words: tuple[str, ...]) -> str:
        function = "plainto_tsquery" if len(words) == 1 else "phraseto_tsquery"
        return f"{function}('{POSTGRES_SEARCH_CONFIG}', {self.param(' '.join(words))})"

    def either(self, parts: list[str]) -> str:
        return "(" + " || ".join(parts) + ")"

    @property
    def sql(self) -> str:
        terms = self.terms
        type_condition = ""
        if self.content_type is not None:
            type_condition = f"entry.content_type_id = {self.param(self.content_type)} AND"
        if terms.literal:
            pattern = self.param("%" + " ".join(terms.phrases[0]) + "%")
            return f"""
            q AS (SELECT 1),
            matches AS (
                SELECT entry.object_id::bigint AS id, entry.content_type_id,
                       (entry.title_text ILIKE {pattern})::int + 1.0 AS rank
                FROM wagtailsearch_indexentry entry
                WHERE {type_condition}
                      (entry.title_text ILIKE {pattern} OR entry.body_text ILIKE {pattern})
            )"""
        groups = [
            self.either([self.tsquery(alt) for alt in group.alternatives]) for group in terms.groups
        ]
        phrases = [self.tsquery(phrase) for phrase in terms.phrases]
        columns = [f"{group} AS g{number}" for number, group in enumerate(groups)]
        searched = index_condition(groups, phrases, terms.minimum_should_match)
        columns.append(f"{searched} AS any_q")
        ranked = self.either(groups) if groups else searched
        columns.append(f"{ranked} AS rank_q")
        if phrases:
            columns.append("(" + " && ".join(phrases) + ") AS phrases")
        if terms.excluded:
            columns.append(
                self.either([self.tsquery((word,)) for word in terms.excluded]) + " AS excluded"
            )
        if terms.exact_phrase:
            columns.append(f"{self.tsquery(terms.exact_phrase)} AS exact")
        lexemed = " + ".join(f"(numnode(q0.g{n}) > 0)::int" for n in range(len(groups))) or "0"
        minimum = self.param(terms.minimum)
        count = len(groups)
        flags = ", ".join(
            f"(CASE WHEN numnode(q.g{n}) > 0 THEN (found.vector @@ q.g{n})::int ELSE 0 END) AS m{n}"
            for n in range(count)
        )
        matched = " + ".join(f"flagged.m{n}" for n in range(count)) or "0"
        # A group's weight grows as fewer of the found pages hold it (1 when all do): a
        # rare word of a relaxed query («шрифтами») counts for more than a common one
        # («работа»), as bm25() and the engine's scoring weigh them.
        weighted = (
            " + ".join(
                f"scored.m{n} * ln(1 + (count(*) OVER ())::float8"
                f" / greatest(sum(scored.m{n}) OVER (), 1)) / ln(2)"
                for n in range(count)
            )
            or "0"
        )
        conditions = [f"({matched}) >= q.required"]
        if phrases and groups:
            conditions.append("flagged.vector @@ q.phrases")
        if terms.excluded:
            conditions.append("NOT (numnode(q.excluded) > 0 AND flagged.vector @@ q.excluded)")
        exact = "(flagged.vector @@ q.exact)::int" if terms.exact_phrase else "0"
        return f"""
            q0 AS MATERIALIZED (SELECT {", ".join(columns)}),
            q AS MATERIALIZED (
                SELECT q0.*, CASE WHEN {minimum}::int IS NOT NULL
                                  THEN LEAST({minimum}::int, lexemed)
                                  WHEN lexemed <= 2 THEN lexemed ELSE lexemed * 3 / 4 END
                             AS required, lexemed
                FROM q0, LATERAL (SELECT {lexemed} AS lexemed) counted
            ),
            found AS (
                SELECT entry.object_id, entry.content_type_id, entry.title, entry.body,
                       entry.title || entry.body AS vector
                FROM wagtailsearch_indexentry entry, q
                WHERE {type_condition} (entry.title || entry.body) @@ q.any_q
            ),
            flagged AS (
                SELECT found.*{", " + flags if flags else ""} FROM found, q
            ),
            scored AS (
                SELECT flagged.*,
                       ts_rank_cd('{RANK_WEIGHTS}', flagged.title, q.rank_q, 32) * 2
                       + ts_rank_cd('{RANK_WEIGHTS}', flagged.body, q.rank_q, 32)
                       + CASE WHEN ({matched}) = q.lexemed THEN {ALL_GROUPS_BONUS} ELSE 0 END
                       + {PHRASE_BONUS} * {exact} AS text_rank
                FROM flagged, q
                WHERE {" AND ".join(conditions)}
            ),
            matches AS (
                SELECT scored.object_id::bigint AS id, scored.content_type_id,
                       scored.text_rank + {GROUP_WEIGHT} * ({weighted}) AS rank
                FROM scored
            )"""


POSTGRES_TEXT_ROWS = """
    WITH {matches}
    SELECT matches.id, resource.language, resource.year, resource.resource_type_id,
           resource.institution_id,
           (SELECT string_agg(level.educationlevel_id, ',')
            FROM association_resourcepage_education_levels level
            WHERE level.resourcepage_id = matches.id),
           (SELECT string_agg(link.subject_id::text, ',')
            FROM association_resourcepage_subjects link
            WHERE link.resourcepage_id = matches.id),
           (SELECT publication.status FROM association_reviewpublication publication
            WHERE publication.page_id = matches.id)
    FROM matches
    JOIN wagtailcore_page page ON page.id = matches.id
    JOIN association_resourcepage resource ON resource.page_ptr_id = matches.id
    WHERE page.live AND page.locale_id = %(locale)s
      AND NOT (page.path LIKE ANY(%(hidden_paths)s))
    ORDER BY matches.rank DESC, matches.id
"""


def postgres_text_rows(terms: TextQuery, locale: Locale) -> list[tuple]:
    """text_rows() on PostgreSQL in one statement: the full-text match on Wagtail's index
    (through the GIN index of search/migrations/0004), visibility and facet values (the
    levels and subjects come as comma-separated text, much cheaper to read than arrays)."""
    match = PostgresTextMatch(terms, ContentType.objects.get_for_model(ResourcePage).pk)
    with connection.cursor() as cursor:
        cursor.execute(
            POSTGRES_TEXT_ROWS.replace("{matches}", match.sql),
            {**match.params, "locale": locale.pk, "hidden_paths": hidden_path_patterns()},
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
            review_status,
        )
        for pk, language, year, type_id, institution_id, levels, subjects, review_status in rows
    ]


# The site search -----------------------------------------------------------------------

POSTGRES_PAGE_MATCHES = """
    WITH {matches}
    SELECT page.id, page.content_type_id
    FROM matches
    JOIN wagtailcore_page page ON page.id = matches.id
        AND page.content_type_id = matches.content_type_id
    WHERE page.live AND page.locale_id = %(locale)s AND page.depth > 1
      AND NOT (page.path LIKE ANY(%(hidden_paths)s))
    ORDER BY matches.rank DESC, page.id
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
        if not self.query.terms:
            return {}
        counts: dict[int, int] = {}
        if connection.vendor == "postgresql" and not self.degraded:
            pairs = self._postgres_matches()
        else:
            pairs = self._matches_elsewhere()
        for _pk, type_id in pairs:
            counts[type_id] = counts.get(type_id, 0) + 1
        return counts

    def _matches_elsewhere(self) -> list[tuple[int, int]]:
        """(id, content type id) of the visible matching pages, best first: SQLite's FTS,
        or (degraded) titles holding the words."""
        if self._matches is None:
            if self.degraded:
                rows = self.visible().filter(substring_condition(self.query.terms, ("title",)))
                rows = rows.order_by("-first_published_at", "pk")
                self._matches = list(rows.values_list("pk", "content_type_id"))
            else:
                ids = sqlite.ranked_ids(self.query.terms, None)
                types = dict(self.visible().filter(pk__in=ids).values_list("pk", "content_type_id"))
                self._matches = [(pk, types[pk]) for pk in ids if pk in types]
        return self._matches

    def suggestions(self) -> list[str]:
        return spelling_suggestions(self.query)

    def _postgres_matches(self) -> list[tuple[int, int]]:
        """(id, content type id) of the visible pages matching the text, best first."""
        if self._matches is None:
            match = PostgresTextMatch(self.query.terms)
            with connection.cursor() as cursor:
                cursor.execute(
                    POSTGRES_PAGE_MATCHES.replace("{matches}", match.sql),
                    {
                        **match.params,
                        "locale": self.query.locale.pk,
                        "hidden_paths": hidden_path_patterns(),
                    },
                )
                self._matches = cursor.fetchall()
        return self._matches

    def page(self, offset: int, limit: int) -> list[Page]:
        if not self.query.terms or limit <= 0:
            return []
        type_ids = self.query.content_type_ids
        if connection.vendor == "postgresql" and not self.degraded:
            matches = self._postgres_matches()
        else:
            matches = self._matches_elsewhere()
        chosen = [pk for pk, type_id in matches if type_ids is None or type_id in type_ids]
        chosen = chosen[offset : offset + limit]
        pages = Page.objects.filter(pk__in=chosen).defer_streamfields().specific().in_bulk()
        return [pages[pk] for pk in chosen if pk in pages]


# Autocomplete --------------------------------------------------------------------------


def autocomplete_titles(
    locale: Locale, text: str, model: type[Page] = Page, degraded: bool = False, limit: int = 8
) -> list[str]:
    """Titles of visible pages (of `model`) for the typed words: through the database
    backend's autocomplete, or (`degraded`) the titles starting with the text."""
    visible = visible_pages(locale)
    if model is ResourcePage:
        visible = visible.type(ResourcePage)
    # Only the words go to the backend: quotes and operators are syntax to SQLite's FTS5
    # and PostgreSQL's tsquery, and a prefix is never a phrase or an operator.
    typed = " ".join(WORD.findall(text))
    if not typed:
        return []
    if degraded:
        ranked = visible.filter(title__istartswith=text).order_by("title")
    else:
        candidates = model.objects.live().filter(locale=locale)
        ranked = candidates.autocomplete(typed).get_queryset().filter(pk__in=visible.values("pk"))
    titles: list[str] = []
    for title in ranked.values_list("title", flat=True)[: limit * 3]:
        if title not in titles:
            titles.append(title)
    return titles[:limit]
