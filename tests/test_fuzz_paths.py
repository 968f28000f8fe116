"""Malformed identifiers in paths, query strings and forms, on SQLite and PostgreSQL: ids
no row can have, offsets and limits past what a database counts, NUL in names, ids that
are not numbers, a page form missing its StreamField's count, a path climbing out of the
media folder. A client gets a 400 that says why or a 404, never a server error nor a
page that shows the server's files.

The matrix covers every URL pattern the portal serves (Django's resolver: the public
views, the APIs, the project's admin views and the Wagtail and Django admin views it
exposes), each parameter in turn given a value of its kind that names nothing, asked by
an anonymous visitor and by an administrator, with GET and with a POST."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.urls.converters import IntConverter, PathConverter, SlugConverter, StringConverter
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from wagtail.models import Page

from core.identifiers import MAX_ID

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

HUGE = "99999999999999999999999"
# A value of each converter's kind that names nothing and that a careless view would pass
# on to the database as it is.
HOSTILE = {
    IntConverter: [HUGE],
    StringConverter: ["\x00"],
    PathConverter: ["\x00", "../../manage.py"],
    SlugConverter: ["9" * 25],
}
BENIGN = {IntConverter: "1", SlugConverter: "x"}
# A form that fills nothing a view expects and malformed values for what it may read.
FORM = {"id": ["abc", HUGE], "page": "-1", "p": HUGE, "next": "\x00", "body-count": "x"}
QUERY = {
    "id": "abc",
    "p": HUGE,
    "page": "\x00",
    "q": "\x00\"'(",
    "ordering": "\x00",
    "parent_page_id": HUGE,
    "collection_id": HUGE,
    "locale": "\x00",
    "next": "\x00",
    "childOf": "abc",
}
# Views left out: those that end the administrator's session, which the rest of a case
# needs, and Wagtail's page that raises an error on purpose (to try the error reporting).
LEFT_OUT = ("logout", "failwhale")


def route_patterns(patterns=None, prefix: str = "", converters: dict | None = None, space=""):
    """(namespaced name, route, converters by parameter) of every path() pattern below the
    root, the routes of the enclosing includes (a language prefix among them) in front."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for pattern in patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            route, found = prefix + pattern.pattern.language_prefix, converters or {}
        elif isinstance(pattern.pattern, RoutePattern):
            route = prefix + str(pattern.pattern)
            found = {**(converters or {}), **pattern.pattern.converters}
        else:
            continue
        if isinstance(pattern, URLResolver):
            inner = f"{space}{pattern.namespace}:" if pattern.namespace else space
            yield from route_patterns(pattern.url_patterns, route, found, inner)
        else:
            yield space + (pattern.name or route), route, found


def filled(route: str, converters: dict, hostile: str, value: str) -> str:
    """The route with `hostile` given `value` and the other parameters a plain value."""
    path = route
    for name, converter in converters.items():
        given = value if name == hostile else BENIGN.get(type(converter), "x")
        path = re.sub(rf"<(?:\w+:)?{name}>", lambda _match, given=given: given, path)
    return "/" + path


def cases() -> list[tuple[str, str]]:
    """(pattern name, URL) for each parameter of each pattern and each hostile value; for a
    pattern without parameters, the URL with the malformed query string."""
    found = []
    for name, route, converters in route_patterns():
        if any(word in route for word in LEFT_OUT):
            continue
        if not converters:
            found.append((name, "/" + route))
            continue
        for parameter, converter in converters.items():
            for value in HOSTILE.get(type(converter), []):
                found.append((name, filled(route, converters, parameter, value)))
    return found


CASES = cases()


@pytest.fixture
def admin(admin_user):
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    return client


def assert_no_server_error(response, what) -> None:
    assert response.status_code < 500, (what, response.status_code)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    body = content.decode("utf-8", "replace")
    assert str(settings.BASE_DIR) not in body, what
    assert "Traceback" not in body, what


@pytest.mark.parametrize(("name", "url"), CASES, ids=[f"{n}:{u[:60]}" for n, u in CASES])
def test_no_malformed_identifier_makes_a_server_error(admin, name, url):
    anonymous = Client(raise_request_exception=False)
    # Patterns without parameters get the malformed query string and form instead.
    query = QUERY if "<" not in url and "\x00" not in url else {}
    for client in (anonymous, admin):
        assert_no_server_error(client.get(url, query), (name, url, "GET"))
        assert_no_server_error(client.post(url, FORM), (name, url, "POST"))


