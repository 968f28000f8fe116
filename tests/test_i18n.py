"""Two languages throughout: interface strings, plural forms, the translation workflow of
editors (within their own institution), languages in listings and search, the admin in
the editor's language, and adding a third language."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.template import Context, Template
from django.test import Client
from django.utils import translation
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.synctree import create_aliases_for_new_page

from association.models import NewsIndexPage, NewsPage, ResourceIndexPage, SeminarIndexPage
from association.rights import Role
from association.team import set_role
from core.localization import translate

from . import factories

pytestmark = pytest.mark.django_db
User = get_user_model()


def english() -> Locale:
    return Locale.objects.get(language_code="en")


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# Interface strings ------------------------------------------------------------------------


def interface_msgids() -> set[str]:
    """Every interface string of the project's catalogue that could show on a page."""
    catalogue = polib.pofile(str(Path(settings.BASE_DIR) / "locale/ru/LC_MESSAGES/django.po"))
    msgids = set()
    for entry in catalogue:
        for text in (entry.msgid, entry.msgid_plural):
            # Strings with placeholders are checked through their fixed words elsewhere.
            if text and "%" not in text and "{" not in text and re.search("[A-Za-z]{3}", text):
                msgids.add(text)
    return msgids


def visible_texts(html: str, language: str = "ru") -> list[str]:
    """What a reader (or a screen reader) gets of a page in `language`: texts and
    descriptive attributes, leaving out parts marked as another language (such as the
    other language's name in the language switcher)."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style"]):
        element.decompose()
    for element in soup.find_all(attrs={"lang": True}):
        if element.name != "html" and element["lang"] != language:
            element.decompose()
    texts = [" ".join(text.split()) for text in soup.body.stripped_strings]
    texts.append(soup.title.get_text())
    for element in soup.find_all(True):
        for attribute in ("aria-label", "title", "alt", "placeholder"):
            if element.get(attribute):
                texts.append(" ".join(str(element[attribute]).split()))
    for meta in soup.select(
        'meta[name="description"], meta[property^="og:title"], meta[property^="og:description"]'
    ):
        texts.append(meta["content"])
    return texts


@pytest.fixture
def russian_network():
    inst = factories.institution("lyceum", name="Лицей № 1", short_name="Лицей № 1")
    factories.news(title="Новости лицея", intro="Итоги четверти.")
    factories.seminar(title="Семинар для учителей", intro="Встреча методистов.")
    factories.resource(inst, title="Конспект урока", abstract="Для пятого класса.")
    factories.programme(
        title="Совместная программа", intro="Обучение в двух вузах.", partners=[inst]
    )
    return inst


RUSSIAN_PAGES = [
    "/ru/",
    "/ru/news/",
    "/ru/seminars/",
    "/ru/programs/",
    "/ru/institutions/",
    "/ru/institutions/lyceum/",
    "/ru/resources/",
    "/ru/resources/?q=урок",
    "/ru/resources/?q=несуществующееслово",
    "/ru/search/?q=семинар",
    "/ru/about/",
    "/ru/join/",
    "/ru/no-such-page/",
]


@pytest.mark.parametrize("path", RUSSIAN_PAGES)
def test_russian_pages_show_no_untranslated_interface_strings(client, russian_network, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    texts = visible_texts(response.content.decode())
    msgids = interface_msgids()
    untranslated = sorted({text for text in texts if text in msgids})
    assert untranslated == []
    assert not any(re.fullmatch(r"[A-Za-z][A-Za-z ,.'’-]{3,}", text) for text in texts), [
        text for text in texts if re.fullmatch(r"[A-Za-z][A-Za-z ,.'’-]{3,}", text)
    ]


def test_detail_pages_of_every_type_are_russian(client, russian_network):
    for page in [
        NewsPage.objects.get(title="Новости лицея"),
        *[
            p
            for p in russian_network.page.get_descendants().live().specific()
            if p.locale.language_code == "ru"
        ],
    ]:
        texts = visible_texts(client.get(page.url).content.decode())
        assert not set(texts) & interface_msgids(), page.url


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "1 ресурс"),
        (2, "2 ресурса"),
        (4, "4 ресурса"),
        (5, "5 ресурсов"),
        (11, "11 ресурсов"),
        (21, "21 ресурс"),
        (22, "22 ресурса"),
        (25, "25 ресурсов"),
        (111, "111 ресурсов"),
    ],
)
def test_russian_plural_forms(count, expected):
    template = Template(
        "{% load i18n %}{% blocktrans count counter=count %}{{ counter }} resource{% plural %}"
        "{{ counter }} resources{% endblocktrans %}"
    )
    with translation.override("ru"):
        assert template.render(Context({"count": count})) == expected
    with translation.override("en"):
        assert template.render(Context({"count": 1})) == "1 resource"


def test_listing_counts_and_dates_follow_the_page_language(client):
    item = factories.news(title="Одна новость")
    translate(item, english(), {"Одна новость": "One news item"})
    ru = BeautifulSoup(client.get("/ru/news/").content, "html.parser")
    assert ru.select_one(".result-count").get_text(strip=True) == "1 новость"
    assert re.search(r"\d+ [а-я]+ \d{4}", ru.select_one(".card__meta time").get_text())
    en = BeautifulSoup(client.get("/en/news/").content, "html.parser")
    assert en.select_one(".result-count").get_text(strip=True) == "1 news item"
    assert re.search(r"[A-Z][a-z]+\.? \d+, \d{4}", en.select_one(".card__meta time").get_text())


# Listings and search per language ---------------------------------------------------------


def test_untranslated_pages_appear_in_english_listings_marked_as_russian(client):
    inst = factories.institution("college", name="Колледж")
    resource = factories.resource(inst, title="Методичка только по-русски")
    for page in (resource,):
        create_aliases_for_new_page(page)
    page = BeautifulSoup(client.get("/en/resources/").content, "html.parser")
    card = next(
        card
        for card in page.select(".results .card")
        if "Методичка только по-русски" in card.get_text()
    )
    assert card.select_one(".card__title")["lang"] == "ru"
    assert card.select_one(".badge").get_text(strip=True) == "Russian"
    api = client.get("/api/search/", {"q": "методичка", "lang": "en"}).json()
    assert [r["title"] for r in api["results"]] == ["Методичка только по-русски"]


# The translation workflow -----------------------------------------------------------------


@pytest.fixture
def two_institutions():
    a = factories.institution("inst-a", name="Институт А")
    b = factories.institution("inst-b", name="Институт Б")
    editor_a = User.objects.create_user("editor-a", "a@example.ru", "pw")
    set_role(a, editor_a, Role.EDITOR)
    pages = {}
    for key, inst in (("a", a), ("b", b)):
        news = factories.news(
            factories.institution_index(NewsIndexPage, inst),
            title=f"Новость {key}",
            intro="Краткое содержание.",
        )
        create_aliases_for_new_page(news)
        pages[key] = news
    return a, b, editor_a, pages


def test_institution_editor_translates_own_page(two_institutions):
    _a, _b, editor, pages = two_institutions
    client = login(editor)
    response = client.post(
        f"/admin/localize/submit/page/{pages['a'].pk}/", {"locales": [english().pk]}
    )
    assert response.status_code == 302
    translated = pages["a"].get_translation(english())
    assert translated.alias_of_id is None
    assert Translation.objects.filter(
        source__object_id=pages["a"].translation_key, target_locale=english()
    ).exists()
    # The translation editor opens and shows the strings still to translate.
    editor_page = client.get(f"/admin/pages/{translated.pk}/edit/")
    assert editor_page.status_code == 200
    assert "Новость a" in editor_page.content.decode()


def test_institution_editor_cannot_translate_another_institutions_page(two_institutions):
    _a, _b, editor, pages = two_institutions
    client = login(editor)
    response = client.post(
        f"/admin/localize/submit/page/{pages['b'].pk}/", {"locales": [english().pk]}
    )
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url == "/admin/"
    assert pages["b"].get_translation(english()).alias_of_id == pages["b"].pk
    assert client.get("/admin/localize/reports/translations/").status_code in (302, 403)


def test_translation_follows_the_source_and_shows_what_is_missing(two_institutions):
    _a, _b, editor, pages = two_institutions
    source_page = pages["a"]
    translated = translate(
        source_page,
        english(),
        {"Новость a": "News a", "Краткое содержание.": "Summary."},
    )
    assert translated.title == "News a"
    translation_record = Translation.objects.get(
        target_locale=english(), source__object_id=source_page.translation_key
    )
    total_before, done_before = translation_record.get_progress()

    # The source changes; the editor syncs the translations.
    source_page.intro = "Новое краткое содержание."
    source_page.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(source_page)
    client = login(editor)
    response = client.post(f"/admin/localize/update/{source.pk}/", {})
    assert response.status_code == 302
    total, done = translation_record.get_progress()
    assert done / total < done_before / total_before
    # The translation editor lists the new source text among the strings to translate.
    editor_page = html.unescape(client.get(f"/admin/pages/{translated.pk}/edit/").content.decode())
    new_text = "Новое краткое содержание."
    assert new_text in editor_page or json.dumps(new_text)[1:-1] in editor_page


def test_translations_export_and_import_as_po_files(two_institutions):
    _a, _b, editor, pages = two_institutions
    client = login(editor)
    client.post(f"/admin/localize/submit/page/{pages['a'].pk}/", {"locales": [english().pk]})
    record = Translation.objects.get(
        target_locale=english(), source__object_id=pages["a"].translation_key
    )
    response = client.get(f"/admin/localize/translate/{record.pk}/pofile/download/")
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    entry = next(entry for entry in po if entry.msgid == "Новость a")
    entry.msgstr = "News item a"
    upload = SimpleUploadedFile("a-en.po", str(po).encode(), "text/x-gettext-translation")
    response = client.post(
        f"/admin/localize/translate/{record.pk}/pofile/upload/", {"file": upload}
    )
    assert response.status_code == 302
    record.save_target(publish=False)
    assert pages["a"].get_translation(english()).get_latest_revision_as_object().title == (
        "News item a"
    )


def test_editors_cannot_download_other_institutions_translations(two_institutions):
    _a, _b, editor, pages = two_institutions
    translate(pages["b"], english(), {"Новость b": "News b"})
    record = Translation.objects.get(
        target_locale=english(), source__object_id=pages["b"].translation_key
    )
    response = login(editor).get(f"/admin/localize/translate/{record.pk}/pofile/download/")
    assert response.status_code in (302, 403)


# The admin in the editor's language -------------------------------------------------------


def test_admin_speaks_russian_by_default_and_english_on_request():
    user = User.objects.create_superuser("root", "root@example.ru", "pw")
    client = login(user)
    assert 'lang="ru"' in client.get("/admin/").content.decode()[:400]
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language="en"
    )
    assert 'lang="en"' in client.get("/admin/").content.decode()[:400]


# A third language -----------------------------------------------------------------------------


def test_a_third_language_can_be_added(settings, client):
    languages = [*settings.LANGUAGES, ("tt", "Татарча")]
    settings.LANGUAGES = languages
    settings.WAGTAIL_CONTENT_LANGUAGES = languages
    call_command("bootstrap_site", verbosity=0)
    tatar = Locale.objects.get(language_code="tt")
    home = factories.home("ru").get_translation(tatar)
    assert home.live
    response = client.get("/tt/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == "tt"
    switcher = [a.get_text(strip=True) for a in page.select(".language-switcher li")]
    assert switcher == ["Русский", "English", "Татарча"]
    # Sections exist in the new language (as aliases of the Russian ones until translated).
    assert client.get("/tt/news/").status_code == 200
    assert SeminarIndexPage.objects.filter(locale=tatar).exists()
    # An institution added now has its section in the third language too, with its rights.
    inst = factories.institution("tatar-school", name="Школа № 7")
    sections = {page.locale.language_code for page in inst.pages.all()}
    assert sections == {"ru", "en", "tt"}
    assert ResourceIndexPage.objects.filter(
        locale=tatar, path__startswith=inst.page_for_language("tt").path
    ).exists()
