"""Admin registrations of the activity app: the activity reports and the translation
overview (admin_urls.py, in the Reports menu: admin_menus.py) and the dashboard panels
(panels.py)."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks

from . import admin_urls
from .admin_menus import ActivityReportsMenuItem, TranslationsMenuItem
from .panels import dashboard_panels


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("activity/", include((admin_urls, "activity"), namespace="activity"))]


@hooks.register("register_reports_menu_item")
def register_activity_reports_menu_item():
    return ActivityReportsMenuItem(
        gettext_lazy("Activity reports"),
        reverse("activity:report"),
        icon_name="table",
        order=50,
        name="activity-reports",
    )


@hooks.register("register_reports_menu_item")
def register_translations_menu_item():
    return TranslationsMenuItem(
        gettext_lazy("Translations"),
        reverse("activity:translations"),
        icon_name="wagtail-localize-language",
        order=60,
        name="translations",
    )


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    dashboard_panels(request, panels)
