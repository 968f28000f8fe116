"""Structured data (schema.org, as JSON-LD) that search engines read from public pages.

Each page type that describes a thing of its own builds its JSON-LD in a
`structured_data(request, site)` method returning a dict (a LearningResource, an Event, …);
the `structured_data` template tag (home/templatetags/portal_tags.py) adds the page's
BreadcrumbList and writes them all through `json_ld`, the one place that turns them into
markup. Texts come in the active language, the page's."""

from __future__ import annotations

import json
from collections.abc import Iterable

from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

CONTEXT = "https://schema.org"

# What a JSON string may not contain inside an HTML <script> element: "</script>" would end
# it, "<!--" would start a comment. Escaped as JSON escapes they mean the same characters.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(blocks: Iterable[dict]) -> SafeString:
    """One `<script type="application/ld+json">` per block, its text unable to leave it."""
    scripts = []
    for block in blocks:
        text = json.dumps({"@context": CONTEXT, **block}, ensure_ascii=False, indent=None)
        scripts.append(
            f'<script type="application/ld+json">{text.translate(SCRIPT_ESCAPES)}</script>'
        )
    return mark_safe("\n".join(scripts))


def absolute(request: HttpRequest | None, url: str | None) -> str | None:
    """`url` with scheme and host: JSON-LD addresses are absolute."""
    if not url:
        return None
    if url.startswith(("http://", "https://")) or request is None:
        return url
    return request.build_absolute_uri(url)


def breadcrumb_list(items: list[tuple[str, str]]) -> dict:
    """A BreadcrumbList of (name, absolute URL) pairs, from the home page to the page."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(items, start=1)
        ],
    }


def without_empty(data: dict) -> dict:
    """`data` without the properties that have no value (None, "", [])."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}
