"""The team of an institution: its administrators (and the association's office) add,
invite, remove members and change their roles."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..rights import Role
from ..team import (
    TeamError,
    User,
    find_user,
    invite,
    members,
    remove_member,
    role_of,
    set_role,
)
from .base import InstitutionAccessMixin, InstitutionBreadcrumbsMixin

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


class TeamView(
    InstitutionAccessMixin, InstitutionBreadcrumbsMixin, WagtailAdminTemplateMixin, TemplateView
):
    """List the team; add, invite and change the role of members."""

    template_name = "association/admin/team.html"
    header_icon = "group"

    def get_page_title(self):
        return _("Team")

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
