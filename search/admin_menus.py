"""Admin menu items of the search app (registered in wagtail_hooks.py)."""

from wagtail.admin.menu import MenuItem

from association.permissions import is_association_staff


class OfficeMenuItem(MenuItem):
    def is_shown(self, request):
        return is_association_staff(request.user)
