"""Merging duplicate taxonomy terms from the snippet listing (association.terms): a bulk
action of the office, with a confirmation page that asks which term to keep and says how
many resources each choice re-points."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail.models import Locale
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from ..models import Region, ResourcePage, ResourceType, Subject
from ..terms import MergeError, merge, plan_merge


class MergeForm(forms.Form):
    keep = forms.ChoiceField(label=_("Term to keep"), widget=forms.RadioSelect)


class MergeTermsBulkAction(SnippetBulkAction):
    """Merges the selected terms (each with its translations) into the one chosen to
    keep. Only those who may delete terms (the association's office) may merge them."""

    display_name = _("Merge")
    action_type = "merge"
    aria_label = _("Merge the selected terms into one")
    template_name = "association/admin/merge_terms.html"
    action_priority = 40
    form_class = MergeForm
    models = [Subject, ResourceType, Region]

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "delete"):
            # A plain refusal rather than Wagtail's redirect to the dashboard: the action's
            # address is not one its users can reach from their menus.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, term):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "delete", term
        )

    def choices(self) -> list[dict]:
        """Each selected term (its rows in every language taken together), with what
        keeping it would do."""
        objects = self.get_actionable_objects()[0]
        keys = list(dict.fromkeys(term.translation_key for term in objects))
        default = Locale.get_default().pk
        choices = []
        for key in keys:
            others = [other for other in keys if other != key]
            rows = self.model.objects.filter(translation_key=key).values_list("locale_id", "name")
            # The default language's name first.
            names = " / ".join(
                name for _locale, name in sorted(rows, key=lambda row: (row[0] != default, row[0]))
            )
            plan = plan_merge(self.model, key, others) if others else None
            choices.append(
                {
                    "key": str(key),
                    "names": names,
                    "resources": plan.count_of(ResourcePage) if plan else 0,
                    "plan": plan,
                }
            )
        return choices

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        self._choices = self.choices()
        form.fields["keep"].choices = [(choice["key"], choice["names"]) for choice in self._choices]
        return form

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["choices"] = self._choices
        context["enough"] = len(self._choices) > 1
        return context

    def get_execution_context(self):
        return {**super().get_execution_context(), "keep": self.cleaned_form.cleaned_data["keep"]}

    @classmethod
    def execute_action(cls, objects, keep=None, **kwargs):
        action = kwargs["self"]
        keys = list(dict.fromkeys(str(term.translation_key) for term in objects))
        duplicates = [key for key in keys if key != keep]
        try:
            plan = plan_merge(action.model, keep, duplicates)
        except MergeError:
            return 0, 0
        merge(plan)
        action.plan = plan
        return plan.count_of(ResourcePage), len(plan.deleted)

    def get_success_message(self, num_parent_objects, num_child_objects):
        plan = getattr(self, "plan", None)
        if plan is None:
            return None
        return _(
            "Merged into “%(name)s”: %(resources)d resources re-pointed, %(deleted)d "
            "duplicate terms deleted."
        ) % {"name": plan.kept_name, "resources": num_parent_objects, "deleted": num_child_objects}
