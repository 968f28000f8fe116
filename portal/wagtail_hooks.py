"""Admin registrations of the project itself: audit log actions, and the account's
two-factor authentication (views.py, admin_urls.py)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import admin_urls


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    actions.register_action("portal.login", _("Log in"), _("Logged in"))
    actions.register_action("portal.logout", _("Log out"), _("Logged out"))
    actions.register_action("portal.login_failed", _("Failed login"), _("Failed login attempt"))
    actions.register_action("portal.permissions", _("Permissions"), _("Permissions changed"))


@hooks.register("register_admin_urls")
def register_two_factor_url():
    return [path("", include((admin_urls, "portal"), namespace="portal"))]


@hooks.register("register_account_menu_item")
def register_two_factor_menu_item(request):
    return {
        "url": reverse("portal:two_factor"),
        "label": _("Two-factor authentication"),
        "help_text": _("Ask for a code from an authenticator app when logging in."),
    }
