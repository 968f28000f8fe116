"""Template helpers of search: highlighted results, the length limit of search boxes, and
the suggestions of search boxes (search/static/search/autocomplete.js)."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext, ngettext

from search.highlight import highlight as highlight_text
from search.query import AUTOCOMPLETE_LIMIT, MAX_QUERY_LENGTH

register = template.Library()


@register.filter
def highlight(text: str, query: str) -> SafeString:
    """The text (an excerpt of it, if long) with the words matching `query` marked."""
    return highlight_text(str(text or ""), query or "")


@register.simple_tag
def max_query_length() -> int:
    """The longest query text a search accepts (the `maxlength` of search boxes)."""
    return MAX_QUERY_LENGTH


@register.simple_tag
def autocomplete_url(kind: Literal["resource", "all"]) -> str:
    """Where a search box gets its suggestions: titles of resources (`resource`) or of
    every page (`all`) in the page's language."""
    query = urlencode({"type": kind, "lang": get_language()})
    return f"{reverse('search_api:autocomplete')}?{query}"


@register.inclusion_tag("search/includes/autocomplete_assets.html")
def autocomplete_assets() -> dict:
    """The script and styles of search boxes' suggestions, and what it says in the page's
    language: the popup's name and, for each number of suggestions the endpoint can give,
    the sentence announced to screen readers (plural forms need the number)."""
    counts = {
        str(count): ngettext(
            "%(count)s suggestion. Use the up and down arrow keys to choose one.",
            "%(count)s suggestions. Use the up and down arrow keys to choose one.",
            count,
        )
        % {"count": count}
        for count in range(1, AUTOCOMPLETE_LIMIT + 1)
    }
    return {
        "messages": {
            "label": gettext("Suggestions"),
            "none": gettext("No suggestions."),
            "counts": counts,
        }
    }
