"""The network app's admin URLs, below /admin/network/ (the "network" namespace),
registered in wagtail_hooks.py."""

from django.urls import path

from .views import applications, attendance, registrations

app_name = "network"

urlpatterns = [
    path("applications/", applications.ApplicationListView.as_view(), name="applications"),
    path(
        "applications/<int:pk>/",
        applications.ApplicationDetailView.as_view(),
        name="application",
    ),
    path(
        "applications/<int:pk>/accept/",
        applications.AcceptView.as_view(),
        name="application_accept",
    ),
    path(
        "applications/<int:pk>/decline/",
        applications.DeclineView.as_view(),
        name="application_decline",
    ),
    path("registrations/", registrations.RegistrationsIndexView.as_view(), name="registrations"),
    path(
        "registrations/<int:seminar_id>/",
        registrations.RegistrationsView.as_view(),
        name="seminar_registrations",
    ),
    path(
        "registrations/<int:seminar_id>/export.<str:file_format>",
        registrations.ExportView.as_view(),
        name="registrations_export",
    ),
    path(
        "registrations/<int:seminar_id>/attendance/",
        attendance.MarkView.as_view(),
        name="attendance_mark",
    ),
    path(
        "registrations/<int:seminar_id>/attendance/import/",
        attendance.ImportView.as_view(),
        name="attendance_import",
    ),
    path(
        "registrations/<int:seminar_id>/certificates/issue/",
        attendance.IssueView.as_view(),
        name="attendance_issue",
    ),
    path(
        "registrations/<int:seminar_id>/certificates/issue/<int:issue_id>/",
        attendance.IssueProgressView.as_view(),
        name="attendance_issue_progress",
    ),
    path(
        "registrations/<int:seminar_id>/certificates/<int:certificate_id>/revoke/",
        attendance.RevokeView.as_view(),
        name="attendance_revoke",
    ),
]
