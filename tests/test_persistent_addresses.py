"""Persistent addresses: /r/<number>/ leads to the resource wherever its page now is, in
the reader's language, tells nothing about what the public may not see, and carries the
association's DOI when it has a prefix."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale, PageViewRestriction

from association.models import ResourceIndexPage, ResourcePage
from core.localization import translate

from . import factories

pytestmark = pytest.mark.django_db


def build():
    first, second = factories.institution(), factories.institution()
    resource = factories.resource(first, title="Опыты с магнитами")
    english = translate(
        resource, Locale.objects.get(language_code="en"), {"Опыты с магнитами": "Magnets"}
    )
    return {"first": first, "second": second, "resource": resource, "english": english}


world = factories.module_world(build)


@pytest.fixture
def resource(world):
    """The resource as the database has it now (a test's renames are rolled back)."""
    return ResourcePage.objects.get(pk=world["resource"].pk)


def target(client, number: int, **headers) -> str:
    response = client.get(f"/r/{number}/", **headers)
    assert response.status_code == 302, response.status_code
    return response["Location"]


def test_address_follows_the_resource_through_renames_and_moves(client, world, resource):
    number = resource.pk
    assert target(client, number, HTTP_ACCEPT_LANGUAGE="ru") == resource.url
    resource.slug = "magnets-at-school"
    resource.save_revision().publish()
    assert target(client, number, HTTP_ACCEPT_LANGUAGE="ru").endswith("/magnets-at-school/")
    elsewhere = ResourceIndexPage.objects.child_of(world["second"].page).get()
    resource.move(elsewhere, pos="last-child")
    resource.refresh_from_db()
    assert target(client, number, HTTP_ACCEPT_LANGUAGE="ru") == resource.url
    assert resource.url.startswith(elsewhere.url)


def test_address_opens_the_resource_in_the_readers_language(client, world, resource):
    english = world["english"]
    number = resource.pk
    assert target(client, number, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9") == english.url
    assert target(client, number, HTTP_ACCEPT_LANGUAGE="ru-RU") == resource.url
    client.cookies["django_language"] = "en"
    assert target(client, number, HTTP_ACCEPT_LANGUAGE="ru-RU") == english.url
    # Its translation's own number is an address of the same resource.
    del client.cookies["django_language"]
    assert target(client, english.pk, HTTP_ACCEPT_LANGUAGE="ru") == resource.url
    response = client.get(f"/r/{number}/")
    assert "Accept-Language" in response["Vary"] and "Cookie" in response["Vary"]


def test_what_the_public_may_not_see_is_not_found(client, world):
    draft = factories.resource(world["first"], title="Черновик", live=False)
    hidden = factories.resource(world["second"], title="Раздел снят с публикации")
    ResourceIndexPage.objects.child_of(world["second"].page).get().unpublish()
    for number in (draft.pk, hidden.pk, world["first"].page.pk, 99999999, "abc"):
        # Outside the language prefixes, a 404 is first sent to the same path in the
        # reader's language (Django's LocaleMiddleware), which names no page either.
        response = client.get(f"/r/{number}/", HTTP_ACCEPT_LANGUAGE="ru", follow=True)
        assert response.status_code == 404, number
        assert response.redirect_chain in ([], [(f"/ru/r/{number}/", 302)])


def test_restricted_resource_asks_for_its_password_without_telling_its_address(
    client, world, resource
):
    restriction = PageViewRestriction.objects.create(
        page=resource, restriction_type=PageViewRestriction.PASSWORD, password="magnit"
    )
    response = client.get(f"/r/{resource.pk}/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="password"' in body and resource.slug not in body
    # Its citation files stay hidden too.
    assert client.get(f"/r/{resource.pk}/citation.bib").status_code == 404
    form = BeautifulSoup(body, "html.parser").find("form")
    action = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, resource.id])
    assert form["action"] == action
    answer = client.post(action, {"password": "magnit", "return_url": f"/r/{resource.pk}/"})
    assert answer.status_code == 302 and answer["Location"] == f"/r/{resource.pk}/"
    assert target(client, resource.pk, HTTP_ACCEPT_LANGUAGE="ru") == resource.url
    assert client.get(f"/r/{resource.pk}/citation.bib").status_code == 200


def test_login_restricted_resource_sends_to_the_login_page(client, world, resource):
    PageViewRestriction.objects.create(page=resource, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(f"/r/{resource.pk}/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"login/?next=/r/{resource.pk}/")
    assert resource.slug not in response["Location"]


def test_doi_is_printed_where_the_association_has_a_prefix(client, world, resource, settings):
    number = resource.pk
    page = BeautifulSoup(client.get(resource.url).content, "html.parser")
    assert "DOI" not in page.select_one("#cite").get_text()
    settings.PORTAL_DOI_PREFIX = "10.99999"
    doi = f"10.99999/{number}"
    page = BeautifulSoup(client.get(resource.url).content, "html.parser")
    assert page.select_one(f"#cite a[href='https://doi.org/{doi}']").get_text() == doi
    assert f"DOI: {doi}." in page.select_one("#cite-gost").get_text()
    assert f"https://doi.org/{doi}" in page.select_one("#cite-apa").get_text()
    assert page.find("meta", attrs={"name": "citation_doi"})["content"] == doi
    structured = json.loads(page.find("script", type="application/ld+json").string)
    assert {"@type": "PropertyValue", "propertyID": "DOI", "value": doi} in structured["identifier"]
    assert f"doi = {{{doi}}}" in client.get(f"/r/{number}/citation.bib").content.decode()
    # A prefix with the beginning of a suffix.
    settings.PORTAL_DOI_PREFIX = "10.99999/portal."
    [item] = json.loads(client.get(f"/r/{number}/citation.json").content)
    assert item["DOI"] == f"10.99999/portal.{number}"
