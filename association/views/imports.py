"""Importing a catalogue of resources into an institution's resource list, from the admin.

The upload is checked (format, size, columns) and handed to the task queue as an
ImportJob (association.importjobs); the job's page follows its progress, through a small
script polling its JSON endpoint or by reloading, and gives the report at the end."""

from __future__ import annotations

import csv
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..importer import (
    COLUMNS,
    REQUIRED_COLUMNS,
    ImportFailed,
    Publication,
    ResourceImporter,
    RowStatus,
    Table,
    read_table,
    resource_list,
)
from ..importjobs import DuplicateImport, cancel_job, content_hash, running_import_of, start_job
from ..models import EducationLevel, ImportJob, Institution
from ..permissions import is_association_staff
from .base import InstitutionAccessMixin, InstitutionBreadcrumbsMixin

IMPORT_EXTENSIONS = (".csv", ".xlsx")


def max_import_size() -> int:
    """The largest catalogue file accepted from the admin (PORTAL_IMPORT_MAX_BYTES)."""
    return settings.PORTAL_IMPORT_MAX_BYTES


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


@dataclass
class Upload:
    """A checked catalogue file: its rows, and the bytes to store with the job."""

    table: Table
    content: bytes
    name: str


def duplicate_message(job: ImportJob) -> str:
    return _(
        "This file is already being imported (the import of %(name)s started %(time)s); "
        "wait for it to finish or cancel it before importing the same file again."
    ) % {"name": job.file_name, "time": date_format(localtime(job.created_at), "DATETIME_FORMAT")}


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

    def __init__(
        self, *args, institution: Institution, can_publish: bool, can_create_terms: bool, **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.institution = institution
        self.fields["file"].help_text = self.fields["file"].help_text % {
            "size": filesizeformat(max_import_size())
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
        if upload.size > max_import_size():
            raise forms.ValidationError(
                _("The file is larger than %(size)s; split the catalogue into smaller files.")
                % {"size": filesizeformat(max_import_size())}
            )
        content = upload.read()
        try:
            table = read_table(content, upload.name)
        except ImportFailed as error:
            raise forms.ValidationError(str(error)) from error
        running = running_import_of(self.institution, content_hash(content))
        if running is not None:
            raise forms.ValidationError(duplicate_message(running))
        return Upload(table=table, content=content, name=upload.name)

    def clean(self):
        cleaned = super().clean()
        upload, start_row = cleaned.get("file"), cleaned.get("start_row")
        table = upload.table if upload is not None else None
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
    """An institution's people (and the association's office) upload a catalogue of
    resources for its resource list; the import runs in the background (ImportJobView)."""

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
            institution=self.institution,
            can_publish=may_publish_import(user, self.institution),
            can_create_terms=is_association_staff(user),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            institution=self.institution,
            form=kwargs.get("form") or self.get_form(),
            columns=COLUMNS,
            required_columns=REQUIRED_COLUMNS,
            level_codes=[code for code, _label in EducationLevel.CHOICES],
            import_url=reverse("association:import", args=[self.institution.slug]),
            jobs_url=reverse("association:import_jobs", args=[self.institution.slug]),
            active_jobs=ImportJob.objects.filter(
                institution=self.institution, status__in=ImportJob.ACTIVE
            ).defer("content"),
        )
        return context

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        form = self.get_form(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        data = form.cleaned_data
        upload: Upload = data["file"]
        try:
            # What would stop the import at once (a suspended membership, no resource
            # list) is said here rather than on the job's page.
            ResourceImporter(self.institution)
        except ImportFailed as error:
            form.add_error(None, str(error))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            job = start_job(
                self.institution,
                upload.content,
                upload.name,
                user=request.user,
                publish=data.get("publish", False),
                create_missing_terms=data.get("create_missing_terms", False),
                dry_run=data["dry_run"],
                start_row=data.get("start_row"),
            )
        except DuplicateImport as error:
            form.add_error("file", duplicate_message(error.job) if error.job else str(error))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        return redirect(job_url(job))


def job_url(job: ImportJob, name: str = "import_job") -> str:
    return reverse(f"association:{name}", args=[job.institution.slug, job.pk])


class ImportJobsView(
    InstitutionAccessMixin, InstitutionBreadcrumbsMixin, WagtailAdminTemplateMixin, TemplateView
):
    """The institution's imports, newest first: to come back to one that runs, or to the
    report of one that has finished."""

    template_name = "association/admin/import_jobs.html"
    header_icon = "list-ul"
    action = "view"

    def get_page_title(self):
        return _("Imports")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        jobs = (
            ImportJob.objects.filter(institution=self.institution)
            .select_related("user")
            .defer("content")[:200]
        )
        context.update(
            institution=self.institution,
            jobs=jobs,
            import_url=reverse("association:import", args=[self.institution.slug]),
        )
        return context


class JobAccessMixin(InstitutionAccessMixin):
    """A job of the URL's institution. Another institution's job, and a job under an
    institution the user does not belong to, are not found (404): their existence is
    nobody else's business, and a polling script gets a plain refusal, not a redirect."""

    action = "view"

    def dispatch(self, request: HttpRequest, slug: str, job_id: int, *args, **kwargs):
        self.institution = get_object_or_404(Institution, slug=slug)
        if not self.has_access(request.user):
            raise Http404
        self.job = get_object_or_404(
            ImportJob.objects.defer("content").select_related("institution", "user"),
            pk=job_id,
            institution=self.institution,
        )
        return super(InstitutionAccessMixin, self).dispatch(request, *args, **kwargs)


# The report on the job's page lists every row up to this many; beyond, the rows with
# reasons or remarks, and the CSV has them all.
REPORT_ROWS_SHOWN = 500


class ImportJobView(
    JobAccessMixin, InstitutionBreadcrumbsMixin, WagtailAdminTemplateMixin, TemplateView
):
    """One import: its progress while it runs (updated in place by import-progress.js,
    or on reload), then its counts and row-by-row report."""

    template_name = "association/admin/import_job.html"
    header_icon = "upload"

    def get_page_title(self):
        return _("Import of %(name)s") % {"name": self.job.file_name}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = self.job
        rows = job.rows.all()
        shown = rows
        if job.rows_done > REPORT_ROWS_SHOWN:
            shown = rows.exclude(status=RowStatus.CREATED, notes=[]).exclude(
                status=RowStatus.UNCHANGED
            )[:REPORT_ROWS_SHOWN]
        context.update(
            institution=self.institution,
            job=job,
            progress=job.progress(),
            rows=shown if job.finished else [],
            all_rows_shown=job.rows_done <= REPORT_ROWS_SHOWN,
            progress_url=job_url(job, "import_job_progress"),
            report_url=job_url(job, "import_job_report"),
            cancel_url=job_url(job, "import_job_cancel"),
            jobs_url=reverse("association:import_jobs", args=[self.institution.slug]),
            import_url=reverse("association:import", args=[self.institution.slug]),
        )
        return context


class ImportJobProgressView(JobAccessMixin, View):
    """The job's progress as JSON, for the progress page's script."""

    def get(self, request: HttpRequest, *args, **kwargs) -> JsonResponse:
        response = JsonResponse(self.job.progress())
        response["Cache-Control"] = "no-store"
        return response


class ImportJobReportView(JobAccessMixin, View):
    """The job's full row report as a CSV file (UTF-8 with a BOM, which spreadsheets need
    to read it as UTF-8)."""

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        job = self.job
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stem = job.file_name.rsplit(".", 1)[0] or "catalogue"
        name = f"report-{job.pk}-{_ascii(stem)}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response.write("\ufeff")
        writer = csv.writer(response)
        headers = [_("Row"), "external_id", _("Title"), _("Status"), _("Reasons"), _("Remarks")]
        writer.writerow([*headers, _("Page")])
        for row in job.rows.all().iterator(chunk_size=1000):
            remarks = [*row.notes]
            if row.publication:
                remarks.append(str(Publication.LABELS.get(row.publication, row.publication)))
            writer.writerow(
                [
                    row.number,
                    row.external_id,
                    row.title,
                    str(RowStatus.LABELS.get(row.status, row.status)),
                    "; ".join(row.reasons),
                    "; ".join(remarks),
                    row.page_id or "",
                ]
            )
        return response


def _ascii(name: str) -> str:
    return "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in name)[:60]


class ImportJobCancelView(
    JobAccessMixin, InstitutionBreadcrumbsMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Asks for confirmation, then cancels the job: at once if it waits in the queue,
    after the batch it is writing if it runs (what it wrote stays)."""

    template_name = "association/admin/import_job_cancel.html"
    header_icon = "upload"

    def get_page_title(self):
        return _("Cancel the import of %(name)s") % {"name": self.job.file_name}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(job=self.job, job_url=job_url(self.job))
        return context

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if self.job.active:
            cancel_job(self.job)
            messages.success(request, _("The import is being cancelled."))
        return redirect(job_url(self.job))
