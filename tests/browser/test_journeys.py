"""What editors do, in a real browser, in Russian and English: an institution editor edits
its profile and submits a resource that an expert and the association's office approve
until it is found in the public search; an institution administrator invites a colleague.
These journeys change the content, so each test builds its own (`portal`, `bare_portal`)."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from association.models import ResourcePage
from demo.documents import make_docx

from .support import BROWSER_DB, LANGUAGES, log_in, log_out, t

pytestmark = BROWSER_DB

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# What the editor writes, in the language the admin speaks to them.
RESOURCE = {
    "ru": {
        "title": "Практикум по стереометрии",
        "abstract": "Задачи по стереометрии для 10–11 классов с решениями.",
        "query": "стереометрия",
    },
    "en": {
        "title": "Stereometry workshop",
        "abstract": "Solid geometry problems with solutions for years 10 and 11.",
        "query": "stereometry",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_resource_goes_from_an_editor_through_moderation_to_the_public_search(
    page, portal, queued_engine, language
):
    """The admin speaks `language` to everyone, and opens the section in that language:
    the resource is written there, and a visitor finds it in that language's database, on
    the OpenSearch node, which the published page reaches through the index queue (as in
    production)."""
    queued_engine.reindex()
    portal.speak(language)
    locale = portal.locale(language)
    resources = portal.pages["institution_resources"].get_translation(locale)
    title, abstract, query = RESOURCE[language].values()

    # An institution editor: the profile, written in Russian (the section's source).
    log_in(page, "lyceum-editor")
    page.get_by_role("link", name=t(language, "My institutions")).click()
    page.get_by_role("link", name=t(language, "Pages of the section")).click()
    page.locator("header").get_by_role("button", name=t(language, "Actions")).click()
    page.get_by_role("link", name=t(language, "Edit")).click()
    if language != "ru":
        # The English section is a translation: its editor links to the Russian source.
        page.get_by_role("link", name="Русский", exact=True).first.click()
    page.locator("#id_intro").fill("Лицей с углублённым изучением математики и физики.")
    page.get_by_role("button", name=t(language, "Save draft")).click()
    expect(page.locator(".messages")).to_contain_text(portal.lyceum.page.title)
    portal.lyceum.page.refresh_from_db()
    assert "углублённым" in portal.lyceum.page.get_latest_revision_as_object().intro

    # Then a new resource with its document, submitted for moderation.
    page.get_by_role("link", name=t(language, "My institutions")).click()
    page.get_by_role("link", name=t(language, "Pages of the section")).click()
    explore = t(language, "Explore child pages of '%(title)s'") % {"title": resources.title}
    page.get_by_role("link", name=explore).click()
    page.get_by_role("link", name=t(language, "Add child page")).first.click()
    page.locator("#id_title").fill(title)
    page.locator("#id_abstract").fill(abstract)
    page.locator("#id_authors-0-name").fill("Петрова Анна Сергеевна")
    # Resource types are a list of the page's language's types, like the subjects.
    problem_book = portal.terms["problem_book"].get_translation(locale)
    page.get_by_role("radio", name=problem_book.name, exact=True).check()
    page.locator("input[name=education_levels][value=secondary]").check()
    math = portal.terms["math"].get_translation(locale)
    page.locator(f"input[name=subjects][value='{math.pk}']").check()
    page.get_by_role("button", name=t(language, "Choose a document")).click()
    modal = page.locator(".modal")
    modal.get_by_role("tab", name=t(language, "Upload")).click()
    modal.locator("input[type=file]").set_input_files(
        files=[
            {
                "name": "stereometry.docx",
                "mimeType": DOCX,
                "buffer": make_docx(title, ["Петрова А. С."], [abstract], language),
            }
        ]
    )
    modal.locator("input[name$=title]").fill(title)
    modal.get_by_role("button", name=t(language, "Upload")).click()
    modal.wait_for(state="detached")
    expect(page.locator("[data-field-input]", has_text=title).first).to_be_visible()
    page.get_by_role("button", name=t(language, "More actions")).click()
    page.get_by_role(
        "button", name=re.compile(re.escape(t(language, "Resource moderation")))
    ).click()
    expect(page.locator(".messages")).to_contain_text(title)
    created = ResourcePage.objects.get(title=title, locale=locale)
    assert not created.live and created.document.file.name.endswith(".docx")
    log_out(page)

    # An expert, then the association's office, approve it from their dashboards.
    state = WorkflowState.objects.get(object_id=str(created.pk))
    for reviewer, task in (("expert", "Expert review"), ("office", None)):
        assert state.current_task_state.task.name == (task or state.current_task_state.task.name)
        log_in(page, reviewer)
        row = page.locator("tr", has=page.get_by_role("link", name=title))
        row.get_by_role("button", name=t(language, "Actions")).click()
        row.get_by_role("button", name=t(language, "Approve"), exact=True).click()
        expect(row).to_have_count(0)
        log_out(page)
        state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    created.refresh_from_db()
    assert created.live

    # A visitor finds it (the engine makes what it received searchable within a second;
    # the refresh makes it so at once).
    queued_engine.client().indices.refresh(index=f"{queued_engine.prefix}_*")
    page.goto(portal.url("resources", language))
    page.locator("#resource-q").fill(query)
    page.locator("#resource-q").press("Enter")
    expect(page.locator(".results .card")).to_have_count(1)
    expect(page.locator(".results .card")).to_contain_text(title)


@pytest.mark.parametrize("language", LANGUAGES)
def test_institution_administrator_invites_an_editor(page, bare_portal, language):
    """From "My institutions" to the team page, where the invitation form adds the colleague
    to the team and sends them a message to set their password."""
    portal = bare_portal
    portal.speak(language)
    log_in(page, "lyceum-admin")
    page.get_by_role("link", name=t(language, "My institutions")).click()
    page.get_by_role("link", name=t(language, "Team")).click()
    expect(page).to_have_url(re.compile(f"/admin/institutions/{portal.lyceum.slug}/team/$"))
    invite = page.locator("form", has=page.locator("input[name=action][value=invite]"))
    invite.locator("input[name='invite-email']").fill("nina.orlova@example.ru")
    invite.locator("input[name='invite-first_name']").fill("Нина")
    invite.locator("input[name='invite-last_name']").fill("Орлова")
    invite.locator("select[name='invite-role']").select_option("editor")
    invite.get_by_role("button", name=t(language, "Send the invitation")).click()
    expect(page.locator("table.listing")).to_contain_text("nina.orlova@example.ru")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nina.orlova@example.ru"]
    # In the language the administrator works in.
    name = {"ru": portal.lyceum.name, "en": portal.lyceum.name_en}[language]
    assert name in message.subject
    assert "/admin/password_reset/" in message.body
