"""Every public page renders with a bounded number of SQL queries, whatever the length of
the lists it shows: each page kind is rendered with 10 and with 100 items, under the same
budget, and must cost exactly as many queries both times (no query per listed item)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from association.models import (
    NewsIndexPage,
    ResourcePage,
    SeminarIndexPage,
)

from . import factories

pytestmark = pytest.mark.django_db

# One budget for every page kind: the page chrome (site, settings, menu, breadcrumbs,
# translations) and the listing's own queries, far below one query per listed item.
BUDGET = 50


def repeated(queries: list[dict]) -> str:
    """The statements run more than once, with their counts: where an N+1 shows."""
    shapes = Counter(re.sub(r"\b\d+\b|'[^']*'", "?", query["sql"])[:300] for query in queries)
    return "\n".join(f"{count} × {shape}" for shape, count in shapes.most_common() if count > 1)


def queries_for(client, path: str) -> int:
    """The queries one anonymous GET of `path` costs, once the per-process caches (site
    root paths, content types) are warm: the figure a long-running worker pays."""
    assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    assert len(captured) <= BUDGET, f"{path}: {len(captured)} queries\n{repeated(captured)}"
    return len(captured)


def assert_flat(client, django_assert_max_num_queries, path: str, grow: Callable[[], None]):
    """`path` costs the same number of queries (within BUDGET) before and after `grow()`
    multiplies the items it lists by ten."""
    small = queries_for(client, path)
    with django_assert_max_num_queries(BUDGET):
        client.get(path)
    grow()
    large = queries_for(client, path)
    with django_assert_max_num_queries(BUDGET):
        client.get(path)
    assert large == small, f"{path}: {small} queries with 10 items, {large} with 100"


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """The budgets are about rendering: the full-page cache would hide it."""
    settings.PORTAL_PAGE_CACHE_SECONDS = 0


@pytest.fixture
def inst(site_pages):
    return factories.institution("gymnasium-3", name="Гимназия № 3")


def many(count: int, make: Callable[[int], object]) -> list:
    return [make(number) for number in range(count)]


def news_items(parent, count: int, offset: int = 0) -> list:
    return many(
        count,
        lambda n: factories.news(parent, date=dt.date(2025, 1, 1) + dt.timedelta(days=n + offset)),
    )


def resources(inst, count: int) -> list[ResourcePage]:
    levels = ("basic", "secondary")
    subjects = [factories.subject(), factories.subject("physics", "Физика")]
    types = [factories.resource_type(), factories.resource_type("guide", "Пособие")]
    return many(
        count,
        lambda n: factories.resource(
            inst,
            levels=levels,
            subjects=subjects,
            rtype=types[n % 2],
            with_document=bool(n % 2),
        ),
    )


def seminars(parent, count: int, organisers=()) -> list:
    return many(
        count,
        lambda n: factories.seminar(
            parent, starts_in=dt.timedelta(days=n + 1), organisers=organisers
        ),
    )


def test_home_page(client, django_assert_max_num_queries, inst):
    news_items(None, 10)
    seminars(None, 10)
    resources(inst, 10)

    def grow():
        news_items(None, 90, offset=10)
        seminars(None, 90)
        resources(inst, 90)

    assert_flat(client, django_assert_max_num_queries, "/ru/", grow)


def test_news_index_and_page(client, django_assert_max_num_queries, inst):
    own = factories.institution_index(NewsIndexPage, inst)
    items = news_items(None, 5) + news_items(own, 5, offset=5)
    detail = items[0].url

    def grow():
        news_items(None, 45, offset=10)
        news_items(own, 45, offset=55)

    small_detail = queries_for(client, detail)
    assert_flat(client, django_assert_max_num_queries, "/ru/news/", grow)
    assert queries_for(client, detail) == small_detail
    assert queries_for(client, "/ru/news/?page=3") <= BUDGET


def test_institution_index_and_section(client, django_assert_max_num_queries, site_pages):
    region = factories.region()
    members = many(10, lambda n: factories.institution(f"member-{n}", region=region))
    section = members[0].page.url

    def grow():
        many(90, lambda n: factories.institution(f"member-{n + 10}", region=region))

    assert_flat(client, django_assert_max_num_queries, "/ru/institutions/", grow)
    assert queries_for(client, section) <= BUDGET


def test_institution_section_and_its_lists(client, django_assert_max_num_queries, inst):
    own_news = factories.institution_index(NewsIndexPage, inst)
    own_seminars = factories.institution_index(SeminarIndexPage, inst)
    news_items(own_news, 10)
    seminars(own_seminars, 10)
    resources(inst, 10)
    section = inst.page.url
    paths = [section, f"{section}news/", f"{section}seminars/", f"{section}resources/"]
    small = {path: queries_for(client, path) for path in paths}
    news_items(own_news, 90, offset=10)
    seminars(own_seminars, 90)
    resources(inst, 90)
    for path in paths:
        with django_assert_max_num_queries(BUDGET):
            client.get(path)
        assert queries_for(client, path) == small[path], path


def test_programme_index_and_page(client, django_assert_max_num_queries, site_pages):
    partners = many(3, lambda n: factories.institution(f"partner-{n}"))
    items = many(10, lambda n: factories.programme(partners=partners))
    detail = items[0].url
    small_detail = queries_for(client, detail)

    def grow():
        many(90, lambda n: factories.programme(partners=partners))

    assert_flat(client, django_assert_max_num_queries, "/ru/programs/", grow)
    assert queries_for(client, detail) == small_detail


def test_seminar_index_and_page(client, django_assert_max_num_queries, inst):
    partner = factories.institution("lyceum-1", name="Лицей № 1")
    own = factories.institution_index(SeminarIndexPage, inst)
    items = seminars(None, 5, organisers=[partner]) + seminars(own, 5)
    detail = items[0].url
    small_detail = queries_for(client, detail)

    def grow():
        seminars(None, 45, organisers=[partner])
        seminars(own, 45)

    assert_flat(client, django_assert_max_num_queries, "/ru/seminars/", grow)
    assert queries_for(client, detail) == small_detail


def test_resource_database_with_two_facets_and_resource_page(
    client, django_assert_max_num_queries, inst
):
    items = resources(inst, 10)
    detail = items[1].url
    small_detail = queries_for(client, detail)
    path = "/ru/resources/?level=basic&subject=mathematics"
    assert_flat(client, django_assert_max_num_queries, path, lambda: resources(inst, 90))
    assert queries_for(client, detail) == small_detail


def test_site_search(client, django_assert_max_num_queries, inst):
    resources(inst, 10)
    news_items(None, 10)
    path = "/ru/search/?q=Ресурс"

    def grow():
        resources(inst, 90)
        news_items(None, 90, offset=10)

    # The results of a page are fetched per page type: the count depends on the mix of
    # types on the page, never on how many results there are.
    small = queries_for(client, path)
    grow()
    assert queries_for(client, path) <= small
    with django_assert_max_num_queries(BUDGET):
        client.get(path)
