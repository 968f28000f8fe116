"""Admin menu items of the network app (registered in wagtail_hooks.py)."""

from __future__ import annotations

from wagtail.admin.menu import MenuItem

from .registration import visible_seminars


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return visible_seminars(request.user).exists()
