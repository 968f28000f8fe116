"""Pages found by their url_path (home/routing.py) exactly where Wagtail's level-by-level
walk finds them: deep pages, a routable index's own sub-URLs, draft ancestors, 404s."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from association.models import NewsIndexPage

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def inst(site_pages):
    return factories.institution("lyceum-2", name="Лицей № 2")


def route(path: str):
    """What Wagtail's serve view routes `path` to, from the Russian home page."""
    home = factories.home("ru")
    components = [part for part in path.split("/") if part]
    return home.route(RequestFactory().get(path), components)


def wagtail_route(path: str):
    home = factories.home("ru")
    components = [part for part in path.split("/") if part]
    return Page.route(home, RequestFactory().get(path), components)


def test_a_deep_page_is_found_in_two_queries_as_wagtail_finds_it(client, inst):
    resource = factories.resource(inst, title="Опорный конспект")
    path = resource.url.removeprefix("/ru/")
    home = factories.home("ru")
    request = RequestFactory().get(resource.url)
    with CaptureQueriesContext(connection) as queries:
        found = home.route(request, path.strip("/").split("/"))
    assert found.page.pk == resource.pk and isinstance(found.page, type(resource))
    assert len(queries) == 2
    assert wagtail_route(path).page.pk == resource.pk
    assert client.get(resource.url).status_code == 200


def test_a_routable_index_still_routes_its_own_sub_urls(client, site_pages):
    news = NewsIndexPage.objects.get(locale__language_code="ru")
    found = route("news/feed/")
    assert found.page.pk == news.pk and found.args  # the index's feed view, with its args
    assert client.get("/ru/news/feed/").status_code == 200


def test_a_live_page_under_a_draft_section_is_served_as_wagtail_serves_it(client, inst):
    resource = factories.resource(inst, title="Под черновиком")
    path = resource.url
    section = resource.get_parent()
    section.unpublish()
    assert route(path.removeprefix("/ru/")).page.pk == resource.pk
    assert wagtail_route(path.removeprefix("/ru/")).page.pk == resource.pk


def test_unknown_and_unpublished_addresses_are_404(client, inst):
    resource = factories.resource(inst, title="Снятый ресурс")
    path = resource.url
    assert client.get(path + "no-such-page/").status_code == 404
    assert client.get("/ru/institutions/no-such-institution/").status_code == 404
    resource.unpublish()
    assert client.get(path).status_code == 404


def test_where_processes_share_a_cache_a_path_is_looked_up_once_per_change(client, inst, settings):
    settings.PORTAL_CACHE_SHARED_BY_PROCESSES = True
    resource = factories.resource(inst, title="Памятка наставнику")
    old_url = resource.url
    home = factories.home("ru")
    request = RequestFactory().get(old_url)
    components = old_url.removeprefix("/ru/").strip("/").split("/")
    assert home.route(request, components).page.pk == resource.pk
    with CaptureQueriesContext(connection) as queries:
        again = home.route(request, components)
    assert again.page.pk == resource.pk and len(queries) == 0
    assert client.get(old_url).status_code == 200

    # Renamed: the new address answers at once, the old one no longer does.
    resource.slug = "pamyatka-nastavniku"
    resource.save_revision().publish()
    resource.refresh_from_db()
    assert resource.url != old_url
    assert client.get(resource.url).status_code == 200
    assert client.get(old_url).status_code == 404
    # Unpublished: gone at once.
    resource.unpublish()
    assert client.get(resource.url).status_code == 404
