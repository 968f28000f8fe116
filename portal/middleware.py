"""The same second factor whichever way a session was opened (MIDDLEWARE, after
django-otp's OTPMiddleware, which tells whether the session was opened with a code)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

from core.security import confirmed_totp_device, two_factor_expected

# What someone who still has to turn two-factor login on may open in the admin.
ENROLMENT_VIEWS = {
    "portal:two_factor",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


class TwoFactorMiddleware:
    """- A session of someone who has turned two-factor login on, opened without a code
      (by any view that checks the password alone), is ended at once: the request goes on
      as anonymous, so the admin sends them to its login, which asks for the code.
    - Staff and superusers who have not turned it on yet (core.security.two_factor_expected)
      are sent to Account → Two-factor authentication before any other admin page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified():
            if confirmed_totp_device(user) is not None:
                logout(request)
            elif two_factor_expected(user) and self._needs_enrolment_first(request):
                messages.warning(
                    request,
                    _(
                        "Your account can change the whole portal: turn on two-factor "
                        "authentication to go on."
                    ),
                )
                return redirect("portal:two_factor")
        return self.get_response(request)

    @staticmethod
    def _needs_enrolment_first(request) -> bool:
        if not request.path_info.startswith("/admin/"):
            return False
        try:
            view_name = resolve(request.path_info).view_name
        except Resolver404:
            return False
        return view_name not in ENROLMENT_VIEWS
