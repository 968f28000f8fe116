"""The admin URLs of institutions' own people (the "association" namespace), registered
in wagtail_hooks.py; the Institutions menu's are its snippet viewset's ("institutions")."""

from django.urls import path

from .views import imports, my_institutions, reviews, team

app_name = "association"

urlpatterns = [
    path(
        "my-institutions/",
        my_institutions.MyInstitutionsView.as_view(),
        name="my_institutions",
    ),
    path("institutions/<slug:slug>/team/", team.TeamView.as_view(), name="team"),
    path(
        "institutions/<slug:slug>/team/remove/<int:user_id>/",
        team.RemoveMemberView.as_view(),
        name="team_remove",
    ),
    path(
        "institutions/<slug:slug>/contacts/",
        my_institutions.RecordView.as_view(),
        name="record",
    ),
    path(
        "institutions/<slug:slug>/import/",
        imports.ImportResourcesView.as_view(),
        name="import",
    ),
    path("expert-reviews/", reviews.ReviewListView.as_view(), name="reviews"),
    path(
        "expert-reviews/resource/<int:page_id>/",
        reviews.ResourceReviewsView.as_view(),
        name="resource_reviews",
    ),
    path(
        "institutions/<slug:slug>/imports/",
        imports.ImportJobsView.as_view(),
        name="import_jobs",
    ),
    path(
        "institutions/<slug:slug>/imports/<int:job_id>/",
        imports.ImportJobView.as_view(),
        name="import_job",
    ),
    path(
        "institutions/<slug:slug>/imports/<int:job_id>/progress/",
        imports.ImportJobProgressView.as_view(),
        name="import_job_progress",
    ),
    path(
        "institutions/<slug:slug>/imports/<int:job_id>/report.csv",
        imports.ImportJobReportView.as_view(),
        name="import_job_report",
    ),
    path(
        "institutions/<slug:slug>/imports/<int:job_id>/cancel/",
        imports.ImportJobCancelView.as_view(),
        name="import_job_cancel",
    ),
]
