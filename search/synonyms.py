"""The domain's synonyms (search/data/synonyms.yaml), found in a query's words.

Terms are compared by the base forms of their words (core.morphology), so any form of a
word matches a term. Every backend expands a query through find_synonyms().
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from core.morphology import base_form, words

SYNONYMS_FILE = Path(__file__).with_name("data") / "synonyms.yaml"

Term = tuple[str, ...]


def _key(term_words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(base_form(word) for word in term_words)


@lru_cache(maxsize=1)
def synonym_groups() -> tuple[tuple[Term, ...], ...]:
    """The groups of the data file, each term as its folded words."""
    groups = yaml.safe_load(SYNONYMS_FILE.read_text(encoding="utf-8")) or []
    parsed = []
    for group in groups:
        terms = tuple(tuple(words(str(term))) for term in group)
        terms = tuple(term for term in terms if term)
        if len(terms) > 1:
            parsed.append(terms)
    return tuple(parsed)


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, ...], tuple[Term, ...]]:
    """Base-form key of every term → the other terms of its groups."""
    index: dict[tuple[str, ...], list[Term]] = {}
    for group in synonym_groups():
        for term in group:
            others = index.setdefault(_key(term), [])
            others.extend(other for other in group if other != term and other not in others)
    return {key: tuple(others) for key, others in index.items()}


def find_synonyms(query_words: list[str]) -> list[tuple[int, int, tuple[Term, ...]]]:
    """Spans [start, end) of the query's folded words that are a term of a group, with
    the group's other terms; the longest term wins where terms overlap."""
    index = _index()
    longest = max((len(key) for key in index), default=0)
    keys = [base_form(word) for word in query_words]
    spans = []
    start = 0
    while start < len(keys):
        for length in range(min(longest, len(keys) - start), 0, -1):
            others = index.get(tuple(keys[start : start + length]))
            if others:
                spans.append((start, start + length, others))
                start += length
                break
        else:
            start += 1
    return spans
