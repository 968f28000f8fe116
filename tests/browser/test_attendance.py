"""Certificates of attendance in a real browser: the lyceum's editor ticks a registrant
present and issues the event's certificates; the attendee's e-mailed link downloads the
PDF and the verification page says the certificate is valid, then revoked."""

from __future__ import annotations

import io
import re

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import pgettext
from playwright.sync_api import expect
from pypdf import PdfReader

from association.models import SeminarPage
from network.models import SeminarRegistration

from .. import factories
from .content import aliased
from .support import BROWSER_DB, LANGUAGES, axe_violations, describe_violations, log_in, t

pytestmark = BROWSER_DB


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_organiser_marks_issues_and_the_attendee_downloads_and_verifies(page, portal, language):
    portal.speak(language)
    seminar = aliased(
        factories.seminar(
            portal.pages["institution_seminars"],
            title="Вебинар по стереометрии",
            kind=SeminarPage.Kind.WEBINAR,
            registration_enabled=True,
        )
    )
    for number, name in ((1, "Соколова Ирина Павловна"), (2, "Орлов Игорь")):
        SeminarRegistration.objects.create(
            seminar=seminar, name=name, email=f"teacher{number}@example.ru", language=language
        )

    log_in(page, "lyceum-editor")
    page.get_by_role("link", name=t(language, "Event registrations")).click()
    page.get_by_role("link", name=seminar.title).click()
    page.get_by_label("Соколова Ирина Павловна").check()
    page.get_by_role("button", name=t(language, "Mark present")).click()
    expect(page.locator(".messages")).to_contain_text(": 1" if language == "ru" else "1 person")
    expect(page.locator("td.attendance-mark").first).to_have_text(t(language, "present"))

    page.get_by_role("link", name=t(language, "Issue certificates of attendance")).click()
    page.locator("input[name=hours]").fill("2")
    mail.outbox.clear()
    page.get_by_role("button", name=t(language, "Issue the certificates")).click()
    expect(page.locator(".attendance-progress")).to_contain_text(t(language, "Done"))
    (message,) = mail.outbox
    assert message.to == ["teacher1@example.ru"]

    # The attendee follows the e-mail's links: the PDF, then the verification page.
    pdf_link = re.search(r"http://[^/]+(/\w\w/certificates/ATT-[\w-]+/pdf/)", message.body)[1]
    response = page.request.get(pdf_link)
    assert response.ok and response.headers["content-type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.body())).pages)
    assert "Соколова Ирина Павловна" in text and "Вебинар по стереометрии" in text
    page_link = re.search(r"http://[^/]+(/\w\w/certificates/ATT-[\w-]+/)\s", message.body)[1]
    page.context.clear_cookies()
    page.goto(page_link)
    expect(page.locator(".certificate-state--valid")).to_be_visible()
    expect(page.locator("dl.facts")).to_contain_text("Соколова Ирина Павловна")
    expect(page.locator("main")).not_to_contain_text("teacher1@example.ru")
    violations = axe_violations(page)
    assert not violations, describe_violations(page.url, violations)
    with page.expect_download() as download:
        with translation.override(language):
            name = pgettext("certificate of attendance", "Download the certificate (PDF)")
        page.get_by_role("link", name=name).click()
    assert download.value.suggested_filename.startswith("ATT-")

    # The organiser revokes it, confirming with a reason; the page then says so.
    log_in(page, "lyceum-editor")
    page.goto(f"/admin/network/registrations/{seminar.pk}/")
    page.get_by_role("link", name=t(language, "revoke")).click()
    page.locator("textarea[name=reason]").fill("Выдан по ошибке")
    page.get_by_role("button", name=t(language, "Yes, revoke it")).click()
    page.goto(page_link)
    expect(page.locator(".certificate-state--revoked")).to_contain_text("Выдан по ошибке")
