"""Result snippets that show where the query matched, for every backend alike.

Words are compared by their Snowball stems (Russian and English), so «семинаров» marks
«Семинар» in a text, as the search itself would have matched it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_LENGTH = 240


@lru_cache(maxsize=2)
def _stemmer(language: str):
    return snowballstemmer.stemmer(language)


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    word = word.lower().replace("ё", "е")
    if re.search("[а-я]", word):
        return _stemmer("russian").stemWord(word)
    return _stemmer("english").stemWord(word)


def query_stems(query: str) -> set[str]:
    return {stem(word) for word in WORD.findall(query) if len(word) > 1}


def highlight(text: str, query: str, length: int = SNIPPET_LENGTH) -> SafeString:
    """An escaped excerpt of `text` around the first match, matches wrapped in <mark>."""
    text = " ".join((text or "").split())
    stems = query_stems(query)
    matches = [m for m in WORD.finditer(text) if stem(m.group()) in stems] if stems else []
    start = 0
    if matches and matches[0].start() > length // 3:
        start = text.rfind(" ", 0, matches[0].start() - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    parts, position = [], start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)
