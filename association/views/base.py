"""What the admin views share: breadcrumbs written once, and the institution of the URL."""

from __future__ import annotations

from collections.abc import Sequence

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy
from wagtail.admin.auth import permission_denied

from ..models import Institution
from ..permissions import institution_permission_policy


class BreadcrumbsMixin:
    """An admin view's breadcrumbs: Wagtail's own start (Home), the views above this one,
    then this view's page, not linked.

    Put it before `WagtailAdminTemplateMixin` among the bases.
    """

    # The views between Home and this one: (label, URL name) each.
    breadcrumbs_parents: Sequence[tuple[str, str]] = ()

    def get_breadcrumbs_label(self) -> str:
        """The last item: this view's page."""
        return self.get_page_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            *({"url": reverse(name), "label": label} for label, name in self.breadcrumbs_parents),
            {"url": "", "label": self.get_breadcrumbs_label()},
        ]


class InstitutionAccessMixin:
    """Finds the institution of the URL and refuses, with Wagtail's message, people the
    institution permission policy does not allow the view's `action`; the institution's
    name is the page's subtitle."""

    def dispatch(self, request: HttpRequest, slug: str, *args, **kwargs):
        self.institution = get_object_or_404(Institution, slug=slug)
        if not self.has_access(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    # What the view is for, as an action of the institution permission policy.
    action = "manage_team"

    def has_access(self, user) -> bool:
        return institution_permission_policy.user_has_permission_for_instance(
            user, self.action, self.institution
        )

    def get_page_subtitle(self):
        return self.institution.label

    def team_url(self) -> str:
        return reverse("association:team", args=[self.institution.slug])


class InstitutionBreadcrumbsMixin(BreadcrumbsMixin):
    """Home › My institutions › the institution."""

    breadcrumbs_parents = [(gettext_lazy("My institutions"), "association:my_institutions")]

    def get_breadcrumbs_label(self) -> str:
        return self.institution.label
