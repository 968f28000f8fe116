"""The project's own admin URLs (the "portal" namespace), registered in wagtail_hooks.py."""

from django.urls import path

from .views import TwoFactorView

app_name = "portal"

urlpatterns = [
    path("account/two-factor/", TwoFactorView.as_view(), name="two_factor"),
]
