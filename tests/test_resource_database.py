"""The resource database and site search pages (database search backend)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from association.models import Institution

from . import factories

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


def page(client, query: str = "") -> BeautifulSoup:
    response = client.get(f"/ru/resources/?{query}")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(soup: BeautifulSoup) -> list[str]:
    return sorted(" ".join(h.get_text().split()) for h in soup.select(".results .card__title"))


def facet(soup: BeautifulSoup, name: str) -> dict[str, int]:
    section = soup.find("section", attrs={"aria-labelledby": f"facet-{name}"})
    if section is None:
        return {}
    options = {}
    for link in section.select("li a"):
        label = link.contents[0].strip()
        options[label] = int(link.select_one(".facet__count").get_text(strip="()").strip("()"))
    return options


@pytest.fixture
def catalogue():
    college = factories.institution("college", name="Колледж", short_name="Колледж")
    school = factories.institution("school", name="Школа", short_name="Школа")
    math = factories.subject("mathematics", "Математика")
    physics = factories.subject("physics", "Физика")
    guide = factories.resource_type("guide", "Методическое пособие")
    factories.resource(
        college, title="Задачи по механике", subjects=[physics], levels=("vocational",), year=2022
    )
    factories.resource(
        college,
        title="Дроби на практике",
        subjects=[math],
        levels=("basic",),
        rtype=guide,
        year=2024,
    )
    factories.resource(
        school,
        title="Геометрия в архитектуре",
        subjects=[math],
        levels=("basic", "secondary"),
        year=2024,
    )
    return {"college": college, "school": school}


def test_a_long_facet_shows_ten_options_and_links_to_all_of_them(client, site_pages):
    school = factories.institution("school", name="Школа")
    for year in range(2013, 2025):
        factories.resource(school, title=f"Сборник {year} года", year=year)

    soup = page(client)
    assert list(facet(soup, "year")) == [str(year) for year in range(2024, 2014, -1)]
    more = soup.select_one("section[aria-labelledby=facet-year] .facet__more a")
    assert "Показать все (12)" in more.get_text()
    assert more["href"] == "?more=year#facet-year"
    assert facet(soup, "level") == {"Основное общее образование": 12}
    assert soup.select_one("section[aria-labelledby=facet-level] .facet__more") is None

    everything = page(client, "more=year")
    assert list(facet(everything, "year")) == [str(year) for year in range(2024, 2012, -1)]
    assert everything.select_one("section[aria-labelledby=facet-year] .facet__more") is None

    # A year chosen from the full list stays in view, marked, once the list is short again.
    chosen = page(client, "year=2013")
    assert titles(chosen) == ["Сборник 2013 года"]
    selected = chosen.select("section[aria-labelledby=facet-year] a[aria-current=true]")
    assert [link.contents[0].strip() for link in selected] == ["2013"]


def test_a_renamed_institution_shows_under_its_new_name_at_once(client, catalogue):
    assert "Колледж" in facet(page(client), "institution")
    college = catalogue["college"]
    college.short_name = "Политехнический колледж"
    college.save()
    assert set(facet(page(client), "institution")) == {"Политехнический колледж", "Школа"}


def test_lists_every_visible_resource_with_facet_counts(client, catalogue):
    soup = page(client)
    assert titles(soup) == ["Геометрия в архитектуре", "Дроби на практике", "Задачи по механике"]
    assert facet(soup, "subject") == {"Математика": 2, "Физика": 1}
    assert facet(soup, "institution") == {"Колледж": 2, "Школа": 1}
    assert facet(soup, "year") == {"2024": 2, "2022": 1}


def test_a_filter_narrows_results_and_the_other_facets(client, catalogue):
    soup = page(client, "subject=mathematics")
    assert titles(soup) == ["Геометрия в архитектуре", "Дроби на практике"]
    # The subject facet keeps its own counts so another subject can be chosen…
    assert facet(soup, "subject") == {"Математика": 2, "Физика": 1}
    # …while the other facets count within the chosen subject.
    assert facet(soup, "institution") == {"Колледж": 1, "Школа": 1}
    assert facet(soup, "level")["Основное общее образование"] == 2


def test_query_and_filters_combine(client, catalogue):
    assert titles(page(client, "q=Геометрия")) == ["Геометрия в архитектуре"]
    assert titles(page(client, "q=Геометрия&institution=college")) == []


def test_empty_result_suggests_removing_filters(client, catalogue):
    soup = page(client, "subject=physics&year=2024")
    assert titles(soup) == []
    empty = soup.select_one(".empty-results")
    links = [a["href"] for a in empty.find_all("a")]
    assert "?year=2024" in links and "?subject=physics" in links


def test_suspended_institutions_resources_are_not_listed(client, catalogue):
    Institution.objects.filter(slug="school").update(status=Institution.Status.SUSPENDED)
    assert "Геометрия в архитектуре" not in titles(page(client))
    assert "Школа" not in facet(page(client), "institution")


def test_drafts_are_not_listed(client, catalogue):
    draft = factories.resource(catalogue["school"], title="Неопубликованный")
    draft.unpublish()
    assert "Неопубликованный" not in titles(page(client))


def test_site_search_finds_pages_of_all_types_with_a_type_facet(client, catalogue):
    factories.news(title="Геометрия в новостях")
    response = client.get("/ru/search/?q=Геометрия")
    soup = BeautifulSoup(response.content, "html.parser")
    found = [" ".join(h.get_text().split()) for h in soup.select(".search-results .card__title")]
    assert set(found) == {"Геометрия в архитектуре", "Геометрия в новостях"}
    facet_links = soup.select(".facets a")
    assert len(facet_links) == 2
    only_news = next(a for a in facet_links if "новост" in a.get_text().lower())
    narrowed = BeautifulSoup(client.get("/ru/search/" + only_news["href"]).content, "html.parser")
    assert [
        " ".join(h.get_text().split()) for h in narrowed.select(".search-results .card__title")
    ] == ["Геометрия в новостях"]
