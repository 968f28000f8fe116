"""Admin menu items of the association app, shown as the institution permission policy
says (registered in wagtail_hooks.py)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import get_language
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Page

from .permissions import institution_permission_policy, is_association_staff


class MyInstitutionsMenuItem(MenuItem):
    def is_shown(self, request):
        return institution_permission_policy.own_institutions(request.user).exists()


class ExpertReviewsMenuItem(MenuItem):
    """The list of expert reviews, for those who may read some (association/reviews.py)."""

    def is_shown(self, request):
        from .reviews import may_read_reviews_list

        return may_read_reviews_list(request.user)


class OfficeMenuItem(MenuItem):
    """An item only the association's office sees (its queues and background work)."""

    def is_shown(self, request):
        return is_association_staff(request.user)


class SectionExplorerMenuItem(ExplorerMenuItem):
    """Wagtail's "Pages" item, opening at the section of the one institution whose team
    the user is in (in the admin's language where the section is translated): their
    pages span both languages' trees, so Wagtail's own start, the pages' common
    ancestor, is the root, where nothing of theirs can be created. Anyone else (the
    office, members of several teams) keeps Wagtail's start."""

    @classmethod
    def replacing(cls, item: MenuItem) -> SectionExplorerMenuItem:
        return cls(
            item.label,
            item.url,
            name=item.name,
            classname=item.classname,
            icon_name=item.icon_name,
            attrs=item.attrs,
            order=item.order,
        )

    def section(self, request) -> Page | None:
        if is_association_staff(request.user):
            return None
        institutions = list(institution_permission_policy.own_institutions(request.user)[:2])
        if len(institutions) != 1:
            return None
        return institutions[0].page_for_language(get_language())

    def render_component(self, request):
        section = self.section(request)
        if section is None:
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name,
            self.label,
            reverse("wagtailadmin_explore", args=[section.pk]),
            section.pk,
            icon_name=self.icon_name,
            classname=self.classname,
        )
