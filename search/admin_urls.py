"""The search app's admin URLs (the "search" namespace), registered in wagtail_hooks.py."""

from django.urls import path

from .views import BackgroundWorkView

app_name = "search"

urlpatterns = [
    path("reports/background-work/", BackgroundWorkView.as_view(), name="background_work"),
]
