"""Provisioning institutions, suspending and deleting them, their teams, and moderation."""

from __future__ import annotations

import io
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client
from guardian.shortcuts import get_perms
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    ModelLogEntry,
    Page,
    TaskState,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from association.models import (
    Institution,
    InstitutionPage,
    NewsIndexPage,
    NewsPage,
    ResourceIndexPage,
    ResourcePage,
)
from association.provisioning import (
    ProvisioningError,
    delete_institution,
    set_institution_status,
)
from association.rights import ASSOCIATION_EDITORS, EXPERTS, Role
from association.team import TeamError, remove_member, role_of, set_role

from . import factories

pytestmark = pytest.mark.django_db
User = get_user_model()


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def person(username, *groups) -> User:
    user = User.objects.create_user(username, f"{username}@example.ru", "pw")
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


# Provisioning ------------------------------------------------------------------------


def test_add_institution_command_provisions_everything():
    factories.region("north", "Северный район")
    out = io.StringIO()
    call_command(
        "add_institution",
        "lyceum-5",
        name="Лицей № 5",
        name_en="Lyceum No. 5",
        kind="school",
        region="Северный район",
        trusted=True,
        stdout=out,
    )
    institution = Institution.objects.get(slug="lyceum-5")
    assert institution.name_en == "Lyceum No. 5" and institution.trusted
    assert institution.region.slug == "north"
    sections = InstitutionPage.objects.filter(institution=institution)
    assert {page.locale.language_code for page in sections} == {"ru", "en"}
    ru = sections.get(locale__language_code="ru")
    assert ru.live and ru.url == "/ru/institutions/lyceum-5/"
    assert {type(child.specific).__name__ for child in ru.get_children()} == {
        "NewsIndexPage",
        "SeminarIndexPage",
        "ResourceIndexPage",
    }
    editors, admins = institution.editors_group, institution.admins_group
    pages_with_rights = set(
        GroupPagePermission.objects.filter(group=editors).values_list("page_id", flat=True)
    )
    assert pages_with_rights == set(sections.values_list("pk", flat=True))
    collections = set(
        GroupCollectionPermission.objects.filter(group__in=[editors, admins]).values_list(
            "collection_id", flat=True
        )
    )
    assert collections == {institution.collection_id}
    assert set(get_perms(admins, institution)) >= {"change_institution", "manage_institution_team"}
    assert "manage_institution_team" not in get_perms(editors, institution)
    assert ru.get_workflow().name == "Moderation (lyceum-5)"
    resources = ResourceIndexPage.objects.child_of(ru).get()
    assert [task.name for task in resources.get_workflow().tasks] == [
        "Expert review",
        "Approval by the office or lyceum-5 administrators",
    ]
    assert "Added" in out.getvalue()


def test_adding_twice_is_a_clear_error_and_changes_nothing():
    call_command("add_institution", "college-7", name="Колледж № 7", stdout=io.StringIO())
    pages = Page.objects.count()
    groups = Group.objects.count()
    with pytest.raises(CommandError, match="уже есть"):
        call_command("add_institution", "college-7", name="Колледж № 7")
    assert Page.objects.count() == pages and Group.objects.count() == groups


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Bad Slug", "--name", "X"], "not a valid slug"),
        (["ok-slug", "--name", "X", "--region", "Атлантида"], "Unknown region"),
        (["edit", "--name", "X"], "занят"),
    ],
)
def test_add_institution_rejects_bad_input(args, message):
    with pytest.raises(CommandError, match=message):
        call_command("add_institution", *args)
    assert not Institution.objects.filter(name="X").exists()


def test_untrusted_institution_uses_the_shared_workflows():
    institution = factories.institution("school-3")
    assert institution.page.get_workflow().name == "Institution moderation"
    resources = ResourceIndexPage.objects.child_of(institution.page).get()
    assert resources.get_workflow().name == "Resource moderation"
    assert not GroupPagePermission.objects.filter(
        group=institution.admins_group, permission__codename="publish_page"
    ).exists()


