"""Builds the skeleton every portal needs: locales, the home page of each language, the
sections of the URL scheme, the site settings and the collection of public files.
Idempotent: what exists is kept."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from activity.models import NetworkPage
from association.models import (
    InstitutionIndexPage,
    NewsIndexPage,
    ProgramIndexPage,
    SeminarIndexPage,
)
from association.reviews import ensure_rubric
from core.localization import translate
from core.models import FileSettings
from home.models import HomePage, SiteSettings, StandardPage
from network.models import JoinPage
from search.models import ResourceDatabasePage, SearchPage

# Slugs are part of the URL scheme other parts of the project rely on.
SECTIONS = [
    ("news", NewsIndexPage),
    ("institutions", InstitutionIndexPage),
    ("programs", ProgramIndexPage),
    ("network", NetworkPage),
    ("seminars", SeminarIndexPage),
    ("resources", ResourceDatabasePage),
    ("search", SearchPage),
]

DEFAULT_TEXTS = {
    "ru": {
        "association_name": "Ассоциация образовательных организаций",
        "tagline": "Сетевое взаимодействие образовательных организаций региона",
        "hero_title": "Ассоциация образовательных организаций",
        "hero_text": "",
        "about_title": "Об ассоциации",
        "about_intro": "",
        "about_paragraphs": [],
        "join_title": "Вступить в сеть",
        "join_intro": "",
        "join_thank_you": "Спасибо! Заявка отправлена, мы свяжемся с вами.",
        "public_collection": "Общедоступные файлы",
        "sections": {
            "news": {"title": "Новости", "intro": ""},
            "institutions": {"title": "Участники сети", "intro": ""},
            "programs": {"title": "Совместные программы", "intro": ""},
            "seminars": {"title": "Семинары и мероприятия", "intro": ""},
            "resources": {"title": "База методических ресурсов", "intro": ""},
            "search": {"title": "Поиск", "intro": ""},
            "network": {"title": "Карта сотрудничества", "intro": ""},
        },
    },
    "en": {
        "association_name": "Association of Educational Institutions",
        "tagline": "A network of the region's educational institutions",
        "hero_title": "Association of Educational Institutions",
        "hero_text": "",
        "about_title": "About the association",
        "about_intro": "",
        "about_paragraphs": [],
        "join_title": "Join the network",
        "join_intro": "",
        "join_thank_you": "Thank you! Your application has been sent; we will be in touch.",
        "public_collection": "Public files",
        "sections": {
            "news": {"title": "News", "intro": ""},
            "institutions": {"title": "Member institutions", "intro": ""},
            "programs": {"title": "Joint programmes", "intro": ""},
            "seminars": {"title": "Seminars and events", "intro": ""},
            "resources": {"title": "Resource database", "intro": ""},
            "search": {"title": "Search", "intro": ""},
            "network": {"title": "Cooperation map", "intro": ""},
        },
    },
}


def ensure_locales() -> dict[str, Locale]:
    """A Locale per configured language; other languages mirror the default one's tree."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }
    default = locales[settings.LANGUAGE_CODE]
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": default}
            )
    return locales


def _child_by_slug(parent: Page, slug: str) -> Page | None:
    return parent.get_children().filter(slug=slug).specific().first()


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def base_url_host() -> tuple[str, int]:
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)


def ensure_home(texts: dict) -> HomePage:
    """The default language's home page, made the root of the default site."""
    default = Locale.get_default()
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = HomePage.objects.filter(locale=default, depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        ru = texts[settings.LANGUAGE_CODE]
        home = root.add_child(
            instance=HomePage(
                title=ru["association_name"],
                slug=f"home-{default.language_code}",
                hero_title=ru["hero_title"],
                hero_text=ru["hero_text"],
                locale=default,
            )
        )
        _publish(home)
    hostname, port = base_url_host()
    if site is None:
        site = Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True, site_name="portal"
        )
        return home
    if (site.hostname, site.port) == ("localhost", 80) and (hostname, port) != ("localhost", 80):
        # Wagtail's migrations create the site as localhost:80; absolute links (feeds,
        # sitemap, e-mails) should carry the portal's address instead.
        site.hostname, site.port = hostname, port
        site.save()
    if site.root_page_id != home.pk:
        welcome = site.root_page
        site.root_page = home
        site.save()
        # Wagtail's migrations create a placeholder welcome page; nothing links to it.
        if type(welcome.specific) is Page and not welcome.get_children().exists():
            for copy in welcome.get_translations(inclusive=True):
                copy.delete()
    return home


def retire_join_form(form_page: Page) -> None:
    """An older portal had a generic form at /join/; the application flow (network.JoinPage)
    takes its place. The form is kept, unpublished and out of the menus, so its past
    submissions stay readable under Forms in the admin."""
    for copy in form_page.get_translations(inclusive=True).specific():
        if copy.live:
            copy.unpublish()
        copy.slug = f"join-form-{copy.pk}"
        copy.show_in_menus = False
        copy.save()


