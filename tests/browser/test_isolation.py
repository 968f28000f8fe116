"""An institution editor who types the address of another institution's page editor is
refused with a clear message, in Russian and English, and sees none of its fields."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .support import LANGUAGES, log_in, t


@pytest.fixture
def server_url(shared_portal) -> str:
    return shared_portal.base_url


@pytest.mark.parametrize("language", LANGUAGES)
def test_editor_is_refused_another_institutions_page_editor(page, shared_portal, language):
    portal = shared_portal
    portal.speak(language)
    log_in(page, "lyceum-editor")
    refusal = t(language, "Sorry, you do not have permission to access this area.")

    # Its own institution's page editor opens…
    page.goto(f"/admin/pages/{portal.lyceum.page.pk}/edit/")
    expect(page.locator("#id_title")).to_have_value(portal.lyceum.page.title)

    # …another institution's does not, nor adding a page under it.
    college = portal.college.page
    for url in (f"/admin/pages/{college.pk}/edit/", f"/admin/pages/{college.pk}/add_subpage/"):
        page.goto(url)
        expect(page.locator(".messages")).to_contain_text(refusal)
        expect(page.locator("#id_title")).to_have_count(0)
        expect(page.locator("body")).not_to_contain_text(college.title)
