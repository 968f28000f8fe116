"""Attendance and its certificates: the organiser marks who came (in the registration list,
or from a webinar platform's CSV report), issues certificates of attendance for an event in
the background, each attendee gets an e-mail with the link to their PDF; a certificate
can be revoked with a reason, which its verification page then shows."""

from __future__ import annotations

import csv
import hashlib
import io
import secrets
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override, pgettext
from wagtail.models import Locale

from association.models import SeminarPage

from . import registration as registrations
from .certificates import association_name, layout_pdf, quoted, verification_url
from .models import AttendanceCertificate, AttendanceIssue, SeminarRegistration

Status = SeminarRegistration.Status
# Who took part may be marked among those who had a seat or waited for one.
MARKABLE = [Status.CONFIRMED, Status.WAITING]
BATCH = 100


def can_manage_attendance(user, seminar: SeminarPage) -> bool:
    """The event's organiser: the team of the institution whose event it is, or the
    association's office — the people who see its registration list."""
    return registrations.can_view_registrations(user, registrations.canonical(seminar))


def default_hours(seminar: SeminarPage) -> Decimal:
    """The event's length from its start and end, in half hours (at least half an hour)."""
    seconds = max((seminar.ends_at - seminar.starts_at).total_seconds(), 0)
    halves = max(round(seconds / 1800), 1)
    return (Decimal(halves) / 2).quantize(Decimal("0.1"))


# Marking ------------------------------------------------------------------------------


def mark(seminar: SeminarPage, registration_ids, attended: bool = True) -> int:
    """Mark the event's registrations with these ids as present (or not); returns how many
    changed. Ids of other events' registrations are ignored."""
    changed = SeminarRegistration.objects.filter(
        seminar=registrations.canonical(seminar),
        pk__in=list(registration_ids),
        status__in=MARKABLE,
    ).exclude(attended=attended)
    return changed.update(attended=attended, attendance_marked_at=timezone.now())


class AttendanceFileError(Exception):
    """The uploaded file cannot be read as a report of attendance; the message says why."""


# Headings of the e-mail column in the reports of common webinar platforms, and as people
# name it by hand, compared in lower case without spaces.
EMAIL_HEADINGS = {
    "email",
    "e-mail",
    "emailaddress",
    "e-mailaddress",
    "useremail",
    "attendeeemail",
    "participantemail",
    "почта",
    "электроннаяпочта",
    "адресэлектроннойпочты",
    "e-mailучастника",
    "emailучастника",
}
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass
class ImportRow:
    line: int
    value: str
    reason: str


@dataclass
class ImportReport:
    """What an imported file did: who was marked present, and each row that was not."""

    rows: int = 0
    marked: list[SeminarRegistration] = field(default_factory=list)
    already: list[SeminarRegistration] = field(default_factory=list)
    unmatched: list[ImportRow] = field(default_factory=list)


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise AttendanceFileError(
            _("This is not a CSV file (it looks like a spreadsheet or another binary file).")
        )
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AttendanceFileError(_("The file's encoding is neither UTF-8 nor Windows-1251."))


def _heading(cell: str) -> str:
    return "".join(cell.split()).strip('"').lower()


def read_attendance_file(uploaded) -> tuple[int, list[tuple[int, str]]]:
    """The e-mail column of a CSV report: (the heading's line, [(line, value), …]).
    Webinar platforms put a few lines of meeting details above the participants' table,
    so the heading is looked for in the first lines."""
    data = uploaded.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise AttendanceFileError(_("The file is larger than 5 MB."))
    text = _decode(data)
    if not text.strip():
        raise AttendanceFileError(_("The file is empty."))
    # Platforms differ in their separator, and meeting details above the table confuse
    # csv.Sniffer: the separator is the one with which an e-mail heading shows.
    for delimiter in (",", ";", "\t"):
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        for index, row in enumerate(rows[:30]):
            headings = [_heading(cell) for cell in row]
            column = next((i for i, h in enumerate(headings) if h in EMAIL_HEADINGS), None)
            if column is None:
                continue
            values = []
            for number, values_row in enumerate(rows[index + 1 :], start=index + 2):
                if not any(cell.strip() for cell in values_row):
                    continue
                cell = values_row[column].strip() if column < len(values_row) else ""
                values.append((number, cell))
            return index + 1, values
    raise AttendanceFileError(
        _(
            "No column of e-mail addresses was found: the first lines should have a "
            "heading such as “Email” or “Электронная почта”."
        )
    )


