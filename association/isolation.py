"""Admin isolation through Wagtail's hooks (registered in wagtail_hooks.py): what
institutions' people may choose and which reports they see. The views Wagtail offers no
hook for are AdminIsolationMiddleware's (middleware.py)."""

from __future__ import annotations

from django.db.models import Q

from .models import InstitutionIndexPage, InstitutionPage
from .permissions import institution_permission_policy, is_association_staff


def choosable_pages(pages, user):
    """Institutions' people choose among the association's pages and their own sections'
    pages only; other institutions' sections stay out of sight."""
    if is_association_staff(user):
        return pages
    outside_sections = Q()
    for directory in InstitutionIndexPage.objects.all():
        outside_sections &= ~Q(path__startswith=directory.path, depth__gt=directory.depth)
    own = Q(pk__in=[])
    mine = institution_permission_policy.own_institutions(user)
    for section in InstitutionPage.objects.filter(institution__in=mine):
        own |= Q(path__startswith=section.path)
    return pages.filter(outside_sections | own)


def hide_office_reports(user, menu_items) -> None:
    """Site-wide reports are the office's (see AdminIsolationMiddleware)."""
    if not is_association_staff(user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
