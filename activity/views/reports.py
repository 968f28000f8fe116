"""Activity reports in the Wagtail admin.

The association's office sees every institution; an institution's administrators see
their own institutions only (the overview lists just those, and another institution's
report or export is refused). Other people are refused.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from association.models import Institution
from association.permissions import institution_permission_policy
from association.views.base import BreadcrumbsMixin
from core.spreadsheets import FILE_FORMATS, FORMAT_LABELS, spreadsheet_response

from ..exports import institution_tables, overview_tables
from ..reports import (
    COLUMNS,
    PeriodForm,
    Row,
    bar_chart,
    institution_activity,
    overview,
    totals,
)


def reportable_institutions(user):
    """The institutions whose activity `user` may see: those whose record they may
    change (the office: all of them)."""
    return institution_permission_policy.instances_user_has_permission_for(user, "change")


def may_see_reports(user) -> bool:
    return reportable_institutions(user).exists()


class ReportMixin(BreadcrumbsMixin, WagtailAdminTemplateMixin):
    header_icon = "table"

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        if not may_see_reports(request.user):
            return permission_denied(request)
        self.form = PeriodForm(request.GET)
        return super().dispatch(request, *args, **kwargs)

    def period(self) -> tuple | None:
        if not self.form.is_valid():
            return None
        data = self.form.cleaned_data
        return data["start"], data["end"]

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)

    def query(self, **changes) -> str:
        params = self.request.GET.copy()
        for name, value in changes.items():
            params[name] = value
        return params.urlencode()

    def export_or_page(self, file_format: str | None, tables, filename: str, context: dict):
        if file_format is not None:
            if file_format not in FILE_FORMATS or context.get("invalid"):
                return self.render_to_response(context, status=400)
            return spreadsheet_response(tables(), file_format, filename)
        return self.render_to_response(context, status=400 if context.get("invalid") else 200)

    def export_links(self, url_for) -> list[dict]:
        """Links to the same report in each spreadsheet format; `url_for(format)` gives
        the URL."""
        query = self.query()
        return [
            {"label": label, "url": url_for(code) + (f"?{query}" if query else "")}
            for code, label in FORMAT_LABELS.items()
        ]

    def other_languages(self) -> list[tuple]:
        return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class OverviewView(ReportMixin, TemplateView):
    """Every institution the user may see, one row each, sortable, with a chart."""

    template_name = "activity/admin/overview.html"
    page_title = gettext_lazy("Activity reports")

    def get(self, request: HttpRequest, file_format: str | None = None) -> HttpResponse:
        context = self.get_context_data()
        period = self.period()
        if period is None:
            context["invalid"] = True
            return self.export_or_page(file_format, None, "", context)
        sort = self.form.cleaned_data.get("sort") or ""
        reports = overview(reportable_institutions(request.user), *period, sort=sort)
        start, end = period
        context.update(
            reports=reports,
            start=start,
            end=end,
            totals=totals(reports),
            languages=self.other_languages(),
            columns=self.sort_links(sort),
            chart=bar_chart(
                [Row(report.institution.label, report.pages_published) for report in reports]
            ),
            export_links=self.export_links(
                lambda code: reverse("activity:report_export", args=[code])
            ),
        )
        return self.export_or_page(
            file_format,
            lambda: overview_tables(reports, self.other_languages()),
            f"activity-{start:%Y%m%d}-{end:%Y%m%d}",
            context,
        )

    def sort_links(self, current: str) -> list[dict]:
        links = []
        for key, (_attribute, label) in COLUMNS.items():
            ascending = current == key
            descending = current == f"-{key}"
            links.append(
                {
                    "key": key,
                    "label": label,
                    "url": "?" + self.query(sort=key if not ascending else f"-{key}"),
                    "order": "ascending" if ascending else "descending" if descending else None,
                }
            )
        return links


class InstitutionReportView(ReportMixin, TemplateView):
    """One institution's report: figures, tables and charts by type, level and subject."""

    template_name = "activity/admin/institution.html"

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        self.institution = get_object_or_404(Institution, slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Activity report")

    def get_page_subtitle(self):
        return self.institution.label

    breadcrumbs_parents = [(gettext_lazy("Activity reports"), "activity:report")]

    def get_breadcrumbs_label(self):
        return self.institution.label

    def get(self, request: HttpRequest, slug: str, file_format: str | None = None) -> HttpResponse:
        if not reportable_institutions(request.user).filter(pk=self.institution.pk).exists():
            return permission_denied(request)
        context = self.get_context_data(institution=self.institution)
        period = self.period()
        if period is None:
            context["invalid"] = True
            return self.export_or_page(file_format, None, "", context)
        report = institution_activity(self.institution, *period)
        start, end = period
        context.update(
            report=report,
            start=start,
            end=end,
            charts={
                "types": bar_chart(report.pages_by_type),
                "levels": bar_chart(report.resources_by_level),
                "subjects": bar_chart(report.resources_by_subject),
            },
            export_links=self.export_links(
                lambda code: reverse("activity:institution_report_export", args=[slug, code])
            ),
        )
        return self.export_or_page(
            file_format,
            lambda: institution_tables(report),
            f"activity-{slug}-{start:%Y%m%d}-{end:%Y%m%d}",
            context,
        )
