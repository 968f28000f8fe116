"""Every way into a session asks for the same second factor and counts towards the same
lockout.

Login paths: Wagtail's login form, Django's admin login, Wagtail's front-end login (for
pages restricted to logged-in visitors), the password-setting link, and a session opened
by any of them. User kinds: an association administrator with two-factor login on, one
who has not turned it on yet, a superuser made by `createsuperuser` (the README's
production step) and an institution's editor. Staff enrolment is on, as in production.
"""

from __future__ import annotations

import os

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client, override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from association.rights import ASSOCIATION_ADMINS, Role
from association.team import password_setting_link, set_role

from . import factories

pytestmark = pytest.mark.sqlite

PASSWORD = "Correct-Horse-42"
KINDS = ["staff_totp", "staff_new", "superuser", "editor"]
PATHS = {
    "wagtail": "/admin/login/",
    "django_admin": "/django-admin/login/",
    "frontend_ru": "/ru/_util/login/",
    "frontend_en": "/en/_util/login/",
}
TWO_FACTOR_PAGE = "/admin/account/two-factor/"


def code(device: TOTPDevice) -> str:
    device.refresh_from_db()
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


class People:
    def __init__(self):
        User = get_user_model()
        self.users = {}
        for kind in ("staff_totp", "staff_new"):
            user = User.objects.create_user(kind, f"{kind}@example.ru", PASSWORD)
            user.groups.add(Group.objects.get(name=ASSOCIATION_ADMINS))
            self.users[kind] = user
        self.device = TOTPDevice.objects.create(
            user=self.users["staff_totp"], name="phone", confirmed=True
        )
        # As the README's production steps make the first account.
        os.environ["DJANGO_SUPERUSER_PASSWORD"] = PASSWORD
        try:
            call_command(
                "createsuperuser",
                interactive=False,
                username="superuser",
                email="root@example.ru",
                verbosity=0,
            )
        finally:
            del os.environ["DJANGO_SUPERUSER_PASSWORD"]
        self.users["superuser"] = User.objects.get(username="superuser")
        school = factories.institution("login-school")
        self.users["editor"] = User.objects.create_user("editor", "e@example.ru", PASSWORD)
        set_role(school, self.users["editor"], Role.EDITOR)


people = factories.module_world(People)


@pytest.fixture
def world(people, db, settings):
    settings.PORTAL_TWO_FACTOR_FOR_STAFF = True
    return people


def logged_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def outcome_of_password_alone(path: str, kind: str) -> str:
    """What a person typing the right password (and no code) into `path` gets."""
    if path != "wagtail":
        return "sent_to_wagtail_login"  # no other form takes a password
    if kind == "staff_totp":
        return "asked_for_the_code"
    if kind in ("staff_new", "superuser"):
        return "asked_to_enrol"
    return "in"


@pytest.mark.parametrize(("path", "kind"), [(p, k) for p in PATHS for k in KINDS])
def test_the_password_alone(world, path, kind):
    client = Client()
    response = client.post(PATHS[path], {"username": kind, "password": PASSWORD})
    expected = outcome_of_password_alone(path, kind)
    if expected == "sent_to_wagtail_login":
        assert response.status_code == 302
        assert response.url.startswith("/admin/login/")
        assert not logged_in(client)
        assert client.get("/admin/users/").url.startswith("/admin/login/")
    elif expected == "asked_for_the_code":
        assert response.status_code == 200
        assert "Введите текущий шестизначный код" in response.content.decode()
        assert not logged_in(client)
    elif expected == "asked_to_enrol":
        assert response.status_code == 302 and logged_in(client)
        for url in ("/admin/", "/admin/users/", "/admin/pages/"):
            assert client.get(url).url == TWO_FACTOR_PAGE, url
        page = client.get(TWO_FACTOR_PAGE).content.decode()
        assert "чтобы продолжить, включите двухфакторную аутентификацию" in page
        assert "<svg" in page  # the code to scan
    else:
        assert response.status_code == 302 and logged_in(client)
        assert client.get("/admin/").status_code == 200


def test_the_front_end_login_keeps_where_the_visitor_was_going(world):
    response = Client().get("/ru/_util/login/", {"next": "/ru/about/"})
    assert response.status_code == 302
    assert response.url == "/admin/login/?next=%2Fru%2Fabout%2F"


