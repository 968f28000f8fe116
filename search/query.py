"""What a search asks for, and the one way it is built from request parameters.

`ResourceSearchForm` validates the parameters of the resource database — the HTML page
(search/models.py) and the JSON API (search/api.py) both build their `ResourceQuery`
through it — and `MAX_QUERY_LENGTH` is the one limit on query text, for the resource
database, the site search and the API alike; `AUTOCOMPLETE_LIMIT` the most suggestions
the autocomplete endpoint gives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .facets import FACET_NAMES, FACETS
from .textquery import TextQuery, parse

MAX_QUERY_LENGTH = 200
# The most titles the autocomplete endpoint suggests (search boxes announce how many).
AUTOCOMPLETE_LIMIT = 8
SORTS = ("relevance", "date", "score")


def clean_query_text(text: str) -> str:
    """Drop control characters and collapse spaces: such characters never belong in a query
    and some backends choke on them."""
    return " ".join("".join(ch for ch in text if ch.isprintable()).split())


class QueryTextField(forms.CharField):
    """Query text, at most MAX_QUERY_LENGTH characters as typed; control characters
    (a NUL too, which a CharField refuses) are dropped rather than refused."""

    def __init__(self, **kwargs):
        super().__init__(max_length=MAX_QUERY_LENGTH, **kwargs)
        self.validators = [
            validator
            for validator in self.validators
            if not isinstance(validator, ProhibitNullCharactersValidator)
        ]

    def clean(self, value) -> str:
        return clean_query_text(super().clean(value))


class ResourceSearchForm(forms.Form):
    """The parameters of a resource search: the text, one value per facet (their fields
    come from search/facets.py) and the sort. The HTML page drops what does not validate,
    so that an edited or stale URL still gives a normal page; the API refuses it."""

    q = QueryTextField(label=_("Search resources"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("relevance", _("Relevance")),
            ("date", _("Newest first")),
            ("score", _("Highest expert score")),
        ],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for facet in FACETS:
            self.fields[facet.name] = facet.form_field()

    def cleaned_or_empty(self) -> dict:
        """The values that validated and are not empty."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}


class TextSearch:
    """The text of a query as backends read it: parsed once (search/textquery.py);
    `relaxed` asks for results matching any one of the words."""

    text: str
    relaxed: bool

    @property
    def terms(self) -> TextQuery:
        terms = parse_text(self.text)
        return terms.relaxed() if self.relaxed else terms


@lru_cache(maxsize=512)
def parse_text(text: str) -> TextQuery:
    return parse(text)


@dataclass
class ResourceQuery(TextSearch):
    """A search of the resource database: text, facet filters (by facet name) and sort."""

    locale: Locale
    text: str = ""
    filters: dict = field(default_factory=dict)
    sort: str = "relevance"
    relaxed: bool = False

    @classmethod
    def from_cleaned(cls, locale: Locale, cleaned: dict) -> ResourceQuery:
        return cls(
            locale=locale,
            text=cleaned.get("q", ""),
            filters={name: cleaned[name] for name in FACET_NAMES if name in cleaned},
            sort=cleaned.get("sort") or "relevance",
        )

    @classmethod
    def from_form(cls, locale: Locale, form: ResourceSearchForm) -> ResourceQuery:
        """The query of the form's valid, non-empty values."""
        return cls.from_cleaned(locale, form.cleaned_or_empty())

    @property
    def by_relevance(self) -> bool:
        return bool(self.terms) and self.sort not in ("date", "score")

    @property
    def by_score(self) -> bool:
        """Highest published expert score first (unreviewed resources after, newest
        first), with or without text."""
        return self.sort == "score"


@dataclass
class SiteQuery(TextSearch):
    """A site search: text over every public page type of a language, optionally narrowed
    to some page types (content type ids) once the counts per type are known."""

    locale: Locale
    text: str = ""
    content_type_ids: list[int] | None = None
    relaxed: bool = False

    @classmethod
    def from_typed(cls, locale: Locale, typed: str) -> SiteQuery:
        """The query of text as typed: cleaned, and cut to the length limit."""
        return cls(locale=locale, text=clean_query_text(typed)[:MAX_QUERY_LENGTH])


def chosen_content_type(chosen: str) -> int | None:
    """The content type id the site search's `type` parameter names, if it is one."""
    return int(chosen) if chosen.isdigit() and len(chosen) < 10 else None