def test_office_provisions_an_institution_in_the_admin():
    office = person("office", ASSOCIATION_EDITORS)
    response = login(office).post(
        "/admin/institutions/add/",
        {
            "slug": "gymnasium-1",
            "name": "Гимназия № 1",
            "name_en": "Gymnasium No. 1",
            "short_name": "Гимназия № 1",
            "kind": "school",
            "region": "",
            "city": "Веретинск",
            "address": "",
            "website": "",
            "email": "",
            "phone": "",
            "member_since": "2025-09-01",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    institution = Institution.objects.get(slug="gymnasium-1")
    assert institution.page.live and institution.editors_group and institution.collection


def test_admin_form_reports_a_duplicate_slug():
    factories.institution("gymnasium-1")
    office = person("office", ASSOCIATION_EDITORS)
    response = login(office).post(
        "/admin/institutions/add/",
        {"slug": "gymnasium-1", "name": "Другая", "kind": "school", "member_since": "2025-09-01"},
    )
    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    assert Institution.objects.filter(slug="gymnasium-1").count() == 1


# Suspension and deletion -------------------------------------------------------------


def test_suspension_withdraws_rights_and_unpublishes_nothing():
    institution = factories.institution("school-4")
    editor = person("editor")
    set_role(institution, editor, Role.EDITOR)
    news = factories.news(factories.institution_index(NewsIndexPage, institution))
    client = login(editor)
    assert client.get(f"/admin/pages/{news.pk}/edit/").status_code == 200

    set_institution_status(institution, Institution.Status.SUSPENDED)
    assert client.get(f"/admin/pages/{news.pk}/edit/").status_code == 302
    assert NewsPage.objects.get(pk=news.pk).live
    assert Client().get(news.url).status_code == 200
    assert role_of(institution, editor) == Role.EDITOR  # membership is kept

    set_institution_status(institution, Institution.Status.ACTIVE)
    assert client.get(f"/admin/pages/{news.pk}/edit/").status_code == 200


def test_suspending_from_the_admin_applies_at_once():
    institution = factories.institution("school-4", name="Школа № 4")
    editor = person("editor")
    set_role(institution, editor, Role.EDITOR)
    office = person("office", ASSOCIATION_EDITORS)
    edit_url = f"/admin/institutions/edit/{institution.pk}/"
    data = {
        "name": institution.name,
        "name_en": "",
        "short_name": "",
        "kind": "school",
        "region": "",
        "city": "",
        "address": "",
        "website": "",
        "email": "",
        "phone": "",
        "status": "suspended",
        "member_since": "2020-01-01",
    }
    assert login(office).post(edit_url, data).status_code == 302
    assert login(editor).get(f"/admin/pages/{institution.page.pk}/edit/").status_code == 302


def test_deleting_is_refused_while_the_institution_has_content():
    institution = factories.institution("school-6", name="Школа № 6")
    factories.news(factories.institution_index(NewsIndexPage, institution))
    with pytest.raises(ProvisioningError, match="Школа № 6"):
        delete_institution(institution)
    assert Institution.objects.filter(slug="school-6").exists()
    office = person("office", ASSOCIATION_EDITORS)
    response = login(office).post(f"/admin/institutions/delete/{institution.pk}/", follow=True)
    assert Institution.objects.filter(slug="school-6").exists()
    assert "Школа № 6" in response.content.decode()


def test_an_empty_institution_can_be_deleted_completely():
    institution = factories.institution("school-8")
    groups = [institution.editors_group.pk, institution.admins_group.pk]
    sections = list(
        InstitutionPage.objects.filter(institution=institution).values_list("pk", flat=True)
    )
    delete_institution(institution)
    assert not Institution.objects.filter(slug="school-8").exists()
    assert not Group.objects.filter(pk__in=groups).exists()
    assert not Page.objects.filter(pk__in=sections).exists()


# Teams -------------------------------------------------------------------------------


@pytest.fixture
def team():
    institution = factories.institution("college-2", name="Колледж № 2", short_name="Колледж № 2")
    admin = person("head")
    set_role(institution, admin, Role.ADMIN)
    return institution, admin


def test_an_existing_account_joins_the_team_by_accepting_the_invitation(team):
    institution, admin = team
    colleague = person("colleague")
    response = login(admin).post(
        "/admin/institutions/college-2/team/",
        {"action": "add", "add-identifier": "colleague@example.ru", "add-role": "editor"},
    )
    assert response.status_code == 302
    assert role_of(institution, colleague) is None  # not before they accept
    (message,) = mail.outbox
    link = re.search(r"http://testserver(/admin/team-invitations/\S+/)", message.body).group(1)
    login(colleague).post(link, {"answer": "accept"})
    assert role_of(institution, colleague) == Role.EDITOR
    entry = ModelLogEntry.objects.get(action="association.team.accept", data__username="colleague")
    assert entry.user == colleague and entry.data["invited_by"] == "head"


def test_administrator_invites_a_new_editor_who_sets_a_password(team):
    institution, admin = team
    response = login(admin).post(
        "/admin/institutions/college-2/team/",
        {
            "action": "invite",
            "invite-email": "new.teacher@example.ru",
            "invite-first_name": "Нина",
            "invite-last_name": "Орлова",
            "invite-role": "editor",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="new.teacher@example.ru")
    assert role_of(institution, user) == Role.EDITOR
    assert not user.has_usable_password()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["new.teacher@example.ru"]
    assert "Колледж № 2" in message.subject
    link = re.search(r"http://testserver(/admin/password_reset/\S+)", message.body).group(1)
    client = Client()
    page = client.get(link, follow=True)
    assert page.status_code == 200
    form_url = page.redirect_chain[-1][0] if page.redirect_chain else link
    done = client.post(
        form_url, {"new_password1": "Vesna-2027-klass", "new_password2": "Vesna-2027-klass"}
    )
    assert done.status_code == 302
    assert client.login(username=user.username, password="Vesna-2027-klass")
    # The link works once.
    assert "new_password1" not in Client().get(link, follow=True).content.decode()


def test_invitation_form_reports_a_bad_address(team):
    _institution, admin = team
    response = login(admin).post(
        "/admin/institutions/college-2/team/",
        {"action": "invite", "invite-email": "not-an-address", "invite-role": "editor"},
    )
    assert response.status_code == 400
    assert "invite_form" in response.context and response.context["invite_form"].errors


def test_administrator_changes_a_role_and_removes_a_member(team):
    institution, admin = team
    colleague = person("colleague")
    set_role(institution, colleague, Role.EDITOR)
    client = login(admin)
    client.post(
        "/admin/institutions/college-2/team/",
        {"action": "role", "user": colleague.pk, "role": "admin"},
    )
    assert role_of(institution, colleague) == Role.ADMIN
    confirm = client.get(f"/admin/institutions/college-2/team/remove/{colleague.pk}/")
    assert confirm.status_code == 200 and "colleague" in confirm.content.decode()
    assert role_of(institution, colleague) == Role.ADMIN  # nothing happens before confirming
    client.post(f"/admin/institutions/college-2/team/remove/{colleague.pk}/")
    assert role_of(institution, colleague) is None
    actions = list(
        ModelLogEntry.objects.filter(action__startswith="association.team").values_list(
            "action", flat=True
        )
    )
    assert "association.team.role" in actions and "association.team.remove" in actions


def test_the_last_administrator_cannot_leave(team):
    institution, admin = team
    with pytest.raises(TeamError, match="единственный администратор"):
        remove_member(institution, admin)
    response = login(admin).post(
        "/admin/institutions/college-2/team/",
        {"action": "role", "user": admin.pk, "role": "editor"},
        follow=True,
    )
    assert role_of(institution, admin) == Role.ADMIN
    assert "единственный администратор" in response.content.decode()


def test_an_administrator_is_warned_before_leaving_and_lands_on_the_dashboard(team):
    institution, admin = team
    set_role(institution, person("deputy"), Role.ADMIN)
    client = login(admin)
    confirm = client.get(f"/admin/institutions/college-2/team/remove/{admin.pk}/")
    page = confirm.content.decode()
    assert "Вы собираетесь удалить себя из команды" in page
    assert "Да, выйти из команды" in page
    assert role_of(institution, admin) == Role.ADMIN  # nothing happens before confirming
    left = client.post(f"/admin/institutions/college-2/team/remove/{admin.pk}/")
    assert role_of(institution, admin) is None
    # Their only team: no admin left to land in, and a page that says so (not a login
    # form or a refusal).
    assert left.status_code == 200
    page = left.content.decode()
    assert "Вы вышли из команды: Колледж № 2." in page
    assert "больше нет доступа к администрированию" in page
    assert client.get("/admin/").status_code == 302

    # Someone who still works in another team lands on the dashboard, told so.
    other = factories.institution("college-5", name="Колледж № 5")
    both = person("both")
    set_role(institution, both, Role.EDITOR)
    set_role(other, both, Role.EDITOR)
    set_role(institution, both, Role.ADMIN)
    leaving = login(both)
    landed = leaving.post(f"/admin/institutions/college-2/team/remove/{both.pk}/", follow=True)
    assert landed.redirect_chain[-1][0] == "/admin/"
    assert "Вы вышли из команды: Колледж № 2." in landed.content.decode()


def test_the_pages_menu_opens_at_the_members_own_section(team):
    institution, admin = team
    editor = person("writer")
    set_role(institution, editor, Role.EDITOR)

    def explorer_start(user) -> tuple[str, int]:
        html = login(user).get("/admin/").content.decode()
        props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S)
        assert props, "no sidebar on the dashboard"
        modules = json.loads(props.group(1))["modules"]
        (menu,) = [m["_args"][0] for m in modules if m["_type"].endswith("MainMenuModule")]
        # The "Pages" item: its address, and the page its flyout opens at.
        (pages,) = [item["_args"] for item in menu if item["_args"][0]["name"] == "explorer"]
        return pages[0]["url"], pages[1]

    section = institution.page
    assert explorer_start(editor) == (f"/admin/pages/{section.pk}/", section.pk)
    assert explorer_start(admin) == (f"/admin/pages/{section.pk}/", section.pk)
    # A member of two teams, and the office, keep Wagtail's start (the common ancestor).
    both = person("two-teams")
    set_role(institution, both, Role.EDITOR)
    set_role(factories.institution("college-9"), both, Role.EDITOR)
    assert explorer_start(both)[0] == "/admin/pages/"


def test_team_changes_stay_inside_the_institution(team):
    institution, admin = team
    other = factories.institution("college-3")
    outsider = person("outsider")
    client = login(admin)
    # The role form cannot touch someone who is not in this team…
    client.post(
        "/admin/institutions/college-2/team/",
        {"action": "role", "user": outsider.pk, "role": "admin"},
    )
    assert role_of(institution, outsider) is None
    # …and another institution's team is out of reach, by page and by form.
    assert client.get("/admin/institutions/college-3/team/").status_code == 302
    client.post(
        "/admin/institutions/college-3/team/",
        {"action": "add", "add-identifier": "outsider", "add-role": "admin"},
    )
    assert role_of(other, outsider) is None
    assert set(admin.groups.values_list("name", flat=True)) == {
        "Institution college-2: administrators"
    }


def test_institution_member_command(team):
    institution, _admin = team
    out = io.StringIO()
    call_command(
        "institution_member",
        "college-2",
        "teacher",
        role="editor",
        email="t@example.ru",
        password="Zima-2026-urok",
        stdout=out,
    )
    teacher = User.objects.get(username="teacher")
    assert teacher.check_password("Zima-2026-urok")
    assert role_of(institution, teacher) == Role.EDITOR
    call_command("institution_member", "college-2", "teacher", role="admin", stdout=out)
    assert role_of(institution, teacher) == Role.ADMIN
    call_command("institution_member", "college-2", "teacher", role="remove", stdout=out)
    assert role_of(institution, teacher) is None
    with pytest.raises(CommandError, match="no institution"):
        call_command("institution_member", "nowhere", "teacher", role="editor")
    with pytest.raises(CommandError):
        call_command("institution_member", "college-2", "weak", role="editor", password="123")
    assert not User.objects.filter(username="weak").exists()


def test_my_institutions_lists_the_users_institutions_and_roles(team):
    institution, admin = team
    html = login(admin).get("/admin/my-institutions/").content.decode()
    assert institution.display_name in html
    assert "/admin/institutions/college-2/team/" in html


# Moderation --------------------------------------------------------------------------


def resource_form(title="Новый ресурс", action="action-submit", rtype=None, subject=None):
    data = nested_form_data(
        {
            "title": title,
            "slug": "new-resource",
            "abstract": "Аннотация.",
            "authors": inline_formset([{"name": "Автор", "affiliation": ""}], min=1),
            "resource_type": rtype.pk,
            "language": "ru",
            "year": "2025",
            "tags": "",
            "document": "",
            "external_url": "https://example.org/r",
            "licence": "cc-by",
            "body": streamfield([]),
            "comments": inline_formset([]),
            action: action,
        }
    )
    data.update(education_levels=["basic"], subjects=[subject.pk])
    return data


def act(client, page, action, comment=""):
    state = TaskState.objects.get(
        workflow_state__base_content_type__model="page",
        workflow_state__object_id=str(page.pk),
        status=TaskState.STATUS_IN_PROGRESS,
    )
    return client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{state.pk}/", {"comment": comment}
    )


def test_resource_passes_expert_review_then_office_approval():
    institution = factories.institution("school-9")
    editor, expert = person("editor"), person("expert", EXPERTS)
    office = person("office", ASSOCIATION_EDITORS)
    set_role(institution, editor, Role.EDITOR)
    parent = ResourceIndexPage.objects.child_of(institution.page).get()
    response = login(editor).post(
        f"/admin/pages/add/association/resourcepage/{parent.pk}/",
        resource_form(rtype=factories.resource_type(), subject=factories.subject()),
    )
    assert response.status_code == 302
    page = ResourcePage.objects.get(slug="new-resource", locale__language_code="ru")
    assert not page.live
    workflow_state = WorkflowState.objects.get(object_id=str(page.pk))
    assert workflow_state.current_task_state.task.name == "Expert review"

    # The office cannot skip the expert; the expert sees the item on the dashboard.
    assert "Новый ресурс" in login(expert).get("/admin/").content.decode()
    assert act(login(office), page, "approve").status_code in (302, 403)
    assert WorkflowState.objects.get(pk=workflow_state.pk).current_task_state.task.name == (
        "Expert review"
    )
    # The expert may not edit the resource: after approving they land on the dashboard,
    # not on the editor's refusal.
    reviewed = act(login(expert), page, "approve")
    assert reviewed.status_code == 302 and reviewed["Location"] == "/admin/"
    workflow_state.refresh_from_db()
    assert workflow_state.current_task_state.task.name == "Approval by the association's office"
    assert not ResourcePage.objects.get(pk=page.pk).live
    act(login(office), page, "approve")
    assert ResourcePage.objects.get(pk=page.pk).live


def test_rejected_item_returns_to_its_author_with_the_comment():
    institution = factories.institution("school-10")
    editor, expert = person("editor"), person("expert", EXPERTS)
    set_role(institution, editor, Role.EDITOR)
    parent = ResourceIndexPage.objects.child_of(institution.page).get()
    login(editor).post(
        f"/admin/pages/add/association/resourcepage/{parent.pk}/",
        resource_form(rtype=factories.resource_type(), subject=factories.subject()),
    )
    page = ResourcePage.objects.get(slug="new-resource", locale__language_code="ru")
    act(login(expert), page, "reject", comment="Добавьте список литературы.")
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not ResourcePage.objects.get(pk=page.pk).live
    history = login(editor).get(f"/admin/pages/{page.pk}/workflow_history/").content.decode()
    assert "Добавьте список литературы." in history or state.current_task_state.comment == (
        "Добавьте список литературы."
    )
    assert state.current_task_state.comment == "Добавьте список литературы."
    # The author can edit again and is told changes were requested.
    editor_page = login(editor).get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Добавьте список литературы." in editor_page


def test_trusted_institutions_administrators_approve_and_publish_themselves():
    institution = factories.institution("uni-1", trusted=True)
    editor, admin = person("editor"), person("head")
    set_role(institution, editor, Role.EDITOR)
    set_role(institution, admin, Role.ADMIN)
    news_index = factories.institution_index(NewsIndexPage, institution)
    data = nested_form_data(
        {
            "title": "Новость вуза",
            "slug": "uni-news",
            "date": "2026-01-10",
            "intro": "Кратко.",
            "image": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-submit": "action-submit",
        }
    )
    login(editor).post(f"/admin/pages/add/association/newspage/{news_index.pk}/", data)
    page = NewsPage.objects.get(slug="uni-news", locale__language_code="ru")
    assert not page.live
    act(login(admin), page, "approve")
    assert NewsPage.objects.get(pk=page.pk).live
    # An untrusted institution's administrator can do neither.
    other = factories.institution("school-11")
    other_admin = person("other-head")
    set_role(other, other_admin, Role.ADMIN)
    other_editor = person("other-editor")
    set_role(other, other_editor, Role.EDITOR)
    other_index = factories.institution_index(NewsIndexPage, other)
    data["slug"] = "school-news"
    login(other_editor).post(f"/admin/pages/add/association/newspage/{other_index.pk}/", data)
    other_page = NewsPage.objects.get(slug="school-news", locale__language_code="ru")
    response = act(login(other_admin), other_page, "approve")
    assert response.status_code in (302, 403)
    assert not NewsPage.objects.get(pk=other_page.pk).live
