"""Deciding on applications to join: accepting provisions the institution as
`add_institution` does and invites the contact person as its administrator."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, override
from wagtail.log_actions import log

from association.models import Institution
from association.provisioning import RESERVED_SLUGS, provision_institution
from association.rights import Role
from association.team import invite
from core.slugs import free_slug

from .models import MembershipApplication


class DecisionError(Exception):
    """The application cannot be decided as asked; the message says why."""


def suggested_slug(application: MembershipApplication) -> str:
    """A free identifier from the English name, or the transliterated Russian one."""
    return free_slug(
        application.name_en or application.name,
        lambda slug: slug in RESERVED_SLUGS or Institution.objects.filter(slug=slug).exists(),
        50,
        "member",
    )


def _split_name(full_name: str) -> tuple[str, str]:
    parts = full_name.split(maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (full_name, "")


def _notify(application: MembershipApplication, template: str, subject: str) -> None:
    with override(application.language):
        body = render_to_string(template, {"application": application})
        subject = _(subject)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [application.email])


def notify_office(application: MembershipApplication) -> None:
    """Tell the office (PORTAL_NOTIFICATION_EMAIL) that an application is waiting."""
    path = reverse("network:application", args=[application.pk])
    with override(settings.LANGUAGE_CODE):
        body = render_to_string(
            "network/emails/application_received.txt",
            {
                "application": application,
                "duplicate": application.has_duplicates,
                "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path,
            },
        )
        subject = _("Application to join: %(name)s") % {"name": application.name}
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [settings.PORTAL_NOTIFICATION_EMAIL])


def _lock_pending(application: MembershipApplication) -> MembershipApplication:
    locked = MembershipApplication.objects.select_for_update().get(pk=application.pk)
    if not locked.is_pending:
        raise DecisionError(_("This application has already been decided."))
    return locked


@transaction.atomic
def accept(
    application: MembershipApplication, *, slug: str, message: str = "", actor=None
) -> Institution:
    """Provision the institution, invite the contact person as its administrator and tell
    the applicant. Everything or nothing: a provisioning error leaves the application
    pending."""
    application = _lock_pending(application)
    provisioned = provision_institution(
        slug,
        application.name,
        actor=actor,
        name_en=application.name_en,
        kind=application.kind,
        region=application.region,
        website=application.website,
        email=application.email,
        phone=application.phone,
    )
    institution = provisioned.institution
    first_name, last_name = _split_name(application.contact_name)
    invite(
        institution,
        application.email,
        Role.ADMIN,
        actor=actor,
        first_name=first_name,
        last_name=last_name,
        language=application.language,
    )
    application.status = MembershipApplication.Status.ACCEPTED
    application.institution = institution
    application.decided_at = timezone.now()
    application.decided_by = actor
    application.decision_message = message
    application.save()
    log(
        instance=application,
        action="network.application.accept",
        user=actor,
        data={"institution": institution.slug, "email": application.email},
    )
    _notify(
        application,
        "network/emails/application_accepted.txt",
        gettext_noop("Your application to join the network is accepted"),
    )
    return institution


@transaction.atomic
def decline(application: MembershipApplication, *, message: str, actor=None) -> None:
    application = _lock_pending(application)
    application.status = MembershipApplication.Status.DECLINED
    application.decided_at = timezone.now()
    application.decided_by = actor
    application.decision_message = message
    application.save()
    log(
        instance=application,
        action="network.application.decline",
        user=actor,
        data={"email": application.email},
    )
    _notify(
        application,
        "network/emails/application_declined.txt",
        gettext_noop("Your application to join the network"),
    )
