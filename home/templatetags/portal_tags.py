"""Template tags of the public site: navigation, language alternates, query strings."""

from __future__ import annotations

import hashlib

from django import template
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import QueryDict
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, gettext
from wagtail.models import Page, Site

from association.models.institutions import InstitutionPage, section_labels
from core import pagecache
from core.locales import language_code, locale_id
from core.structured_data import absolute, breadcrumb_list, json_ld
from core.visibility import is_public, listed_pages

register = template.Library()


def _home_for_language(request, language_code: str) -> Page | None:
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    locale = locale_id(language_code)
    if locale is None:
        return None
    return site.root_page.get_translation_or_none(locale)


def _shared(name: str, request, compute):
    """`compute()` for the site and language of the request, cached until the content
    changes (core.pagecache.shared): every page's header repeats it."""
    site = Site.find_for_request(request) if request is not None else None
    language = get_language() or settings.LANGUAGE_CODE
    return pagecache.shared(name, compute, site.pk if site else 0, language)


@register.simple_tag(takes_context=True)
def home_page(context) -> Page | None:
    """The home page of the active language."""
    request = context.get("request")
    return _shared(
        "home",
        request,
        lambda: _home_for_language(request, get_language() or settings.LANGUAGE_CODE),
    )


@register.simple_tag(takes_context=True)
def home_section(context, model_label: str) -> Page | None:
    """The live section of the active language's home page of a page type, such as
    "search.SearchPage"."""
    home = home_page(context)
    if home is None:
        return None
    model = apps.get_model(model_label)
    return model.objects.child_of(home).live().first()


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[Page]:
    home = home_page(context)
    if home is None:
        return []
    return _shared(
        "menu",
        context.get("request"),
        lambda: list(listed_pages(home.get_children()).in_menu()),
    )


# Pages that live in an institution's part of the tree but belong, for a visitor, to a
# section of the menu: resources to the resource database, events to the events list.
SECTION_OF = {
    ("association", "resourcepage"): ("search", "resourcedatabasepage"),
    ("association", "seminarpage"): ("association", "seminarindexpage"),
}


def _model_key(page: Page) -> tuple[str, str]:
    content_type = ContentType.objects.get_for_id(page.content_type_id)
    return content_type.app_label, content_type.model


@register.filter
def holds(item: Page, page: Page | None) -> bool:
    """Whether the menu item is the section of `page`: the section of its kind when it
    has one (SECTION_OF), else the menu item it is under in the tree."""
    if page is None or not isinstance(page, Page):
        return False
    section = SECTION_OF.get(_model_key(page))
    if section is not None:
        return _model_key(item) == section
    return page.path[: item.depth * Page.steplen] == item.path


@register.simple_tag
def breadcrumbs(page: Page) -> list[Page]:
    """The page's live ancestors from the home page down, the page itself excluded: the
    ones routing walked through (home.routing) when it left them on the page, else from
    the database."""
    chain = []
    node = page
    while node.depth > 2:
        parent = node.__dict__.get("_cached_parent_obj")
        if parent is None:
            return list(page.get_ancestors().filter(depth__gt=1).live())
        chain.append(parent)
        node = parent
    return [ancestor for ancestor in reversed(chain) if ancestor.live]


@register.filter
def crumb(page: Page) -> str:
    """What a breadcrumb calls a page: an institution's section by its short name (its
    title is the name in full), any other page by its title."""
    if page.content_type_id == ContentType.objects.get_for_model(InstitutionPage).pk:
        return section_labels().get(page.pk, page.title)
    return page.title


def site_organisation(context) -> dict:
    """The association as a schema.org Organization: the publisher in the JSON-LD of its
    pages, named in the active language."""
    request = context.get("request")
    record = site_settings()
    home = home_page(context)
    data = {
        "@type": "Organization",
        "name": record.association_name if record else str(settings.WAGTAIL_SITE_NAME),
    }
    if home is not None:
        data["url"] = absolute(request, home.get_url(request))
    return data


@register.simple_tag(takes_context=True)
def structured_data(context, page: Page) -> str:
    """The page's JSON-LD: what its type says about itself (its `structured_data` method)
    and, below the home page, its BreadcrumbList (core/structured_data.py)."""
    request = context.get("request")
    site = site_organisation(context)
    blocks = []
    describe = getattr(page, "structured_data", None)
    if callable(describe):
        blocks.append(describe(request, site))
    ancestors = breadcrumbs(page)
    if ancestors:
        trail = [
            (gettext("Home") if position == 0 else crumb(ancestor), ancestor.get_url(request))
            for position, ancestor in enumerate(ancestors)
        ]
        trail.append((crumb(page), page.get_url(request)))
        blocks.append(breadcrumb_list([(name, absolute(request, url)) for name, url in trail]))
    return json_ld(blocks)


LINK_FIELDS = (
    "title",
    "url_path",
    "path",
    "depth",
    "live",
    "alias_of_id",
    "content_type_id",
    "translation_key",
    "locale_id",
)


def _translations(page: Page) -> list[Page]:
    """The page's live translations, itself included, aliases left out (they only repeat
    the original): read once per request (or, where processes share a cache, per content
    change) for both the switcher and the hreflang links."""

    def live_translations() -> list[Page]:
        pages = page.get_translations(inclusive=True).live().filter(alias_of__isnull=True)
        # What links need (Page.get_url_parts), not the forty columns of a page.
        return list(pages.only(*LINK_FIELDS))

    return pagecache.remembered("translations", live_translations, page.pk)


