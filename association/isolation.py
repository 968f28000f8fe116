"""Admin isolation through Wagtail's hooks (registered in wagtail_hooks.py): what
institutions' people may choose, which reports they see, and whose names the admin's
filters offer them. The views Wagtail offers no hook for are AdminIsolationMiddleware's
(middleware.py)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django_filters.filters import QuerySetRequestMixin
from wagtail.admin.filters import WagtailFilterSet

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


# People ------------------------------------------------------------------------------


def visible_people(viewer) -> QuerySet:
    """The accounts whose names `viewer` may see in the admin: everyone for the office;
    for an institution's people, the teams of their own institutions and themselves."""
    User = get_user_model()
    if is_association_staff(viewer):
        return User.objects.all()
    if not (viewer and viewer.is_authenticated):
        return User.objects.none()
    teams = Q(pk=viewer.pk)
    for institution in institution_permission_policy.own_institutions(viewer):
        teams |= Q(groups__in=[institution.editors_group_id, institution.admins_group_id])
    return User.objects.filter(teams).distinct()


def offer_only_visible_people(filterset: WagtailFilterSet) -> None:
    """Narrow every choice of accounts in an admin filter (site history's user, the page
    listings' owner and "edited by", the workflow report's "requested by", the locked
    pages' "locked by", an object's history) to `visible_people` of the viewer: Wagtail
    offers everyone who ever did the thing anywhere. A value outside the narrowed choice
    is an invalid filter, so it cannot name anyone either.

    The narrowing happens when the filter's form field is made, after every __init__ of
    the filter set has set its querysets (the history's user filter gets its own there)."""
    if getattr(filterset, "request", None) is None:
        return
    for choice in filterset.filters.values():
        if isinstance(choice, QuerySetRequestMixin):
            choice.queryset = _narrowed(choice, choice.queryset)


def _narrowed(choice: QuerySetRequestMixin, wagtails):
    def accounts(request):
        offered = wagtails(request) if callable(wagtails) else wagtails
        if offered is None:
            offered = choice.extra.get("queryset")
        if isinstance(offered, QuerySet) and offered.model is get_user_model():
            offered = offered.filter(pk__in=visible_people(request.user).values("pk"))
        return offered

    return accounts


def isolate_people_in_admin_filters() -> None:
    """Every filter set of Wagtail's admin (WagtailFilterSet, built with the request)
    passes through offer_only_visible_people. Wagtail has no hook for a filter's choices,
    and its listings build, validate and display a filter set in one step, so the
    narrowing goes where the filter set is made."""
    if getattr(WagtailFilterSet, "_portal_isolated", False):
        return
    wagtail_init = WagtailFilterSet.__init__

    def __init__(self, *args, **kwargs):
        wagtail_init(self, *args, **kwargs)
        offer_only_visible_people(self)

    WagtailFilterSet.__init__ = __init__
    WagtailFilterSet._portal_isolated = True
