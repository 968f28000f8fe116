"""Joining the network: the public application form, the office's queue, duplicates,
accepting (provisioning + invitation) and declining, spam defences and refusals."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.test import Client
from wagtail.models import ModelLogEntry

from association.models import Institution, InstitutionPage
from association.rights import ASSOCIATION_EDITORS, Role
from association.team import role_of, set_role
from network.models import JoinPage, MembershipApplication

from . import factories

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def office_editor() -> User:
    user = User.objects.filter(username="office").first() or User.objects.create_user(
        "office", "office@example.ru", "pw"
    )
    user.groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
    return user


def application_data(**overrides) -> dict:
    data = {
        "name": "Гимназия № 7",
        "name_en": "Gymnasium No. 7",
        "kind": "school",
        "region": str(factories.region().pk),
        "website": "https://gym7.example.ru",
        "contact_name": "Петрова Анна Сергеевна",
        "email": "director@gym7.example.ru",
        "phone": "+7 900 000-00-00",
        "message": "Хотим участвовать в сетевых программах.",
        "consent": "on",
        "homepage": "",
    }
    data.update(overrides)
    return data


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def test_join_page_is_in_the_menu_of_both_languages(client):
    for language, title in (("ru", "Вступить в сеть"), ("en", "Join the network")):
        page = JoinPage.objects.get(locale__language_code=language)
        assert page.live and page.show_in_menus and page.title == title
        response = client.get(f"/{language}/join/")
        assert response.status_code == 200
        html = soup(response)
        assert html.find("nav", class_="main-nav").find("a", href=f"/{language}/join/")
        form = html.find("form", class_="form")
        labels = [label.get_text(" ", strip=True) for label in form.find_all("label")]
        assert any(("E-mail" if language == "en" else "Электронная почта") in x for x in labels)
        # The consent links to the rules in the page's own language.
        assert form.find("a", href=f"/{language}/about/")


def test_application_lands_in_the_queue_flagged_as_duplicate(client):
    response = client.post("/ru/join/", application_data())
    assert response.status_code == 200
    assert "Спасибо" in response.content.decode()
    first = MembershipApplication.objects.get()
    assert first.status == "pending" and first.language == "ru"
    # The office is told, with a link to the application in the admin.
    (notice,) = mail.outbox
    assert notice.to == ["office@association.example"]
    assert f"http://testserver/admin/network/applications/{first.pk}/" in notice.body
    assert not first.has_duplicates
    # Same institution written differently, from another address: flagged.
    client.post(
        "/en/join/",
        application_data(name="  ГИМНАЗИЯ «№ 7» ", email="other@example.ru"),
    )
    second = MembershipApplication.objects.exclude(pk=first.pk).get()
    assert second.language == "en"
    assert [a.pk for a in second.duplicates()["applications"]] == [first.pk]
    # Same e-mail as an existing member institution: flagged too.
    factories.institution(slug="lyceum-3", name="Лицей № 3", email="Director@Gym7.example.ru")
    assert [i.slug for i in first.duplicates()["institutions"]] == ["lyceum-3"]

    listing = login(office_editor()).get("/admin/network/applications/")
    assert listing.status_code == 200
    rows = soup(listing).select("tbody tr")
    assert len(rows) == 2
    assert all("возможный дубликат" in row.get_text() for row in rows)


def test_bad_input_gives_form_errors_not_500(client):
    response = client.post("/ru/join/", application_data(consent="", email="not-an-email"))
    assert response.status_code == 400
    errors = soup(response).select(".form__error")
    assert len(errors) == 2
    assert MembershipApplication.objects.count() == 0
    assert client.post("/ru/join/", {}).status_code == 400
    assert client.post("/ru/join/", application_data(kind="castle")).status_code == 400
    assert client.post("/ru/join/", application_data(region="999999")).status_code == 400
    assert MembershipApplication.objects.count() == 0


def test_honeypot_pretends_success_and_stores_nothing(client):
    response = client.post("/ru/join/", application_data(homepage="http://spam.example"))
    assert response.status_code == 200
    assert "Спасибо" in response.content.decode()
    assert MembershipApplication.objects.count() == 0


def test_rate_limit_per_address(client, settings):
    settings.PORTAL_NETWORK_APPLICATIONS_PER_IP = 2
    for number in range(2):
        response = client.post(
            "/ru/join/", application_data(name=f"Школа {number}", email=f"s{number}@example.ru")
        )
        assert response.status_code == 200
    response = client.post(
        "/ru/join/", application_data(email="s9@example.ru"), REMOTE_ADDR="1.1.1.1"
    )
    assert response.status_code == 200
    blocked = client.post("/ru/join/", application_data(email="s3@example.ru"))
    assert blocked.status_code == 429
    assert "Слишком много заявок" in blocked.content.decode()
    assert MembershipApplication.objects.count() == 3


@pytest.mark.parametrize(
    ("language", "message"),
    [("ru", "Слишком много заявок с этим адресом"), ("en", "Too many applications with this")],
)
def test_rate_limit_per_e_mail_address(client, settings, language, message):
    """Applications naming one address, from several clients and in any spelling, are
    limited too: nobody floods an address with the office's answers."""
    settings.PORTAL_NETWORK_APPLICATIONS_PER_EMAIL = 2
    for number, email in enumerate(["head@school.example.ru", "HEAD@School.example.ru"]):
        sent = client.post(
            f"/{language}/join/", application_data(email=email), REMOTE_ADDR=f"10.2.0.{number}"
        )
        assert sent.status_code == 200
    blocked = client.post(
        f"/{language}/join/",
        application_data(email="head@school.example.ru"),
        REMOTE_ADDR="10.2.0.9",
    )
    assert blocked.status_code == 429
    assert message in soup(blocked).find(attrs={"role": "alert"}).get_text()
    assert MembershipApplication.objects.count() == 2
    other = client.post(f"/{language}/join/", application_data(), REMOTE_ADDR="10.2.0.9")
    assert other.status_code == 200 and MembershipApplication.objects.count() == 3


