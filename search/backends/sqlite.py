"""Text search on SQLite: a parsed query (search/textquery.py) against the FTS5 table that
Wagtail's database backend keeps beside its index entries.

FTS5 has no stemmer; the index holds the base forms of every page's words beside its text
(core.indexing.BaseFormsIndexed), and each query word is asked for with its base form and
synonyms. A MATCH expression is only ever built from double-quoted words (letters and
digits, quotes doubled), never from typed text. One FTS query per term group tells which
groups a page matches — counted here, for the "2<75%" rule — and bm25() with column
weights (title above body) ranks them. Quoted phrases are required, `-word` excluded, and
the exact sequence of the query's words earns a bonus.

Spelling suggestions come from the index's own vocabulary: an fts5vocab table over the
FTS table (search/migrations/0005).
"""

from __future__ import annotations

from django.db import connection

from core.morphology import forms

from ..spelling import closest_word
from ..textquery import TermGroup, TextQuery

INDEX_TABLE = "wagtailsearch_indexentry"
FTS_TABLE = f"{INDEX_TABLE}_fts"
VOCABULARY_TABLE = f"{FTS_TABLE}_vocab"
# bm25() weights of the FTS table's columns, in its order (autocomplete, body, title).
COLUMN_WEIGHTS = "0.0, 1.0, 3.0"
# Searched columns: the autocomplete column repeats the title.
COLUMNS = "{body title}"

# Score parts, as in the PostgreSQL statement (search/backends/database.py).
GROUP_WEIGHT = 1.0
ALL_GROUPS_BONUS = 0.5
PHRASE_BONUS = 1.0


def quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def alternative_expression(alternative: tuple[str, ...]) -> str:
    """A word, or a multi-word synonym as all of its words, each in any of its forms
    (the indexed base forms are not in order, so a phrase could not match them)."""
    if len(alternative) == 1:
        return quoted(alternative[0])
    parts = ["(" + " OR ".join(quoted(form) for form in forms(word)) + ")" for word in alternative]
    return "(" + " AND ".join(parts) + ")"


def group_expression(group: TermGroup) -> str:
    return " OR ".join(alternative_expression(alt) for alt in group.alternatives)


def phrase_expression(phrase: tuple[str, ...]) -> str:
    return quoted(" ".join(phrase))


class FtsMatches:
    """Index entries matching a query: {(content type id, object id): score}."""

    def __init__(self, content_type_ids: list[int] | None):
        self.content_type_ids = content_type_ids

    def run(self, expression: str) -> dict[tuple[int, str], float]:
        condition = ""
        params: list = [f"{COLUMNS} : ({expression})"]
        if self.content_type_ids is not None:
            placeholders = ", ".join("%s" for _ in self.content_type_ids)
            condition = f"AND entry.content_type_id IN ({placeholders})"
            params += self.content_type_ids
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT entry.content_type_id, entry.object_id, "
                f"bm25({FTS_TABLE}, {COLUMN_WEIGHTS}) "
                f"FROM {FTS_TABLE} JOIN {INDEX_TABLE} entry ON entry.id = {FTS_TABLE}.rowid "
                f"WHERE {FTS_TABLE} MATCH %s {condition}",
                params,
            )
            return {(type_id, object_id): -rank for type_id, object_id, rank in cursor.fetchall()}

    def ranked(self, terms: TextQuery) -> list[tuple[int, str, float]]:
        """(content type id, object id, score) of the matching entries, best first."""
        if not terms:
            return []
        matched: dict[tuple[int, str], int] = {}
        scores: dict[tuple[int, str], float] = {}
        for group in terms.groups:
            for key, rank in self.run(group_expression(group)).items():
                matched[key] = matched.get(key, 0) + 1
                scores[key] = scores.get(key, 0.0) + rank
        needed = terms.minimum_should_match
        candidates: set | None = None
        if terms.groups:
            candidates = {key for key, count in matched.items() if count >= needed}
        for phrase in terms.phrases:
            found = self.run(phrase_expression(phrase))
            candidates = set(found) if candidates is None else candidates & set(found)
            if not terms.groups:
                for key, rank in found.items():
                    scores[key] = scores.get(key, 0.0) + rank
        candidates = candidates or set()
        if terms.excluded and candidates:
            excluded = self.run(" OR ".join(quoted(word) for word in terms.excluded))
            candidates -= set(excluded)
        bonus: set = set()
        if terms.exact_phrase and candidates and not terms.literal:
            bonus = set(self.run(phrase_expression(terms.exact_phrase)))
        groups = len(terms.groups)
        results = []
        for key in candidates:
            rank = scores.get(key, 0.0)
            score = rank / (1 + rank)
            count = matched.get(key, 0)
            score += GROUP_WEIGHT * count + (ALL_GROUPS_BONUS if count == groups else 0)
            if key in bonus:
                score += PHRASE_BONUS
            results.append((key[0], key[1], score))
        results.sort(key=lambda row: (-row[2], row[1]))
        return results


def ranked_ids(terms: TextQuery, content_type_ids: list[int] | None) -> list[int]:
    """Object ids of the matching entries (of these content types), best first."""
    ids: list[int] = []
    seen: set[int] = set()
    for _type_id, object_id, _score in FtsMatches(content_type_ids).ranked(terms):
        pk = int(object_id)
        if pk not in seen:
            seen.add(pk)
            ids.append(pk)
    return ids


def vocabulary_near(word: str) -> list[tuple[str, int]]:
    """Indexed words that might be `word` misspelt: same first letter, similar length,
    with the number of entries holding them."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT term, doc FROM {VOCABULARY_TABLE} "
            "WHERE term >= %s AND term < %s AND length(term) BETWEEN %s AND %s",
            [word[0], word[0] + "\U0010ffff", len(word) - 2, len(word) + 2],
        )
        return cursor.fetchall()


def known(word: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT 1 FROM {VOCABULARY_TABLE} WHERE term = %s", [word])
        return cursor.fetchone() is not None


def spelling_corrections(terms: TextQuery) -> dict[str, str]:
    """Each word of the query that the index does not hold (in no form), with the
    closest word it holds."""
    corrections = {}
    for word in terms.all_words:
        if any(known(form) for form in forms(word)):
            continue
        best = closest_word(word, vocabulary_near(word))
        if best:
            corrections[word] = best
    return corrections
