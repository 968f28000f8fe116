"""Spelling suggestions shared by the backends: the word of an index's vocabulary closest
to a word the index does not hold («семенар» → «семинар»)."""

from __future__ import annotations

from collections.abc import Iterable


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of two neighbours counts once), or
    `limit + 1` as soon as it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def allowed_edits(word: str) -> int:
    """How many edits a correction of `word` may make: none for short words, more for
    long ones (as the engines' `fuzziness: AUTO`, one more from ten letters)."""
    if len(word) < 4:
        return 0
    if len(word) < 6:
        return 1
    if len(word) < 10:
        return 2
    return 3


def closest_word(word: str, candidates: Iterable[tuple[str, int]]) -> str | None:
    """The candidate (word, how many documents hold it) nearest to `word` within
    allowed_edits(), the more frequent first among equals; None if none is near."""
    limit = allowed_edits(word)
    if not limit:
        return None
    best: tuple[int, int, str] | None = None
    for candidate, frequency in candidates:
        if candidate == word or not candidate.isalpha():
            continue
        distance = edit_distance(word, candidate, limit)
        if distance <= limit:
            key = (distance, -frequency, candidate)
            if best is None or key < best:
                best = key
    return best[2] if best else None
