"""Words and their base forms, in Russian and English, for every search backend.

The index keeps, beside a page's own text, the base form of each of its words; a query
asks for each word and its base form. So «клеток» finds «клетка», «учителей» finds
«учитель», "mentoring" finds "mentor" on SQLite as on PostgreSQL and the engine, whose
own stemmers then work on top. Russian words are lemmatised with pymorphy3 (a
dictionary: it knows fleeting vowels and irregular plurals, which a Snowball stemmer
cuts differently: «клеток» against «клетк-»); English words are stemmed with Snowball.
Kept free of Django imports.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import snowballstemmer

# Runs of letters and digits: hyphens, apostrophes and punctuation split words, as the
# engines' standard tokenizers and SQLite's unicode61 do.
WORD = re.compile(r"[^\W_]+")
CYRILLIC = re.compile(r"[а-я]")
LATIN = re.compile(r"[a-z]")

STOP_WORDS_FILE = Path(__file__).with_name("data") / "stop_words.txt"


def fold(text: str) -> str:
    """Lower case, with «ё» read as «е» (Russian texts spell it either way)."""
    return text.casefold().replace("ё", "е")


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return WORD.findall(fold(text))


@lru_cache(maxsize=1)
def _lemmatiser():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1)
def _english_stemmer():
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def base_form(word: str) -> str:
    """The dictionary form of a Russian word, the stem of an English one (folded);
    other words (numbers, mixed scripts) as they are."""
    word = fold(word)
    if CYRILLIC.search(word) and not LATIN.search(word):
        return fold(_lemmatiser().parse(word)[0].normal_form)
    if LATIN.search(word) and not CYRILLIC.search(word):
        return _english_stemmer().stemWord(word)
    return word


def forms(word: str) -> tuple[str, ...]:
    """The folded word, then its base form when that differs."""
    word = fold(word)
    base = base_form(word)
    return (word,) if base == word else (word, base)


# How likely a further reading of an ambiguous Russian form must be (pymorphy3's score,
# summed per dictionary form) for the index to keep its dictionary form too.
LIKELY_READING = 0.1


@lru_cache(maxsize=200_000)
def base_forms(word: str) -> tuple[str, ...]:
    """Every likely dictionary form of a word, the likeliest first: pymorphy3's readings
    of an ambiguous form may disagree («травлю»: травить, травля), and the index keeps
    each, so that a query for either finds the text."""
    word = fold(word)
    first = base_form(word)
    if not (CYRILLIC.search(word) and not LATIN.search(word)):
        return (first,)
    scores: dict[str, float] = {}
    for reading in _lemmatiser().parse(word):
        normal = fold(reading.normal_form)
        scores[normal] = scores.get(normal, 0.0) + reading.score
    others = [form for form, score in scores.items() if form != first and score >= LIKELY_READING]
    return (first, *others)


def indexed_forms(text: str) -> str:
    """The distinct base forms of a text's words that differ from the words themselves,
    space-separated: indexed beside the text so that any form of a word finds it."""
    seen: dict[str, None] = {}
    for raw in WORD.findall(text.casefold()):
        word = fold(raw)
        if word != raw:
            # «ёлка» is also indexed as «елка»: SQLite's tokenizer does not fold «ё».
            seen.setdefault(word, None)
        for base in base_forms(word):
            if base != word:
                seen.setdefault(base, None)
    return " ".join(seen)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The words a search ignores (core/data/stop_words.txt)."""
    lines = STOP_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and line[0] != "#")


def is_stop_word(word: str) -> bool:
    return fold(word) in stop_words()
