"""An institution's team: who is in it, in which role, and the changes its
administrators make to it. Every change is written to Wagtail's audit log."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.log_actions import log

from .models import Institution
from .rights import Role, ensure_institution_groups

User = get_user_model()


class TeamError(Exception):
    """A team change that is not allowed; the message says why."""


@dataclass
class Member:
    user: User
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN


def role_of(institution: Institution, user) -> str | None:
    group_ids = set(user.groups.values_list("pk", flat=True))
    if institution.admins_group_id in group_ids:
        return Role.ADMIN
    if institution.editors_group_id in group_ids:
        return Role.EDITOR
    return None


def members(institution: Institution) -> list[Member]:
    editors, admins = ensure_institution_groups(institution)
    admin_ids = set(admins.user_set.values_list("pk", flat=True))
    users = (
        User.objects.filter(groups__in=[editors, admins])
        .distinct()
        .order_by("last_name", "username")
    )
    return [Member(user, Role.ADMIN if user.pk in admin_ids else Role.EDITOR) for user in users]


def _log(institution: Institution, action: str, actor, user, **data) -> None:
    log(
        instance=institution,
        action=action,
        user=actor,
        data={"username": user.get_username(), "user_id": user.pk, **data},
    )


@transaction.atomic
def set_role(institution: Institution, user, role: str, *, actor=None) -> None:
    """Add `user` to the team in `role`, or change their role."""
    if role not in (Role.EDITOR, Role.ADMIN):
        raise TeamError(_("Unknown role."))
    editors, admins = ensure_institution_groups(institution)
    previous = role_of(institution, user)
    if previous == role:
        return
    if previous == Role.ADMIN:
        _ensure_another_admin(institution, user)
    target, other = (admins, editors) if role == Role.ADMIN else (editors, admins)
    user.groups.remove(other)
    user.groups.add(target)
    if previous is None:
        _log(institution, "association.team.add", actor, user, role=role)
    else:
        _log(institution, "association.team.role", actor, user, role=role, previous=previous)


@transaction.atomic
def remove_member(institution: Institution, user, *, actor=None) -> None:
    previous = role_of(institution, user)
    if previous is None:
        raise TeamError(_("%(user)s is not in this team.") % {"user": user.get_username()})
    if previous == Role.ADMIN:
        _ensure_another_admin(institution, user)
    editors, admins = ensure_institution_groups(institution)
    user.groups.remove(editors, admins)
    _log(institution, "association.team.remove", actor, user, role=previous)


def _ensure_another_admin(institution: Institution, leaving) -> None:
    others = institution.admins_group.user_set.exclude(pk=leaving.pk).filter(is_active=True)
    if not others.exists():
        raise TeamError(
            _("%(user)s is the team's only administrator; appoint another one first.")
            % {"user": leaving.get_username()}
        )


def find_user(identifier: str):
    """An existing account by username or e-mail address."""
    identifier = identifier.strip()
    user = User.objects.filter(username__iexact=identifier).first()
    if user is None and "@" in identifier:
        user = User.objects.filter(email__iexact=identifier).first()
    return user


def _free_username(email: str) -> str:
    base = slugify(email.split("@")[0]).replace("-", ".") or "member"
    username, number = base, 1
    while User.objects.filter(username=username).exists():
        number += 1
        username = f"{base}{number}"
    return username


def password_setting_link(user) -> str:
    """A one-time link to choose a password: it stops working once the password is set."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@transaction.atomic
def invite(
    institution: Institution,
    email: str,
    role: str,
    *,
    actor=None,
    first_name: str = "",
    last_name: str = "",
    language: str | None = None,
):
    """Add the owner of `email` to the team, creating the account when there is none, and
    e-mail them a link to set their password. Returns the user."""
    user = User.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = User.objects.create_user(
            username=_free_username(email),
            email=email,
            first_name=first_name,
            last_name=last_name,
        )
        user.set_unusable_password()
        user.save()
    set_role(institution, user, role, actor=actor)
    with override(language or settings.LANGUAGE_CODE):
        context = {
            "institution": institution,
            "user": user,
            "role": role,
            "created": created,
            "link": password_setting_link(user) if created else None,
            "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home"),
        }
        subject = _("You are invited to the team of %(institution)s") % {
            "institution": institution.label
        }
        body = render_to_string("association/emails/team_invitation.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])
    _log(institution, "association.team.invite", actor, user, email=email, created=created)
    return user
