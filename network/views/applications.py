"""The queue of applications to join, in the admin: the association's office's only."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from association.permissions import is_association_staff
from association.provisioning import ProvisioningError
from association.team import TeamError

from .. import joining
from ..forms import AcceptForm, DeclineForm
from ..models import MembershipApplication


class OfficeOnlyMixin:
    """The queue is the association's office's business; institutions' people are refused."""

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        if not is_association_staff(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class ApplicationListView(OfficeOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Applications to join, waiting ones first, with possible duplicates flagged."""

    template_name = "network/admin/application_list.html"
    page_title = gettext_lazy("Applications to join")
    header_icon = "form"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", MembershipApplication.Status.PENDING)
        if status not in MembershipApplication.Status.values and status != "all":
            status = MembershipApplication.Status.PENDING
        applications = MembershipApplication.objects.select_related("region", "institution")
        if status != "all":
            applications = applications.filter(status=status)
        applications = list(applications[:500])
        flags = MembershipApplication.duplicate_flags(applications)
        context.update(
            applications=[(item, flags[item.pk]) for item in applications],
            status=status,
            statuses=[*MembershipApplication.Status.choices, ("all", _("All"))],
        )
        return context


class ApplicationMixin(OfficeOnlyMixin):
    def dispatch(self, request, pk: int, *args, **kwargs):
        self.application = get_object_or_404(MembershipApplication, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def detail_url(self) -> str:
        return reverse("network:application", args=[self.application.pk])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["application"] = self.application
        context["duplicates"] = self.application.duplicates()
        return context

    def get_page_subtitle(self):
        return self.application.name


class ApplicationDetailView(ApplicationMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "network/admin/application_detail.html"
    page_title = gettext_lazy("Application to join")
    header_icon = "form"


class DecideView(ApplicationMixin, WagtailAdminTemplateMixin, TemplateView):
    """Shows the confirmation form (GET) and decides (POST)."""

    template_name = "network/admin/application_decide.html"
    header_icon = "form"
    form_class = AcceptForm

    def get_form(self):
        return self.form_class(self.request.POST or None, initial=self.get_initial())

    def get_initial(self) -> dict:
        return {}

    def get(self, request, *args, **kwargs):
        if not self.application.is_pending:
            messages.error(request, _("This application has already been decided."))
            return redirect(self.detail_url())
        return self.render_to_response(self.get_context_data(form=self.get_form()))

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if form.is_valid():
            try:
                response = self.decide(form.cleaned_data)
            except (joining.DecisionError, ProvisioningError, TeamError) as error:
                form.add_error(None, str(error))
            else:
                return response
        return self.render_to_response(self.get_context_data(form=form), status=400)


class AcceptView(DecideView):
    page_title = gettext_lazy("Accept the application")
    form_class = AcceptForm

    def get_initial(self) -> dict:
        return {"slug": joining.suggested_slug(self.application)}

    def decide(self, data):
        institution = joining.accept(
            self.application, slug=data["slug"], message=data["message"], actor=self.request.user
        )
        messages.success(
            self.request,
            _("%(name)s is now a member; its contact person has been invited as its administrator.")
            % {"name": institution.name},
        )
        return redirect(reverse("network:applications"))

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "accepting": True}


class DeclineView(DecideView):
    page_title = gettext_lazy("Decline the application")
    form_class = DeclineForm

    def decide(self, data):
        joining.decline(self.application, message=data["message"], actor=self.request.user)
        messages.success(
            self.request,
            _("The application of %(name)s is declined; the applicant has been told.")
            % {"name": self.application.name},
        )
        return redirect(reverse("network:applications"))
