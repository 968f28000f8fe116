"""Panels on the Wagtail admin's dashboard.

The association's office sees the whole moderation queue and this month's activity of the
network; an institution's people see their institutions' drafts, what of theirs awaits
review, and their upcoming events — never another institution's.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState

from association.models import InstitutionPage, SeminarPage
from association.permissions import institution_permission_policy, is_association_staff

from .reports import MONTH, network_summary, preset_period

LIST_LENGTH = 10


def _section_pages(institutions):
    """Pages in the sections (every language) of `institutions`."""
    condition = Q(pk__in=[])
    for section in InstitutionPage.objects.filter(institution__in=institutions):
        condition |= Q(path__startswith=section.path)
    return Page.objects.filter(condition)


def moderation_queue(pages=None):
    """Pages in moderation (oldest submission first), optionally among `pages`."""
    states = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    if pages is not None:
        states = states.filter(object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)])
    states = states.select_related("current_task_state__task", "requested_by").order_by(
        "created_at"
    )
    found = {
        page.pk: page
        for page in Page.objects.filter(pk__in=[int(s.object_id) for s in states]).specific()
    }
    return [
        {"state": state, "page": found[int(state.object_id)]}
        for state in states
        if int(state.object_id) in found
    ]


class ModerationQueuePanel(Component):
    """For the office: every page waiting in moderation, with how long it has waited."""

    name = "activity_moderation_queue"
    template_name = "activity/panels/moderation_queue.html"
    order = 90

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        queue = moderation_queue()
        context.update(count=len(queue), items=queue[:LIST_LENGTH], now=timezone.now())
        return context


class MonthActivityPanel(Component):
    """For the office: the network's figures for the current month."""

    name = "activity_month"
    template_name = "activity/panels/month.html"
    order = 95

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        start, end = preset_period(MONTH)
        context.update(start=start, end=end, totals=network_summary(start, end))
        return context


class InstitutionWorkPanel(Component):
    """For an institution's people: drafts, items awaiting review and upcoming events of
    their own institutions."""

    name = "activity_institution_work"
    template_name = "activity/panels/institution_work.html"
    order = 90

    def __init__(self, institutions):
        self.institutions = institutions

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        pages = _section_pages(self.institutions)
        queue = moderation_queue(pages)
        in_moderation = {item["page"].pk for item in queue}
        drafts = (
            pages.filter(has_unpublished_changes=True)
            .exclude(pk__in=in_moderation)
            .select_related("latest_revision__user")
            .order_by("-latest_revision_created_at")
        )
        events = (
            SeminarPage.objects.live()
            .filter(ends_at__gte=timezone.now())
            .filter(Q(institution__in=self.institutions) | Q(organisers__in=self.institutions))
            .filter(locale=Locale.get_default())
            .distinct()
            .order_by("starts_at")
        )
        context.update(
            institutions=list(self.institutions),
            drafts=list(drafts.specific()[:LIST_LENGTH]),
            drafts_count=drafts.count(),
            awaiting=queue[:LIST_LENGTH],
            awaiting_count=len(queue),
            events=list(events[:LIST_LENGTH]),
        )
        return context


def dashboard_panels(request, panels: list) -> None:
    """The construct_homepage_panels hook: panels by the user's role."""
    user = request.user
    if is_association_staff(user):
        panels.extend([ModerationQueuePanel(), MonthActivityPanel()])
        return
    institutions = institution_permission_policy.own_institutions(user)
    if institutions.exists():
        panels.append(InstitutionWorkPanel(institutions))
