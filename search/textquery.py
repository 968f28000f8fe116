"""The one parser of query text: what a visitor typed, as terms every backend compiles.

No backend reads the typed text itself. `parse()` turns it into a `TextQuery`:

- quoted phrases (`"круглый стол"`), each required as a phrase; a lone quote is ignored;
- exclusions (`-word`), which no result may contain;
- the other words as term groups: each a word with its alternatives — the word itself, its
  base form (core.morphology), and the other terms of its synonym groups
  (search/synonyms.py; a multi-word synonym is a phrase). Stop words make no group, but a
  query of stop words only is searched as a phrase of them;
- how many groups a result must match: all of two or fewer, three in four of more
  ("2<75%"), so that one word absent from every document does not empty the results;
  `relaxed()` asks for one.

Only letters and digits reach a backend, so operators and syntax of FTS5, tsquery or
Lucene (quotes, brackets, `AND`, `*`, `:`, `^`, NUL…) cannot be injected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.morphology import base_form, fold, is_stop_word, words

from .synonyms import find_synonyms

# Terms after which the rest of the text is dropped: enough for any real query, and a
# bound on the work of the backends.
MAX_TERMS = 24

# A quoted span, or one token (a leading hyphen marks an exclusion).
TOKEN = re.compile(r'"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class TermGroup:
    """One word of the query and what else may match in its place: tuples of words, the
    first the word itself; a tuple of several words is a phrase."""

    word: str
    alternatives: tuple[tuple[str, ...], ...]

    @property
    def single_words(self) -> tuple[str, ...]:
        return tuple(alt[0] for alt in self.alternatives if len(alt) == 1)

    @property
    def phrases(self) -> tuple[tuple[str, ...], ...]:
        return tuple(alt for alt in self.alternatives if len(alt) > 1)


def required_count(groups: int) -> int:
    """The "2<75%" rule: all of up to two groups, otherwise 75% rounded down."""
    if groups <= 2:
        return groups
    return groups * 3 // 4


@dataclass(frozen=True)
class TextQuery:
    """Parsed query text (see the module's docstring)."""

    text: str = ""
    groups: tuple[TermGroup, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()
    excluded: tuple[str, ...] = ()
    # Every word of the unquoted text in order (stop words too): the exact phrase that
    # ranks above the same words scattered.
    words: tuple[str, ...] = ()
    minimum: int | None = None
    # The phrase is stop words only, which the stemming analysers drop: the backends
    # look for it in the plain text.
    literal: bool = False

    def __bool__(self) -> bool:
        return bool(self.groups or self.phrases)

    @property
    def minimum_should_match(self) -> int:
        """How many of the groups a result must match."""
        if self.minimum is not None:
            return min(self.minimum, len(self.groups))
        return required_count(len(self.groups))

    @property
    def is_relaxed(self) -> bool:
        return self.minimum_should_match < required_count(len(self.groups))

    def relaxed(self) -> TextQuery:
        """The same query matching any one of its groups (quoted phrases stay required
        only if there is nothing else)."""
        if self.groups:
            return replace(self, minimum=1, phrases=())
        return self

    def with_words(self, replacements: dict[str, str]) -> TextQuery:
        """The query with some words replaced (a spelling correction), parsed anew."""
        return parse(corrected_text(self.text, replacements))

    @property
    def exact_phrase(self) -> tuple[str, ...]:
        """The words whose exact sequence earns a bonus: the unquoted text, if two or
        more words."""
        return self.words if len(self.words) > 1 else ()

    @property
    def all_words(self) -> tuple[str, ...]:
        """Each searched word once: the groups' words and the phrases' words."""
        seen: dict[str, None] = {}
        for group in self.groups:
            seen[group.word] = None
        for phrase in self.phrases:
            for word in phrase:
                seen[word] = None
        return tuple(seen)


def corrected_text(text: str, replacements: dict[str, str]) -> str:
    """`text` with its words replaced as `replacements` says (matched by folded form)."""

    def swap(match: re.Match) -> str:
        return replacements.get(fold(match.group(0)), match.group(0))

    return re.sub(r"\w+", swap, text)


def alternatives_for(word: str) -> list[tuple[str, ...]]:
    alternatives = [(word,)]
    base = base_form(word)
    if base != word:
        alternatives.append((base,))
    return alternatives


def parse(text: str) -> TextQuery:
    """The TextQuery of typed text (already cleaned of control characters and cut to
    MAX_QUERY_LENGTH by search/query.py)."""
    phrases: list[tuple[str, ...]] = []
    excluded: list[str] = []
    free: list[str] = []
    quoted_stop_words: list[tuple[str, ...]] = []
    # An odd quote cannot open a phrase: it is dropped.
    if text.count('"') % 2:
        position = text.rfind('"')
        text_for_tokens = text[:position] + " " + text[position + 1 :]
    else:
        text_for_tokens = text
    for match in TOKEN.finditer(text_for_tokens):
        quoted, token = match.groups()
        if quoted is not None:
            phrase = tuple(words(quoted))
            if len(phrase) == 1 and not is_stop_word(phrase[0]):
                free.extend(phrase)
            elif phrase and all(is_stop_word(word) for word in phrase):
                quoted_stop_words.append(phrase)
            elif phrase:
                phrases.append(phrase)
            continue
        if token.startswith("-") and len(token) > 1 and token[1] != "-":
            excluded.extend(words(token[1:]))
            continue
        free.extend(words(token))
    if not free and not phrases and not quoted_stop_words and excluded:
        # Only exclusions: the visitor most likely meant the words themselves.
        free, excluded = excluded, []
    free = free[:MAX_TERMS]
    kept = [word for word in free if not is_stop_word(word)]
    if not kept and not phrases:
        # Only stop words ("to be or not to be", «как»): searched literally, as a phrase.
        literal = quoted_stop_words[0] if quoted_stop_words else tuple(free)
        if not literal:
            return TextQuery(text=text)
        return TextQuery(text=text, phrases=(literal,), words=literal, literal=True)
    groups = build_groups(kept)
    excluded_forms: dict[str, None] = {}
    for word in excluded:
        for form in (word, base_form(word)):
            excluded_forms[form] = None
    return TextQuery(
        text=text,
        groups=tuple(groups),
        phrases=tuple(phrases),
        excluded=tuple(excluded_forms),
        words=tuple(free),
    )


def build_groups(kept: list[str]) -> list[TermGroup]:
    """One group per distinct word, with its base form and synonyms. A multi-word synonym
    term in the query (e.g. «ограниченными возможностями здоровья») is one group of
    phrases: the term as typed and its equivalents («ОВЗ»)."""
    spans: dict[int, tuple[int, tuple[tuple[str, ...], ...]]] = {}
    for start, end, others in sorted(find_synonyms(kept), key=lambda span: (span[0], -span[1])):
        if start not in spans and not any(s < start < e for s, (e, _o) in spans.items()):
            spans[start] = (end, others)
    groups: dict[str, list[tuple[str, ...]]] = {}
    position = 0
    while position < len(kept):
        end, others = spans.get(position, (position + 1, ()))
        span = tuple(kept[position:end])
        key = " ".join(span)
        alternatives = groups.setdefault(
            key, alternatives_for(span[0]) if len(span) == 1 else [span]
        )
        for other in others:
            other = tuple(fold(word) for word in other)
            alternatives.append(other)
            if len(other) == 1:
                alternatives.extend(alternatives_for(other[0])[1:])
        position = end
    return [TermGroup(key, tuple(dict.fromkeys(alts))) for key, alts in groups.items()]
