"""Admin registrations of the search app: the background work report (views.py,
admin_urls.py), in the Reports menu (admin_menus.py)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from association.admin_menus import OfficeMenuItem

from . import admin_urls


@hooks.register("register_admin_urls")
def register_background_work_url():
    return [path("", include((admin_urls, "search"), namespace="search"))]


@hooks.register("register_reports_menu_item")
def register_background_work_menu_item():
    return OfficeMenuItem(
        _("Background work"),
        reverse("search:background_work"),
        icon_name="cogs",
        order=900,
        name="background-work",
    )
