"""Admin views for institutions' own people: their institutions, their team, their record.

The association's office works with institutions through the Institutions menu (see
wagtail_hooks.py); these views are what an institution's administrators use.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from .importer import (
    COLUMNS,
    REQUIRED_COLUMNS,
    ImportFailed,
    ResourceImporter,
    read_table,
    resource_list,
)
from .models import EducationLevel, Institution
from .permissions import institution_permission_policy, is_association_staff
from .rights import Role
from .team import (
    TeamError,
    User,
    find_user,
    invite,
    members,
    remove_member,
    role_of,
    set_role,
)

ROLE_CHOICES = [
    (Role.EDITOR, gettext_lazy("Editor")),
    (Role.ADMIN, gettext_lazy("Administrator")),
]


class AddMemberForm(forms.Form):
    identifier = forms.CharField(
        label=gettext_lazy("Username or e-mail of an existing account"), max_length=254
    )
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=ROLE_CHOICES)

    def clean_identifier(self):
        user = find_user(self.cleaned_data["identifier"])
        if user is None or not user.is_active:
            raise forms.ValidationError(
                _("No active account has this username or e-mail. Invite the person instead.")
            )
        return user


class InviteForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail"))
    first_name = forms.CharField(label=gettext_lazy("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=gettext_lazy("Last name"), max_length=150, required=False)
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=ROLE_CHOICES)


class RoleForm(forms.Form):
    user = forms.ModelChoiceField(queryset=User.objects.all(), widget=forms.HiddenInput)
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=ROLE_CHOICES)


class InstitutionAccessMixin:
    """Finds the institution of the URL and refuses people who may not manage its team."""

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

    def team_url(self) -> str:
        return reverse("association_team", args=[self.institution.slug])


class MyInstitutionsView(WagtailAdminTemplateMixin, TemplateView):
    """The institutions the user belongs to, with what they can do in each."""

    template_name = "association/admin/my_institutions.html"
    page_title = gettext_lazy("My institutions")
    header_icon = "group"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        rows = []
        policy = institution_permission_policy
        for institution in policy.own_institutions(user).select_related("collection"):
            rows.append(
                {
                    "institution": institution,
                    "role": role_of(institution, user),
                    "can_manage": policy.user_has_permission_for_instance(
                        user, "manage_team", institution
                    ),
                    "section": institution.page_for_language(get_language()),
                }
            )
        context["rows"] = rows
        return context


class TeamView(InstitutionAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """List the team; add, invite and change the role of members."""

    template_name = "association/admin/team.html"
    header_icon = "group"

    def get_page_title(self):
        return _("Team")

    def get_page_subtitle(self):
        return self.institution.label

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("association_my_institutions"), "label": _("My institutions")},
            {"url": "", "label": self.institution.label},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            institution=self.institution,
            members=members(self.institution),
            add_form=kwargs.get("add_form") or AddMemberForm(prefix="add"),
            invite_form=kwargs.get("invite_form") or InviteForm(prefix="invite"),
            role_choices=ROLE_CHOICES,
        )
        return context

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        action = request.POST.get("action")
        forms_in_error = {}
        try:
            if action == "add":
                form = AddMemberForm(request.POST, prefix="add")
                if form.is_valid():
                    user = form.cleaned_data["identifier"]
                    set_role(self.institution, user, form.cleaned_data["role"], actor=request.user)
                    messages.success(request, _("%(user)s is now in the team.") % {"user": user})
                    return redirect(self.team_url())
                forms_in_error["add_form"] = form
            elif action == "invite":
                form = InviteForm(request.POST, prefix="invite")
                if form.is_valid():
                    data = form.cleaned_data
                    invite(
                        self.institution,
                        data["email"],
                        data["role"],
                        actor=request.user,
                        first_name=data["first_name"],
                        last_name=data["last_name"],
                        language=get_language(),
                    )
                    messages.success(
                        request,
                        _("An invitation has been sent to %(email)s.") % {"email": data["email"]},
                    )
                    return redirect(self.team_url())
                forms_in_error["invite_form"] = form
            elif action == "role":
                form = RoleForm(request.POST)
                if form.is_valid() and role_of(self.institution, form.cleaned_data["user"]):
                    user = form.cleaned_data["user"]
                    set_role(self.institution, user, form.cleaned_data["role"], actor=request.user)
                    messages.success(
                        request, _("The role of %(user)s is changed.") % {"user": user}
                    )
                else:
                    messages.error(request, _("Choose a member of this team and a role."))
                return redirect(self.team_url())
            else:
                messages.error(request, _("Unknown action."))
                return redirect(self.team_url())
        except TeamError as error:
            messages.error(request, str(error))
            return redirect(self.team_url())
        return self.render_to_response(self.get_context_data(**forms_in_error), status=400)


class RemoveMemberView(InstitutionAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """Ask for confirmation, then remove a member from the team."""

    template_name = "association/admin/remove_member.html"
    header_icon = "group"

    def dispatch(self, request, slug, user_id, *args, **kwargs):
        self.member = get_object_or_404(User, pk=user_id)
        return super().dispatch(request, slug, *args, **kwargs)

    def get_page_title(self):
        return _("Remove from the team")

    def get_page_subtitle(self):
        return self.institution.label

    def get(self, request, *args, **kwargs):
        if role_of(self.institution, self.member) is None:
            messages.error(request, _("%(user)s is not in this team.") % {"user": self.member})
            return redirect(self.team_url())
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(institution=self.institution, member=self.member, team_url=self.team_url())
        return context

    def post(self, request, *args, **kwargs):
        try:
            remove_member(self.institution, self.member, actor=request.user)
        except TeamError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("%(user)s is no longer in the team.") % {"user": self.member}
            )
        return redirect(self.team_url())


class RecordForm(forms.ModelForm):
    class Meta:
        model = Institution
        fields = ["city", "address", "website", "email", "phone"]


class RecordView(InstitutionAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """The institution's administrators keep their record's contacts up to date."""

    template_name = "association/admin/record.html"
    header_icon = "doc-full"

    action = "change"

    def get_page_title(self):
        return _("Contacts")

    def get_page_subtitle(self):
        return self.institution.label

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            institution=self.institution,
            form=kwargs.get("form") or RecordForm(instance=self.institution),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = RecordForm(request.POST, instance=self.institution)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        form.save()
        log(instance=self.institution, action="wagtail.edit", user=request.user)
        messages.success(request, _("The contacts are saved."))
        return redirect("association_my_institutions")


# Importing resources -----------------------------------------------------------------

# The largest catalogue file accepted from the admin (a module constant, so tests can
# lower it).
MAX_IMPORT_SIZE = 5 * 1024 * 1024
IMPORT_EXTENSIONS = (".csv", ".xlsx")


def may_publish_import(user, institution: Institution) -> bool:
    """Whoever may publish in the institution's resource list: the association's office.

    A trusted institution's administrators publish their news and events directly, but
    their resources pass the expert review like everyone's (association/rights.py), so an
    import does not let them skip it. This follows the page permissions, so it changes
    with them.
    """
    if not user.is_active:
        return False
    index = resource_list(institution)
    return index is not None and index.permissions_for_user(user).can_publish_subpage()


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Catalogue file"),
        help_text=gettext_lazy(
            "CSV (UTF-8, separated by commas) or XLSX (the first sheet), at most %(size)s"
        ),
    )
    publish = forms.BooleanField(
        label=gettext_lazy("Publish new and changed resources"),
        required=False,
        help_text=gettext_lazy(
            "Otherwise new resources are drafts, and changes to published resources are saved "
            "as drafts"
        ),
    )
    create_missing_terms = forms.BooleanField(
        label=gettext_lazy("Create missing subjects and resource types"),
        required=False,
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Dry run: check the file and show the report without saving"),
        required=False,
    )
    start_row = forms.IntegerField(
        label=gettext_lazy("Start at row"),
        required=False,
        min_value=2,
        help_text=gettext_lazy(
            "Leave empty to import the whole file. To go on with a file whose import "
            "stopped, give the row after the last one handled: the rows before it are skipped"
        ),
    )

    def __init__(self, *args, can_publish: bool, can_create_terms: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = self.fields["file"].help_text % {
            "size": filesizeformat(MAX_IMPORT_SIZE)
        }
        # Options the user may not use are not offered, and so never reach cleaned_data.
        if not can_publish:
            del self.fields["publish"]
        if not can_create_terms:
            del self.fields["create_missing_terms"]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(IMPORT_EXTENSIONS):
            raise forms.ValidationError(_("Upload a CSV or XLSX file."))
        if upload.size > MAX_IMPORT_SIZE:
            raise forms.ValidationError(
                _("The file is larger than %(size)s; split the catalogue into smaller files.")
                % {"size": filesizeformat(MAX_IMPORT_SIZE)}
            )
        try:
            return read_table(upload.read(), upload.name)
        except ImportFailed as error:
            raise forms.ValidationError(str(error)) from error

    def clean(self):
        cleaned = super().clean()
        table, start_row = cleaned.get("file"), cleaned.get("start_row")
        if table is not None and table.rows and start_row:
            last = table.rows[-1][0]
            if start_row > last:
                self.add_error(
                    "start_row",
                    _("The file's last row is row %(last)s.") % {"last": last},
                )
        return cleaned


class ImportResourcesView(InstitutionAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """An institution's people (and the association's office) import a catalogue of
    resources into its resource list; the results page shows the row-by-row report."""

    template_name = "association/admin/import_resources.html"
    header_icon = "upload"

    action = "view"

    def get_page_title(self):
        return _("Import resources")

    def get_page_subtitle(self):
        return self.institution.label

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("association_my_institutions"), "label": _("My institutions")},
            {"url": "", "label": self.institution.label},
        ]

    def get_form(self, data=None, files=None) -> ImportForm:
        user = self.request.user
        return ImportForm(
            data,
            files,
            can_publish=may_publish_import(user, self.institution),
            can_create_terms=is_association_staff(user),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            institution=self.institution,
            form=kwargs.get("form") or self.get_form(),
            report=kwargs.get("report"),
            columns=COLUMNS,
            required_columns=REQUIRED_COLUMNS,
            level_codes=[code for code, _label in EducationLevel.CHOICES],
            import_url=reverse("association_import", args=[self.institution.slug]),
        )
        return context

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        form = self.get_form(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        data = form.cleaned_data
        try:
            importer = ResourceImporter(
                self.institution,
                user=request.user,
                publish=data.get("publish", False),
                create_missing_terms=data.get("create_missing_terms", False),
                dry_run=data["dry_run"],
                time_limit=settings.PORTAL_IMPORT_REQUEST_SECONDS,
                start_row=data.get("start_row"),
            )
            report = importer.run(data["file"])
        except ImportFailed as error:
            form.add_error(None, str(error))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        next_form = self.get_form()
        if report.stopped_after:
            # The same choices again, from the next row: only the file is to be chosen again.
            next_form.initial = {
                name: data.get(name) for name in ("publish", "create_missing_terms", "dry_run")
            }
            next_form.initial["start_row"] = report.stopped_after + 1
        return self.render_to_response(self.get_context_data(form=next_form, report=report))
