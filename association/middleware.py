"""Admin isolation that Wagtail and wagtail-localize offer no hook for."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import Resolver404, resolve
from wagtail.admin.auth import permission_denied
from wagtail.admin.localization import get_localized_response
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import TranslationSource

from .permissions import is_association_staff


def _office_only(user, kwargs) -> bool:
    return False


def _explorable(user, kwargs) -> bool:
    """Wagtail's explorer lists only explorable pages, but opens any page below the user's
    common ancestor, which would show the titles of other institutions' sections."""
    page_id = kwargs.get("parent_page_id")
    if page_id is None or not Page.objects.filter(pk=page_id).exists():
        return True
    return PagePermissionPolicy().explorable_instances(user).filter(pk=page_id).exists()


def _can_edit_page(page_id) -> Callable:
    def check(user, kwargs) -> bool:
        page = Page.objects.filter(pk=kwargs[page_id]).first()
        return page is None or page.permissions_for_user(user).can_edit()

    return check


def _can_move_page_to(user, kwargs) -> bool:
    """Wagtail asks only when the move is made: its confirmation would first show the
    title of any page and of any destination, or the page's slug in its message that the
    slug is taken there (before its `before_move_page` hook is called)."""
    page = Page.objects.filter(pk=kwargs["page_to_move_id"]).first()
    destination = Page.objects.filter(pk=kwargs["destination_id"]).first()
    if page is None or destination is None:
        return True
    return page.permissions_for_user(user).can_move_to(destination)


def _can_see_in_moderation(user, kwargs) -> bool:
    """The workflow views of a page (its actions, their confirmation, the preview of the
    revision under review, the confirmation that publishing cancels the workflow) are for
    those who may edit the page or review it at its current task; to anyone else they
    would tell its title (in their refusal) or that it is in moderation."""
    page = Page.objects.filter(pk=kwargs["page_id"]).first()
    if page is None or page.permissions_for_user(user).can_edit():
        return True
    state = page.current_workflow_state
    task_state = state.current_task_state if state is not None else None
    return task_state is not None and bool(task_state.task.specific.get_actions(page, user))


def _can_edit_translation_source(user, kwargs) -> bool:
    """Syncing translations rewrites the translated objects: pages need the right to edit
    the source page; other objects (snippets) are the office's."""
    source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
    if source is None:
        return True
    instance = source.get_source_instance()
    return isinstance(instance, Page) and instance.permissions_for_user(user).can_edit()


# Admin views whose own checks are too wide for institutions' people, with the condition
# under which those people may use them. The association's office may use them all.
RESTRICTED_VIEWS: dict[str, Callable] = {
    # Site-wide reports listing pages regardless of permissions.
    "wagtailadmin_reports:page_types_usage": _office_only,
    "wagtailadmin_reports:page_types_usage_results": _office_only,
    "wagtailadmin_explore": _explorable,
    "wagtailadmin_explore_results": _explorable,
    "wagtailadmin_pages:move_confirm": _can_move_page_to,
    "wagtailadmin_pages:workflow_action": _can_see_in_moderation,
    "wagtailadmin_pages:collect_workflow_action_data": _can_see_in_moderation,
    "wagtailadmin_pages:confirm_workflow_cancellation": _can_see_in_moderation,
    "wagtailadmin_pages:workflow_preview": _can_see_in_moderation,
    # wagtail-localize checks only the global "submit translation" permission here.
    "wagtail_localize:submit_page_translation": _can_edit_page("page_id"),
    "wagtail_localize:submit_snippet_translation": _office_only,
    "wagtail_localize:update_translations": _can_edit_translation_source,
    "wagtail_localize:translations_report": _office_only,
    "wagtail_localize:translations_report_results": _office_only,
}


class AdminIsolationMiddleware:
    """Refuses, with Wagtail's usual message, admin views that would show or change other
    institutions' content to an institution's people (see RESTRICTED_VIEWS)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and request.user.is_authenticated:
            # Refusals, this middleware's and Wagtail's own (it catches PermissionDenied
            # outside the person's language), speak the admin language they chose
            # (Account → Language), as the rest of the admin does.
            return get_localized_response(lambda request: self.get_response(request), request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith("/admin/"):
            return None
        user = request.user
        if not user.is_authenticated or is_association_staff(user):
            return None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        check = RESTRICTED_VIEWS.get(match.view_name)
        if check is not None and not check(user, match.kwargs):
            return permission_denied(request)
        return None
