"""The Institutions menu of the association's office, and the taxonomies: snippet
viewsets, with the views that provision, re-apply rights and refuse deletion."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from ..models import Institution, Region, ResourceType, RubricCriterion, Subject
from ..provisioning import ProvisioningError, delete_institution, provision_institution
from ..rights import apply_institution_rights

CREATE_PANELS = [
    FieldPanel("slug"),
    FieldPanel("name"),
    FieldPanel("name_en"),
    FieldPanel("short_name"),
    FieldPanel("kind"),
    MultiFieldPanel(
        [FieldPanel("region"), FieldPanel("city"), FieldPanel("address")],
        heading=gettext_lazy("Location"),
    ),
    MultiFieldPanel(
        [FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")],
        heading=gettext_lazy("Contacts"),
    ),
    MultiFieldPanel(
        [FieldPanel("member_since"), FieldPanel("trusted")],
        heading=gettext_lazy("Membership"),
    ),
]


class InstitutionCreateView(CreateView):
    """Adding an institution provisions everything it needs, in one transaction."""

    def get_panel(self):
        return ObjectList(CREATE_PANELS).bind_to_model(Institution)

    def get_form_class(self):
        return self.panel.get_form_class()

    def save_instance(self):
        record = self.form.instance
        fields = {
            name: getattr(record, name)
            for name in (
                "name_en",
                "short_name",
                "kind",
                "region",
                "city",
                "address",
                "website",
                "email",
                "phone",
                "member_since",
                "trusted",
            )
        }
        provisioned = provision_institution(
            record.slug, record.name, actor=self.request.user, **fields
        )
        return provisioned.institution

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProvisioningError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)


class InstitutionEditView(EditView):
    """Saving re-applies the institution's rights, which follow its status and trust."""

    def save_instance(self):
        instance = super().save_instance()
        apply_institution_rights(instance)
        return instance


class InstitutionDeleteView(DeleteView):
    """Deleting is refused while the institution has content of its own."""

    def form_valid(self, form):
        try:
            delete_institution(self.object)
        except ProvisioningError as error:
            messages.error(self.request, str(error))
            return redirect(self.get_edit_url_for(self.object))
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url())

    def get_edit_url_for(self, instance):
        return reverse("institutions:edit", args=[instance.pk])


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "group"
    menu_label = gettext_lazy("Institutions")
    menu_order = 150
    add_to_admin_menu = True
    url_prefix = "institutions"
    admin_url_namespace = "institutions"
    list_display = ["name", "kind", "region", "status", "trusted", "member_since"]
    list_filter = ["kind", "status", "trusted", "region"]
    search_fields = ["name", "name_en", "short_name", "slug", "city"]
    ordering = ["name"]
    add_view_class = InstitutionCreateView
    edit_view_class = InstitutionEditView
    delete_view_class = InstitutionDeleteView


# A term whose name is still the other language's says so in the listing (its translation
# is waiting in the translation editor); duplicates are merged by a bulk action (terms.py).
TERM_COLUMNS = [
    "name",
    "slug",
    "locale",
    Column("translation_state", label=gettext_lazy("Translation")),
]


class SubjectViewSet(SnippetViewSet):
    model = Subject
    icon = "tag"
    list_display = TERM_COLUMNS
    search_fields = ["name", "slug"]


class ResourceTypeViewSet(SnippetViewSet):
    model = ResourceType
    icon = "doc-full"
    list_display = TERM_COLUMNS
    search_fields = ["name", "slug"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = TERM_COLUMNS
    search_fields = ["name", "slug"]


class RubricViewSet(SnippetViewSet):
    """The rubric experts score resources on: its criteria in order, in each language."""

    model = RubricCriterion
    icon = "list-ol"
    menu_label = gettext_lazy("Review rubric")
    menu_order = 160
    add_to_admin_menu = True
    url_prefix = "rubric"
    list_display = ["name", "position", "locale"]
    ordering = ["position", "pk"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (SubjectViewSet, ResourceTypeViewSet, RegionViewSet)
    menu_icon = "tag"
    menu_label = gettext_lazy("Taxonomies")
    menu_name = "taxonomies"
