"""The lists of event registrations in the admin: the association's office sees every
event's, each institution's team its own events'."""

from __future__ import annotations

from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from association.models import SeminarPage
from core.spreadsheets import FILE_FORMATS, spreadsheet_response

from .. import attendance
from .. import registration as registrations
from ..models import AttendanceCertificate, AttendanceIssue, SeminarRegistration


class RegistrationsIndexView(WagtailAdminTemplateMixin, TemplateView):
    """The events whose registrations the user may see."""

    template_name = "network/admin/registrations_index.html"
    page_title = gettext_lazy("Event registrations")
    header_icon = "date"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["seminars"] = (
            registrations.visible_seminars(self.request.user)
            .select_related("institution", "locale")
            .annotate(
                confirmed=Count(
                    "registrations",
                    filter=Q(registrations__status=SeminarRegistration.Status.CONFIRMED),
                    distinct=True,
                ),
                waiting=Count(
                    "registrations",
                    filter=Q(registrations__status=SeminarRegistration.Status.WAITING),
                    distinct=True,
                ),
            )
            .order_by("-starts_at")
        )
        return context


class SeminarAccessMixin:
    def dispatch(self, request: HttpRequest, seminar_id: int, *args, **kwargs):
        self.seminar = registrations.canonical(get_object_or_404(SeminarPage, pk=seminar_id))
        if not registrations.can_view_registrations(request.user, self.seminar):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class RegistrationsView(SeminarAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "network/admin/registrations.html"
    page_title = gettext_lazy("Event registrations")
    header_icon = "date"

    def get_page_subtitle(self):
        return self.seminar.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("network:registrations"), "label": self.page_title},
            {"url": "", "label": self.seminar.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            seminar=self.seminar,
            seats=registrations.seats(self.seminar),
            registrations=SeminarRegistration.objects.filter(seminar=self.seminar)
            .select_related("certificate")
            .order_by("created_at", "pk"),
            certificates=AttendanceCertificate.objects.filter(seminar=self.seminar),
            last_issue=AttendanceIssue.objects.filter(seminar=self.seminar).first(),
            can_manage_attendance=attendance.can_manage_attendance(self.request.user, self.seminar),
        )
        return context


class ExportView(SeminarAccessMixin, TemplateView):
    def get(self, request, *args, file_format: str, **kwargs) -> HttpResponse:
        if file_format not in FILE_FORMATS:
            raise Http404(_("There is no download in this format."))
        return spreadsheet_response(
            [registrations.registrations_table(self.seminar)],
            file_format,
            f"registrations-{self.seminar.slug}",
        )
