"""The team of an institution: its administrators (and the association's office) add,
invite, remove members and change their roles; and the page where someone invited to a
team accepts or declines. Nothing here tells who else has an account: the forms answer
the same whoever is named, and only the team's own members are ever shown."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..rights import Role
from ..team import (
    InvitationClosed,
    TeamError,
    User,
    add_member,
    answer_invitation,
    invitation_for_token,
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


# What the add form answers, whoever is named: whether the account exists is not the
# administrator's to learn from it.
ADD_ANSWER = gettext_lazy(
    "If an active account has this username or e-mail, its owner has been e-mailed: "
    "someone outside the team is invited and joins it once they accept."
)
NOT_A_MEMBER = gettext_lazy("This person is not in this team.")


class AddMemberForm(forms.Form):
    identifier = forms.CharField(
        label=gettext_lazy("Username or e-mail of an existing account"), max_length=254
    )
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=ROLE_CHOICES)


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
                    add_member(
                        self.institution,
                        form.cleaned_data["identifier"],
                        form.cleaned_data["role"],
                        actor=request.user,
                        language=get_language(),
                    )
                    messages.success(request, ADD_ANSWER)
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
        self.member = User.objects.filter(pk=user_id).first()
        return super().dispatch(request, slug, *args, **kwargs)

    def get_page_title(self):
        return _("Remove from the team")

    def is_member(self) -> bool:
        return self.member is not None and role_of(self.institution, self.member) is not None

    def get(self, request, *args, **kwargs):
        if not self.is_member():
            # The same for a made-up id and for someone else's account.
            messages.error(request, NOT_A_MEMBER)
            return redirect(self.team_url())
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            institution=self.institution,
            member=self.member,
            team_url=self.team_url(),
            leaving=self.member == self.request.user,
        )
        return context

    def post(self, request, *args, **kwargs):
        if not self.is_member():
            messages.error(request, NOT_A_MEMBER)
            return redirect(self.team_url())
        try:
            remove_member(self.institution, self.member, actor=request.user)
        except TeamError as error:
            messages.error(request, str(error))
            return redirect(self.team_url())
        if self.member == request.user:
            # Someone who left a team may no longer open its page: the dashboard, if they
            # still may use the admin (another team, the office), else a page that says so.
            left = _("You have left the team of %(institution)s.") % {
                "institution": self.institution.display_name
            }
            # A fresh copy of the account: the request's one has its old groups' rights cached.
            if User.objects.get(pk=request.user.pk).has_perm("wagtailadmin.access_admin"):
                messages.success(request, left)
                return redirect("wagtailadmin_home")
            return TemplateResponse(request, "association/left_team.html", {"message": left})
        messages.success(request, _("%(user)s is no longer in the team.") % {"user": self.member})
        return redirect(self.team_url())


class InvitationView(WagtailAdminTemplateMixin, TemplateView):
    """The link of an invitation to a team (association.urls): the invited person, logged
    in as themselves, accepts or declines it. A link that was altered or made up is
    refused as bad input; one that has been answered or has expired says so; anyone else
    is refused."""

    template_name = "association/admin/team_invitation.html"
    header_icon = "group"

    def dispatch(self, request: HttpRequest, token: str, *args, **kwargs) -> HttpResponse:
        self.invitation = invitation_for_token(token)
        if self.invitation is None:
            # 400, not 404: Django's LocaleMiddleware would turn a 404 of some paths
            # into a redirect to the public site's.
            return self.answer(_("This invitation link is not valid."), status=400)
        if self.invitation.user_id != request.user.pk:
            return self.answer(
                _(
                    "This invitation is for another account. Log out and log in with the "
                    "account it was sent to."
                ),
                status=403,
            )
        if not self.invitation.is_open:
            return self.answer(self.closed_message(), status=410)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Invitation to a team")

    def get_page_subtitle(self):
        invitation = getattr(self, "invitation", None)
        return invitation.institution.label if invitation else ""

    def closed_message(self) -> str:
        if self.invitation.is_expired and self.invitation.status == "pending":
            return _("This invitation has expired. Ask the team's administrator for a new one.")
        return _("This invitation has been answered already.")

    def answer(self, message: str, status: int) -> HttpResponse:
        context = self.get_context_data(message=message)
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["opens_admin"] = self.request.user.has_perm("wagtailadmin.access_admin")
        invitation = getattr(self, "invitation", None)
        if invitation is not None and "message" not in kwargs:
            context.update(invitation=invitation, role_label=dict(ROLE_CHOICES)[invitation.role])
        return context

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        choice = request.POST.get("answer")
        if choice not in ("accept", "decline"):
            return self.answer(_("Choose to accept or to decline the invitation."), status=400)
        institution = self.invitation.institution
        try:
            answer_invitation(self.invitation, request.user, accept=choice == "accept")
        except InvitationClosed:
            self.invitation.refresh_from_db()
            return self.answer(self.closed_message(), status=410)
        if choice == "accept":
            messages.success(
                request,
                _("You are now in the team of %(institution)s.")
                % {"institution": institution.label},
            )
            return redirect(reverse("association:my_institutions"))
        # Answered here rather than on the dashboard, which someone outside every team
        # may not open.
        return self.answer(_("You have declined the invitation."), status=200)
