"""The names of the association's groups, workflows and workflow steps, in the admin's
language.

association/rights.py creates these records under fixed English names, which the code
looks them up by ("Expert review", "Moderation (vergu)"). Wagtail shows a record's name as
it is stored, so a Russian admin read «Отправить в "Moderation (vergu)"». Each of these
records, once loaded, gets its name as a `DisplayName`: the same string for the database,
comparisons, forms and backups, shown translated where templates render it; the labels
Wagtail formats in Python ("Submit to …") are translated by the hook in wagtail_hooks.py.
A name an administrator has since changed in the admin is shown as written.
"""

from __future__ import annotations

import re

from django.apps import apps
from django.contrib.auth.models import Group
from django.db.models.signals import post_init
from django.utils.html import escape
from django.utils.translation import gettext, gettext_noop
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.models import Task, Workflow

# Each stored name (a pattern: `slug` is an institution's identifier) and its message.
NAMES: list[tuple[re.Pattern, str]] = [
    (re.compile(pattern), message)
    for pattern, message in [
        # Wagtail's own default workflow and groups, made by its migrations.
        (r"Moderators approval", gettext_noop("Moderators approval")),
        (r"Moderators", gettext_noop("Moderators")),
        (r"Editors", gettext_noop("Editors")),
        (r"Expert review", gettext_noop("Expert review")),
        (
            r"Approval by the association's office",
            gettext_noop("Approval by the association's office"),
        ),
        (
            r"Approval by the office or (?P<slug>[\w-]+) administrators",
            gettext_noop("Approval by the office or %(slug)s administrators"),
        ),
        (r"Institution moderation", gettext_noop("Institution moderation")),
        (r"Resource moderation", gettext_noop("Resource moderation")),
        (r"Moderation \((?P<slug>[\w-]+)\)", gettext_noop("Moderation (%(slug)s)")),
        (
            r"Resource moderation \((?P<slug>[\w-]+)\)",
            gettext_noop("Resource moderation (%(slug)s)"),
        ),
        (r"Association administrators", gettext_noop("Association administrators")),
        (r"Association editors", gettext_noop("Association editors")),
        (r"Experts", gettext_noop("Experts")),
        (r"Institution (?P<slug>[\w-]+): editors", gettext_noop("Institution %(slug)s: editors")),
        (
            r"Institution (?P<slug>[\w-]+): administrators",
            gettext_noop("Institution %(slug)s: administrators"),
        ),
    ]
]


class DisplayName(str):
    """A stored name that templates show in the active language. As a string it stays
    the stored name — `str()`, `%s`, forms, `dumpdata` and the database read that — so a
    backup or an edited group keeps it; only rendering (`__html__`, which Django's
    templates and escaping honour) and `translated()` read the message."""

    __slots__ = ("message", "values")

    def __new__(cls, stored: str, message: str, values: dict[str, str]):
        name = super().__new__(cls, stored)
        name.message = message
        name.values = values
        return name

    def translated(self) -> str:
        return gettext(self.message) % self.values

    def __html__(self) -> str:
        return escape(self.translated())

    def __reduce__(self):
        # Pickled (cached) as the stored name, named again when loaded.
        return (display_name, (str.__str__(self),))


def translated(name: str) -> str:
    """`name` in the active language, if it is a DisplayName; otherwise as it is."""
    return name.translated() if isinstance(name, DisplayName) else name


def display_name(stored: str) -> str:
    """`stored` as a DisplayName when it is one of the names rights.py gives."""
    if isinstance(stored, DisplayName) or not isinstance(stored, str):
        return stored
    for pattern, message in NAMES:
        match = pattern.fullmatch(stored)
        if match:
            return DisplayName(stored, message, match.groupdict())
    return stored


def name_for_display(sender, instance, **kwargs) -> None:
    name = instance.__dict__.get("name")
    if name is not None:
        instance.__dict__["name"] = display_name(name)


def connect() -> None:
    """Called from the app's ready(): groups, workflows and every kind of task."""
    named = [Group, Workflow, *(m for m in apps.get_models() if issubclass(m, Task))]
    for model in named:
        post_init.connect(name_for_display, sender=model, dispatch_uid=f"display-name-{model}")


class SubmitToNamedWorkflowMenuItem(SubmitForModerationMenuItem):
    """Wagtail's "Submit to …" / "Resubmit to …" button, which formats the workflow's or
    the step's name in Python, with that name in the admin's language."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        names = []
        state = page.current_workflow_state if page else None
        if state and state.current_task_state:
            names.append(state.current_task_state.task.name)
        workflow_page = page if page and page.pk else context.get("parent_page")
        workflow = workflow_page.get_workflow() if workflow_page else None
        if workflow:
            names.append(workflow.name)
        label = str(context.get("label", ""))
        for name in names:
            if isinstance(name, DisplayName):
                label = label.replace(str.__str__(name), name.translated())
        context["label"] = label
        return context


def name_workflows_in_action_menu(menu_items: list, request, context) -> None:
    """The construct_page_action_menu hook: the submit button names its workflow in the
    admin's language."""
    for position, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[position] = SubmitToNamedWorkflowMenuItem(order=item.order)
