"""How the audit log shows the network app's actions (registered in wagtail_hooks.py)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy
from wagtail.log_actions import LogFormatter


class AcceptFormatter(LogFormatter):
    label = gettext_lazy("Application to join: accept")

    def format_message(self, log_entry):
        return gettext_lazy("Accepted; institution “%(slug)s” added") % {
            "slug": log_entry.data.get("institution", "?")
        }


class DeclineFormatter(LogFormatter):
    label = gettext_lazy("Application to join: decline")
    message = gettext_lazy("Declined")
