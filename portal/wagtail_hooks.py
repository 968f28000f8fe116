"""Admin registrations of the project itself: audit log actions, the account's
two-factor authentication (views.py, admin_urls.py), and the checks on files (the
document view's hook, the admin API's documents and images)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.files import check_document

from . import admin_urls
from .api import narrow_admin_api


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


# Files follow their pages (core/files.py) ---------------------------------------------
# Registered after wagtail.documents' own hook (portal comes later among the apps), which
# asks for a collection's password first.
hooks.register("before_serve_document", check_document)
# After Wagtail's documents and images apps have registered their admin API endpoints.
hooks.register("construct_admin_api", narrow_admin_api, order=1)
