"""Admin isolation that Wagtail offers no hook for."""

from __future__ import annotations

from django.urls import Resolver404, resolve
from wagtail.admin.auth import permission_denied
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .rights import is_association_staff

# Admin views that summarise the whole site, other institutions' drafts included; they are
# for the association's office only.
OFFICE_ONLY_VIEWS = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
}


class AdminIsolationMiddleware:
    """Isolation of institutions in admin views that offer no hook for it.

    Wagtail's page explorer lists only the pages a user may explore, but opens any page
    below the user's common ancestor, which would show the titles of other institutions'
    sections: exploring a page that is not itself explorable is refused. Site-wide reports
    that list pages regardless of permissions are kept for the office.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith("/admin/"):
            return None
        user = request.user
        if not user.is_authenticated or user.is_superuser:
            return None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        if match.view_name in OFFICE_ONLY_VIEWS and not is_association_staff(user):
            return permission_denied(request)
        if match.url_name not in {"wagtailadmin_explore", "wagtailadmin_explore_results"}:
            return None
        page_id = match.kwargs.get("parent_page_id")
        if page_id is None:
            return None
        explorable = PagePermissionPolicy().explorable_instances(user)
        if Page.objects.filter(pk=page_id).exists() and not explorable.filter(pk=page_id).exists():
            return permission_denied(request)
        return None
