"""Ranking-quality measures of the relevance harness, on one query's ranked identifiers and
its graded judgements (identifier → grade; an identifier not judged counts as grade 0).

- nDCG@k: graded gain 2^grade − 1, discounted by log2(rank + 1), divided by the gain of the
  ideal ranking of the judged documents;
- reciprocal rank: 1 / the rank of the first document of grade ≥ 2 in the top k (0 if none);
- recall@k: the share of the documents of grade ≥ 1 that are in the top k, out of at most k
  (a query with more than k relevant documents can still reach 1).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from statistics import fmean

CUTOFF = 10
# The lowest grade that counts as relevant for recall, and as a hit for the reciprocal rank.
RECALL_GRADE = 1
RANK_GRADE = 2


def dcg(grades: Sequence[int]) -> float:
    """Discounted cumulative gain of grades in rank order."""
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades))


def ndcg(ranked: Sequence[str], judged: Mapping[str, int], k: int = CUTOFF) -> float:
    """nDCG@k of a ranking; 0 when nothing is judged relevant."""
    ideal = dcg(sorted((grade for grade in judged.values() if grade > 0), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg([judged.get(item, 0) for item in ranked[:k]]) / ideal


def reciprocal_rank(
    ranked: Sequence[str], judged: Mapping[str, int], k: int = CUTOFF, grade: int = RANK_GRADE
) -> float:
    """1 / the rank of the first document of at least `grade` in the top k, else 0."""
    for rank, item in enumerate(ranked[:k], start=1):
        if judged.get(item, 0) >= grade:
            return 1 / rank
    return 0.0


def recall(
    ranked: Sequence[str], judged: Mapping[str, int], k: int = CUTOFF, grade: int = RECALL_GRADE
) -> float:
    """The share of the relevant documents found in the top k, out of at most k."""
    relevant = {item for item, value in judged.items() if value >= grade}
    if not relevant:
        return 0.0
    found = relevant.intersection(ranked[:k])
    return len(found) / min(len(relevant), k)


def best_rank(ranked: Sequence[str], judged: Mapping[str, int]) -> int | None:
    """The rank of the first document of the query's highest grade, None if not ranked."""
    top = max(judged.values(), default=0)
    for rank, item in enumerate(ranked, start=1):
        if top > 0 and judged.get(item, 0) == top:
            return rank
    return None


def mean(values: Sequence[float]) -> float:
    return fmean(values) if values else 0.0
