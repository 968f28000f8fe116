"""Importing a catalogue of resources into an institution's resource list, from the admin."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..importer import (
    COLUMNS,
    REQUIRED_COLUMNS,
    ImportFailed,
    ResourceImporter,
    read_table,
    resource_list,
)
from ..models import EducationLevel, Institution
from ..permissions import is_association_staff
from .base import InstitutionAccessMixin, InstitutionBreadcrumbsMixin

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
        help_text=gettext_lazy(
            "A new term is created in the language its name is written in (Cyrillic: "
            "Russian, Latin: English), with its translations into the other languages "
            "waiting in the translation editor."
        ),
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


class ImportResourcesView(
    InstitutionAccessMixin, InstitutionBreadcrumbsMixin, WagtailAdminTemplateMixin, TemplateView
):
    """An institution's people (and the association's office) import a catalogue of
    resources into its resource list; the results page shows the row-by-row report."""

    template_name = "association/admin/import_resources.html"
    header_icon = "upload"

    action = "view"

    def get_page_title(self):
        return _("Import resources")

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
            import_url=reverse("association:import", args=[self.institution.slug]),
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
