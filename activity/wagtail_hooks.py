"""Admin integration: the activity reports (Reports menu) and the dashboard panels."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .panels import dashboard_panels


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("activity/", admin_views.OverviewView.as_view(), name="activity_report"),
        path(
            "activity/export/<str:file_format>/",
            admin_views.OverviewView.as_view(),
            name="activity_report_export",
        ),
        path(
            "activity/<slug:slug>/",
            admin_views.InstitutionReportView.as_view(),
            name="activity_institution_report",
        ),
        path(
            "activity/<slug:slug>/export/<str:file_format>/",
            admin_views.InstitutionReportView.as_view(),
            name="activity_institution_report_export",
        ),
    ]


class ActivityReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_see_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_activity_reports_menu_item():
    return ActivityReportsMenuItem(
        gettext_lazy("Activity reports"),
        reverse("activity_report"),
        icon_name="table",
        order=50,
        name="activity-reports",
    )


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    dashboard_panels(request, panels)
