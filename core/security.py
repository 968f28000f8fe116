"""Security of the portal's accounts and responses: the Content Security Policy, optional
two-factor login, and the audit trail of logins and permission changes."""

from __future__ import annotations

import logging

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.log_actions import log

logger = logging.getLogger("portal.audit")

# Paths whose pages are Wagtail's admin, which needs inline scripts.
ADMIN_PREFIXES = ("/admin/",)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The policy of CONTENT_SECURITY_POLICY for the public site; Wagtail's admin also gets
    inline scripts, which some of its widgets (inline panels, date pickers) use."""

    def process_response(self, request, response):
        if request.path_info.startswith(ADMIN_PREFIXES):
            response._csp_update = {"script-src": [UNSAFE_INLINE]}
        return super().process_response(request, response)


# Two-factor login --------------------------------------------------------------------------


def confirmed_totp_device(user):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def two_factor_expected(user) -> bool:
    """Accounts that can change the whole portal or other people's accounts: superusers,
    staff (as `createsuperuser` makes them) and whoever may change accounts. With
    PORTAL_TWO_FACTOR_FOR_STAFF they turn two-factor login on before using the admin."""
    return bool(
        settings.PORTAL_TWO_FACTOR_FOR_STAFF
        and user.is_authenticated
        and (user.is_superuser or user.is_staff or user.has_perm("auth.change_user"))
    )


class LoginForm(WagtailLoginForm):
    """Wagtail's login form with a one-time code, required of users who have turned on
    two-factor authentication (WAGTAILADMIN_USER_LOGIN_FORM)."""

    otp_token = forms.CharField(
        label=_("Code from the authenticator app"),
        required=False,
        max_length=8,
        help_text=_("Only if you have turned on two-factor authentication"),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean(self):
        cleaned = super().clean()
        user = self.get_user()
        if user is None:
            return cleaned
        device = confirmed_totp_device(user)
        if device is None:
            return cleaned
        token = (cleaned.get("otp_token") or "").replace(" ", "")
        if not token or not device.verify_token(token):
            # A failed login like a wrong password: audited, and counted by django-axes
            # towards the lockout, so that codes cannot be guessed without end.
            user_login_failed.send(
                sender=__name__,
                credentials={"username": cleaned.get("username", "")},
                request=self.request,
            )
            raise forms.ValidationError(
                _("Enter the current 6-digit code from your authenticator app."),
                code="otp_required",
            )
        # Remembered for the session once the login goes through (see mark_otp_verified).
        self.request._otp_device = device
        return cleaned


def mark_otp_verified(sender, request, user, **kwargs):
    device = getattr(request, "_otp_device", None) if request is not None else None
    if device is not None:
        from django_otp import login as otp_login

        otp_login(request, device)


# Audit -------------------------------------------------------------------------------------


def audit(instance, action: str, user=None, data: dict | None = None) -> None:
    """Write to Wagtail's audit log; a failure to record must not undo the change itself
    (nor break loading a serialized database), so it goes to the error log instead."""
    try:
        log(instance=instance, action=action, user=user, data=data or {})
    except Exception:
        logger.exception("could not write the audit log entry %s for %r", action, instance)


def _client(request) -> str:
    if request is None:
        return ""
    return request.META.get("REMOTE_ADDR", "")


def log_login(sender, request, user, **kwargs):
    audit(user, "portal.login", user=user, data={"ip": _client(request)})
    logger.info("login", extra={"username": user.get_username(), "ip": _client(request)})


def log_logout(sender, request, user, **kwargs):
    if user is not None:
        audit(user, "portal.logout", user=user, data={"ip": _client(request)})


def log_login_failure(sender, credentials, request=None, **kwargs):
    username = credentials.get("username", "")
    user = get_user_model().objects.filter(username=username).first() if username else None
    if user is not None:
        audit(user, "portal.login_failed", data={"ip": _client(request)})
    logger.warning("login failed", extra={"username": username, "ip": _client(request)})


def log_group_membership(sender, instance, action, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    groups = list(Group.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))
    if isinstance(instance, Group):
        users = sorted(map(str, pk_set or []))
        audit(instance, "portal.permissions", data={"members": action, "users": users})
        return
    audit(instance, "portal.permissions", data={"groups": action, "names": groups})


def log_group_permissions(sender, instance, action, pk_set, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(instance, Group):
        audit(
            instance,
            "portal.permissions",
            data={"permissions": action, "ids": sorted(pk_set or [])},
        )


def log_object_permission(sender, instance, raw=False, **kwargs):
    if raw:  # loading fixtures or a serialized database, not a change of rights
        return
    group = getattr(instance, "group", None)
    if group is None:
        return
    change = "removed" if kwargs.get("signal") is post_delete else "granted"
    audit(group, "portal.permissions", data={"object_permission": change, "what": str(instance)})


def register_signal_handlers() -> None:
    from guardian.models import GroupObjectPermission
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    user_logged_in.connect(mark_otp_verified, dispatch_uid="portal-otp")
    user_logged_in.connect(log_login, dispatch_uid="portal-audit-login")
    user_logged_out.connect(log_logout, dispatch_uid="portal-audit-logout")
    user_login_failed.connect(log_login_failure, dispatch_uid="portal-audit-failure")
    m2m_changed.connect(
        log_group_membership, sender=get_user_model().groups.through, dispatch_uid="portal-audit-m"
    )
    m2m_changed.connect(
        log_group_permissions, sender=Group.permissions.through, dispatch_uid="portal-audit-p"
    )
    for model in (GroupPagePermission, GroupCollectionPermission, GroupObjectPermission):
        for signal in (post_save, post_delete):
            uid = f"audit-{model._meta.label}-{id(signal)}"
            signal.connect(log_object_permission, sender=model, dispatch_uid=uid)
