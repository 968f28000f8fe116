"""Hooks of the search app: the background work report (views.py, admin_urls.py), in the
Reports menu (admin_menus.py), and the deferral of index updates that bulk writers ask for
through core.indexing."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from association.admin_menus import OfficeMenuItem
from core.indexing import DEFER_HOOK

from . import admin_urls
from .indexing import deferred_index_updates

# Bulk writers (the catalogue import, the demo) defer index updates to their end.
hooks.register(DEFER_HOOK, deferred_index_updates)


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
