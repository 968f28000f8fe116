"""Team membership by consent, and the owner of a section set by the office only.

Who an institution administrator adds (a new address, the team's own member, an account
with no role, an inactive one, another institution's editor, the office, an expert, a
superuser, a made-up username) × what the form answers (the same words whether or not the
account exists) × what happens (an account created for a new address joins at once, a
member's role changes, any other account is sent an invitation it must accept, or
nothing happens);
the invitation's link accepted, declined, expired, forged or opened by someone else; no
team view shows who is outside the team; and the institution a section belongs to, which
its own people can neither choose in the editor, nor forge in a POST, nor preview.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.db import transaction
from django.test import Client
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from association.models import InstitutionPage
from association.rights import ASSOCIATION_ADMINS, ASSOCIATION_EDITORS, EXPERTS, Role
from association.team import role_of, set_role

from . import factories

User = get_user_model()

TEAM_URL = "/admin/institutions/team-a/team/"
# What the add form answers, whoever is named (the Russian admin, the default language).
ANSWER = (
    "Если с этим именем пользователя или адресом есть активная учётная запись, её "
    "владельцу отправлено письмо: кто не входит в команду, получает приглашение и входит "
    "в неё, когда примет его."
)
INVITATION_LINK = re.compile(r"http://testserver(/admin/team-invitations/[^/\s]+/)")


class World:
    """Institutions A and B; A's administrator and editor, B's editor, the office's
    editor and administrator, an expert, a superuser, an account with no role and an
    inactive one."""

    def __init__(self):
        self.a = factories.institution("team-a", name="Команда А", short_name="Команда А")
        self.b = factories.institution("team-b", name="Команда Б", short_name="Команда Б")
        self.users = {}
        for name in ("a_admin", "a_member", "b_editor", "office", "office_admin", "expert"):
            self.users[name] = User.objects.create_user(name, f"{name}@example.ru", "pw")
        self.users["free"] = User.objects.create_user("free", "free@example.ru", "pw")
        self.users["gone"] = User.objects.create_user(
            "gone", "gone@example.ru", "pw", is_active=False
        )
        self.users["root"] = User.objects.create_superuser("root", "root@example.ru", "pw")
        set_role(self.a, self.users["a_admin"], Role.ADMIN)
        set_role(self.a, self.users["a_member"], Role.EDITOR)
        set_role(self.b, self.users["b_editor"], Role.EDITOR)
        self.users["office"].groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
        self.users["office_admin"].groups.add(Group.objects.get(name=ASSOCIATION_ADMINS))
        self.users["expert"].groups.add(Group.objects.get(name=EXPERTS))

    def client(self, name: str | None) -> Client:
        client = Client()
        if name:
            client.force_login(self.users[name])
        return client


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield World()
        transaction.set_rollback(True)


@pytest.fixture
def w(world, db):
    """Each test in a savepoint inside the module's world, rolled back after it."""
    return world


