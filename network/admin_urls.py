"""The network app's admin URLs, below /admin/network/ (the "network" namespace),
registered in wagtail_hooks.py."""

from django.urls import path

from .views import applications, registrations

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
]
