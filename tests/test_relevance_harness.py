"""The relevance harness (tests/relevance, `make relevance`) measures what it says: its
ranking measures on hand-computed rankings, and a judged set that names only resources,
facets and values the demo network has — cheap checks, without loading the corpus."""

from __future__ import annotations

import math

import pytest

from demo import content
from demo.loader import unique_slugs
from search.query import ResourceSearchForm
from tests.relevance import judged, metrics

LOG3 = math.log2(3)


@pytest.mark.parametrize(
    ("ranked", "grades", "expected"),
    [
        # The ideal order scores 1, whatever the grades.
        (["a", "b"], {"a": 3, "b": 1}, 1.0),
        # Swapped: (1 + 7/log2 3) / (7 + 1/log2 3).
        (["b", "a"], {"a": 3, "b": 1}, (1 + 7 / LOG3) / (7 + 1 / LOG3)),
        # An unjudged document first pushes the relevant one to rank 2: 1/log2 3.
        (["x", "a"], {"a": 2}, 1 / LOG3),
        # A judged document missing from the ranking counts in the ideal order only.
        (["a"], {"a": 3, "b": 3}, 7 / (7 + 7 / LOG3)),
        # Grade 0 adds nothing, to the ranking or the ideal.
        (["z", "a"], {"a": 1, "z": 0}, 1 / LOG3),
        (["x", "y"], {"a": 3}, 0.0),
        ([], {"a": 3}, 0.0),
        # Only the top 10 count.
        ([f"x{n}" for n in range(10)] + ["a"], {"a": 3}, 0.0),
    ],
)
def test_ndcg(ranked, grades, expected):
    assert metrics.ndcg(ranked, grades) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("ranked", "grades", "expected"),
    [
        (["a", "b"], {"a": 3}, 1.0),
        (["x", "y", "a"], {"a": 2}, 1 / 3),
        # A merely related document (grade 1) is not a hit.
        (["r", "a"], {"r": 1, "a": 3}, 1 / 2),
        (["r"], {"r": 1, "a": 3}, 0.0),
        ([f"x{n}" for n in range(10)] + ["a"], {"a": 3}, 0.0),
    ],
)
def test_reciprocal_rank(ranked, grades, expected):
    assert metrics.reciprocal_rank(ranked, grades) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("ranked", "grades", "expected"),
    [
        (["a", "x", "b"], {"a": 3, "b": 1, "c": 2, "d": 1}, 2 / 4),
        (["a"], {"a": 1}, 1.0),
        (["x"], {"a": 1, "z": 0}, 0.0),
        # More relevant documents than places: all ten places filled is full recall.
        ([f"r{n}" for n in range(10)], {f"r{n}": 1 for n in range(12)}, 1.0),
        ([f"r{n}" for n in range(5)], {f"r{n}": 2 for n in range(12)}, 5 / 10),
    ],
)
def test_recall(ranked, grades, expected):
    assert metrics.recall(ranked, grades) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("ranked", "grades", "expected"),
    [
        (["x", "b", "a"], {"a": 3, "b": 2}, 3),
        (["b", "x"], {"a": 3, "b": 2}, None),
        (["x", "a", "b"], {"a": 2, "b": 2}, 2),
    ],
)
def test_best_rank(ranked, grades, expected):
    assert metrics.best_rank(ranked, grades) == expected


VALID = {"id": "q", "query": "дроби", "kind": "inflected", "judgements": {"a": 3}}


@pytest.mark.parametrize(
    ("entry", "complaint"),
    [
        ({**VALID, "kind": "fuzzy"}, "`kind` must be one of"),
        ({**VALID, "lang": "de"}, "`lang` must be one of"),
        ({**VALID, "query": "  "}, "`query` is required"),
        ({k: v for k, v in VALID.items() if k != "id"}, "`id` is required"),
        ({**VALID, "judgements": {"a": 5}}, "the grade of a must be one of"),
        ({**VALID, "judgements": {"a": True}}, "the grade of a must be one of"),
        ({**VALID, "judgements": {"a": 1}}, "at least one resource must be graded 2 or 3"),
        ({**VALID, "judgements": {}}, "`judgements` must map"),
        ({**VALID, "absent": ["a"]}, "`absent` lists slugs not judged relevant"),
        ({**VALID, "filters": ["level"]}, "`filters` must be a mapping"),
        ({**VALID, "grade": 3}, "unknown keys ['grade']"),
    ],
)
def test_malformed_judgements_are_refused(entry, complaint):
    with pytest.raises(judged.JudgementError, match=complaint.replace("[", r"\[")):
        judged.parse([entry])


def test_a_query_id_is_used_once():
    with pytest.raises(judged.JudgementError, match="used twice"):
        judged.parse([VALID, VALID])


QUERIES = judged.load()
HELD_OUT = judged.load(judged.HELD_OUT_JUDGEMENTS)
DEMO_SLUGS = set(unique_slugs(item["title"] for item in content.RESOURCES))
TERM_SLUGS = {
    "subject": {row["slug"] for row in content.SUBJECTS},
    "resource_type": {row["slug"] for row in content.RESOURCE_TYPES},
    "institution": {item["slug"] for item in content.INSTITUTIONS},
}


@pytest.mark.parametrize(
    ("queries", "at_least"), [(QUERIES, 70), (HELD_OUT, 48)], ids=["judged", "held-out"]
)
def test_the_set_covers_every_kind_in_both_languages(queries, at_least):
    assert len(queries) >= at_least
    assert {query.kind for query in queries} == set(judged.KINDS)
    assert {query.lang for query in queries} == set(judged.LANGUAGES)
    for kind in judged.KINDS:
        assert len([query for query in queries if query.kind == kind]) >= 5, kind


def test_the_held_out_set_repeats_no_query_of_the_judged_set():
    def said(query):
        return " ".join(query.text.casefold().split())

    tuned = {said(query) for query in QUERIES}
    assert not [query.text for query in HELD_OUT if said(query) in tuned]
    assert not {query.id for query in HELD_OUT} & {query.id for query in QUERIES}


@pytest.mark.parametrize("query", QUERIES + HELD_OUT, ids=lambda query: query.id)
def test_every_judged_resource_and_filter_exists_in_the_demo(query):
    assert query.identifiers <= DEMO_SLUGS, query.identifiers - DEMO_SLUGS
    form = ResourceSearchForm({"q": query.text, **query.filters})
    assert form.is_valid(), form.errors
    for name, value in query.filters.items():
        if name in TERM_SLUGS:
            assert value in TERM_SLUGS[name], f"{name}={value} is not in the demo data"
    # The judged resources of a filtered query pass its filters.
    resources = dict(
        zip(
            unique_slugs(item["title"] for item in content.RESOURCES),
            content.RESOURCES,
            strict=True,
        )
    )
    fields = {"level": "levels", "subject": "subjects", "resource_type": "type"}
    for slug, grade in query.judgements.items():
        if not grade:
            continue
        item = resources[slug]
        for name, value in query.filters.items():
            held = item.get(fields.get(name, name))
            held = [str(v) for v in held] if isinstance(held, list) else [str(held)]
            assert value in held, f"{slug} is judged relevant but has no {name}={value}"
