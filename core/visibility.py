"""Which pages the public may see: the one rule every public surface applies.

A page is *public* when it is live and neither it nor an ancestor has a view restriction
(a password, a login or groups): anyone may open it. It is *listed* — shown in listings,
cards, feeds, the sitemap, both APIs, search, autocomplete — when it is public and no
app has withdrawn its part of the tree from view: an app withdraws sections by
registering a `withdrawn_section_paths` hook that returns their tree paths (a suspended
institution's section, for one). A withdrawn page can still be opened at its address.

The paths are read once per content generation (`pagecache.remembered`), so applying the
rule costs no query where processes share a cache; every change to restrictions or
sections starts a new generation. Search backends that filter outside the ORM (SQL, the
engine) take the same paths from `hidden_paths()`.
"""

from __future__ import annotations

from django.db.models import Q
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from . import pagecache


def restricted_paths() -> list[str]:
    """Tree paths of the pages with view restrictions: they and their descendants are
    private."""
    return pagecache.remembered(
        "restricted-paths",
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
    )


def withdrawn_paths() -> list[str]:
    """Tree paths of the sections apps withdraw from listings and search."""

    def collect() -> list[str]:
        paths: set[str] = set()
        for provider in hooks.get_hooks("withdrawn_section_paths"):
            paths.update(provider())
        return sorted(paths)

    return pagecache.remembered("withdrawn-paths", collect)


def hidden_paths(*, listed: bool = True) -> list[str]:
    """Path prefixes of what the public may not see (`listed`: nor find): a page is hidden
    when its path starts with one of them."""
    return restricted_paths() + withdrawn_paths() if listed else restricted_paths()


def _under(paths: list[str]) -> Q | None:
    condition = None
    for path in paths:
        here = Q(path__startswith=path)
        condition = here if condition is None else condition | here
    return condition


def public_pages(pages: PageQuerySet | None = None) -> PageQuerySet:
    """The live pages among `pages` (all pages by default) that anyone may open."""
    pages = (Page.objects.all() if pages is None else pages).live()
    hidden = _under(hidden_paths(listed=False))
    return pages.exclude(hidden) if hidden is not None else pages


def listed_pages(pages: PageQuerySet | None = None) -> PageQuerySet:
    """The live pages among `pages` the public may see and find: what every listing, card,
    feed, sitemap, API and search shows."""
    pages = (Page.objects.all() if pages is None else pages).live()
    hidden = _under(hidden_paths())
    return pages.exclude(hidden) if hidden is not None else pages


def is_public(page: Page) -> bool:
    """`public_pages` for one page already in hand, without a query."""
    return page.live and not any(page.path.startswith(path) for path in restricted_paths())


def is_listed(page: Page) -> bool:
    """`listed_pages` for one page already in hand, without a query."""
    return page.live and not any(page.path.startswith(path) for path in hidden_paths())
