"""Slugs made of names in any script: transliterated to ASCII, and numbered when taken."""

from __future__ import annotations

from collections.abc import Callable, Container

from anyascii import anyascii
from django.utils.text import slugify


def ascii_slug(text: str, max_length: int, fallback: str) -> str:
    """An ASCII slug of `text` (Cyrillic transliterated), at most `max_length` long;
    `fallback` when nothing of the text is left."""
    return slugify(anyascii(text))[:max_length].strip("-") or fallback


def free_slug(
    text: str, taken: Container[str] | Callable[[str], bool], max_length: int, fallback: str
) -> str:
    """The slug of `text`, or the first of `<slug>-2`, `<slug>-3`… that is not taken,
    within `max_length`. `taken` is a collection of slugs or a function saying whether a
    slug is taken."""
    is_taken = taken if callable(taken) else taken.__contains__
    base = ascii_slug(text, max_length, fallback)
    slug, number = base, 1
    while is_taken(slug):
        number += 1
        suffix = f"-{number}"
        slug = base[: max_length - len(suffix)].rstrip("-") + suffix
    return slug
