"""Admin menu items, URLs and audit-log actions of the network app."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from association.permissions import is_association_staff

from . import admin_views, views
from .models import JoinPage
from .registration import visible_seminars


@hooks.register("on_serve_page")
def serve_join_pages(serve):
    """The application form of a JoinPage: shown, checked and stored by its view (after
    Wagtail's own checks, view restrictions among them)."""

    def serve_page(page, request, args, kwargs):
        if isinstance(page, JoinPage):
            return views.serve_join_page(page, request)
        return serve(page, request, args, kwargs)

    return serve_page


@hooks.register("register_admin_urls")
def register_network_urls():
    return [
        path(
            "network/applications/",
            admin_views.ApplicationListView.as_view(),
            name="network_applications",
        ),
        path(
            "network/applications/<int:pk>/",
            admin_views.ApplicationDetailView.as_view(),
            name="network_application",
        ),
        path(
            "network/applications/<int:pk>/accept/",
            admin_views.AcceptView.as_view(),
            name="network_application_accept",
        ),
        path(
            "network/applications/<int:pk>/decline/",
            admin_views.DeclineView.as_view(),
            name="network_application_decline",
        ),
        path(
            "network/registrations/",
            admin_views.RegistrationsIndexView.as_view(),
            name="network_registrations",
        ),
        path(
            "network/registrations/<int:seminar_id>/",
            admin_views.RegistrationsView.as_view(),
            name="network_seminar_registrations",
        ),
        path(
            "network/registrations/<int:seminar_id>/export.<str:file_format>",
            admin_views.ExportView.as_view(),
            name="network_registrations_export",
        ),
    ]


class OfficeMenuItem(MenuItem):
    def is_shown(self, request):
        return is_association_staff(request.user)


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return visible_seminars(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_applications_menu_item():
    return OfficeMenuItem(
        gettext_lazy("Applications to join"),
        reverse("network_applications"),
        icon_name="form",
        order=155,
        name="network-applications",
    )


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return RegistrationsMenuItem(
        gettext_lazy("Event registrations"),
        reverse("network_registrations"),
        icon_name="date",
        order=160,
        name="network-registrations",
    )


@hooks.register("register_log_actions")
def register_application_log_actions(actions):
    @actions.register_action("network.application.accept")
    class AcceptFormatter(LogFormatter):
        label = gettext_lazy("Application to join: accept")

        def format_message(self, log_entry):
            return gettext_lazy("Accepted; institution “%(slug)s” added") % {
                "slug": log_entry.data.get("institution", "?")
            }

    @actions.register_action("network.application.decline")
    class DeclineFormatter(LogFormatter):
        label = gettext_lazy("Application to join: decline")
        message = gettext_lazy("Declined")
