"""The main menu marks the section a page belongs to for a visitor: an institution's
resource is in the resource database, its event in the events list — not «Участники сети»."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from . import factories

pytestmark = pytest.mark.django_db


def current_menu_items(client, url: str) -> list[str]:
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return [a.get_text(strip=True) for a in page.select("header nav a[aria-current]")]


def test_menu_marks_the_resource_database_and_the_events_not_the_members(client):
    from association.models import InstitutionIndexPage, SeminarIndexPage
    from search.models import ResourceDatabasePage

    institution = factories.institution(slug="menu-lyceum", name="Лицей меню")
    resource = factories.resource(institution, title="Дроби в меню")
    parent = factories.institution_index(SeminarIndexPage, institution)
    seminar = factories.seminar(parent, title="Семинар в меню")
    database = ResourceDatabasePage.objects.filter(locale__language_code="ru").first()
    members = InstitutionIndexPage.objects.filter(locale__language_code="ru").first()
    events = SeminarIndexPage.objects.filter(depth=3, locale__language_code="ru").first()

    assert current_menu_items(client, resource.url) == [database.title]
    assert current_menu_items(client, seminar.url) == [events.title]
    # The institution's own page still belongs to the members' section.
    assert current_menu_items(client, institution.page.url) == [members.title]
