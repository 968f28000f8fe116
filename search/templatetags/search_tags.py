"""Template helpers of search: highlighted results, the length limit of search boxes."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from search.highlight import highlight as highlight_text
from search.query import MAX_QUERY_LENGTH

register = template.Library()


@register.filter
def highlight(text: str, query: str) -> SafeString:
    """The text (an excerpt of it, if long) with the words matching `query` marked."""
    return highlight_text(str(text or ""), query or "")


@register.simple_tag
def max_query_length() -> int:
    """The longest query text a search accepts (the `maxlength` of search boxes)."""
    return MAX_QUERY_LENGTH
