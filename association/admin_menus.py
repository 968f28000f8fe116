"""Admin menu items of the association app, shown as the institution permission policy
says (registered in wagtail_hooks.py)."""

from __future__ import annotations

from wagtail.admin.menu import MenuItem

from .permissions import institution_permission_policy, is_association_staff


class MyInstitutionsMenuItem(MenuItem):
    def is_shown(self, request):
        return institution_permission_policy.own_institutions(request.user).exists()


class OfficeMenuItem(MenuItem):
    """An item only the association's office sees (its queues and background work)."""

    def is_shown(self, request):
        return is_association_staff(request.user)
