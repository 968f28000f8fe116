"""Admin registrations of the network app: the JoinPage's form (views/public.py), the
admin URLs (admin_urls.py), menu items (admin_menus.py) and audit-log actions
(log_formatters.py)."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks

from association.admin_menus import OfficeMenuItem

from . import admin_urls
from .admin_menus import RegistrationsMenuItem
from .log_formatters import AcceptFormatter, DeclineFormatter
from .views import public


@hooks.register("on_serve_page")
def serve_join_pages(serve):
    return public.with_join_pages(serve)


@hooks.register("register_admin_urls")
def register_network_urls():
    return [path("network/", include((admin_urls, "network"), namespace="network"))]


@hooks.register("register_admin_menu_item")
def register_applications_menu_item():
    return OfficeMenuItem(
        gettext_lazy("Applications to join"),
        reverse("network:applications"),
        icon_name="form",
        order=155,
        name="network-applications",
    )


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return RegistrationsMenuItem(
        gettext_lazy("Event registrations"),
        reverse("network:registrations"),
        icon_name="date",
        order=160,
        name="network-registrations",
    )


@hooks.register("register_log_actions")
def register_application_log_actions(actions):
    actions.register_action("network.application.accept")(AcceptFormatter)
    actions.register_action("network.application.decline")(DeclineFormatter)