def shown_messages(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def main_content(response) -> str:
    """The page's main area without the per-request CSRF tokens."""
    main = BeautifulSoup(response.content, "html.parser").find("main")
    for token in main.select("input[name=csrfmiddlewaretoken]"):
        token.decompose()
    return str(main)


def team_page(w) -> str:
    return w.client("a_admin").get(TEAM_URL).content.decode()


def invitation_link(message) -> str:
    return INVITATION_LINK.search(message.body).group(1)


# Adding an account: who × the answer × what happens ------------------------------------

# who: (username or None, e-mail, what happens when A's administrator adds them)
PEOPLE = {
    "new e-mail": (None, "stranger@example.ru", "nothing"),
    "non-existent username": ("ghost", None, "nothing"),
    "own member": ("a_member", "a_member@example.ru", "direct"),
    "account with no role": ("free", "free@example.ru", "invitation"),
    "inactive account": ("gone", "gone@example.ru", "nothing"),
    "other institution's editor": ("b_editor", "b_editor@example.ru", "invitation"),
    "office editor": ("office", "office@example.ru", "invitation"),
    "office administrator": ("office_admin", "office_admin@example.ru", "invitation"),
    "expert": ("expert", "expert@example.ru", "invitation"),
    "superuser": ("root", "root@example.ru", "invitation"),
}
ADD_CASES = [
    pytest.param(who, by, id=f"{who}-by-{by}")
    for who, (username, email, _outcome) in PEOPLE.items()
    for by, identifier in (("username", username), ("e-mail", email))
    if identifier
]


@pytest.mark.parametrize(("who", "by"), ADD_CASES)
def test_adding_a_person(w, who, by):
    username, email, outcome = PEOPLE[who]
    identifier = username if by == "username" else email.upper()
    person = User.objects.filter(username=username).first() if username else None
    accounts = User.objects.count()
    groups_before = set(person.groups.values_list("pk", flat=True)) if person else set()
    response = w.client("a_admin").post(
        TEAM_URL,
        {"action": "add", "add-identifier": identifier, "add-role": Role.ADMIN},
        follow=True,
    )
    assert response.status_code == 200
    # The same answer for everyone, accounts or not.
    assert shown_messages(response) == [ANSWER]
    assert User.objects.count() == accounts  # the add form creates no account
    html = team_page(w)
    if outcome == "nothing":
        assert not mail.outbox
        assert identifier.lower() not in html.lower()
        return
    (message,) = mail.outbox
    assert message.to == [person.email]
    if outcome == "direct":
        assert role_of(w.a, person) == Role.ADMIN
        assert person.email in html
        assert not INVITATION_LINK.search(message.body)
        return
    # An invitation: nothing changes until they accept; the team page does not name them.
    assert role_of(w.a, person) is None
    assert set(person.groups.values_list("pk", flat=True)) == groups_before
    assert person.email not in html and f">{person.username}<" not in html
    assert "Команда А" in message.subject and invitation_link(message)
    entry = ModelLogEntry.objects.get(action="association.team.invitation")
    assert entry.user == w.users["a_admin"] and entry.data["user_id"] == person.pk


@pytest.mark.parametrize(
    ("missing", "existing"),
    [("ghost", "b_editor"), ("stranger@example.ru", "office@example.ru"), ("nobody", "root")],
)
def test_the_answer_does_not_tell_whether_an_account_exists(w, missing, existing):
    pages = []
    for identifier in (missing, existing):
        response = w.client("a_admin").post(
            TEAM_URL,
            {"action": "add", "add-identifier": identifier, "add-role": Role.EDITOR},
            follow=True,
        )
        pages.append(main_content(response))
    assert pages[0] == pages[1]


def test_an_empty_identifier_is_a_form_error(w):
    response = w.client("a_admin").post(
        TEAM_URL, {"action": "add", "add-identifier": "  ", "add-role": Role.EDITOR}
    )
    assert response.status_code == 400
    assert response.context["add_form"].errors["identifier"]


# Inviting by e-mail: new addresses get an account, the others the same consent --------

# who: (e-mail, what happens)
INVITED = {
    "new e-mail": ("nina.orlova@example.ru", "new account"),
    "account with no role": ("free@example.ru", "invitation"),
    "inactive account": ("gone@example.ru", "nothing"),
    "own member": ("a_member@example.ru", "direct"),
    "other institution's editor": ("b_editor@example.ru", "invitation"),
    "office editor": ("office@example.ru", "invitation"),
    "superuser": ("root@example.ru", "invitation"),
}


@pytest.mark.parametrize("who", INVITED)
def test_inviting_by_e_mail(w, who):
    email, outcome = INVITED[who]
    response = w.client("a_admin").post(
        TEAM_URL,
        {
            "action": "invite",
            "invite-email": email,
            "invite-first_name": "Нина",
            "invite-last_name": "Орлова",
            "invite-role": Role.ADMIN,
        },
        follow=True,
    )
    assert shown_messages(response) == [f"Приглашение отправлено на {email}."]
    person = User.objects.get(email=email)
    html = team_page(w)
    if outcome == "nothing":
        assert not mail.outbox and role_of(w.a, person) is None and email not in html
        return
    (message,) = mail.outbox
    assert message.to == [email]
    if outcome == "invitation":
        assert role_of(w.a, person) is None and invitation_link(message)
        assert email not in html
        assert (person.first_name, person.last_name) == ("", "")  # their account is theirs
        return
    assert role_of(w.a, person) == Role.ADMIN and email in html
    assert not INVITATION_LINK.search(message.body)
    if outcome == "new account":
        # The account made for them still starts with a one-time link to a password.
        assert not person.has_usable_password() and "/admin/password_reset/" in message.body


# The invitation's link ------------------------------------------------------------------


def invite(w, who: str, role: str = Role.EDITOR) -> str:
    w.client("a_admin").post(TEAM_URL, {"action": "add", "add-identifier": who, "add-role": role})
    link = invitation_link(mail.outbox[-1])
    mail.outbox.clear()
    return link


@pytest.mark.parametrize("who", ["b_editor", "office", "root", "free"])
def test_the_invited_person_accepts_and_joins(w, who):
    link = invite(w, who, Role.ADMIN)
    person = w.users[who]
    client = w.client(who)
    page = client.get(link)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Команда А" in text and 'value="accept"' in text and 'value="decline"' in text
    assert role_of(w.a, person) is None  # opening the link changes nothing
    answered = client.post(link, {"answer": "accept"}, follow=True)
    assert answered.status_code == 200
    assert role_of(w.a, person) == Role.ADMIN
    if who == "b_editor":
        assert role_of(w.b, person) == Role.EDITOR  # their other team is theirs still
    entry = ModelLogEntry.objects.get(action="association.team.accept")
    assert entry.user == person and entry.data["invited_by"] == "a_admin"
    assert person.email in team_page(w)
    # The link is used up.
    again = client.post(link, {"answer": "decline"})
    assert again.status_code == 410 and role_of(w.a, person) == Role.ADMIN


@pytest.mark.parametrize("who", ["b_editor", "free"])
def test_the_invited_person_declines(w, who):
    """Someone outside every team, who may not open the admin, is answered on the page."""
    link = invite(w, who)
    client = w.client(who)
    declined = client.post(link, {"answer": "decline"})
    assert declined.status_code == 200
    assert "Вы отклонили приглашение." in declined.content.decode()
    assert role_of(w.a, w.users[who]) is None
    assert ModelLogEntry.objects.filter(action="association.team.decline").count() == 1
    later = client.post(link, {"answer": "accept"})
    assert later.status_code == 410
    assert role_of(w.a, w.users[who]) is None


def test_inviting_again_renews_the_one_open_invitation(w):
    from association.models import TeamInvitation

    first = invite(w, "b_editor", Role.EDITOR)
    second = invite(w, "b_editor", Role.ADMIN)
    assert TeamInvitation.objects.filter(user=w.users["b_editor"]).count() == 1
    w.client("b_editor").post(first, {"answer": "accept"})
    assert role_of(w.a, w.users["b_editor"]) == Role.ADMIN
    assert w.client("b_editor").post(second, {"answer": "accept"}).status_code == 410


def test_an_expired_invitation_is_refused(w, settings):
    from association.models import TeamInvitation

    link = invite(w, "b_editor")
    TeamInvitation.objects.update(
        sent_at=TeamInvitation.objects.get().sent_at
        - timedelta(days=settings.PORTAL_TEAM_INVITATION_DAYS, minutes=1)
    )
    client = w.client("b_editor")
    page = client.get(link)
    assert page.status_code == 410 and 'value="accept"' not in page.content.decode()
    assert client.post(link, {"answer": "accept"}).status_code == 410
    assert role_of(w.a, w.users["b_editor"]) is None


def forged_links(link: str, w) -> dict[str, str]:
    from network.models import SeminarRegistration
    from network.registration import cancel_token

    token = link.rstrip("/").rsplit("/", 1)[1]
    seminar = factories.seminar(registration_enabled=True)
    registration = SeminarRegistration.objects.create(
        seminar=seminar, name="Кто-то", email="b_editor@example.ru"
    )
    return {
        "altered signature": token[:-3] + ("abc" if not token.endswith("abc") else "xyz"),
        "made up": "1",
        "another kind of signed token": cancel_token(registration),
        "empty payload": token.split(":", 1)[1],
    }


@pytest.mark.parametrize(
    "forgery", ["altered signature", "made up", "another kind of signed token", "empty payload"]
)
def test_forged_links_are_refused(w, forgery):
    link = invite(w, "b_editor")
    token = forged_links(link, w)[forgery]
    client = w.client("b_editor")
    url = f"/admin/team-invitations/{token}/"
    page = client.get(url)
    assert page.status_code == 400 and "недействительна" in page.content.decode()
    assert client.post(url, {"answer": "accept"}).status_code == 400
    assert role_of(w.a, w.users["b_editor"]) is None


@pytest.mark.parametrize("opener", ["a_admin", "office", "free", None])
def test_only_the_invited_person_can_answer(w, opener):
    link = invite(w, "b_editor")
    client = w.client(opener)
    page = client.get(link)
    if opener is None:
        assert page.status_code == 302 and page.url.startswith("/admin/login/")
    else:
        assert page.status_code in (302, 403)
        assert b'value="accept"' not in page.content
    client.post(link, {"answer": "accept"})
    assert role_of(w.a, w.users["b_editor"]) is None
    if opener:
        assert role_of(w.a, w.users[opener]) in (None, Role.ADMIN)  # unchanged for a_admin
    # The invited person can still answer.
    w.client("b_editor").post(link, {"answer": "accept"})
    assert role_of(w.a, w.users["b_editor"]) == Role.EDITOR


def test_an_unknown_answer_is_a_clear_refusal(w):
    link = invite(w, "b_editor")
    response = w.client("b_editor").post(link, {"answer": "maybe"})
    assert response.status_code == 400
    assert role_of(w.a, w.users["b_editor"]) is None


# Team views show nobody outside the team -----------------------------------------------


def outsider_views(w, outsider) -> dict:
    client = w.client("a_admin")
    return {
        "remove page": client.get(f"{TEAM_URL}remove/{outsider.pk}/", follow=True),
        "remove post": client.post(f"{TEAM_URL}remove/{outsider.pk}/", follow=True),
        "role post": client.post(
            TEAM_URL, {"action": "role", "user": outsider.pk, "role": "admin"}, follow=True
        ),
        "team page": client.get(TEAM_URL),
    }


@pytest.mark.parametrize("who", ["b_editor", "office", "free", "root"])
def test_team_views_do_not_name_people_outside_the_team(w, who):
    outsider = w.users[who]
    for view, response in outsider_views(w, outsider).items():
        assert response.status_code == 200, view
        text = response.content.decode()
        assert outsider.email not in text, view
        assert f"{outsider.username} " not in text and f">{outsider.username}<" not in text, view
    assert role_of(w.a, outsider) is None


def test_a_made_up_user_id_gets_the_same_answer_as_an_outsider(w):
    client = w.client("a_admin")
    outsider = client.get(f"{TEAM_URL}remove/{w.users['b_editor'].pk}/", follow=True)
    missing = client.get(f"{TEAM_URL}remove/999999/", follow=True)
    assert shown_messages(outsider) == shown_messages(missing)
    assert main_content(outsider) == main_content(missing)


# The owner of a section ----------------------------------------------------------------


def section(w) -> InstitutionPage:
    return InstitutionPage.objects.get(institution=w.a, locale__language_code="ru")


def section_form(page, institution, **extra) -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": "Новое описание.",
            "logo": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "institution": institution.pk,
            **extra,
        }
    )


