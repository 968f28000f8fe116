"""Template helpers of search results."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from search.highlight import highlight as highlight_text

register = template.Library()


@register.filter
def highlight(text: str, query: str) -> SafeString:
    """The text (an excerpt of it, if long) with the words matching `query` marked."""
    return highlight_text(str(text or ""), query or "")