def test_the_code_lets_staff_in(world):
    client = Client()
    response = client.post(
        "/admin/login/",
        {"username": "staff_totp", "password": PASSWORD, "otp_token": code(world.device)},
    )
    assert response.status_code == 302 and logged_in(client)
    assert client.get("/admin/users/").status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_a_session_opened_without_the_code(world, kind):
    """However a session came to be without the code (a login view that checks only the
    password), it opens nothing for someone who has two-factor login on: it is ended."""
    client = Client()
    client.force_login(world.users[kind])
    users = client.get("/admin/users/")
    api = client.get("/admin/api/main/pages/")
    if kind == "staff_totp":
        assert users.status_code == 302 and users.url.startswith("/admin/login/")
        assert not logged_in(client)
        assert api.status_code in (302, 403)
    elif kind == "editor":
        assert logged_in(client) and client.get("/admin/").status_code == 200
    else:
        assert users.url == TWO_FACTOR_PAGE and api.url == TWO_FACTOR_PAGE


@pytest.mark.parametrize("kind", KINDS)
def test_the_password_setting_link_does_not_log_in(world, kind):
    # From the database: the link's token depends on the last login, which other tests'
    # logins set on the module's objects (and the rollback undid in the database only).
    user = get_user_model().objects.get(username=kind)
    client = Client()
    start = client.get(password_setting_link(user).removeprefix("http://testserver"))
    assert start.status_code == 302  # to the form, with the token kept in the session
    new_password = "Another-Horse-77"
    done = client.post(start.url, {"new_password1": new_password, "new_password2": new_password})
    assert done.status_code == 302
    assert not logged_in(client)
    user.refresh_from_db()
    assert user.check_password(new_password)
    again = Client()
    again.post("/admin/login/", {"username": kind, "password": new_password})
    assert logged_in(again) == (kind != "staff_totp")


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
@pytest.mark.parametrize(("path", "kind"), [(p, k) for p in PATHS for k in KINDS])
def test_wrong_passwords_lock_the_account_on_every_path(world, path, kind):
    client = Client()
    statuses = [
        client.post(PATHS["wagtail"], {"username": kind, "password": "wrong"}).status_code
        for _ in range(3)
    ]
    assert statuses == [200, 200, 429]
    right = {"username": kind, "password": PASSWORD}
    if kind == "staff_totp":
        right["otp_token"] = code(world.device)
    response = client.post(PATHS[path], right)
    assert response.status_code in (302, 429) and not logged_in(client)
    if path == "wagtail":
        assert response.status_code == 429


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_wrong_codes_lock_the_account(world):
    client = Client()
    statuses = []
    for _ in range(3):
        # django-otp also slows down guessing after a wrong code; the lockout is axes'.
        TOTPDevice.objects.filter(pk=world.device.pk).update(throttling_failure_count=0)
        statuses.append(
            client.post(
                "/admin/login/",
                {"username": "staff_totp", "password": PASSWORD, "otp_token": "000000"},
            ).status_code
        )
    assert statuses == [200, 200, 429]
    TOTPDevice.objects.filter(pk=world.device.pk).update(throttling_failure_count=0)
    locked = client.post(
        "/admin/login/",
        {"username": "staff_totp", "password": PASSWORD, "otp_token": code(world.device)},
    )
    assert locked.status_code == 429 and not logged_in(client)


@pytest.mark.parametrize("kind", ["staff_new", "superuser"])
def test_staff_enrol_on_their_first_login_and_go_on(world, kind):
    client = Client()
    client.post("/admin/login/", {"username": kind, "password": PASSWORD})
    assert client.get("/admin/").url == TWO_FACTOR_PAGE
    other_session = Client()
    other_session.force_login(world.users[kind])
    client.get(TWO_FACTOR_PAGE)
    device = TOTPDevice.objects.get(user=world.users[kind], confirmed=False)
    assert client.post(TWO_FACTOR_PAGE, {"otp_token": code(device)}).status_code == 302
    assert client.get("/admin/users/").status_code == 200
    # The session opened with the password alone before enrolment is over.
    other_session.get("/admin/")
    assert not logged_in(other_session)


def test_without_staff_enrolment_staff_log_in_with_the_password(world, settings):
    """Development (`make run`, the demo accounts) turns the enrolment off."""
    settings.PORTAL_TWO_FACTOR_FOR_STAFF = False
    client = Client()
    client.post("/admin/login/", {"username": "superuser", "password": PASSWORD})
    assert client.get("/admin/").status_code == 200
