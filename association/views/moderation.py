"""The moderation steps' admin views, where the project's roles need more than Wagtail's:
a reviewer who may approve a resource but not edit it (the expert) lands, after acting,
on a page they may open."""

from __future__ import annotations

from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from ..models import ResourcePage


class ResourceWorkflowActionView(WorkflowActionView):
    def landing(self, url: str) -> str:
        """Where to go after the action: Wagtail's choice (by default the page's editor),
        unless the action took the editor away from the user — the expert, once their
        step is done, may no longer open it and would land under "you do not have
        permission" — then the dashboard."""
        editor = reverse("wagtailadmin_pages:edit", args=(self.object.pk,))
        page = Page.objects.get(pk=self.object.pk).specific
        if url == editor and not page.permissions_for_user(self.request.user).can_edit():
            return reverse("wagtailadmin_home")
        return url

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        if response.status_code == 302:
            return redirect(self.landing(response["Location"]))
        return response

    def render_modal_json(self, request, json_data):
        if json_data.get("step") == "success":
            json_data = {**json_data, "redirect": self.landing(json_data["redirect"])}
        return super().render_modal_json(request, json_data)


class ResourcePageViewSet(PageViewSet):
    """Wagtail's page views for resources, with the workflow action above."""

    model = ResourcePage
    workflow_action_view_class = ResourceWorkflowActionView
