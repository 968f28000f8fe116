"""Short names: an institution goes by its short name in cards, breadcrumbs and lists, and
by its full legal name on its own page; the members list sorts by short name and groups."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from association.models import Institution
from association.models.institutions import common_name

from . import factories

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

LEGAL_FORM = "Муниципальное бюджетное общеобразовательное учреждение"


@pytest.fixture
def members():
    """Three members whose legal names all start alike, as real ones do."""
    made = {}
    for slug, quoted, short, short_en, kind in [
        ("yablonka", "Школа «Яблонька»", "Яблонька", "Yablonka School", Institution.Kind.SCHOOL),
        ("alpha", "Альфа-колледж", "Альфа", "Alpha College", Institution.Kind.COLLEGE),
        ("mir", "Гимназия „Мир“", "Гимназия «Мир»", "Mir Gymnasium", Institution.Kind.SCHOOL),
    ]:
        made[slug] = factories.institution(
            slug,
            name=f"{LEGAL_FORM} «{quoted}» г. Озёрки",
            short_name=short,
            short_name_en=short_en,
            kind=kind,
        )
    return made


def cards(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(strip=True) for title in soup.select(".institution-list .card__title")]


def test_the_name_without_its_legal_form_titles_the_section():
    assert (
        common_name(f"{LEGAL_FORM} «Лицей № 7 города Веретинска»") == "Лицей № 7 города Веретинска"
    )
    assert (
        common_name(f"{LEGAL_FORM} «Гимназия „Прибрежная“» г. Прибрежска")
        == "Гимназия «Прибрежная»"
    )
    assert common_name("Институт развития образования") == "Институт развития образования"


def test_the_members_list_sorts_by_short_name_and_never_shows_the_legal_form(client, members):
    response = client.get("/ru/institutions/")
    assert cards(response) == ["Альфа", "Гимназия «Мир»", "Яблонька"]
    assert LEGAL_FORM not in response.content.decode()
    soup = BeautifulSoup(response.content, "html.parser")
    subtitles = [p.get_text(strip=True) for p in soup.select(".institution-list .card__subtitle")]
    # The name in full where the short one differs from it.
    assert subtitles == ["Альфа-колледж", "Школа «Яблонька»"]


def test_the_members_list_in_english_uses_the_english_short_names(client, members):
    assert cards(client.get("/en/institutions/")) == [
        "Alpha College",
        "Mir Gymnasium",
        "Yablonka School",
    ]


def test_the_members_list_groups_by_kind_in_the_kinds_order(client, members):
    soup = BeautifulSoup(client.get("/ru/institutions/?group=kind").content, "html.parser")
    groups = {
        group.h2.get_text(strip=True): [
            t.get_text(strip=True) for t in group.select(".card__title")
        ]
        for group in soup.select(".institution-group")
    }
    assert list(groups) == ["Колледж", "Школа"]
    assert groups == {"Колледж": ["Альфа"], "Школа": ["Гимназия «Мир»", "Яблонька"]}


def test_breadcrumbs_call_the_section_by_its_short_name(client, members):
    section = members["yablonka"].page
    news = factories.news(factories.institution_index(factories.NewsIndexPage, members["yablonka"]))
    assert section.title == "Школа «Яблонька»"
    soup = BeautifulSoup(client.get(news.url).content, "html.parser")
    crumbs = [item.get_text(strip=True) for item in soup.select(".breadcrumbs li")]
    assert "Яблонька" in crumbs
    assert not any(LEGAL_FORM in crumb or crumb == section.title for crumb in crumbs)
    trails = [
        json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')
    ]
    names = [
        element["name"]
        for data in trails
        for block in (data if isinstance(data, list) else data.get("@graph", [data]))
        if block.get("@type") == "BreadcrumbList"
        for element in block["itemListElement"]
    ]
    assert "Яблонька" in names


def test_the_section_itself_keeps_the_full_legal_name(client, members):
    soup = BeautifulSoup(client.get(members["yablonka"].page.url).content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Школа «Яблонька»"
    assert f"{LEGAL_FORM} «Школа «Яблонька»» г. Озёрки" in soup.select_one(".sidebar").get_text(
        " ", strip=True
    )