@register.simple_tag(takes_context=True)
def language_links(context, page: Page | None = None) -> list[dict]:
    """One link per language: the translation of this page where it exists and is live,
    otherwise that language's home page, marked so that the visitor can be told."""
    request = context.get("request")
    current = get_language() or settings.LANGUAGE_CODE
    translations = {}
    if not isinstance(page, Page):
        page = None
    if page is not None:
        for translation in _translations(page):
            translations[language_code(translation.locale_id)] = translation
        if page.alias_of_id:
            translations[language_code(page.locale_id)] = page
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        fallback = False
        if target is None:
            target = _shared(
                f"home-{code}", request, lambda code=code: _home_for_language(request, code)
            )
            fallback = page is not None
        if target is None:
            continue
        url = target.get_url(request)
        if fallback:
            url += "?untranslated=1"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "fallback": fallback,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def hreflang_alternates(context, page: Page) -> list[dict]:
    """Real translations of the page (aliases repeat the original and are left out)."""
    request = context.get("request")
    return pagecache.remembered(
        "hreflang",
        lambda: [
            {
                "code": language_code(translation.locale_id),
                "url": translation.get_full_url(request),
            }
            for translation in _translations(page)
            if is_public(translation)
        ],
        page.pk,
    )


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    """`url` with the scheme and host of the request (social networks need them)."""
    return absolute(context.get("request"), url) or ""


@register.simple_tag(takes_context=True)
def canonical_url(context, page: Page) -> str:
    """Aliases point search engines at the page they repeat."""
    request = context.get("request")

    def address() -> str:
        original = page.alias_of.specific_deferred if page.alias_of_id else page
        return original.get_full_url(request)

    return pagecache.remembered("canonical-url", address, page.pk)


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (None or "" removes one).

    Changing any filter returns to the first page of results.
    """
    request = context["request"]
    query: QueryDict = request.GET.copy()
    if "page" not in changes:
        query.pop("page", None)
    for name, value in changes.items():
        if value in (None, ""):
            query.pop(name, None)
        else:
            query[name] = str(value)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else request.path


@register.simple_tag
def fragment_cache() -> dict:
    """Seconds and key for `{% cache %}` of fragments that change only when something is
    published: the key is the content generation (core/pagecache.py); 0 seconds (nothing
    kept) with PORTAL_FRAGMENT_CACHE_SECONDS=0."""
    seconds = pagecache.fragment_seconds()
    return {"seconds": max(seconds, 0), "key": repr(pagecache.generation()) if seconds else ""}


@register.simple_tag(takes_context=True)
def cards(context, items, template_name: str, **values) -> str:
    """The cards of `items`, each rendered with `template_name` (and `values` in its
    context) and kept in the cache for the current content generation: a card is
    rendered once per change of content, whichever listing, page of results or facet
    shows it. When `items` names its objects by id before fetching them (`ids` and
    `fetch(ids)`, as search/backends/base.py's `ResultPage`), the objects of cards found in
    the cache are never fetched."""
    ids = getattr(items, "ids", None)
    if ids is None:
        by_id = {item.pk: item for item in items}
        ids = list(by_id)

        def fetch(wanted: list) -> dict:
            return {pk: by_id[pk] for pk in wanted}
    else:
        fetch = items.fetch
    card = context.template.engine.get_template(template_name)

    def render(wanted: list) -> dict:
        rendered = {}
        for pk, item in fetch(wanted).items():
            with context.push(item=item, **values):
                rendered[pk] = card.render(context)
        return rendered

    request = context.get("request")
    variant = hashlib.sha1(repr(sorted(values.items())).encode()).hexdigest()[:16]
    parts = (template_name, get_language(), request.get_host() if request else "", variant)
    rendered = pagecache.shared_many("card", {pk: (*parts, pk) for pk in ids}, render)
    return mark_safe("".join(rendered[pk] for pk in ids if pk in rendered))


@register.simple_tag
def site_settings():
    from home.models import SiteSettings

    return SiteSettings.for_active_language()


@register.simple_tag
def page_description(page: Page) -> str:
    """A one-line description for meta tags: the promote tab's, else the page's summary."""
    if page.search_description:
        return page.search_description
    specific = page.specific_deferred
    for field in ("intro", "abstract", "hero_text"):
        value = getattr(specific, field, "")
        if value:
            return value
    return ""


@register.simple_tag
def content_lang(page: Page) -> str:
    """` lang="…"` for elements showing an alias's content: aliases mirror the default
    language's tree (wagtail-localize synchronisation), so that is their content's language."""
    if isinstance(page, Page) and page.alias_of_id:
        return format_html(' lang="{}"', settings.LANGUAGE_CODE)
    return ""


def content_language(page: Page) -> str | None:
    """The language a listed page's text is in: an alias repeats the default language's
    page (wagtail-localize synchronisation), any other page is in its locale's."""
    if page.alias_of_id:
        return settings.LANGUAGE_CODE
    return language_code(page.locale_id)


@register.simple_tag
def language_badge(page: Page) -> str:
    """A badge naming the language of a listed page whose text is not in the active
    language (a Russian original shown on the English site, a page only in English on
    the Russian one), as resource cards name a resource's language."""
    if not isinstance(page, Page):
        return ""
    code = content_language(page)
    if code is None or code == (get_language() or settings.LANGUAGE_CODE):
        return ""
    # Named in the reader's language ("Russian" on the English site), as Django names it.
    name = get_language_info(code)["name_translated"]
    return format_html('<span class="badge" lang="{}">{}</span>', code, name)