def test_accepting_provisions_the_institution_and_invites_the_contact(client):
    client.post("/ru/join/", application_data())
    application = MembershipApplication.objects.get()
    editor = office_editor()
    office = login(editor)
    detail = office.get(f"/admin/network/applications/{application.pk}/")
    assert "director@gym7.example.ru" in detail.content.decode()
    # Confirmation first: GET shows the form and changes nothing.
    confirm = office.get(f"/admin/network/applications/{application.pk}/accept/")
    assert confirm.status_code == 200
    assert soup(confirm).find("input", {"name": "slug"})["value"] == "gymnasium-no-7"
    assert not Institution.objects.filter(slug="gymnasium-no-7").exists()

    mail.outbox.clear()
    response = office.post(
        f"/admin/network/applications/{application.pk}/accept/",
        {"slug": "gymnasium-7", "message": "Добро пожаловать в сеть!"},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "accepted" and application.decided_by == editor
    institution = Institution.objects.get(slug="gymnasium-7")
    assert application.institution == institution
    assert institution.name_en == "Gymnasium No. 7" and institution.kind == "school"
    assert institution.email == "director@gym7.example.ru"
    # Provisioned as add_institution does: sections in both languages, groups, collection.
    assert InstitutionPage.objects.filter(institution=institution).count() == 2
    assert institution.collection and institution.editors_group and institution.admins_group
    contact = User.objects.get(email="director@gym7.example.ru")
    assert role_of(institution, contact) == Role.ADMIN
    assert (contact.first_name, contact.last_name) == ("Петрова", "Анна Сергеевна")
    recipients = [message.to for message in mail.outbox]
    assert recipients == [["director@gym7.example.ru"], ["director@gym7.example.ru"]]
    invitation, decision = mail.outbox
    assert re.search(r"http://testserver/admin/password_reset/\S+", invitation.body)
    assert "Добро пожаловать в сеть!" in decision.body
    actions = set(ModelLogEntry.objects.filter(user=editor).values_list("action", flat=True))
    assert "network.application.accept" in actions
    superuser = User.objects.create_superuser("root", "root@example.ru", "pw")
    history = login(superuser).get("/admin/reports/site-history/")
    assert history.status_code == 200
    assert "gymnasium-7" in history.content.decode()
    # Decided once: a second attempt is refused with a message.
    again = office.post(f"/admin/network/applications/{application.pk}/accept/", {"slug": "other"})
    assert again.status_code == 400
    assert Institution.objects.filter(name="Гимназия № 7").count() == 1


def test_accepting_with_a_taken_slug_is_a_form_error_and_changes_nothing(client):
    factories.institution(slug="taken")
    client.post("/ru/join/", application_data())
    application = MembershipApplication.objects.get()
    institutions = Institution.objects.count()
    response = login(office_editor()).post(
        f"/admin/network/applications/{application.pk}/accept/", {"slug": "taken"}
    )
    assert response.status_code == 400
    assert "taken" in response.content.decode()
    application.refresh_from_db()
    assert application.is_pending
    assert Institution.objects.count() == institutions
    assert not User.objects.filter(email="director@gym7.example.ru").exists()
    bad = login(office_editor()).post(
        f"/admin/network/applications/{application.pk}/accept/", {"slug": "не слаг"}
    )
    assert bad.status_code == 400


def test_declining_needs_a_message_and_tells_the_applicant(client):
    client.post("/en/join/", application_data())
    application = MembershipApplication.objects.get()
    editor = office_editor()
    office = login(editor)
    assert office.get(f"/admin/network/applications/{application.pk}/decline/").status_code == 200
    assert (
        office.post(f"/admin/network/applications/{application.pk}/decline/", {}).status_code == 400
    )
    mail.outbox.clear()
    response = office.post(
        f"/admin/network/applications/{application.pk}/decline/",
        {"message": "Please apply again next year."},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "declined"
    assert not Institution.objects.filter(name="Гимназия № 7").exists()
    (message,) = mail.outbox
    assert message.to == ["director@gym7.example.ru"]
    # The applicant wrote in English, so the e-mail is in English.
    assert "Please apply again next year." in message.body and "Dear" in message.body
    assert ModelLogEntry.objects.filter(action="network.application.decline").exists()


def test_institution_people_never_see_the_queue(client):
    client.post("/ru/join/", application_data())
    application = MembershipApplication.objects.get()
    institution = factories.institution(slug="school-a")
    admin = User.objects.create_user("a-admin", "a@example.ru", "pw")
    set_role(institution, admin, Role.ADMIN)
    person = login(admin)
    dashboard = person.get("/admin/")
    assert dashboard.status_code == 200
    assert "/admin/network/applications/" not in dashboard.content.decode()
    for url in (
        "/admin/network/applications/",
        f"/admin/network/applications/{application.pk}/",
        f"/admin/network/applications/{application.pk}/accept/",
    ):
        response = person.get(url)
        assert (
            response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
        )
    response = person.post(
        f"/admin/network/applications/{application.pk}/accept/", {"slug": "sneaky"}
    )
    assert response.status_code in (302, 403)
    application.refresh_from_db()
    assert application.is_pending
    assert not Institution.objects.filter(slug="sneaky").exists()
    # Anonymous visitors go to the login page.
    assert Client().get("/admin/network/applications/").url.startswith("/admin/login/")


def test_office_sees_the_menu_item(client):
    dashboard = login(office_editor()).get("/admin/")
    assert "/admin/network/applications/" in dashboard.content.decode()


def test_site_setup_replaces_an_old_join_form_and_is_idempotent():
    from home.models import FormPage
    from portal.site_setup import ensure_site_structure

    home = factories.home()
    JoinPage.objects.filter(locale__language_code="en").delete()
    JoinPage.objects.get(locale__language_code="ru").delete()
    old = home.add_child(instance=FormPage(title="Вступить", slug="join"))
    old.save_revision().publish()
    ensure_site_structure()
    old.refresh_from_db()
    assert not old.live and old.slug != "join"
    join = JoinPage.objects.get(locale__language_code="ru")
    assert join.slug == "join" and join.live and join.rules_page.slug == "about"
    assert JoinPage.objects.filter(locale__language_code="en", slug="join").exists()
    ensure_site_structure()
    assert JoinPage.objects.count() == 2