def import_attendance(seminar: SeminarPage, uploaded) -> ImportReport:
    """Mark present the registrants whose addresses a webinar platform's CSV report lists;
    each row that matches nobody is reported with its line number."""
    seminar = registrations.canonical(seminar)
    _heading_line, values = read_attendance_file(uploaded)
    by_email = {}
    for registration in SeminarRegistration.objects.filter(seminar=seminar, status__in=MARKABLE):
        by_email.setdefault(registration.email.strip().lower(), registration)
    report = ImportReport(rows=len(values))
    seen: dict[str, int] = {}
    to_mark = []
    for line, value in values:
        email = value.strip().strip("<>").lower()
        if not email:
            report.unmatched.append(ImportRow(line, value, _("no e-mail address")))
            continue
        try:
            validate_email(email)
        except Exception:
            report.unmatched.append(ImportRow(line, value, _("not an e-mail address")))
            continue
        if email in seen:
            report.unmatched.append(
                ImportRow(line, value, _("repeats line %(line)s") % {"line": seen[email]})
            )
            continue
        seen[email] = line
        registration = by_email.get(email)
        if registration is None:
            report.unmatched.append(
                ImportRow(line, value, _("nobody registered for the event with this address"))
            )
        elif registration.attended:
            report.already.append(registration)
        else:
            to_mark.append(registration)
    mark(seminar, [r.pk for r in to_mark])
    report.marked = to_mark
    return report


# Issuing ------------------------------------------------------------------------------


def _event_in(seminar: SeminarPage, language: str) -> SeminarPage | None:
    locale = Locale.objects.filter(language_code=language).first()
    translation = seminar.get_translation_or_none(locale) if locale else None
    return translation.specific if translation is not None else None


def _organiser(seminar: SeminarPage) -> tuple[str, str]:
    if seminar.institution is not None:
        return seminar.institution.name, seminar.institution.name_en
    with override(settings.LANGUAGE_CODE):
        name = association_name()
    with override("en"):
        name_en = association_name()
    return name, name_en if name_en != name else ""


def recipient_hash(email: str, salt: str) -> str:
    """Open Badges' hashed identity of the recipient, kept instead of the address:
    sha256 of the address (lower case) and the salt."""
    digest = hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()
    return f"sha256${digest}"


def waiting_for_certificates(seminar: SeminarPage):
    """Those marked present who have no certificate yet."""
    return SeminarRegistration.objects.filter(
        seminar=registrations.canonical(seminar),
        attended=True,
        status__in=MARKABLE,
        certificate__isnull=True,
    ).order_by("created_at", "pk")


def run_issue(issue: AttendanceIssue) -> AttendanceIssue:
    """Issue the certificates of everyone marked present who has none, in batches, and
    e-mail each their link; the progress is saved after every batch. Running it again
    issues only what is missing."""
    seminar = SeminarPage.objects.select_related("institution").get(pk=issue.seminar_id)
    english = _event_in(seminar, "en")
    organiser, organiser_en = _organiser(seminar)
    zone = seminar.time_zone or settings.TIME_ZONE
    starts_on = timezone.localtime(seminar.starts_at, _zone(zone)).date()
    ends_on = timezone.localtime(seminar.ends_at, _zone(zone)).date()
    issue.status = AttendanceIssue.Status.RUNNING
    issue.total = issue.done + waiting_for_certificates(seminar).count()
    issue.save(update_fields=["status", "total"])
    connection = get_connection()
    try:
        while True:
            # Under the event's row lock, so that two issues run at once (a double click,
            # two organisers) never both take the same registrants.
            with transaction.atomic():
                registrations.lock_event(seminar.pk)
                batch = list(waiting_for_certificates(seminar)[:BATCH])
                certificates = [
                    _new_certificate(
                        seminar,
                        registration,
                        issue,
                        english,
                        organiser,
                        organiser_en,
                        starts_on,
                        ends_on,
                    )
                    for registration in batch
                ]
                AttendanceCertificate.objects.bulk_create(certificates)
            if not batch:
                break
            messages = [
                certificate_message(certificate, registration.email)
                for certificate, registration in zip(certificates, batch, strict=True)
            ]
            sent = connection.send_messages(messages) or 0
            issue.done += len(certificates)
            issue.mailed += sent
            issue.save(update_fields=["done", "mailed"])
    except Exception as error:
        issue.status = AttendanceIssue.Status.FAILED
        issue.error = str(error)[:2000]
        issue.finished_at = timezone.now()
        issue.save(update_fields=["status", "error", "finished_at"])
        raise
    finally:
        connection.close()
    issue.status = AttendanceIssue.Status.DONE
    issue.finished_at = timezone.now()
    issue.save(update_fields=["status", "finished_at"])
    return issue


def _new_certificate(
    seminar, registration, issue, english, organiser, organiser_en, starts_on, ends_on
) -> AttendanceCertificate:
    salt = secrets.token_hex(8)
    return AttendanceCertificate(
        seminar=seminar,
        registration=registration,
        attendee_name=registration.name,
        recipient_salt=salt,
        recipient_hash=recipient_hash(registration.email, salt),
        event_title=seminar.title,
        event_title_en=english.title if english is not None else "",
        event_kind=seminar.kind,
        organiser_name=organiser,
        organiser_name_en=organiser_en,
        starts_on=starts_on,
        ends_on=ends_on,
        hours=issue.hours,
        language=registration.language,
        issued_by=issue.requested_by,
    )


def _zone(name: str):
    import zoneinfo

    return zoneinfo.ZoneInfo(name)


