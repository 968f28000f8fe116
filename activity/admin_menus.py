"""Admin menu items of the activity app (registered in wagtail_hooks.py)."""

from __future__ import annotations

from wagtail.admin.menu import MenuItem

from .views.reports import may_see_reports


class ActivityReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_reports(request.user)
