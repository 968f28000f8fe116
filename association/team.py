"""An institution's team: who is in it, in which role, and the changes its
administrators make to it. Every change is written to Wagtail's audit log.

No existing account is put into a team by someone else: its owner is sent an invitation
(`TeamInvitation`, with a signed link) and joins by accepting it, logged in as themselves,
before it expires. Only an account the invitation form creates for a new address joins at
once (its owner sets a password through the link e-mailed to that address)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.log_actions import log
from wagtail.users.models import UserProfile

from .models import Institution, TeamInvitation
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
def set_role(
    institution: Institution,
    user,
    role: str,
    *,
    actor=None,
    action: str = "association.team.add",
    **log_data,
) -> None:
    """Add `user` to the team in `role` (logged as `action`, with `log_data`), or change
    their role."""
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
        _log(institution, action, actor, user, role=role, **log_data)
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


def _language_of(user, fallback: str | None) -> str:
    """The language `user` chose for the admin, else `fallback`."""
    profile = UserProfile.objects.filter(user=user).first()
    if profile is not None and profile.preferred_language:
        return profile.preferred_language
    return fallback or settings.LANGUAGE_CODE


def _admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


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
    return _admin_url(path)


def _mail_joined(
    institution: Institution, user, role: str, *, link=None, language=None, changed=False
) -> None:
    """Tell `user` they are in the team (with `link` to a first password, for a new
    account), or that their role in it has `changed`."""
    with override(language or settings.LANGUAGE_CODE):
        context = {
            "institution": institution,
            "user": user,
            "role": role,
            "changed": changed,
            "created": link is not None,
            "link": link,
            "admin_url": _admin_url(reverse("wagtailadmin_home")),
        }
        if changed:
            subject = _("Your role in the team of %(institution)s") % {
                "institution": institution.label
            }
        else:
            subject = _("You are invited to the team of %(institution)s") % {
                "institution": institution.label
            }
        body = render_to_string("association/emails/team_invitation.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


# Invitations that wait for consent ----------------------------------------------------

INVITATION_SALT = "association.team.invitation"


def invitation_token(invitation: TeamInvitation) -> str:
    """Signed with SECRET_KEY: it names the invitation and its person, and cannot be
    altered to name another."""
    return signing.dumps({"i": invitation.pk, "u": invitation.user_id}, salt=INVITATION_SALT)


def invitation_for_token(token: str) -> TeamInvitation | None:
    """The invitation a link names, or None for a link that was altered or made up.
    Whether it may still be answered is the invitation's to say (`is_open`)."""
    try:
        data = signing.loads(token, salt=INVITATION_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("i"), int):
        return None
    return (
        TeamInvitation.objects.filter(pk=data["i"], user_id=data.get("u"))
        .select_related("institution", "user", "invited_by")
        .first()
    )


def invitation_url(invitation: TeamInvitation) -> str:
    return _admin_url(reverse("team_invitation", args=[invitation_token(invitation)]))


@transaction.atomic
def ask_to_join(
    institution: Institution, user, role: str, *, actor=None, language: str | None = None
) -> TeamInvitation:
    """Invite `user` to the team in `role`: an e-mail with a link to accept or decline.
    An open invitation of theirs to this team is renewed rather than doubled."""
    if role not in (Role.EDITOR, Role.ADMIN):
        raise TeamError(_("Unknown role."))
    invitation, _created = TeamInvitation.objects.update_or_create(
        institution=institution,
        user=user,
        status=TeamInvitation.Status.PENDING,
        defaults={"role": role, "invited_by": actor, "sent_at": timezone.now()},
    )
    with override(_language_of(user, language)):
        context = {
            "institution": institution,
            "user": user,
            "role": role,
            "inviter": actor,
            "link": invitation_url(invitation),
            "expires_at": invitation.expires_at,
        }
        subject = _("Invitation to the team of %(institution)s") % {
            "institution": institution.label
        }
        body = render_to_string("association/emails/team_consent.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    _log(institution, "association.team.invitation", actor, user, role=role)
    return invitation


class InvitationClosed(TeamError):
    """The invitation was answered already or has expired."""


@transaction.atomic
def answer_invitation(invitation: TeamInvitation, user, *, accept: bool) -> None:
    """`user`'s answer to their invitation: joining the team in its role, or not."""
    invitation = TeamInvitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.user_id != user.pk:
        raise TeamError(_("This invitation is for another account."))
    if not invitation.is_open:
        raise InvitationClosed(_("This invitation has been answered already or has expired."))
    invitation.status = TeamInvitation.Status.ACCEPTED if accept else TeamInvitation.Status.DECLINED
    invitation.answered_at = timezone.now()
    invitation.save(update_fields=["status", "answered_at"])
    institution = invitation.institution
    inviter = invitation.invited_by.get_username() if invitation.invited_by else ""
    if not accept:
        _log(institution, "association.team.decline", user, user, invited_by=inviter)
        return
    set_role(
        institution,
        user,
        invitation.role,
        actor=user,
        action="association.team.accept",
        invited_by=inviter,
    )


# Adding people --------------------------------------------------------------------------


def _offer(institution: Institution, user, role: str, *, actor, language) -> None:
    """An existing account named to the team: someone outside it is asked
    (`ask_to_join`), a member has their role changed and is told; an inactive account is
    left alone."""
    if not user.is_active:
        return
    previous = role_of(institution, user)
    if previous is None:
        ask_to_join(institution, user, role, actor=actor, language=language)
    elif previous != role:
        set_role(institution, user, role, actor=actor)
        _mail_joined(institution, user, role, language=_language_of(user, language), changed=True)


@transaction.atomic
def add_member(
    institution: Institution, identifier: str, role: str, *, actor=None, language=None
) -> None:
    """Name the account `identifier` (username or e-mail) to the team (`_offer`); an
    unknown one is left alone. It returns nothing, so that the caller, like the
    administrator, learns nothing of whether the account exists."""
    if role not in (Role.EDITOR, Role.ADMIN):
        raise TeamError(_("Unknown role."))
    user = find_user(identifier)
    if user is not None:
        _offer(institution, user, role, actor=actor, language=language)


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
    """Add the owner of `email` to the team: an account is created for a new address,
    which joins at once and is sent a link to set its password; an existing account is
    named to the team as by `add_member` (an invitation to accept). Returns the user."""
    if role not in (Role.EDITOR, Role.ADMIN):
        raise TeamError(_("Unknown role."))
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        _offer(institution, user, role, actor=actor, language=language)
        return user
    user = User.objects.create_user(
        username=_free_username(email), email=email, first_name=first_name, last_name=last_name
    )
    user.set_unusable_password()
    user.save()
    set_role(institution, user, role, actor=actor)
    _mail_joined(institution, user, role, link=password_setting_link(user), language=language)
    _log(institution, "association.team.invite", actor, user, email=email, created=True)
    return user
