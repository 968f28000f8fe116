"""Admin menu items of the activity app (registered in wagtail_hooks.py)."""

from __future__ import annotations

from wagtail.admin.menu import MenuItem

from .views.reports import may_see_reports
from .views.translations import may_see_translations


class ActivityReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_reports(request.user)


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_translations(request.user)
