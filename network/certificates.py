"""Certificates of publication: issued to each author when a resource is published,
verified on a public page, downloaded as a PDF (fpdf2 with the DejaVu fonts)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from association.models import ResourcePage
from core.locales import default_locale_id
from home.models import SiteSettings

from .models import PublicationCertificate


def source_resource(page: ResourcePage) -> ResourcePage:
    """The resource in the default language: a translation is the same publication, so
    its authors share the one certificate (its PDF speaks the language of the link)."""
    default = default_locale_id()
    if page.locale_id == default:
        return page
    source = page.get_translation_or_none(default)
    return source.specific if source is not None else page


def issue_certificates(page: ResourcePage) -> list[PublicationCertificate]:
    """A certificate for each current author of a published resource; existing ones are
    kept (their number does not change when the resource is edited)."""
    page = ResourcePage.objects.select_related("institution").get(pk=source_resource(page).pk)
    if not page.live:
        return []
    authors = [author.name for author in page.authors.all()]
    existing = {cert.author_name: cert for cert in page.certificates.all()}
    published_on = timezone.localdate(page.first_published_at or timezone.now())
    certificates = []
    for author in authors:
        certificate = existing.get(author)
        if certificate is None:
            try:
                with transaction.atomic():
                    certificate = PublicationCertificate.objects.create(
                        resource=page,
                        author_name=author,
                        resource_title=page.title,
                        authors="; ".join(authors),
                        institution_name=page.institution.name if page.institution else "",
                        institution_name_en=page.institution.name_en if page.institution else "",
                        language=page.locale.language_code,
                        published_on=published_on,
                    )
            except IntegrityError:
                # Published twice at once: the other publication issued it.
                certificate = PublicationCertificate.objects.get(resource=page, author_name=author)
        certificates.append(certificate)
    return certificates


def certificates_for(page: ResourcePage, authors=None) -> list[PublicationCertificate]:
    """The valid certificates of a resource's current authors, in the authors' order
    (`authors`: the page's own, when the caller has them)."""
    if not page.live:
        return []
    source = source_resource(page)
    if not source.live:
        return []
    if authors is None or source is not page:
        authors = source.authors.all()
    by_author = {cert.author_name: cert for cert in source.certificates.all()}
    return [by_author[a.name] for a in authors if a.name in by_author]


NUMBER_CODE = re.compile(r"[A-Z2-7]{16}")
# Certificates of publication and of attendance (network/attendance.py).
NUMBER_PREFIXES = ("PUB", "ATT")


def number_candidates(typed: str) -> list[str]:
    """The printed forms (PREFIX-XXXX-XXXX-XXXX-XXXX) a number as typed may stand for — any
    case, with or without the dashes, the spaces or the prefix (then one per kind)."""
    code = re.sub(r"[\s\-–—]", "", typed).upper()
    prefixes = NUMBER_PREFIXES
    if len(code) == 19 and code[:3] in NUMBER_PREFIXES:
        prefixes, code = (code[:3],), code[3:]
    if not NUMBER_CODE.fullmatch(code):
        return []
    grouped = "-".join(code[i : i + 4] for i in range(0, 16, 4))
    return [f"{prefix}-{grouped}" for prefix in prefixes]


def normalize_number(typed: str) -> str | None:
    """A number as typed in its printed form, or None if it cannot be one (without its
    prefix, the form of a certificate of publication)."""
    candidates = number_candidates(typed)
    return candidates[0] if candidates else None


def quoted(title: str, language: str) -> str:
    """A title in the language's quotation marks; quotes inside it become the inner kind
    („…“ in Russian, ‘…’ in English) so that no «…«…»» nesting is printed."""
    if language == "ru":
        inner = title.replace("«", "„").replace("»", "“")
        return f"«{inner}»"
    inner = title.replace("“", "‘").replace("”", "’")
    return f"“{inner}”"


def verification_url(certificate, language: str) -> str:
    """The public page of a certificate (of publication or attendance) in `language`."""
    with override(language):
        path = reverse("network_certificate", args=[certificate.number])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def association_name() -> str:
    record = SiteSettings.for_active_language()
    return record.association_name if record else str(settings.WAGTAIL_SITE_NAME)


FONT_DIR = Path(getattr(settings, "CERTIFICATE_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))


def layout_pdf(
    *,
    heading: str,
    person: str,
    statement: str,
    title: str,
    details: list[str],
    number: str,
    url: str,
    issued_at,
    number_line: str | None = None,
    issued_line: str | None = None,
) -> bytes:
    """A certificate (of publication here, of attendance in network/attendance.py) as an
    A4 landscape PDF: the association's name, `heading`, "This is to certify that", the
    person's name as it was typed (no phrase around it needs declining), `statement`,
    `title`, the `details`, and at the bottom the number, the verification link with its
    QR code and the date of issue (`number_line` and `issued_line`, "%(number)s" and
    "%(date)s" in them, where the kind's grammar differs). Texts come translated."""
    import qrcode
    from fpdf import FPDF

    pdf = FPDF(orientation="landscape", unit="mm", format="A4")
    pdf.set_title(heading + " " + number)
    pdf.set_author(association_name())
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_draw_color(40, 70, 120)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, 277, 190)
    pdf.set_text_color(20, 30, 60)
    pdf.set_xy(20, 22)
    pdf.set_font("DejaVu", "", 14)
    pdf.multi_cell(257, 7, association_name(), align="C")
    pdf.set_x(20)
    pdf.set_font("DejaVu", "B", 30)
    pdf.cell(257, 22, heading, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("DejaVu", "", 13)
    pdf.cell(257, 9, _("This is to certify that"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("DejaVu", "B", 20)
    pdf.multi_cell(257, 11, person, align="C")
    pdf.set_x(20)
    pdf.set_font("DejaVu", "", 13)
    pdf.multi_cell(257, 8, statement, align="C")
    pdf.set_x(30)
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(237, 9, title, align="C")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 11)
    for line in details:
        pdf.set_x(30)
        pdf.multi_cell(237, 6, line, align="C")
    # The number and the verification link, with a QR code of the link.
    image = qrcode.make(url, border=1)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    pdf.image(buffer, x=242, y=150, w=38, h=38)
    pdf.set_xy(20, 160)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(
        215,
        7,
        (number_line or _("Certificate No. %(number)s")) % {"number": number},
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_x(20)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(215, 5, _("Check that it is genuine at %(url)s") % {"url": url})
    pdf.set_x(20)
    pdf.cell(
        215,
        6,
        (issued_line or _("Issued on %(date)s"))
        % {"date": formats.date_format(timezone.localdate(issued_at), "DATE_FORMAT")},
    )
    return bytes(pdf.output())


def render_pdf(certificate: PublicationCertificate, language: str) -> bytes:
    """The certificate as an A4 landscape PDF in `language`."""
    with override(language):
        institution = certificate.institution_name
        if language == "en" and certificate.institution_name_en:
            institution = certificate.institution_name_en
        details = [
            _("Authors: %(authors)s") % {"authors": certificate.authors},
            _("Date of publication: %(date)s")
            % {"date": formats.date_format(certificate.published_on, "DATE_FORMAT")},
        ]
        if institution:
            details.insert(1, _("Institution: %(name)s") % {"name": institution})
        return layout_pdf(
            heading=_("Certificate of publication"),
            person=certificate.author_name,
            statement=_("is an author of the resource published on the portal"),
            title=quoted(certificate.resource_title, language),
            details=details,
            number=certificate.number,
            url=verification_url(certificate, language),
            issued_at=certificate.issued_at,
        )
