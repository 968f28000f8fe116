"""The citation of a resource on its page: the references shown in its Cite dialog, the
citation files it offers and its Highwire meta tags (association/citations.py)."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language

from association.citations import (
    DOWNLOADS,
    GOST_CONTENT,
    apa_reference,
    csl_item,
    gost_reference,
    highwire_tags,
)
from association.models import ResourcePage
from association.persistent import persistent_id
from core.structured_data import absolute
from home.persistent import publication

register = template.Library()


@register.simple_tag(takes_context=True)
def resource_citation(context, page: ResourcePage) -> dict:
    """What the page shows of its citation, made once per request (the head and the body
    of the page both ask). Kept on the request, not on the page: routing may hand the
    same page object to other requests (home.routing)."""
    request = context.get("request")
    made_for_request = getattr(request, "_portal_citations", None)
    if made_for_request is None:
        made_for_request = {}
        if request is not None:
            request._portal_citations = made_for_request
    if page.pk in made_for_request:
        return made_for_request[page.pk]
    language = get_language()
    item = csl_item(page, publication(request))
    number = persistent_id(page)
    pdf_url = absolute(request, page.document.url) if page.has_pdf else None
    made = {
        "gost": gost_reference(item, GOST_CONTENT.get(page.resource_type.slug)),
        "apa": apa_reference(item, language),
        "url": item["URL"],
        "doi": item.get("DOI"),
        "downloads": [
            {
                "label": label,
                "extension": extension,
                "url": f"/r/{number}/citation.{extension}?lang={language}",
                "filename": f"{item['id']}.{extension}",
                "type": content_type.split(";")[0],
            }
            for extension, (label, content_type) in DOWNLOADS.items()
        ],
        "highwire": highwire_tags(item, pdf_url),
    }
    made_for_request[page.pk] = made
    return made
