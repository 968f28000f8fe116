"""Listing pages filter and paginate, and never fail on a hand-edited query string."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from association.models import Institution, NewsIndexPage, SeminarIndexPage, SeminarPage

from . import factories

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


def titles(response) -> list[str]:
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [heading.get_text(strip=True) for heading in page.select(".card__title")]


def test_news_listing_aggregates_association_and_institution_news_newest_first(client):
    inst = factories.institution("gymnasium-3", name="Гимназия № 3")
    factories.news(title="Старая новость", date=dt.date(2024, 5, 1))
    factories.news(factories.institution_index(NewsIndexPage, inst), title="Новость гимназии")
    assert titles(client.get("/ru/news/"))[:2] == ["Новость гимназии", "Старая новость"]


def test_news_filters_by_year_and_institution(client):
    inst = factories.institution("gymnasium-3", name="Гимназия № 3")
    factories.news(title="Новость 2024 года", date=dt.date(2024, 3, 1))
    factories.news(title="Новость этого года")
    factories.news(factories.institution_index(NewsIndexPage, inst), title="Новость гимназии")
    assert titles(client.get("/ru/news/?year=2024")) == ["Новость 2024 года"]
    assert titles(client.get("/ru/news/?institution=gymnasium-3")) == ["Новость гимназии"]
    association_only = titles(client.get("/ru/news/?institution=association"))
    assert "Новость гимназии" not in association_only
    assert "Новость этого года" in association_only


def test_news_listing_paginates(client):
    for number in range(15):
        factories.news(title=f"Новость номер {number}", date=dt.date(2025, 1, 1 + number))
    first = titles(client.get("/ru/news/"))
    second = titles(client.get("/ru/news/?page=2"))
    assert len(first) == 12 and len(second) == 3
    assert first[0] == "Новость номер 14" and second[-1] == "Новость номер 0"
    page = BeautifulSoup(client.get("/ru/news/?year=2025").content, "html.parser")
    next_link = page.select_one("nav.pagination a[rel=next]")
    assert next_link["href"] == "?year=2025&page=2"


@pytest.mark.parametrize(
    "query",
    [
        "page=-1",
        "page=abc",
        "page=1000000000",
        "page=0",
        "page=1.5",
        "year=abc",
        "year=99999999999999999999",
        "institution=no-such-institution",
        "institution=%00",
        "kind=volcano",
        "format=telepathy",
        "when=tomorrow",
        "level=doctorate",
        "partner=%27%20OR%201%3D1",
        "region=nowhere",
        "q=" + "x" * 5000,
        "page=2&page=3",
    ],
)
@pytest.mark.parametrize(
    "path",
    [
        "/ru/news/",
        "/ru/seminars/",
        "/ru/programs/",
        "/ru/institutions/",
        "/ru/resources/",
        "/en/news/",
        "/ru/search/",
    ],
)
def test_bad_query_parameters_give_a_normal_page(client, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code == 200


def test_unknown_filter_value_is_ignored_rather_than_emptying_the_list(client):
    factories.news(title="Любая новость")
    assert "Любая новость" in titles(client.get("/ru/news/?institution=no-such-institution"))


def test_seminars_upcoming_by_default_and_past_on_request(client):
    factories.seminar(title="Будущий семинар", starts_in=dt.timedelta(days=3))
    factories.seminar(title="Давний семинар", starts_in=-dt.timedelta(days=40))
    assert titles(client.get("/ru/seminars/")) == ["Будущий семинар"]
    assert titles(client.get("/ru/seminars/?when=past")) == ["Давний семинар"]


def test_upcoming_seminars_in_date_order_past_ones_newest_first(client):
    factories.seminar(title="Через неделю", starts_in=dt.timedelta(days=7))
    factories.seminar(title="Завтра", starts_in=dt.timedelta(days=1))
    factories.seminar(title="Месяц назад", starts_in=-dt.timedelta(days=30))
    factories.seminar(title="Неделю назад", starts_in=-dt.timedelta(days=7))
    assert titles(client.get("/ru/seminars/")) == ["Завтра", "Через неделю"]
    assert titles(client.get("/ru/seminars/?when=past")) == ["Неделю назад", "Месяц назад"]


def test_seminars_filter_by_kind_format_and_organiser(client):
    host = factories.institution("college-1", name="Колледж № 1")
    partner = factories.institution("school-2", name="Школа № 2")
    factories.seminar(
        factories.institution_index(SeminarIndexPage, host),
        title="Вебинар колледжа",
        kind=SeminarPage.Kind.WEBINAR,
        format=SeminarPage.Format.ONLINE,
        online_url="https://meet.example.ru/1",
        venue="",
    )
    factories.seminar(
        title="Конференция сети", kind=SeminarPage.Kind.CONFERENCE, organisers=[partner]
    )
    assert titles(client.get("/ru/seminars/?kind=webinar")) == ["Вебинар колледжа"]
    assert titles(client.get("/ru/seminars/?format=online")) == ["Вебинар колледжа"]
    assert titles(client.get("/ru/seminars/?format=in-person")) == ["Конференция сети"]
    assert titles(client.get("/ru/seminars/?institution=college-1")) == ["Вебинар колледжа"]
    assert titles(client.get("/ru/seminars/?institution=school-2")) == ["Конференция сети"]


def test_institution_seminar_index_lists_only_its_events(client):
    host = factories.institution("college-1")
    factories.seminar(factories.institution_index(SeminarIndexPage, host), title="Свой семинар")
    factories.seminar(title="Семинар сети")
    index = factories.institution_index(SeminarIndexPage, host)
    assert titles(client.get(index.url)) == ["Свой семинар"]


def test_programmes_filter_by_level_and_partner(client):
    uni = factories.institution("uni", name="Университет")
    college = factories.institution("college", name="Колледж")
    factories.programme(title="Магистратура", level="higher", partners=[uni])
    factories.programme(title="Колледж плюс вуз", level="vocational", partners=[uni, college])
    assert titles(client.get("/ru/programs/?level=vocational")) == ["Колледж плюс вуз"]
    assert titles(client.get("/ru/programs/?partner=college")) == ["Колледж плюс вуз"]
    assert sorted(titles(client.get("/ru/programs/?partner=uni"))) == [
        "Колледж плюс вуз",
        "Магистратура",
    ]


def test_institutions_filter_by_kind_and_region(client):
    north = factories.region("north", "Северный район")
    factories.region("south", "Южный район")
    factories.institution("uni", name="Университет", kind=Institution.Kind.UNIVERSITY, region=north)
    factories.institution("school", name="Школа", kind=Institution.Kind.SCHOOL)
    assert titles(client.get("/ru/institutions/?kind=university")) == ["Университет"]
    assert titles(client.get("/ru/institutions/?region=north")) == ["Университет"]
    assert titles(client.get("/ru/institutions/?region=south")) == []
    page = BeautifulSoup(client.get("/ru/institutions/").content, "html.parser")
    region_select = page.find("select", attrs={"name": "region"})
    assert {option.get_text() for option in region_select.find_all("option")} >= {
        "Северный район",
        "Южный район",
    }
    assert page.find("label", attrs={"for": region_select["id"]})


def test_listing_counts_use_russian_plural_forms(client):
    for _ in range(2):
        factories.news()
    page = BeautifulSoup(client.get("/ru/news/").content, "html.parser")
    count = page.select_one(".result-count").get_text(strip=True)
    assert count.startswith("2 ")
    assert "новост" in count
