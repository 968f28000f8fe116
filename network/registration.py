"""Registrations for events: seats, the waiting list, cancellation links, e-mails with
the event's calendar file, who may see the lists, and their exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.models import Locale

from association.calendar import build_calendar
from association.models import SeminarPage
from association.permissions import institution_permission_policy
from core.spreadsheets import Table

from .models import SeminarRegistration

TOKEN_SALT = "network.registration.cancel"
Status = SeminarRegistration.Status


class RegistrationClosed(Exception):
    """The event takes no registrations now; the message says why."""


@dataclass
class Seats:
    capacity: int | None
    confirmed: int
    waiting: int

    @property
    def free(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.confirmed, 0)


def canonical(seminar: SeminarPage) -> SeminarPage:
    """The event in the default language: its translations and aliases are the same event,
    so seats, registrations and the lock belong to this one page."""
    if seminar.locale_id == Locale.get_default().pk:
        return seminar
    source = seminar.get_translation_or_none(Locale.get_default())
    return source.specific if source is not None else seminar


def in_language(seminar: SeminarPage, language: str) -> SeminarPage:
    """The event's page in `language` when it has one (for e-mails to the person)."""
    locale = Locale.objects.filter(language_code=language).first()
    translation = seminar.get_translation_or_none(locale) if locale else None
    return translation.specific if translation is not None and translation.live else seminar


def seats(seminar: SeminarPage) -> Seats:
    seminar = canonical(seminar)
    registrations = SeminarRegistration.objects.filter(seminar=seminar)
    return Seats(
        capacity=seminar.capacity,
        confirmed=registrations.filter(status=Status.CONFIRMED).count(),
        waiting=registrations.filter(status=Status.WAITING).count(),
    )


# Tokens ------------------------------------------------------------------------------


def cancel_token(registration: SeminarRegistration) -> str:
    """Signed with SECRET_KEY: it names the registration and cannot be made up."""
    return signing.dumps({"r": registration.pk, "e": registration.email}, salt=TOKEN_SALT)


def registration_for_token(token: str) -> SeminarRegistration | None:
    try:
        data = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    return (
        SeminarRegistration.objects.filter(pk=data.get("r"), email=data.get("e"))
        .select_related("seminar")
        .first()
    )


def cancel_url(registration: SeminarRegistration) -> str:
    with override(registration.language):
        path = reverse("network_cancel_registration", args=[cancel_token(registration)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


# E-mails -----------------------------------------------------------------------------


def _send(registration: SeminarRegistration, template: str, subject: str, ics: bool) -> None:
    seminar = in_language(registration.seminar, registration.language)
    with override(registration.language):
        context = {
            "registration": registration,
            "seminar": seminar,
            "seminar_url": seminar.get_full_url(),
            "cancel_url": cancel_url(registration),
        }
        body = render_to_string(template, context)
        subject = subject % {"title": seminar.title}
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email])
    if ics:
        calendar = build_calendar(None, [seminar], name=seminar.title).to_ical()
        message.attach(f"{seminar.slug}.ics", calendar, "text/calendar")
    message.send()


def send_confirmation(registration: SeminarRegistration) -> None:
    with override(registration.language):
        if registration.status == Status.CONFIRMED:
            _send(
                registration,
                "network/emails/registration_confirmed.txt",
                _("You are registered: %(title)s"),
                ics=True,
            )
        else:
            _send(
                registration,
                "network/emails/registration_waiting.txt",
                _("You are on the waiting list: %(title)s"),
                ics=False,
            )


def send_reminder(registration: SeminarRegistration) -> None:
    """To an address that signs up again: it is registered already, with its link to
    cancel (and the calendar file while its seat is confirmed)."""
    with override(registration.language):
        _send(
            registration,
            "network/emails/registration_reminder.txt",
            _("You are already registered: %(title)s"),
            ics=registration.status == Status.CONFIRMED,
        )


def send_promotion(registration: SeminarRegistration) -> None:
    with override(registration.language):
        _send(
            registration,
            "network/emails/registration_promoted.txt",
            _("A seat is yours: %(title)s"),
            ics=True,
        )


# Registering and cancelling -----------------------------------------------------------


def lock_event(seminar_id: int) -> SeminarPage:
    """Take the event's row lock, inside a transaction: it serialises sign-ups,
    cancellations and issues of certificates, so that the seat count (or who still
    waits for a certificate) read after it cannot change until the transaction ends."""
    return SeminarPage.objects.select_for_update(of=("self",)).get(pk=seminar_id)


