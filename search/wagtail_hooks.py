"""Admin registrations of the search app: the background work report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from association.permissions import is_association_staff

from .admin_views import BackgroundWorkView


@hooks.register("register_admin_urls")
def register_background_work_url():
    return [
        path(
            "reports/background-work/", BackgroundWorkView.as_view(), name="search_background_work"
        )
    ]


class OfficeMenuItem(MenuItem):
    def is_shown(self, request):
        return is_association_staff(request.user)


@hooks.register("register_reports_menu_item")
def register_background_work_menu_item():
    return OfficeMenuItem(
        _("Background work"),
        reverse("search_background_work"),
        icon_name="cogs",
        order=900,
        name="background-work",
    )
