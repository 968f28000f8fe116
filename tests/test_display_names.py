"""The names of the association's groups, workflows and steps read in the admin's
language: a Russian editor submits to «Модерация (…)», not "Moderation (…)"; the stored
names, which the code looks records up by, stay as they are."""

from __future__ import annotations

import pickle

import pytest
from django.contrib.auth.models import Group
from django.core import serializers
from django.forms import modelform_factory
from django.template import Context, Template
from django.test import Client
from django.utils import translation
from wagtail.models import Task, Workflow

from association.models import ResourceIndexPage
from association.rights import EXPERT_REVIEW_TASK, EXPERTS, Role
from association.team import set_role

from . import factories

pytestmark = pytest.mark.django_db


def shown(record) -> str:
    """The record as a template shows it (Wagtail's and Django's admin templates)."""
    return Template("{{ record }}").render(Context({"record": record}))


@pytest.fixture
def trusted_editor(django_user_model):
    institution = factories.institution("uni-7", trusted=True)
    index = factories.institution_index(ResourceIndexPage, institution)
    editor = django_user_model.objects.create_user("author", "author@example.ru", "pw")
    set_role(institution, editor, Role.EDITOR)
    client = Client()
    client.force_login(editor)
    return client, index


@pytest.mark.parametrize(
    ("language", "submit", "absent"),
    [
        ("ru", "Модерация ресурсов (uni-7)", "Resource moderation (uni-7)"),
        ("en", "Resource moderation (uni-7)", "Модерация ресурсов"),
    ],
)
def test_the_editor_submits_to_a_workflow_named_in_the_admins_language(
    trusted_editor, language, submit, absent
):
    client, index = trusted_editor
    client.cookies["django_language"] = language
    html = client.get(
        f"/admin/pages/add/association/resourcepage/{index.pk}/",
        HTTP_ACCEPT_LANGUAGE=language,
    ).content.decode()
    assert submit in html
    assert absent not in html


@pytest.mark.parametrize(
    ("stored", "russian"),
    [
        (EXPERT_REVIEW_TASK, "Экспертная оценка"),
        (
            "Approval by the office or uni-7 administrators",
            "Одобрение офисом или администраторами uni-7",
        ),
    ],
)
def test_steps_read_in_russian_and_are_found_by_their_stored_names(stored, russian):
    factories.institution("uni-7", trusted=True)
    task = Task.objects.get(name=stored).specific
    with translation.override("ru"):
        assert shown(task.name) == russian and shown(task) == russian
    with translation.override("en"):
        assert shown(task.name) == stored
    assert task.name == stored


def test_a_group_keeps_its_stored_name_when_saved_and_cached():
    group = Group.objects.get(name=EXPERTS)
    with translation.override("ru"):
        assert shown(group) == "Эксперты"
        group.save()
        assert Group.objects.filter(name=EXPERTS).exists()
        again = pickle.loads(pickle.dumps(group))
        assert shown(again.name) == "Эксперты" and again.name == EXPERTS


def test_backups_and_forms_keep_the_stored_names():
    """dumpdata and the edit forms read the stored name, whatever the admin's language:
    a restored database, or a group saved from its form, keeps the names the code finds
    the records by."""
    factories.institution("uni-7", trusted=True)
    with translation.override("ru"):
        dumped = serializers.serialize("json", [*Group.objects.all(), *Task.objects.all()])
        assert "Experts" in dumped and "Эксперты" not in dumped
        assert "Expert review" in dumped
        form = modelform_factory(Group, fields=["name"])(instance=Group.objects.get(name=EXPERTS))
        assert 'value="Experts"' in str(form["name"])


def test_a_name_an_administrator_wrote_is_shown_as_written():
    workflow = Workflow.objects.create(name="Проверка методистом")
    with translation.override("en"):
        assert str(Workflow.objects.get(pk=workflow.pk).name) == "Проверка методистом"