def register(
    seminar: SeminarPage,
    *,
    name: str,
    email: str,
    institution_name: str = "",
    role: str = "",
    language: str = "ru",
    consent: bool = False,
) -> SeminarRegistration:
    """Take a seat if one is free, else a place on the waiting list; e-mail the person
    (`consent`: they gave it on the form). An address registered already keeps its
    registration, which is returned, and is reminded of it by e-mail alone, so that the
    public view can answer every sign-up alike."""
    with transaction.atomic():
        seminar = lock_event(canonical(seminar).pk)
        if not seminar.live or not seminar.registration_is_open:
            raise RegistrationClosed(_("Registration for this event is closed."))
        known = SeminarRegistration.objects.filter(
            seminar=seminar, email__iexact=email, status__in=[Status.CONFIRMED, Status.WAITING]
        ).first()
        registration = known or SeminarRegistration.objects.create(
            seminar=seminar,
            name=name,
            email=email,
            institution_name=institution_name,
            role=role,
            language=language,
            consent=consent,
            status=Status.WAITING if _is_full(seminar) else Status.CONFIRMED,
        )
    if known:
        send_reminder(registration)
    else:
        send_confirmation(registration)
    return registration


def _is_full(seminar: SeminarPage) -> bool:
    # Called under the event's row lock (register), so the count stays true.
    confirmed = SeminarRegistration.objects.filter(seminar=seminar, status=Status.CONFIRMED)
    return seminar.capacity is not None and confirmed.count() >= seminar.capacity


def cancel(registration: SeminarRegistration) -> SeminarRegistration | None:
    """Cancel a registration; a freed seat goes to the first person waiting, who is told.
    Returns the promoted registration, if any."""
    with transaction.atomic():
        seminar = lock_event(registration.seminar_id)
        registration = SeminarRegistration.objects.get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return None
        freed = registration.status == Status.CONFIRMED
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = None
        if freed:
            confirmed = SeminarRegistration.objects.filter(
                seminar=seminar, status=Status.CONFIRMED
            ).count()
            if seminar.capacity is None or confirmed < seminar.capacity:
                promoted = (
                    SeminarRegistration.objects.filter(seminar=seminar, status=Status.WAITING)
                    .order_by("created_at", "pk")
                    .first()
                )
                if promoted is not None:
                    promoted.status = Status.CONFIRMED
                    promoted.save(update_fields=["status"])
    if promoted is not None:
        send_promotion(promoted)
    return promoted


# Who sees the lists -------------------------------------------------------------------


def can_view_registrations(user, seminar: SeminarPage) -> bool:
    """The association's office sees every list; an institution's team the lists of the
    events in its own section (association.permissions)."""
    policy = institution_permission_policy
    if seminar.institution is None:
        return policy.user_has_permission(user, "view_registrations")
    return policy.user_has_permission_for_instance(user, "view_registrations", seminar.institution)


def visible_seminars(user) -> QuerySet[SeminarPage]:
    """Events with registration whose lists `user` may see."""
    seminars = (
        SeminarPage.objects.filter(locale=Locale.get_default())
        .filter(Q(registration_enabled=True) | Q(registrations__isnull=False))
        .distinct()
    )
    policy = institution_permission_policy
    if policy.user_has_permission(user, "view_registrations"):
        return seminars
    return seminars.filter(institution__in=policy.own_institutions(user, "view_registrations"))


# Exports ------------------------------------------------------------------------------


def registrations_table(seminar: SeminarPage) -> Table:
    """The event's registration list, for the downloads (core/spreadsheets.py)."""
    header = [
        _("Full name"),
        _("E-mail"),
        _("Institution"),
        _("Position or role"),
        _("Status"),
        _("Registered"),
    ]
    rows = []
    for registration in SeminarRegistration.objects.filter(seminar=seminar).order_by(
        "created_at", "pk"
    ):
        rows.append(
            [
                registration.name,
                registration.email,
                registration.institution_name,
                registration.role,
                registration.get_status_display(),
                timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
            ]
        )
    return Table(_("Registrations"), header, rows)


def purge_registrations(days: int | None = None) -> int:
    """Delete the registrations of events that ended more than `days` ago."""
    days = settings.PORTAL_REGISTRATION_RETENTION_DAYS if days is None else days
    cutoff = timezone.now() - timedelta(days=days)
    deleted, _per_model = SeminarRegistration.objects.filter(seminar__ends_at__lt=cutoff).delete()
    return deleted
