"""The network at work in a real browser: an institution applies to join from the menu and
the association's office accepts it; a teacher registers for an event, gets the seat (or
the waiting list) and cancels from the e-mailed link. These change the content, so each
test builds its own (`portal`)."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from association.models import Institution
from network.models import MembershipApplication, SeminarRegistration

from .. import factories
from .content import aliased
from .support import (
    BROWSER_DB,
    LANGUAGES,
    axe_violations,
    describe_violations,
    log_in,
    log_out,
    t,
)

pytestmark = BROWSER_DB


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_institution_applies_and_the_office_accepts(page, portal, language):
    """From the main menu to the application form; the office finds the application in its
    queue, confirms, and the contact person receives the invitation."""
    portal.speak(language)
    page.goto(f"/{language}/")
    page.locator(f".main-nav a[href='/{language}/join/']").click()
    expect(page).to_have_url(re.compile(f"/{language}/join/$"))
    violations = axe_violations(page)
    assert not violations, describe_violations(page.url, violations)
    form = page.locator("form.form")
    # Sending without the required fields explains what is missing and keeps the input.
    form.locator("input[name=name]").fill("Гимназия № 9")
    form.get_by_role("button", name=t(language, "Send the application")).click()
    expect(page.locator(".form__error").first).to_be_visible()
    violations = axe_violations(page)
    assert not violations, describe_violations(page.url, violations)
    expect(form.locator("input[name=name]")).to_have_value("Гимназия № 9")

    form.locator("input[name=name_en]").fill("Gymnasium No. 9")
    form.locator("select[name=kind]").select_option("school")
    form.locator("select[name=region]").select_option(str(portal.terms["region"].pk))
    form.locator("input[name=website]").fill("https://gym9.example.ru")
    form.locator("input[name=contact_name]").fill("Соколова Ирина")
    form.locator("input[name=email]").fill("director@gym9.example.ru")
    form.locator("input[name=phone]").fill("+7 900 000-00-09")
    form.locator("textarea[name=message]").fill("Хотим вести сетевые курсы.")
    # The consent's label is clickable and the rules are a link away.
    expect(form.get_by_role("link", name=t(language, "Read the network's rules"))).to_be_visible()
    form.locator("label[for=id_consent]").click()
    form.get_by_role("button", name=t(language, "Send the application")).click()
    expect(page.locator("h1")).to_have_text(t(language, "Thank you"))
    application = MembershipApplication.objects.get()
    assert application.language == language and application.is_pending

    log_in(page, "office")
    page.get_by_role("link", name=t(language, "Applications to join")).click()
    page.get_by_role("link", name="Гимназия № 9").click()
    page.get_by_role("link", name=t(language, "Accept…")).click()
    expect(page.locator("input[name=slug]")).to_have_value("gymnasium-no-9")
    page.locator("textarea[name=message]").fill("Добро пожаловать!")
    mail.outbox.clear()
    page.get_by_role("button", name=t(language, "Yes, accept")).click()
    expect(page.locator(".messages")).to_contain_text("Гимназия № 9")
    institution = Institution.objects.get(slug="gymnasium-no-9")
    assert institution.name_en == "Gymnasium No. 9"
    assert [message.to for message in mail.outbox] == [["director@gym9.example.ru"]] * 2
    assert any("/admin/password_reset/" in message.body for message in mail.outbox)

    # An institution's administrator has no such menu item and no access.
    log_out(page)
    log_in(page, "lyceum-admin")
    expect(page.get_by_role("link", name=t(language, "Applications to join"))).to_have_count(0)
    page.goto("/admin/network/applications/")
    expect(page).to_have_url(re.compile("/admin/$"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_teachers_register_wait_and_cancel(page, new_page, portal, language):
    """One seat: the first teacher gets it, the second waits; the first cancels from the
    e-mailed link and the second is told the seat is theirs."""
    portal.speak(language)
    seminar = aliased(
        factories.seminar(
            portal.pages["institution_seminars"],
            title="Семинар по стереометрии",
            registration_enabled=True,
            capacity=1,
        )
    )
    seminar_url = seminar.get_translation(portal.locale(language)).url

    page.goto(seminar_url)
    violations = axe_violations(page)
    assert not violations, describe_violations(page.url, violations)

    def register(visitor, number: int) -> None:
        visitor.goto(seminar_url)
        visitor.get_by_role("link", name=t(language, "Register"), exact=True).click()
        box = visitor.locator("#registration")
        box.locator("input[name=name]").fill(f"Учитель {number}")
        box.locator("input[name=email]").fill(f"teacher{number}@example.ru")
        box.locator("input[name=institution_name]").fill("Лицей № 7")
        box.locator("input[name=role]").fill("учитель")
        box.locator("label[for=id_consent]").click()
        box.get_by_role("button", name=t(language, "Register")).click()

    # Whoever signs up reads the same words; the e-mail tells each what they got.
    answer = t(
        language,
        "Thank you! We have sent an e-mail to the address you gave: it confirms your "
        "registration (or your place on the waiting list) and has the link to cancel it. "
        "If it does not arrive, check the spam folder.",
    )

    register(page, 1)
    expect(page.locator("#registration [role=status]")).to_contain_text(answer)
    second = new_page(locale="en-GB" if language == "en" else "ru-RU")
    register(second, 2)
    expect(second.locator("#registration [role=status]")).to_contain_text(answer)
    confirmation, waiting = mail.outbox
    assert t(language, "You are on the waiting list: %(title)s").split(":")[0] in waiting.subject
    assert confirmation.attachments[0][0].endswith(".ics")
    link = re.search(r"http://[^/]+(/\w\w/registrations/cancel/\S+/)", confirmation.body)[1]

    mail.outbox.clear()
    page.goto(link)
    page.get_by_role("button", name=t(language, "Cancel my registration")).click()
    expect(page.locator("[role=status]")).to_contain_text(seminar.title)
    statuses = dict(SeminarRegistration.objects.values_list("email", "status"))
    assert statuses == {"teacher1@example.ru": "cancelled", "teacher2@example.ru": "confirmed"}
    (promotion,) = mail.outbox
    assert promotion.to == ["teacher2@example.ru"]

    # The lyceum's editor sees the list in the admin and downloads it.
    log_in(page, "lyceum-editor")
    page.get_by_role("link", name=t(language, "Event registrations")).click()
    page.get_by_role("link", name=seminar.title).click()
    expect(page.locator("table.listing")).to_contain_text("teacher2@example.ru")
    with page.expect_download() as download:
        page.get_by_role("link", name=t(language, "Export Excel (XLSX)")).click()
    assert download.value.suggested_filename.endswith(".xlsx")
