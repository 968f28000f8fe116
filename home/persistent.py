"""The persistent addresses of resources, `/r/<number>/`, and the citation files served
below them (association/persistent.py, association/citations.py).

They live outside the language prefixes: a reference printed in a Russian report and one
in an English one name the same address, which sends each reader to the resource in their
own language (the language cookie, else the browser's languages, as `/` does)."""

from __future__ import annotations

from django.conf import settings
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotFound,
    HttpResponseRedirect,
)
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from association.citations import DOWNLOADS, Publication, csl_item, download
from association.models import ResourcePage
from core.identifiers import parse_id
from core.locales import locale_id
from core.visibility import in_unpublished_part, view_restrictions
from core.wagtail_hooks import refusal

from .models import SiteSettings


def publication(request: HttpRequest) -> Publication:
    """The website a citation names, in the active language, and the origin of its
    persistent addresses."""
    record = SiteSettings.for_active_language()
    name = record.association_name if record else str(settings.WAGTAIL_SITE_NAME)
    return Publication(site_name=name, origin=request.build_absolute_uri("/").rstrip("/"))


def resource_versions(number: int, language: str | None) -> list[ResourcePage]:
    """The pages of resource `number` to send a reader to, best first: its version in
    `language` (a translation, or the alias that language's tree shows), then the page
    with that number; empty when no resource page has it. Whether the reader may open
    them is the caller's to check (core.visibility)."""
    page = ResourcePage.objects.filter(pk=number).select_related("locale").first()
    if page is None:
        return []
    wanted = locale_id(language) if language else None
    if wanted is None or wanted == page.locale_id:
        return [page]
    versions = list(
        ResourcePage.objects.filter(translation_key=page.translation_key, locale_id=wanted)
    )
    return [*versions, page]


def _openable(number: int, language: str | None) -> ResourcePage | None:
    """The resource's page in `language`, else its original, of those that are live and
    not below an unpublished page; view restrictions are the caller's to apply."""
    for page in resource_versions(number, language):
        if page.live and not in_unpublished_part(page):
            return page
    return None


def resource_address(request: HttpRequest, ident: str) -> HttpResponse:
    """`/r/<number>/`: a temporary redirect (302) to where the resource is now.

    Not a permanent one: the target changes when the page moves or is renamed and
    differs by the reader's language, and browsers keep a 301 for good (DOI resolvers
    answer 302 for the same reason). A resource the public may not see is not found; one
    behind a password or a login asks for it here, without telling its address, and
    redirects once it is given."""
    number = parse_id(ident)
    page = _openable(number, translation.get_language()) if number is not None else None
    if page is None:
        raise Http404(_("No public resource has this number."))
    for restriction in view_restrictions(page):
        if not restriction.accept_request(request):
            return refusal(page, request, restriction)
    response = HttpResponseRedirect(page.get_url(request))
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def resource_citation(request: HttpRequest, ident: str, extension: str) -> HttpResponse:
    """`/r/<number>/citation.<bib|ris|json>?lang=<code>`: the resource's reference as a
    file for reference managers, with the texts of the page in that language."""
    number = parse_id(ident)
    if number is None:
        return _not_found(
            _("“%(ident)s” is not a resource number: addresses are /r/<number>/, such as /r/42/.")
            % {"ident": ident}
        )
    if extension not in DOWNLOADS:
        return _not_found(
            _("There is no citation file “citation.%(extension)s”; there are %(files)s.")
            % {
                "extension": extension,
                "files": ", ".join(f"citation.{known}" for known in DOWNLOADS),
            }
        )
    language = request.GET.get("lang") or translation.get_language()
    if language not in dict(settings.LANGUAGES):
        return HttpResponseBadRequest(
            _("Unknown language “%(language)s”; lang is one of %(languages)s.")
            % {"language": language, "languages": ", ".join(dict(settings.LANGUAGES))},
            content_type="text/plain; charset=utf-8",
        )
    with translation.override(language):
        page = _openable(number, language)
        refused = page is None or any(
            not restriction.accept_request(request) for restriction in view_restrictions(page)
        )
        if refused:
            return _not_found(
                _("No public resource has the number %(number)s.") % {"number": number}
            )
        item = csl_item(page, publication(request))
        text = download(item, extension)
    response = HttpResponse(text, content_type=DOWNLOADS[extension][1])
    response["Content-Disposition"] = f'attachment; filename="{item["id"]}.{extension}"'
    return response


def _not_found(reason: str) -> HttpResponse:
    return HttpResponseNotFound(reason, content_type="text/plain; charset=utf-8")
