"""Attendance in the admin: marking who came (from the registration list or a webinar
platform's CSV report), issuing an event's certificates of attendance in the background
and following the progress, revoking one with a reason. Only the event's organiser (its
institution's team, or the association's office) may: others get 403, certificates of
other events 404."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from association.models import SeminarPage

from .. import attendance, tasks
from .. import registration as registrations
from ..models import AttendanceCertificate, AttendanceIssue


class OrganiserMixin:
    """The event (in the default language) and the refusal of anyone but its organiser."""

    def dispatch(self, request: HttpRequest, seminar_id: int, *args, **kwargs):
        self.seminar = registrations.canonical(get_object_or_404(SeminarPage, pk=seminar_id))
        if not attendance.can_manage_attendance(request.user, self.seminar):
            # A plain 403 page rather than Wagtail's redirect to the dashboard: what is
            # refused here should say so to scripts and to people alike.
            return TemplateResponse(
                request,
                "network/admin/refused.html",
                {"page_title": _("Not allowed"), "header_icon": "warning"},
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.seminar.title

    def get_breadcrumbs_items(self):
        # Home › Event registrations › the event › this page, so the header names where
        # one is (Wagtail's default is Home alone).
        return [
            *self.breadcrumbs_items,
            {"url": reverse("network:registrations"), "label": _("Event registrations")},
            {"url": self.list_url(), "label": self.seminar.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def list_url(self) -> str:
        return reverse("network:seminar_registrations", args=[self.seminar.pk])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(seminar=self.seminar, list_url=self.list_url())
        return context


class MarkView(OrganiserMixin, TemplateView):
    """The registration list's bulk action: the ticked registrants came (or did not)."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        ids = [value for value in request.POST.getlist("registration") if value.isdigit()]
        present = request.POST.get("action") != "absent"
        if not ids:
            messages.warning(request, _("Tick the people to mark first."))
            return redirect(self.list_url())
        changed = attendance.mark(self.seminar, ids, attended=present)
        if present:
            text = ngettext(
                "%(count)d person marked present.", "%(count)d people marked present.", changed
            )
        else:
            text = ngettext(
                "%(count)d person marked absent.", "%(count)d people marked absent.", changed
            )
        messages.success(request, text % {"count": changed})
        return redirect(self.list_url())


class AttendanceFileForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Report of the webinar platform (CSV)"),
        help_text=gettext_lazy(
            "A CSV file with a column of participants' e-mail addresses (“Email”, "
            "“Электронная почта”…); everyone registered with one of them is marked present."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )


class ImportView(OrganiserMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "network/admin/attendance_import.html"
    page_title = gettext_lazy("Import attendance")
    header_icon = "upload"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", AttendanceFileForm())
        return context

    def post(self, request, *args, **kwargs):
        form = AttendanceFileForm(request.POST, request.FILES)
        context = {"form": form}
        status = 400
        if form.is_valid():
            try:
                context["report"] = attendance.import_attendance(
                    self.seminar, form.cleaned_data["file"]
                )
                status = 200
            except attendance.AttendanceFileError as error:
                form.add_error("file", str(error))
        return self.render_to_response(self.get_context_data(**context), status=status)


class IssueForm(forms.Form):
    hours = forms.DecimalField(
        label=gettext_lazy("Hours"),
        min_value=0.5,
        max_value=999,
        decimal_places=1,
        help_text=gettext_lazy("Printed on every certificate of this issue"),
    )


class IssueView(OrganiserMixin, WagtailAdminTemplateMixin, TemplateView):
    """Issue certificates to everyone marked present who has none yet."""

    template_name = "network/admin/attendance_issue.html"
    page_title = gettext_lazy("Issue certificates of attendance")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault(
            "form", IssueForm(initial={"hours": attendance.default_hours(self.seminar)})
        )
        context["waiting"] = attendance.waiting_for_certificates(self.seminar).count()
        return context

    def post(self, request, *args, **kwargs):
        form = IssueForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        if not attendance.waiting_for_certificates(self.seminar).exists():
            messages.warning(request, _("Everyone marked present has a certificate already."))
            return redirect(self.list_url())
        issue = tasks.start_issue(self.seminar, request.user, form.cleaned_data["hours"])
        return redirect(
            reverse("network:attendance_issue_progress", args=[self.seminar.pk, issue.pk])
        )


class IssueProgressView(OrganiserMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "network/admin/attendance_progress.html"
    page_title = gettext_lazy("Issue of certificates of attendance")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["issue"] = get_object_or_404(
            AttendanceIssue, pk=self.kwargs["issue_id"], seminar=self.seminar
        )
        return context


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Shown to anyone who checks the certificate"),
    )


class RevokeView(OrganiserMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks for the reason and a confirmation, then revokes."""

    template_name = "network/admin/attendance_revoke.html"
    page_title = gettext_lazy("Revoke a certificate of attendance")
    header_icon = "warning"

    def certificate(self) -> AttendanceCertificate:
        return get_object_or_404(
            AttendanceCertificate, pk=self.kwargs["certificate_id"], seminar=self.seminar
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", RevokeForm())
        context["certificate"] = self.certificate()
        return context

    def post(self, request, *args, **kwargs):
        certificate = self.certificate()
        form = RevokeForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        attendance.revoke(certificate, form.cleaned_data["reason"], request.user)
        messages.success(
            request,
            _("Certificate %(number)s is revoked.") % {"number": certificate.number},
        )
        return redirect(self.list_url())