def test_the_matrix_covers_the_projects_own_views():
    names = {name for name, _url in CASES}
    for name in [
        "network_register",
        "network_certificate",
        "network_cancel_registration",
        "network:seminar_registrations",
        "network:application",
        "association:team_remove",
        "activity:institution_report",
        "institutions:edit",
        "wagtailadmin_pages:edit",
        "wagtail_bulk_action",
    ]:
        assert name in names, name


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"offset": str(MAX_ID + 1)}, "offset"),
        ({"offset": HUGE}, "offset"),
        ({"offset": "-1"}, "offset"),
        ({"offset": "1e3"}, "offset"),
        ({"limit": HUGE}, "limit"),
        ({"limit": "-5"}, "limit"),
        ({"fields": "\x00"}, "NUL"),
        ({"html_path": "\x00"}, "NUL"),
        ({"locale": "\x00"}, "NUL"),
    ],
)
def test_the_pages_api_refuses_malformed_parameters_with_a_reason(client, params, words):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 400, (params, response.content)
    assert words in response.json()["message"]


@pytest.mark.parametrize("name", ["fields", "html_path", "locale", "type"])
def test_finding_a_page_by_a_parameter_with_a_nul_is_refused_with_a_reason(client, name):
    response = client.get("/api/v2/pages/find/", {name: "\x00"})
    assert response.status_code == 400, response.content
    assert "NUL" in response.json()["message"]


def test_the_pages_api_says_why_in_the_clients_language(client):
    offset = {"offset": HUGE}
    english = client.get("/api/v2/pages/", offset, HTTP_ACCEPT_LANGUAGE="en").json()
    russian = client.get("/api/v2/pages/", offset, HTTP_ACCEPT_LANGUAGE="ru").json()
    assert english["message"].startswith("offset must be a whole number")
    assert russian["message"].startswith("offset должен быть целым числом")


@pytest.mark.parametrize("seminar", [HUGE, str(MAX_ID + 1)])
def test_registering_for_an_event_no_row_can_have_is_not_found(client, seminar):
    response = client.post(f"/ru/events/{seminar}/register/", {"name": "Анна"})
    assert response.status_code == 404


@pytest.mark.parametrize("ids", [["abc"], ["1", HUGE], ["\x00"], ["-1"]])
def test_a_bulk_action_on_ids_that_are_not_numbers_is_refused_with_a_reason(admin, ids):
    response = admin.get("/admin/bulk/wagtailcore/page/delete/", {"id": ids})
    assert response.status_code == 400
    assert "id" in response.content.decode()


def test_a_bulk_action_still_lists_what_it_would_delete(admin):
    home = Page.objects.filter(depth=2).first()
    child = home.get_children().first()
    response = admin.get(
        "/admin/bulk/wagtailcore/page/delete/", {"id": [str(child.pk)], "next": "/admin/"}
    )
    assert response.status_code == 200
    assert child.title in response.content.decode()


def test_a_bulk_action_needs_an_admin_login(client):
    response = client.get("/admin/bulk/wagtailcore/page/delete/", {"id": "abc"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("seminar", [HUGE, str(MAX_ID + 1)])
def test_registrations_of_an_event_no_row_can_have_are_not_found(admin, seminar):
    # A path outside the language prefixes that names nothing is tried with one (Django's
    # LocaleMiddleware), where it names nothing either.
    for path in (
        f"/admin/network/registrations/{seminar}/",
        f"/admin/network/registrations/{seminar}/export.csv",
    ):
        assert admin.get(path, follow=True).status_code == 404, path


def test_a_page_form_without_its_body_count_is_refused_with_a_reason(admin):
    home = Page.objects.get(depth=2, locale__language_code="ru")
    response = admin.post(
        f"/admin/pages/add/home/standardpage/{home.pk}/",
        {"title": "Без тела", "slug": "bez"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert "body-count" in response.content.decode()
    assert not Page.objects.filter(slug="bez").exists()


@pytest.mark.parametrize(
    "path", ["/media/%2e%2e/manage.py", "/media/../manage.py", "/media/%2e%2e/%2e%2e/etc/passwd"]
)
def test_a_path_out_of_the_media_folder_is_not_found_without_details(client, path):
    response = client.get(path)
    assert response.status_code == 404
    body = response.content.decode()
    assert str(settings.BASE_DIR) not in body and "Traceback" not in body


@pytest.mark.parametrize("number", ["\x00", "PUB-\x00", "x" * 300, "'; --"])
def test_a_malformed_certificate_number_is_an_unknown_certificate(client, number):
    response = client.get(f"/ru/certificates/{number}/")
    assert response.status_code == 404
    assert client.get(f"/ru/certificates/{number}/pdf/").status_code == 404


@pytest.mark.parametrize(
    "token", ["\x00", "x" * 300, "a:b:c", "eyJyIjo5OTk5OTk5OTk5OTk5OTk5OTk5OX0"]
)
def test_a_malformed_cancellation_link_is_not_found(client, token):
    assert client.get(f"/ru/registrations/cancel/{token}/").status_code == 404
    assert client.post(f"/ru/registrations/cancel/{token}/").status_code == 404


@pytest.mark.parametrize("page", [HUGE, "-1", "\x00", "abc", "1e9"])
def test_a_malformed_page_number_shows_a_page(client, page):
    for path in ("/ru/news/", "/ru/seminars/", "/ru/resources/", "/ru/search/"):
        assert client.get(path, {"page": page, "q": "x"}).status_code == 200, path
