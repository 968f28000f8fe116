"""The judged set: queries with graded judgements, read from YAML (format at the top of
tests/relevance/judgements.yaml and in the README, Search relevance)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

DEFAULT_JUDGEMENTS = Path(__file__).resolve().parent / "judgements.yaml"
# Queries of the same kinds never tuned on: how far the figures generalise.
HELD_OUT_JUDGEMENTS = DEFAULT_JUDGEMENTS.with_name("held_out.yaml")

# The kinds of query, in the order the report lists them.
KINDS = (
    "natural",
    "inflected",
    "typo",
    "synonym",
    "filter",
    "cross-language",
    "phrase",
    "exclusion",
)
# Kinds whose best document must be in the top PROBE_DEPTH (README, Search relevance).
PROBE_KINDS = ("inflected", "typo")
PROBE_DEPTH = 3
LANGUAGES = ("ru", "en")
GRADES = (0, 1, 2, 3)


class JudgementError(ValueError):
    """The judged set is malformed; the message says where."""


@dataclass(frozen=True)
class JudgedQuery:
    """One query as a visitor types it on a site language, with optional facet filters,
    the grade of each judged resource (by slug) and the resources it must not return."""

    id: str
    text: str
    kind: str
    lang: str = "ru"
    filters: dict = field(default_factory=dict)
    judgements: dict = field(default_factory=dict)
    absent: tuple = ()
    note: str = ""

    @property
    def identifiers(self) -> set[str]:
        return set(self.judgements) | set(self.absent)


def parse(entries: object, source: str = "judgements") -> list[JudgedQuery]:
    """The queries of a loaded YAML document, checked; JudgementError names the first fault."""
    if not isinstance(entries, list) or not entries:
        raise JudgementError(f"{source}: expected a non-empty list of queries")
    queries: list[JudgedQuery] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"{source}, query {number}"
        if not isinstance(entry, dict):
            raise JudgementError(f"{where}: expected a mapping")
        unknown = set(entry) - {
            "id",
            "query",
            "kind",
            "lang",
            "filters",
            "judgements",
            "absent",
            "note",
        }
        if unknown:
            raise JudgementError(f"{where}: unknown keys {sorted(unknown)}")
        query_id = entry.get("id")
        if not isinstance(query_id, str) or not query_id:
            raise JudgementError(f"{where}: `id` is required")
        where = f"{source}, query {query_id!r}"
        if query_id in seen:
            raise JudgementError(f"{where}: the id is used twice")
        seen.add(query_id)
        text = entry.get("query")
        if not isinstance(text, str) or not text.strip():
            raise JudgementError(f"{where}: `query` is required")
        if entry.get("kind") not in KINDS:
            raise JudgementError(f"{where}: `kind` must be one of {', '.join(KINDS)}")
        lang = entry.get("lang", "ru")
        if lang not in LANGUAGES:
            raise JudgementError(f"{where}: `lang` must be one of {', '.join(LANGUAGES)}")
        filters = entry.get("filters") or {}
        if not isinstance(filters, dict):
            raise JudgementError(f"{where}: `filters` must be a mapping of facet to value")
        judgements = entry.get("judgements")
        if not isinstance(judgements, dict) or not judgements:
            raise JudgementError(f"{where}: `judgements` must map resource slugs to grades")
        for slug, grade in judgements.items():
            if grade not in GRADES or isinstance(grade, bool):
                raise JudgementError(f"{where}: the grade of {slug} must be one of {GRADES}")
        if max(judgements.values()) < 2:
            raise JudgementError(f"{where}: at least one resource must be graded 2 or 3")
        absent = entry.get("absent") or []
        if not isinstance(absent, list) or set(absent) & {s for s, g in judgements.items() if g}:
            raise JudgementError(f"{where}: `absent` lists slugs not judged relevant")
        queries.append(
            JudgedQuery(
                id=query_id,
                text=text,
                kind=entry["kind"],
                lang=lang,
                filters={str(name): str(value) for name, value in filters.items()},
                judgements=dict(judgements),
                absent=tuple(absent),
                note=entry.get("note") or "",
            )
        )
    return queries


def load(path: Path = DEFAULT_JUDGEMENTS) -> list[JudgedQuery]:
    """The judged set in the YAML file at `path`."""
    with open(path, encoding="utf-8") as file:
        return parse(yaml.safe_load(file), source=str(path))
