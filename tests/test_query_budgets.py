"""Every public page renders with a bounded number of SQL queries, whatever the length of
the lists it shows: each page kind is rendered with a couple of items and with more than
it shows on one page (a full page and a next one), under the same budget, and must cost
exactly as many queries both times (no query per listed item)."""

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
    assert large == small, (
        f"{path}: {small} queries with a few items, {large} with more than a page"
    )


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """The budgets are about rendering: the full-page cache would hide it."""
    settings.PORTAL_PAGE_CACHE_SECONDS = 0


@pytest.fixture
def inst(site_pages):
    return factories.institution("gymnasium-3", name="Гимназия № 3")


def many(count: int, make: Callable[[int], object]) -> list:
    return [make(number) for number in range(count)]


# Every news item, event, programme and institution in these lists has its picture, as
# the demo's do: the cards' renditions must come with the cards, not one query per card.
def news_items(parent, count: int, offset: int = 0) -> list:
    return many(
        count,
        lambda n: factories.news(
            parent,
            date=dt.date(2025, 1, 1) + dt.timedelta(days=n + offset),
            image=factories.image(),
        ),
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
            parent,
            starts_in=dt.timedelta(days=n + 1),
            organisers=organisers,
            image=factories.image(),
        ),
    )


def test_home_page(client, django_assert_max_num_queries, inst):
    news_items(None, 2)
    seminars(None, 2)
    resources(inst, 2)

    # The home page shows the latest 4 news and events and 6 resources.
    def grow():
        news_items(None, 6, offset=2)
        seminars(None, 6)
        resources(inst, 6)

    assert_flat(client, django_assert_max_num_queries, "/ru/", grow)


def test_news_index_and_page(client, django_assert_max_num_queries, inst):
    own = factories.institution_index(NewsIndexPage, inst)
    items = news_items(None, 1) + news_items(own, 1, offset=1)
    detail = items[0].url

    def grow():
        news_items(None, 6, offset=2)
        news_items(own, 6, offset=8)

    small_detail = queries_for(client, detail)
    assert_flat(client, django_assert_max_num_queries, "/ru/news/", grow)
    assert queries_for(client, detail) == small_detail
    assert queries_for(client, "/ru/news/?page=2") <= BUDGET


def member_with_logo(slug: str, region):
    """An institution whose section shows its logo (in the directory's card) and cover."""
    member = factories.institution(slug, region=region)
    page = member.page
    page.logo = factories.image("Эмблема", member.collection, size=(96, 96))
    page.cover = factories.image("Обложка", member.collection, size=(320, 120))
    page.save_revision().publish()
    return member


def test_institution_index_and_section(client, django_assert_max_num_queries, site_pages):
    region = factories.region()
    members = many(2, lambda n: member_with_logo(f"member-{n}", region))
    section = members[0].page.url

    def grow():
        many(23, lambda n: member_with_logo(f"member-{n + 2}", region))

    assert_flat(client, django_assert_max_num_queries, "/ru/institutions/", grow)
    assert queries_for(client, section) <= BUDGET


def test_institution_section_and_its_lists(client, django_assert_max_num_queries, inst):
    own_news = factories.institution_index(NewsIndexPage, inst)
    own_seminars = factories.institution_index(SeminarIndexPage, inst)
    news_items(own_news, 2)
    seminars(own_seminars, 2)
    resources(inst, 2)
    section = inst.page.url
    paths = [section, f"{section}news/", f"{section}seminars/", f"{section}resources/"]
    small = {path: queries_for(client, path) for path in paths}
    # More than a page of each list (12 news, 12 events, 20 resources).
    news_items(own_news, 11, offset=2)
    seminars(own_seminars, 11)
    resources(inst, 19)
    for path in paths:
        with django_assert_max_num_queries(BUDGET):
            client.get(path)
        assert queries_for(client, path) == small[path], path


def test_programme_index_and_page(client, django_assert_max_num_queries, site_pages):
    partners = many(3, lambda n: factories.institution(f"partner-{n}"))
    items = many(2, lambda n: factories.programme(partners=partners, image=factories.image()))
    detail = items[0].url
    small_detail = queries_for(client, detail)

    def grow():
        many(11, lambda n: factories.programme(partners=partners, image=factories.image()))

    assert_flat(client, django_assert_max_num_queries, "/ru/programs/", grow)
    assert queries_for(client, detail) == small_detail


def test_seminar_index_and_page(client, django_assert_max_num_queries, inst):
    partner = factories.institution("lyceum-1", name="Лицей № 1")
    own = factories.institution_index(SeminarIndexPage, inst)
    items = seminars(None, 1, organisers=[partner]) + seminars(own, 1)
    detail = items[0].url
    small_detail = queries_for(client, detail)

    def grow():
        seminars(None, 6, organisers=[partner])
        seminars(own, 6)

    assert_flat(client, django_assert_max_num_queries, "/ru/seminars/", grow)
    assert queries_for(client, detail) == small_detail


def test_resource_database_with_two_facets_and_resource_page(
    client, django_assert_max_num_queries, inst
):
    items = resources(inst, 2)
    detail = items[1].url
    small_detail = queries_for(client, detail)
    path = "/ru/resources/?level=basic&subject=mathematics"
    assert_flat(client, django_assert_max_num_queries, path, lambda: resources(inst, 19))
    assert queries_for(client, detail) == small_detail


def test_site_search(client, django_assert_max_num_queries, inst):
    resources(inst, 2)
    news_items(None, 2)
    path = "/ru/search/?q=Ресурс"

    # More than a page of results (20).
    def grow():
        resources(inst, 10)
        news_items(None, 10, offset=2)

    # The results of a page are fetched per page type: the count depends on the mix of
    # types on the page, never on how many results there are.
    small = queries_for(client, path)
    grow()
    assert queries_for(client, path) <= small
    with django_assert_max_num_queries(BUDGET):
        client.get(path)