def pdf_url(certificate: AttendanceCertificate, language: str) -> str:
    with override(language):
        path = reverse("network_certificate_pdf", args=[certificate.number])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def badge_url(certificate: AttendanceCertificate, language: str) -> str:
    with override(language):
        path = reverse("network_certificate_badge", args=[certificate.number])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def certificate_message(certificate: AttendanceCertificate, email: str) -> EmailMessage:
    """The e-mail that brings an attendee their certificate's links, in their language."""
    language = certificate.language
    with override(language):
        texts = certificate_texts(certificate, language)
        body = render_to_string(
            "network/emails/attendance_certificate.txt",
            {
                "certificate": certificate,
                "texts": texts,
                "pdf_url": pdf_url(certificate, language),
                "page_url": verification_url(certificate, language),
                "badge_url": badge_url(certificate, language),
            },
        )
        subject = _("Your certificate of attendance: %(title)s") % {"title": texts["event_title"]}
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [email])


# Revoking -----------------------------------------------------------------------------


def revoke(certificate: AttendanceCertificate, reason: str, user) -> AttendanceCertificate:
    """Revoke a certificate; its verification page and its credential's status say so,
    with the reason, and it is no longer handed out."""
    if certificate.revoked_at is None:
        certificate.revoked_at = timezone.now()
        certificate.revoked_by = user
        certificate.revocation_reason = reason.strip()
        certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
    return certificate


# Texts and the PDF --------------------------------------------------------------------


def hours_text(hours: Decimal) -> str:
    """ "2 hours", «2 часа», «5 часов», «1,5 часа»: a fraction takes the genitive singular
    in Russian, which no plural form of a whole number gives."""
    if hours == hours.to_integral_value():
        whole = int(hours)
        return ngettext("%(hours)s hour", "%(hours)s hours", whole) % {"hours": whole}
    shown = formats.number_format(hours, 1)
    return pgettext("a fractional number of hours", "%(hours)s hours") % {"hours": shown}


def dates_text(certificate: AttendanceCertificate) -> str:
    if certificate.starts_on == certificate.ends_on:
        return _("Date: %(date)s") % {
            "date": formats.date_format(certificate.starts_on, "DATE_FORMAT")
        }
    return _("Dates: %(start)s – %(end)s") % {
        "start": formats.date_format(certificate.starts_on, "DATE_FORMAT"),
        "end": formats.date_format(certificate.ends_on, "DATE_FORMAT"),
    }


def kind_label(kind: str) -> str:
    try:
        return str(SeminarPage.Kind(kind).label)
    except ValueError:
        return kind


def certificate_texts(certificate: AttendanceCertificate, language: str) -> dict[str, str]:
    """What the PDF, the page and the credential say, in the active language `language`.
    The person's name stays as they typed it (the nominative): every phrase around it is
    built so that no name needs declining."""
    title = certificate.event_title
    if language == "en" and certificate.event_title_en:
        title = certificate.event_title_en
    organiser = certificate.organiser_name
    if language == "en" and certificate.organiser_name_en:
        organiser = certificate.organiser_name_en
    kind = kind_label(certificate.event_kind)
    hours = hours_text(certificate.hours)
    dates = dates_text(certificate)
    if certificate.starts_on == certificate.ends_on:
        when = formats.date_format(certificate.starts_on, "DATE_FORMAT")
    else:
        start = formats.date_format(certificate.starts_on, "DATE_FORMAT")
        end = formats.date_format(certificate.ends_on, "DATE_FORMAT")
        when = f"{start} – {end}"
    statement = _(
        "Took part in the event %(title)s (%(kind)s) organised by %(organiser)s, "
        "%(when)s, %(hours)s."
    ) % {
        "title": quoted(title, language),
        "kind": kind.lower() if language == "ru" else kind,
        "organiser": organiser,
        "when": when,
        "hours": hours,
    }
    return {
        "event_title": title,
        "organiser": organiser,
        "kind": kind,
        "hours": hours,
        "dates": dates,
        "statement": statement,
    }


def render_attendance_pdf(certificate: AttendanceCertificate, language: str) -> bytes:
    """The certificate of attendance as an A4 landscape PDF in `language`, in the layout of
    the certificates of publication (network/certificates.py)."""
    with override(language):
        texts = certificate_texts(certificate, language)
        return layout_pdf(
            heading=_("Certificate of attendance"),
            person=certificate.attendee_name,
            statement=_("took part in the event"),
            title=quoted(texts["event_title"], language),
            details=[
                _("Kind of event: %(kind)s") % {"kind": texts["kind"]},
                _("Organiser: %(name)s") % {"name": texts["organiser"]},
                texts["dates"],
                _("Duration: %(hours)s") % {"hours": texts["hours"]},
            ],
            number=certificate.number,
            url=verification_url(certificate, language),
            issued_at=certificate.issued_at,
            number_line=pgettext("certificate of attendance", "Certificate No. %(number)s"),
            issued_line=pgettext("certificate of attendance", "Issued on %(date)s"),
        )
