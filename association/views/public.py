"""Views that Wagtail's page routing cannot reach: files with an extension below a page."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Site

from core.visibility import in_unpublished_part, view_restrictions


def page_calendar(request: HttpRequest, page_path: str, name: str) -> HttpResponse:
    """`<page URL><name>.ics` for pages that offer calendar files (see `calendar_files`).

    Wagtail's page URLs cannot contain a dot, so these files get a URL pattern of their
    own; the page is found by the same routing and visibility rules as the page itself.
    """
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    root = site.root_page.localized.specific
    route = root.route(request, [component for component in page_path.split("/") if component])
    page = route.page.specific
    if not names_the_page_itself(page, route):
        raise Http404
    method_name = getattr(page, "calendar_files", {}).get(name)
    if method_name is None:
        raise Http404
    if in_unpublished_part(page):
        raise Http404
    for restriction in view_restrictions(page):
        if not restriction.accept_request(request):
            raise Http404
    return getattr(page, method_name)(request)


def names_the_page_itself(page, route) -> bool:
    """Whether routing stopped at the page: nothing of the path was left over, or, for a
    routable page, what was left leads to its own main view."""
    if isinstance(page, RoutablePageMixin) and route.args:
        view, args, kwargs = route.args
        main_view, _args, _kwargs = page.resolve_subpage("/")
        return not (args or kwargs) and getattr(view, "__func__", view) is getattr(
            main_view, "__func__", main_view
        )
    return not (route.args or route.kwargs)
