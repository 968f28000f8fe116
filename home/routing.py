"""Finding the page a URL names, in two queries whatever its depth.

Wagtail's `Page.route` walks down the tree one level at a time: a query for the child with
the next slug and another for its specific object, at every level — ten queries for a
resource five levels down, a quarter of the time it takes to serve it. Each page's
`url_path` already spells out the slugs from the root, so every level of the walk can be
read in one query; the walk itself stays Wagtail's: a page whose type routes on its own
(RoutablePageMixin's sub-URLs, for instance) still gets the rest of the path to route.
Where processes share a cache, each keeps the pages it found until content changes.
"""

from __future__ import annotations

from django.http import HttpRequest
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from core import pagecache


def route_by_url_path(
    root: Page, request: HttpRequest, path_components: list[str]
) -> RouteResult | None:
    """What `Page.route` would answer below `root`, or None where the shortcut cannot tell
    (a level not found): the caller then routes the usual way, which raises the 404.

    The page a path names is kept by each process until content changes
    (`pagecache.remembered`): a page is fetched once per publication, not per request.
    Its own `route` still runs every time, so a page that is no longer live, or routes
    sub-URLs of its own, answers as it always does."""
    found = pagecache.remembered(
        "route", lambda: find_by_url_path(root, path_components), root.pk, *path_components
    )
    if found is None:
        return None
    page, remaining = found
    return page.route(request, remaining)


def find_by_url_path(root: Page, path_components: list[str]) -> tuple[Page, list[str]] | None:
    """The specific page the path leads to below `root`, and what is left of the path for
    that page's own `route`; None when a level is not found."""
    url_paths = []
    url_path = root.url_path
    for component in path_components:
        url_path += f"{component}/"
        url_paths.append(url_path)
    found = {
        page.url_path: page
        for page in Page.objects.filter(
            url_path__in=url_paths, path__startswith=root.path, depth__gt=root.depth
        )
    }
    parent: Page = root
    for level, url_path in enumerate(url_paths):
        page = found.get(url_path)
        if page is None or not page.is_child_of(parent):
            return None
        page._cached_parent_obj = parent
        remaining = path_components[level + 1 :]
        model = page.specific_class
        if model is None:
            return None
        if remaining and model.route is Page.route:
            # Page.route would only look up the next child: done above already.
            parent = page
            continue
        return fetch_specific(page), remaining
    return None


def fetch_specific(page: Page) -> Page:
    """`page.specific`, with the related objects its type names in `route_select_related`
    fetched by the same query."""
    model = page.specific_class
    related = getattr(model, "route_select_related", ())
    if not related or isinstance(page, model):
        return page.specific
    specific = model._default_manager.select_related(*related).get(id=page.id)
    # As Page.specific does: what was already known about the page carries over.
    for name, value in page.__dict__.items():
        specific.__dict__.setdefault(name, value)
    return specific
