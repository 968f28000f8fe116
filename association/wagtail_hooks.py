"""Admin registrations of the association app: the Institutions menu and the taxonomies
(views/institutions.py), the admin of institutions' own people (admin_urls.py,
admin_menus.py), audit-log actions (log_formatters.py), the isolation of page choosers
and reports (isolation.py) and the bulk actions (views/bulk_actions.py, views/terms.py)."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet

from . import admin_urls, display_names, isolation, reviews
from .admin_menus import ExpertReviewsMenuItem, MyInstitutionsMenuItem, SectionExplorerMenuItem
from .log_formatters import ImportLogFormatter, ReviewConsentLogFormatter, team_log_formatters
from .models import ResourcePage
from .models.institutions import suspended_section_paths
from .views.bulk_actions import BULK_ACTIONS
from .views.institutions import InstitutionViewSet, RubricViewSet, TaxonomyViewSetGroup
from .views.moderation import ResourcePageViewSet
from .views.terms import MergeTermsBulkAction

# What the public sees -------------------------------------------------------------

# A suspended institution's pages stay where they are, out of listings and search.
hooks.register("withdrawn_section_paths", suspended_section_paths)


# The Institutions menu -------------------------------------------------------------

register_snippet(InstitutionViewSet)
register_snippet(TaxonomyViewSetGroup)
register_snippet(RubricViewSet)


# Institutions' own people ----------------------------------------------------------


@hooks.register("register_admin_urls")
def register_team_urls():
    return [path("", include((admin_urls, "association"), namespace="association"))]


@hooks.register("register_admin_menu_item")
def register_my_institutions_menu_item():
    return MyInstitutionsMenuItem(
        gettext_lazy("My institutions"),
        reverse("association:my_institutions"),
        icon_name="group",
        order=140,
        name="my-institutions",
    )


@hooks.register("register_admin_menu_item")
def register_expert_reviews_menu_item():
    return ExpertReviewsMenuItem(
        gettext_lazy("Expert reviews"),
        reverse("association:reviews"),
        icon_name="tasks",
        order=145,
        name="expert-reviews",
    )


@hooks.register("register_page_header_buttons")
def expert_review_button(page, user, view_name, next_url=None):
    """On a resource's pages in the admin: its reviews, and its institution's consent."""
    if isinstance(page.specific_deferred, ResourcePage) and reviews.may_see_reviews(
        user, page.specific_deferred
    ):
        yield Button(
            gettext_lazy("Expert review"),
            reverse("association:resource_reviews", args=(page.pk,)),
            icon_name="tasks",
            priority=66,
        )


@hooks.register("register_admin_viewset")
def register_resource_page_viewset():
    return ResourcePageViewSet()


@hooks.register("construct_main_menu")
def start_the_explorer_in_the_users_section(request, menu_items):
    menu_items[:] = [
        SectionExplorerMenuItem.replacing(item) if item.name == "explorer" else item
        for item in menu_items
    ]


@hooks.register("register_log_actions")
def register_team_log_actions(actions):
    for action, formatter in team_log_formatters():
        actions.register_action(action)(formatter)


@hooks.register("register_log_actions")
def register_import_log_action(actions):
    actions.register_action("association.import")(ImportLogFormatter)
    actions.register_action("association.review_consent")(ReviewConsentLogFormatter)


# Isolation in page choosers and reports ----------------------------------------------


@hooks.register("construct_page_chooser_queryset")
def hide_other_institutions_pages(pages, request):
    return isolation.choosable_pages(pages, request.user)


@hooks.register("construct_reports_menu")
def hide_office_reports(request, menu_items):
    isolation.hide_office_reports(request.user, menu_items)


# Bulk actions whose confirmations count what the user may not act on; registered after
# Wagtail's (order), which they replace.
for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action, order=1)

# Merging duplicate taxonomy terms (views/terms.py).
hooks.register("register_bulk_action", MergeTermsBulkAction)


hooks.register("construct_page_action_menu", display_names.name_workflows_in_action_menu)
