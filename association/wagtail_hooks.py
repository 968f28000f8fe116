"""Admin integration: the Institutions menu for the association's office, the team pages
for institutions' administrators, the taxonomies, and the isolation of page choosers."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from . import admin_views
from .models import (
    Institution,
    InstitutionIndexPage,
    InstitutionPage,
    Region,
    ResourceType,
    Subject,
)
from .models.institutions import suspended_section_paths
from .permissions import institution_permission_policy, is_association_staff
from .provisioning import ProvisioningError, delete_institution, provision_institution
from .rights import apply_institution_rights

# What the public sees -------------------------------------------------------------

# A suspended institution's pages stay where they are, out of listings and search.
hooks.register("withdrawn_section_paths", suspended_section_paths)


# The Institutions menu -------------------------------------------------------------

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


class SubjectViewSet(SnippetViewSet):
    model = Subject
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


class ResourceTypeViewSet(SnippetViewSet):
    model = ResourceType
    icon = "doc-full"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (SubjectViewSet, ResourceTypeViewSet, RegionViewSet)
    menu_icon = "tag"
    menu_label = gettext_lazy("Taxonomies")
    menu_name = "taxonomies"


register_snippet(InstitutionViewSet)
register_snippet(TaxonomyViewSetGroup)


# Institutions' own people ----------------------------------------------------------


@hooks.register("register_admin_urls")
def register_team_urls():
    return [
        path(
            "my-institutions/",
            admin_views.MyInstitutionsView.as_view(),
            name="association_my_institutions",
        ),
        path(
            "institutions/<slug:slug>/team/",
            admin_views.TeamView.as_view(),
            name="association_team",
        ),
        path(
            "institutions/<slug:slug>/team/remove/<int:user_id>/",
            admin_views.RemoveMemberView.as_view(),
            name="association_team_remove",
        ),
        path(
            "institutions/<slug:slug>/contacts/",
            admin_views.RecordView.as_view(),
            name="association_record",
        ),
        path(
            "institutions/<slug:slug>/import/",
            admin_views.ImportResourcesView.as_view(),
            name="association_import",
        ),
    ]


class MyInstitutionsMenuItem(MenuItem):
    def is_shown(self, request):
        return institution_permission_policy.own_institutions(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_my_institutions_menu_item():
    return MyInstitutionsMenuItem(
        gettext_lazy("My institutions"),
        reverse("association_my_institutions"),
        icon_name="group",
        order=140,
        name="my-institutions",
    )


@hooks.register("register_log_actions")
def register_team_log_actions(actions):
    class TeamLogFormatter(LogFormatter):
        template = ""

        def format_message(self, log_entry):
            return self.template % {"user": log_entry.data.get("username", "?")}

    for action, label, template in (
        ("association.team.add", gettext_lazy("Team: add"), gettext_lazy("%(user)s added")),
        (
            "association.team.role",
            gettext_lazy("Team: change role"),
            gettext_lazy("Role of %(user)s changed"),
        ),
        (
            "association.team.remove",
            gettext_lazy("Team: remove"),
            gettext_lazy("%(user)s removed"),
        ),
        (
            "association.team.invite",
            gettext_lazy("Team: invite"),
            gettext_lazy("%(user)s invited by e-mail"),
        ),
    ):
        actions.register_action(action)(
            type("Formatter", (TeamLogFormatter,), {"label": label, "template": template})
        )


@hooks.register("register_log_actions")
def register_import_log_action(actions):
    @actions.register_action("association.import")
    class ImportLogFormatter(LogFormatter):
        label = gettext_lazy("Resource import")

        def format_message(self, log_entry):
            counts = {
                status: log_entry.data.get(status, 0)
                for status in ("created", "updated", "unchanged", "rejected")
            }
            message = (
                gettext_lazy(
                    "Resources imported: %(created)s created, %(updated)s updated, "
                    "%(unchanged)s unchanged, %(rejected)s rejected"
                )
                % counts
            )
            rows_left = log_entry.data.get("rows_left", 0)
            if rows_left:
                message += "; " + (
                    ngettext(
                        "stopped by the time limit, %(count)s row left",
                        "stopped by the time limit, %(count)s rows left",
                        rows_left,
                    )
                    % {"count": rows_left}
                )
            return message


# Isolation in page choosers ----------------------------------------------------------


@hooks.register("construct_page_chooser_queryset")
def hide_other_institutions_pages(pages, request):
    """Institutions' people choose among the association's pages and their own sections'
    pages only; other institutions' sections stay out of sight."""
    user = request.user
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


@hooks.register("construct_reports_menu")
def hide_office_reports(request, menu_items):
    """Site-wide reports are the office's (see AdminIsolationMiddleware)."""
    if not is_association_staff(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