def institution_field(html: str):
    form = BeautifulSoup(html, "html.parser").find("form", id="page-edit-form")
    return form.find(attrs={"name": "institution"})


# who edits A's section, and whether they may set its owner
EDITORS = [("a_admin", False), ("a_member", False), ("office", True), ("root", True)]


@pytest.mark.parametrize(("who", "may"), EDITORS)
def test_the_owner_chooser_is_for_the_office(w, who, may):
    response = w.client(who).get(f"/admin/pages/{section(w).pk}/edit/")
    assert response.status_code == 200
    assert (institution_field(response.content.decode()) is not None) == may


@pytest.mark.parametrize(("who", "may"), EDITORS)
def test_a_forged_owner_is_ignored(w, who, may):
    page = section(w)
    response = w.client(who).post(f"/admin/pages/{page.pk}/edit/", section_form(page, w.b))
    assert response.status_code == 302, response.context and response.context["form"].errors
    page = InstitutionPage.objects.get(pk=page.pk)
    draft = page.get_latest_revision_as_object()
    assert draft.intro == "Новое описание."  # the rest of the form was saved
    assert draft.institution_id == (w.b.pk if may else w.a.pk)


@pytest.mark.parametrize(("who", "may"), EDITORS)
def test_a_preview_keeps_the_owner(w, who, may):
    page = section(w)
    client = w.client(who)
    url = f"/admin/pages/{page.pk}/edit/preview/"
    sent = client.post(url, section_form(page, w.b))
    assert sent.status_code == 200 and sent.json()["is_valid"]
    preview = client.get(url).content.decode()
    facts = BeautifulSoup(preview, "html.parser").find("dl", class_="facts").get_text()
    assert ("Команда Б" in facts) == may
    assert ("Команда А" in facts) != may
    assert InstitutionPage.objects.get(pk=page.pk).institution_id == w.a.pk


def test_a_translation_cannot_override_the_owner(w):
    """wagtail-localize offers translators the synchronised values they may override in
    their language; the institution a section belongs to is not among them."""
    from wagtail_localize.models import OverridableSegment, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(section(w))
    paths = set(
        OverridableSegment.objects.filter(source=source).values_list("context__path", flat=True)
    )
    assert "institution" not in paths