def ensure_sections(home: HomePage, texts: dict) -> dict[str, Page]:
    sections = {}
    ru = texts[settings.LANGUAGE_CODE]
    for slug, model in SECTIONS:
        page = _child_by_slug(home, slug)
        if page is None:
            section_text = ru["sections"][slug]
            fields = {"title": section_text["title"], "slug": slug, "show_in_menus": True}
            if hasattr(model, "intro"):
                fields["intro"] = section_text["intro"]
            page = _publish(home.add_child(instance=model(**fields)))
        sections[slug] = page
    about = _child_by_slug(home, "about")
    if about is None:
        body = [("paragraph", f"<p>{paragraph}</p>") for paragraph in ru["about_paragraphs"]]
        about = _publish(
            home.add_child(
                instance=StandardPage(
                    title=ru["about_title"],
                    slug="about",
                    intro=ru["about_intro"],
                    body=body,
                    show_in_menus=True,
                )
            )
        )
    sections["about"] = about
    join = _child_by_slug(home, "join")
    if join is not None and not isinstance(join, JoinPage):
        retire_join_form(join)
        join = None
    if join is None:
        join = _publish(
            home.add_child(
                instance=JoinPage(
                    title=ru["join_title"],
                    slug="join",
                    intro=ru["join_intro"],
                    thank_you_text=f"<p>{ru['join_thank_you']}</p>",
                    rules_page=about,
                    show_in_menus=True,
                )
            )
        )
    sections["join"] = join
    return sections


def section_strings(texts: dict, language: str) -> dict[str, str]:
    """Source text → translation for everything the skeleton itself says."""
    source, target = texts[settings.LANGUAGE_CODE], texts[language]
    strings = {}
    for key in (
        "association_name",
        "hero_title",
        "hero_text",
        "about_title",
        "about_intro",
        "join_title",
        "join_intro",
        "join_thank_you",
        "tagline",
    ):
        if source.get(key) and target.get(key):
            strings[source[key]] = target[key]
    for slug, text in source["sections"].items():
        for key in ("title", "intro"):
            if text.get(key) and target["sections"][slug].get(key):
                strings[text[key]] = target["sections"][slug][key]
    for source_paragraph, target_paragraph in zip(
        source["about_paragraphs"], target["about_paragraphs"], strict=False
    ):
        strings[source_paragraph] = target_paragraph
    return strings


def is_translated(page: Page, locale: Locale) -> bool:
    translation = page.get_translation_or_none(locale)
    return translation is not None and translation.alias_of_id is None


def ensure_translations(pages: list[Page], texts: dict, locales: dict[str, Locale]) -> None:
    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE or code not in texts:
            continue
        strings = section_strings(texts, code)
        for page in pages:
            if not is_translated(page, locale):
                translated = translate(page, locale, strings)
                # The slug is part of the URL scheme in every language.
                slug = f"home-{code}" if translated.depth == 2 else page.slug
                if translated.slug != slug:
                    translated.slug = slug
                    _publish(translated)


def ensure_site_settings(texts: dict, locales: dict[str, Locale]) -> SiteSettings:
    keys = ("association_name", "tagline", "address", "email", "phone", "footer_text")
    source_text = texts[settings.LANGUAGE_CODE]
    record, _created = SiteSettings.objects.get_or_create(
        locale=locales[settings.LANGUAGE_CODE],
        defaults={key: source_text.get(key, "") for key in keys},
    )
    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE or SiteSettings.objects.filter(locale=locale).exists():
            continue
        target_text = texts.get(code, {})
        strings = {
            source_text[key]: target_text[key]
            for key in keys
            if source_text.get(key) and target_text.get(key)
        }
        translate(record, locale, strings)
    return record


def ensure_public_collection(texts: dict) -> Collection | None:
    """The collection of public files (Settings → Public files, core/files.py), made the
    first time only: a setting the office has cleared stays cleared."""
    setting = FileSettings.objects.select_related("public_collection").first()
    if setting is not None:
        return setting.public_collection
    fallback = DEFAULT_TEXTS.get(settings.LANGUAGE_CODE, DEFAULT_TEXTS["en"])
    name = (
        texts.get(settings.LANGUAGE_CODE, {}).get("public_collection")
        or fallback["public_collection"]
    )
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
    FileSettings.objects.create(public_collection=collection)
    return collection


@transaction.atomic
def ensure_site_structure(texts: dict | None = None) -> dict[str, Page]:
    """Create whatever of the skeleton is missing; returns the default language's pages."""
    texts = texts or DEFAULT_TEXTS
    home = ensure_home(texts)
    sections = ensure_sections(home, texts)
    locales = ensure_locales()
    ensure_translations([home, *sections.values()], texts, locales)
    ensure_site_settings(texts, locales)
    ensure_public_collection(texts)
    ensure_rubric(locales)
    sections["home"] = home
    return sections
