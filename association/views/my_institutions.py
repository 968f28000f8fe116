"""An institution's people's own institutions, and each one's record.

The association's office works with institutions through the Institutions menu
(`association/views/institutions.py`); "My institutions" is where an institution's people
start.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from ..models import Institution
from ..permissions import institution_permission_policy
from ..team import role_of
from .base import InstitutionAccessMixin


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
        return redirect("association:my_institutions")
