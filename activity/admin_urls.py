"""The activity reports' admin URLs, below /admin/activity/ (the "activity" namespace),
registered in wagtail_hooks.py."""

from django.urls import path

from .views import reports, translations

app_name = "activity"

urlpatterns = [
    path("translations/", translations.TranslationReportView.as_view(), name="translations"),
    path(
        "translations/results/",
        translations.TranslationReportView.as_view(results_only=True),
        name="translations_results",
    ),
    path("", reports.OverviewView.as_view(), name="report"),
    path("export/<str:file_format>/", reports.OverviewView.as_view(), name="report_export"),
    path("<slug:slug>/", reports.InstitutionReportView.as_view(), name="institution_report"),
    path(
        "<slug:slug>/export/<str:file_format>/",
        reports.InstitutionReportView.as_view(),
        name="institution_report_export",
    ),
]
