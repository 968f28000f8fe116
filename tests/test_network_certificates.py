"""Certificates of publication: issued on publication, downloaded from the resource page
as a PDF in the page's language, verified publicly, revoked when the resource goes."""

from __future__ import annotations

import datetime
import io
import re

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader
from wagtail.models import Locale

from association.models import ResourceAuthor
from network.models import PublicationCertificate

from . import factories

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return " ".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def resource():
    institution = factories.institution(slug="lyceum-cert", name="Лицей № 1", name_en="Lyceum 1")
    page = factories.resource(institution, title="Дроби на кухне")
    page.authors = [
        ResourceAuthor(name="Иванова Мария Петровна"),
        ResourceAuthor(name="Смирнов Олег"),
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_each_author_gets_an_unguessable_certificate(resource):
    certificates = list(PublicationCertificate.objects.filter(resource=resource))
    assert sorted(c.author_name for c in certificates) == [
        "Иванова Мария Петровна",
        "Смирнов Олег",
    ]
    for certificate in certificates:
        assert re.fullmatch(r"PUB(-[A-Z2-7]{4}){4}", certificate.number)
    assert len({c.number for c in certificates}) == 2
    # Publishing again keeps the numbers.
    numbers = {c.number for c in certificates}
    resource.save_revision().publish()
    assert set(PublicationCertificate.objects.values_list("number", flat=True)) == numbers


def test_resource_page_links_each_authors_pdf_in_its_language(client, resource):
    page = BeautifulSoup(client.get(resource.url).content, "html.parser")
    section = page.find("section", attrs={"aria-labelledby": "certificates-title"})
    links = [a["href"] for a in section.find_all("a") if a["href"].endswith("/pdf/")]
    assert len(links) == 2 and all(link.startswith("/ru/certificates/PUB-") for link in links)
    response = client.get(links[0])
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert "Свидетельство о публикации" in text
    assert "Дроби на кухне" in text and "Иванова Мария Петровна" in text
    number = links[0].split("/")[3]
    assert number in text and f"/ru/certificates/{number}/" in text
    english = pdf_text(client.get(f"/en/certificates/{number}/pdf/").content)
    assert "Certificate of publication" in english and "Lyceum 1" in english


def test_a_translation_shares_the_certificates_and_links_them_in_english(client, resource):
    from core.localization import translate

    numbers = set(PublicationCertificate.objects.values_list("number", flat=True))
    english = translate(resource, Locale.objects.get(language_code="en"), {})
    assert english.live and english.locale.language_code == "en"
    assert set(PublicationCertificate.objects.values_list("number", flat=True)) == numbers
    page = BeautifulSoup(client.get(english.url).content, "html.parser")
    links = {a["href"] for a in page.select("a[href$='/pdf/']")}
    assert links == {f"/en/certificates/{number}/pdf/" for number in numbers}


def test_verification_page_confirms_then_shows_revoked(client, resource):
    certificate = PublicationCertificate.objects.get(author_name="Смирнов Олег")
    for language, valid in (("ru", "Свидетельство действительно"), ("en", "certificate is valid")):
        response = client.get(f"/{language}/certificates/{certificate.number}/")
        assert response.status_code == 200
        assert valid in response.content.decode()
        assert "Дроби на кухне" in response.content.decode()
    # Lower-case typing is accepted.
    assert client.get(f"/ru/certificates/{certificate.number.lower()}/").status_code == 200

    resource.unpublish()
    response = client.get(f"/ru/certificates/{certificate.number}/")
    assert response.status_code == 200
    assert "отозвано" in response.content.decode()
    assert "Дроби на кухне" in response.content.decode()
    # No PDF is handed out for a revoked certificate.
    pdf = client.get(f"/ru/certificates/{certificate.number}/pdf/")
    assert pdf.status_code == 302 and pdf.url.endswith(f"/certificates/{certificate.number}/")

    resource.delete()
    certificate.refresh_from_db()
    assert certificate.resource is None
    response = client.get(f"/en/certificates/{certificate.number}/")
    assert response.status_code == 200 and "revoked" in response.content.decode()


def test_removed_author_certificate_is_revoked(client, resource):
    certificate = PublicationCertificate.objects.get(author_name="Смирнов Олег")
    resource.authors = [ResourceAuthor(name="Иванова Мария Петровна")]
    resource.save_revision().publish()
    assert not PublicationCertificate.objects.get(pk=certificate.pk).is_valid
    page = client.get(resource.url).content.decode()
    assert certificate.number not in page


def test_unknown_or_malformed_numbers_are_404(client):
    for number in ("PUB-AAAA-AAAA-AAAA-AAAA", "nonsense", "%3Cscript%3E"):
        response = client.get(f"/ru/certificates/{number}/")
        assert response.status_code == 404
        assert "Свидетельства с номером" in response.content.decode()
        assert client.get(f"/ru/certificates/{number}/pdf/").status_code == 404


def test_lookup_form_finds_the_page_and_states_look_different(client, resource):
    certificate = PublicationCertificate.objects.get(author_name="Смирнов Олег")
    for language, heading in (("ru", "Проверить свидетельство"), ("en", "Check a certificate")):
        page = client.get(f"/{language}/certificates/")
        assert page.status_code == 200 and heading in page.content.decode()
        # Typed loosely (lower case, spaces, no dashes), it still finds its page.
        typed = certificate.number.lower().replace("-", " ")
        found = client.get(f"/{language}/certificates/", {"number": typed})
        assert found.status_code == 302
        assert found.url == f"/{language}/certificates/{certificate.number}/"
    errors = {
        "PUB-AAAA-AAAA-AAAA-AAAA": "Свидетельства с таким номером нет",
        "nonsense<script>": "Это не номер свидетельства",
        "": "Требуется заполнить это поле",
    }
    for typed, reason in errors.items():
        response = client.get("/ru/certificates/", {"number": typed})
        assert response.status_code == 400
        text = response.content.decode()
        assert reason in text and certificate.number not in text
    english = client.get("/en/certificates/", {"number": "PUB-AAAA-AAAA-AAAA-AAAA"})
    assert "No certificate has this number" in english.content.decode()

    # The link names the author without declining the name; the states differ at a glance.
    page = BeautifulSoup(client.get(resource.url).content, "html.parser")
    links = [a.get_text() for a in page.select("a[href$='/pdf/']")]
    assert "Свидетельство выдано: Смирнов Олег (PDF)" in links
    path = f"/ru/certificates/{certificate.number}/"
    valid = BeautifulSoup(client.get(path).content, "html.parser")
    assert valid.select_one(".certificate-state--valid")
    unknown = client.get("/ru/certificates/PUB-AAAA-AAAA-AAAA-AAAA/").content
    assert BeautifulSoup(unknown, "html.parser").select_one(".certificate-state--unknown")
    resource.unpublish()
    revoked = BeautifulSoup(client.get(path).content, "html.parser")
    assert revoked.select_one(".certificate-state--revoked")
    assert not revoked.select_one(".certificate-state--valid")


def test_pdf_quotes_a_quoted_title_without_nesting():
    from network.certificates import render_pdf

    certificate = PublicationCertificate(
        number="PUB-AAAA-BBBB-CCCC-DDDD",
        author_name="Смирнова Ольга Ивановна",
        resource_title="Видеолекция «Клетка как система»",
        authors="Смирнова Ольга Ивановна",
        published_on=datetime.date(2026, 3, 2),
    )
    russian = pdf_text(render_pdf(certificate, "ru"))
    assert "«Видеолекция „Клетка как система“»" in russian and "»»" not in russian
    assert "Смирнова Ольга Ивановна" in russian
    english = pdf_text(render_pdf(certificate, "en"))
    assert "“Видеолекция «Клетка как система»”" in english
