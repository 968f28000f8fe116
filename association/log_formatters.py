"""How the audit log shows the association app's own actions (registered in
wagtail_hooks.py)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy, ngettext
from wagtail.log_actions import LogFormatter


class TeamLogFormatter(LogFormatter):
    template = ""

    def format_message(self, log_entry):
        return self.template % {"user": log_entry.data.get("username", "?")}


# The team's actions: action, label, message template.
TEAM_ACTIONS = (
    ("association.team.add", gettext_lazy("Team: add"), gettext_lazy("%(user)s added")),
    (
        "association.team.role",
        gettext_lazy("Team: change role"),
        gettext_lazy("Role of %(user)s changed"),
    ),
    (
        "association.team.remove",
        gettext_lazy("Team: remove"),
        gettext_lazy("%(user)s removed"),
    ),
    (
        "association.team.invite",
        gettext_lazy("Team: invite"),
        gettext_lazy("%(user)s invited by e-mail"),
    ),
    (
        "association.team.invitation",
        gettext_lazy("Team: invitation to accept"),
        gettext_lazy("%(user)s invited, joins on accepting"),
    ),
    (
        "association.team.accept",
        gettext_lazy("Team: invitation accepted"),
        gettext_lazy("%(user)s accepted the invitation and joined"),
    ),
    (
        "association.team.decline",
        gettext_lazy("Team: invitation declined"),
        gettext_lazy("%(user)s declined the invitation"),
    ),
)


def team_log_formatters() -> list[tuple[str, type[LogFormatter]]]:
    """A formatter class for each of the team's actions."""
    return [
        (action, type("Formatter", (TeamLogFormatter,), {"label": label, "template": template}))
        for action, label, template in TEAM_ACTIONS
    ]


class ImportLogFormatter(LogFormatter):
    label = gettext_lazy("Resource import")

    def format_message(self, log_entry):
        counts = {
            status: log_entry.data.get(status, 0)
            for status in ("created", "updated", "unchanged", "rejected")
        }
        message = (
            gettext_lazy(
                "Resources imported: %(created)s created, %(updated)s updated, "
                "%(unchanged)s unchanged, %(rejected)s rejected"
            )
            % counts
        )
        rows_left = log_entry.data.get("rows_left", 0)
        if rows_left:
            message += "; " + (
                ngettext(
                    "stopped by the time limit, %(count)s row left",
                    "stopped by the time limit, %(count)s rows left",
                    rows_left,
                )
                % {"count": rows_left}
            )
        return message


class ReviewConsentLogFormatter(LogFormatter):
    label = gettext_lazy("Expert review: consent to publish")

    def format_message(self, log_entry):
        if log_entry.data.get("consented"):
            return gettext_lazy("The institution agreed to publish the experts' review")
        return gettext_lazy("The institution withdrew its agreement to publish the experts' review")
