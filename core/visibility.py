"""Which pages the public may see: the one rule every public surface applies.

A page is *public* when it is live and nothing above it takes it away: neither it nor an
ancestor has a view restriction (a password, a login or groups) or is unpublished, and
the same holds for the page it is an alias of (and that page's ancestors). A translation
(the same `translation_key` in another language, not an alias) also carries the view
restrictions of its original in the default language — the tree every other language
mirrors — until an editor sets a restriction of its own on it or above it. So a
restriction set on a page applies at once to its aliases and translations, and to
everything below them.

A page is *listed* — shown in listings, cards, feeds, the sitemap, both APIs, search,
autocomplete — when it is public and no app has withdrawn its part of the tree from view:
an app withdraws sections by registering a `withdrawn_section_paths` hook that returns
their tree paths (a suspended institution's section, for one). A withdrawn page can still
be opened at its address. Listings show nothing private to anyone, whoever is logged in:
they are the same cached pages for everybody.

Opening a private page itself is Wagtail's affair (its `on_serve_page` check of
`Page.get_view_restrictions`: the page, its ancestors, and the originals of those that
are aliases); core/wagtail_hooks.py adds, with Wagtail's own password form and login
redirect, what that check does not see: the restrictions a page inherits through
`inherited_restrictions`, and the 404 of a page in an unpublished part of the site
(`in_unpublished_part`).

The paths are read once per content generation (`pagecache.remembered`), so applying the
rule costs no query where processes share a cache — one or, when something is restricted
or unpublished, three per generation; every change to restrictions, publication or
sections starts a new generation. Search backends that filter outside the ORM (SQL, the
engine) take the same paths from `hidden_paths()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from . import pagecache
from .locales import default_locale_id


@dataclass(frozen=True, slots=True)
class PrivateParts:
    """The parts of the tree the public may not open, as path prefixes."""

    # Pages with a view restriction of their own.
    restricted: tuple[str, ...]
    # Pages that are not live and have pages below them.
    unpublished: tuple[str, ...]
    # Every private part: the above, the aliases and translations that inherit from
    # them, without a path that another one already covers.
    prefixes: tuple[str, ...]


def _under(paths) -> Q | None:
    condition = None
    for path in paths:
        here = Q(path__startswith=path)
        condition = here if condition is None else condition | here
    return condition


def _outermost(paths) -> tuple[str, ...]:
    """The paths that no other path of the list lies below (sorted, a parent comes
    before its descendants)."""
    kept: list[str] = []
    for path in sorted(set(paths)):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return tuple(kept)


def _counterparts(
    restricted: list[str], private: list[str], *, below: bool, outside: tuple[str, ...] = ()
) -> list[str]:
    """Paths of the aliases of the pages at `private` (`below`: and under them) and of
    the translations of the default-language pages at (or under) `restricted`, except
    those under `outside`."""
    default = default_locale_id()

    def at(paths) -> Q:
        return _under(paths) if below else Q(path__in=paths)

    condition = Q(alias_of__in=Page.objects.filter(at(private)).values("pk"))
    if restricted:
        sources = Page.objects.filter(at(restricted), locale_id=default, alias_of__isnull=True)
        condition |= Q(
            alias_of__isnull=True, translation_key__in=sources.values("translation_key")
        ) & ~Q(locale_id=default)
    pages = Page.objects.filter(condition)
    if outside:
        pages = pages.exclude(_under(outside))
    return list(pages.values_list("path", flat=True))


def _private_parts() -> PrivateParts:
    restriction = PageViewRestriction.objects.filter(page=OuterRef("pk"))
    rows = list(
        Page.objects.filter(Q(Exists(restriction)) | Q(live=False, numchild__gt=0))
        .annotate(restricted=Exists(restriction))
        .values_list("path", "live", "restricted")
    )
    restricted = sorted(path for path, _live, carries in rows if carries)
    unpublished = sorted(path for path, live, _carries in rows if not live)
    private = [*restricted, *unpublished]
    if not private:
        return PrivateParts((), (), ())
    # First the counterparts of the pages that carry a restriction or are unpublished (in
    # a mirrored tree, everything below them lies below these), then those of the pages
    # below them that lie elsewhere: the rows read stay few however large the part.
    covered = _outermost([*private, *_counterparts(restricted, private, below=False)])
    elsewhere = _counterparts(restricted, private, below=True, outside=covered)
    return PrivateParts(
        restricted=tuple(restricted),
        unpublished=tuple(unpublished),
        prefixes=_outermost([*covered, *elsewhere]),
    )


def private_parts() -> PrivateParts:
    """What the public may not open, for the current content generation."""
    return pagecache.remembered("private-parts", _private_parts)


def restricted_paths() -> list[str]:
    """Path prefixes of the private pages: a view restriction on them, on a page above
    them, or on the page they are an alias or a translation of; or an unpublished page
    above them or above their original."""
    return list(private_parts().prefixes)


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


# Opening one page ------------------------------------------------------------------------


def _ancestry(path: str) -> list[str]:
    """The paths of the page at `path` and of its ancestors."""
    step = Page.steplen
    return [path[:end] for end in range(step, len(path) + 1, step)]


@dataclass(frozen=True, slots=True)
class Inheritance:
    """What a page gets from the pages it is an alias or a translation of."""

    unpublished: bool
    restrictions: tuple[PageViewRestriction, ...]


def inheritance(page: Page) -> Inheritance:
    """What `page` and its ancestors inherit from their originals (for an alias: the page
    it is an alias of; for a translation without a restriction of its own, on it or above
    it: its default-language original) and from those originals' ancestors. A public
    page inherits nothing, and costs no query."""
    found = getattr(page, "_portal_inheritance", None)
    if found is not None:
        return found
    found = Inheritance(False, ())
    if not is_public(page):
        found = _inherit(page)
    page._portal_inheritance = found
    return found


def _inherit(page: Page) -> Inheritance:
    parts = private_parts()
    lineage = list(
        Page.objects.filter(path__in=_ancestry(page.path)).values_list(
            "path", "alias_of_id", "translation_key", "locale_id"
        )
    )
    default = default_locale_id()
    aliases = [path for path, alias_of, _key, _locale in lineage if alias_of]
    alias_ids = [alias_of for _path, alias_of, _key, _locale in lineage if alias_of]
    keys = [key for _path, alias_of, key, locale in lineage if not alias_of and locale != default]
    originals = list(
        Page.objects.filter(
            Q(pk__in=alias_ids)
            | Q(translation_key__in=keys, locale_id=default, alias_of__isnull=True)
        ).values_list("pk", "path", "live")
    )
    mirrored = [(path, live) for pk, path, live in originals if pk in alias_ids]
    translated = [path for pk, path, _live in originals if pk not in alias_ids]
    # What Wagtail checks itself: the lineage, each alias in it replaced by its original.
    checked = {path for path, alias_of, _key, _locale in lineage if not alias_of}
    checked.update(path for path, _live in mirrored)
    inherited = {path for original, _live in mirrored for path in _ancestry(original)}
    # A translation keeps its original's restrictions until it has one of its own.
    if not any(path in parts.restricted for path in [*checked, *aliases]):
        inherited.update(path for original in translated for path in _ancestry(original))
    # Wagtail ignores a restriction on an alias (the admin offers none); it holds here.
    inherited.update(aliases)
    restrictions = tuple(
        PageViewRestriction.objects.filter(page__path__in=inherited - checked).order_by(
            "page__path"
        )
    )
    # An alias is as unpublished as its original; a translation is published on its own.
    mirrored_lineage = [path for original, _live in mirrored for path in _ancestry(original)]
    unpublished = not all(live for _path, live in mirrored) or any(
        path.startswith(prefix)
        for path in [page.path, *mirrored_lineage]
        for prefix in parts.unpublished
    )
    return Inheritance(unpublished, restrictions)


def inherited_restrictions(page: Page) -> list[PageViewRestriction]:
    """The view restrictions a visitor must satisfy to open `page` beyond those Wagtail
    checks itself (`Page.get_view_restrictions`)."""
    return list(inheritance(page).restrictions)


def in_unpublished_part(page: Page) -> bool:
    """Whether `page`, though live, lies below an unpublished page (in its own tree or its
    original's): the public gets a 404 for it, as for the unpublished page."""
    return inheritance(page).unpublished


def view_restrictions(page: Page) -> list[PageViewRestriction]:
    """Every view restriction a visitor must satisfy to open `page`: Wagtail's own and the
    inherited ones."""
    return [*page.get_view_restrictions(), *inherited_restrictions(page)]
