"""The background work report in the admin: search index updates waiting for the engine
(with their errors) and failed background tasks, with a button to retry now."""

from __future__ import annotations

import logging
import uuid

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from django_tasks_db.models import DBTaskResult
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from association.permissions import is_association_staff

from .indexing import process_queue
from .models import IndexQueueEntry

logger = logging.getLogger(__name__)


class BackgroundWorkView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/background_work.html"
    page_title = gettext_lazy("Background work")
    header_icon = "cogs"

    def dispatch(self, request, *args, **kwargs):
        if not is_association_staff(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            queued=IndexQueueEntry.objects.select_related("content_type").order_by("pk")[:200],
            queued_count=IndexQueueEntry.objects.count(),
            failed_tasks=DBTaskResult.objects.failed().order_by("-enqueued_at")[:50],
        )
        return context

    def post(self, request, *args, **kwargs):
        if "retry_task" in request.POST:
            return self.retry_task(request, request.POST["retry_task"])
        sent, left = process_queue()
        if left:
            messages.warning(
                request,
                _("%(sent)d update(s) sent; %(left)d still waiting for the search engine.")
                % {"sent": sent, "left": left},
            )
        else:
            messages.success(request, _("%(sent)d update(s) sent.") % {"sent": sent})
        return redirect("search:background_work")

    def retry_task(self, request, task_id: str):
        """Enqueue a failed task again with the same arguments; the failed record goes, its
        retry is logged."""
        failed = (
            DBTaskResult.objects.failed().filter(pk=task_id).first() if _is_uuid(task_id) else None
        )
        if failed is None:
            messages.error(request, _("This task is not among the failed ones any more."))
            return redirect("search:background_work")
        try:
            task = failed.task
        except (ImportError, ValueError) as error:
            messages.error(
                request, _("This task cannot be run again: %(error)s") % {"error": error}
            )
            return redirect("search:background_work")
        with transaction.atomic():
            task.enqueue(*failed.args_kwargs["args"], **failed.args_kwargs["kwargs"])
            failed.delete()
        logger.info(
            "Failed task %s (%s) enqueued again by %s", task_id, failed.task_path, request.user
        )
        messages.success(
            request, _("The task was queued again: %(task)s") % {"task": failed.task_name}
        )
        return redirect("search:background_work")


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True
