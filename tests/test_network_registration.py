"""Seminar registration: the form on the event's page, seats and the waiting list under
concurrent sign-ups, cancelling by the e-mailed link, the .ics attachment, who sees and
exports the lists, and deleting them after the event; the same answer whether or not an
address is registered, the consent, and the limits per client and per address."""

from __future__ import annotations

import datetime as dt
import io
import re
import threading

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import Locale
from wagtail_localize.synctree import create_aliases_for_new_page

from association.models import SeminarIndexPage
from association.rights import ASSOCIATION_EDITORS, Role
from association.team import set_role
from network.models import SeminarRegistration
from network.registration import cancel_token, registration_for_token

from . import factories

User = get_user_model()


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def person_data(number: int = 1, **overrides) -> dict:
    data = {
        "name": f"Участник {number}",
        "email": f"person{number}@example.ru",
        "institution_name": "Школа № 1",
        "role": "учитель математики",
        "consent": "on",
        "homepage": "",
    }
    data.update(overrides)
    return data


# What the page says after any sign-up, whoever signs up (the Russian page).
ANSWER = "Спасибо! Мы отправили письмо на указанный адрес"


def register_url(seminar, language: str = "ru") -> str:
    return f"/{language}/events/{seminar.pk}/register/"


def cancel_link(message) -> str:
    return re.search(r"http://testserver(/\w\w/registrations/cancel/\S+/)", message.body).group(1)


@pytest.mark.django_db
def test_registering_confirms_and_mails_an_ics(client):
    seminar = factories.seminar(title="Семинар по геометрии", registration_enabled=True, capacity=2)
    page = BeautifulSoup(client.get(seminar.url).content, "html.parser")
    form = page.find("section", id="registration").find("form")
    assert form["action"].startswith(register_url(seminar))
    assert "2 места" in page.find("section", id="registration").get_text()
    response = client.post(register_url(seminar), person_data())
    assert response.status_code == 302
    shown = client.get(response.url).content.decode()
    assert ANSWER in shown  # the status itself goes by e-mail only
    # A success (green) confirmation, not the empty form again below it.
    box = BeautifulSoup(shown, "html.parser").find("section", id="registration")
    assert ANSWER in box.select_one(".notice--success[role=status]").get_text()
    assert box.find("form") is None and "notice--inline" not in str(box)
    links = {a.get_text(strip=True): a["href"] for a in box.find_all("a")}
    assert links.get("Зарегистрировать еще одного участника") == f"{seminar.url}#registration", (
        links
    )
    registration = SeminarRegistration.objects.get()
    assert registration.status == "confirmed" and registration.language == "ru"
    assert registration.consent  # recorded as given on the form
    (message,) = mail.outbox
    assert message.to == ["person1@example.ru"] and "Семинар по геометрии" in message.subject
    ((name, content, mimetype),) = message.attachments
    assert name.endswith(".ics") and mimetype == "text/calendar"
    content = content.decode() if isinstance(content, bytes) else content
    assert "BEGIN:VEVENT" in content and "Семинар по геометрии" in content


@pytest.mark.django_db
def test_bad_input_and_closed_registration_are_clear_messages(client):
    seminar = factories.seminar(registration_enabled=True)
    response = client.post(register_url(seminar), person_data(email="nope", name=""))
    assert response.status_code == 400
    assert len(BeautifulSoup(response.content, "html.parser").select(".form__error")) == 2
    assert client.post(register_url(seminar), person_data()).status_code == 302
    assert SeminarRegistration.objects.count() == 1
    closed = factories.seminar(
        registration_enabled=True, registration_deadline=timezone.now() - dt.timedelta(hours=1)
    )
    assert client.post(register_url(closed), person_data(2)).status_code == 400
    assert "Регистрация закрыта" in client.get(closed.url).content.decode()
    off = factories.seminar()
    assert client.post(register_url(off), person_data(3)).status_code == 400
    assert client.post("/ru/events/999999/register/", person_data(4)).status_code == 404
    assert client.get(register_url(seminar)).status_code == 405
    assert SeminarRegistration.objects.count() == 1


@pytest.mark.django_db
def test_honeypot_stores_nothing(client):
    seminar = factories.seminar(registration_enabled=True)
    response = client.post(register_url(seminar), person_data(homepage="http://bot.example"))
    assert response.status_code == 302
    assert SeminarRegistration.objects.count() == 0 and not mail.outbox


@pytest.mark.django_db
def test_waiting_list_and_cancelling_promotes_the_next_person(client):
    seminar = factories.seminar(registration_enabled=True, capacity=1)
    create_aliases_for_new_page(seminar)
    english = seminar.get_translation(Locale.objects.get(language_code="en"))
    client.post(register_url(seminar), person_data(1))
    # The English page is the same event: its one seat is taken.
    client.post(register_url(english, "en"), person_data(2))
    first, second = SeminarRegistration.objects.order_by("pk")
    assert (first.status, second.status) == ("confirmed", "waiting")
    assert first.seminar_id == second.seminar_id == seminar.pk
    assert "waiting list" in mail.outbox[1].subject and not mail.outbox[1].attachments
    link = cancel_link(mail.outbox[0])
    # The link asks first; a GET changes nothing.
    page = client.get(link)
    assert page.status_code == 200 and "Отменить мою регистрацию" in page.content.decode()
    first.refresh_from_db()
    assert first.status == "confirmed"
    mail.outbox.clear()
    assert client.post(link).status_code == 200
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("cancelled", "confirmed")
    (promotion,) = mail.outbox
    assert promotion.to == ["person2@example.ru"] and promotion.attachments
    assert "A seat is yours" in promotion.subject  # they registered in English
    # Cancelling twice is harmless.
    assert client.post(link).status_code == 200
    assert SeminarRegistration.objects.filter(status="confirmed").count() == 1


@pytest.mark.django_db
def test_cancel_tokens_cannot_be_forged(client):
    seminar = factories.seminar(registration_enabled=True)
    client.post(register_url(seminar), person_data(1))
    registration = SeminarRegistration.objects.get()
    token = cancel_token(registration)
    assert token not in (str(registration.pk), registration.email)
    for forged in (token[:-2] + "xx", "1", f"{registration.pk}:abc"):
        response = client.post(f"/ru/registrations/cancel/{forged}/")
        assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_sign_ups_never_exceed_the_seats():
    from portal.site_setup import ensure_site_structure

    ensure_site_structure()
    seats, people = 5, 16
    seminar = factories.seminar(registration_enabled=True, capacity=seats)
    barrier = threading.Barrier(people)
    statuses: list[int] = []

    def sign_up(number: int) -> None:
        try:
            client = Client()
            barrier.wait(timeout=30)
            statuses.append(client.post(register_url(seminar), person_data(number)).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [302] * people
    registrations = SeminarRegistration.objects.filter(seminar=seminar)
    assert registrations.filter(status="confirmed").count() == seats
    assert registrations.filter(status="waiting").count() == people - seats


@pytest.mark.django_db
class TestWhoSeesTheLists:
    @pytest.fixture
    def world(self, client):
        a = factories.institution(slug="org-a", name="Организатор А")
        b = factories.institution(slug="org-b", name="Школа Б")
        seminar = factories.seminar(
            SeminarIndexPage.objects.child_of(a.page).get(),
            title="Семинар А",
            registration_enabled=True,
        )
        client.post(register_url(seminar), person_data(1, name="=HYPERLINK(1)"))
        client.post(register_url(seminar), person_data(2, name="Иванова Ольга"))
        users = {}
        for key, institution, role in (("a_editor", a, Role.EDITOR), ("b_admin", b, Role.ADMIN)):
            users[key] = User.objects.create_user(key, f"{key}@example.ru", "pw")
            set_role(institution, users[key], role)
        users["office"] = User.objects.create_user("office", "o@example.ru", "pw")
        users["office"].groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
        return seminar, users

    def urls(self, seminar) -> list[str]:
        base = f"/admin/network/registrations/{seminar.pk}/"
        return [base, base + "export.csv", base + "export.xlsx", base + "export.excel-csv"]

    def test_the_organisers_team_sees_and_exports(self, world):
        seminar, users = world
        for key in ("a_editor", "office"):
            person = login(users[key])
            index = person.get("/admin/network/registrations/")
            assert "Семинар А" in index.content.decode()
            listing = person.get(self.urls(seminar)[0])
            assert listing.status_code == 200 and "Иванова Ольга" in listing.content.decode()
            csv_response = person.get(self.urls(seminar)[1])
            assert csv_response["Content-Type"].startswith("text/csv")
            text = csv_response.content.decode("utf-8-sig")
            assert "Иванова Ольга" in text and "person2@example.ru" in text
            assert "'=HYPERLINK(1)" in text  # no formula injection
            xlsx = person.get(self.urls(seminar)[2])
            sheet = load_workbook(io.BytesIO(xlsx.content)).active
            rows = list(sheet.iter_rows(values_only=True))
            assert len(rows) == 3 and rows[2][0] == "Иванова Ольга"
            excel = person.get(self.urls(seminar)[3]).content.decode("utf-8-sig")
            assert excel.splitlines()[0].count(";") == 5  # six columns
            assert "Иванова Ольга;" in excel and "'=HYPERLINK(1)" in excel
            # A format the list is not offered in: not found, not a CSV by default.
            assert (
                person.get(f"/admin/network/registrations/{seminar.pk}/export.pdf").status_code
                == 404
            )

    def test_other_institutions_are_refused_everywhere(self, world):
        seminar, users = world
        person = login(users["b_admin"])
        dashboard = person.get("/admin/").content.decode()
        assert "/admin/network/registrations/" not in dashboard
        index = person.get("/admin/network/registrations/")
        assert "Семинар А" not in index.content.decode()
        for url in self.urls(seminar):
            response = person.get(url)
            assert response.status_code in (302, 403), url
            assert b"person2@example.ru" not in response.content
        for url in self.urls(seminar):
            assert Client().get(url).status_code == 302

    def test_a_suspended_institution_loses_access(self, world):
        from association.provisioning import set_institution_status

        seminar, users = world
        set_institution_status(seminar.institution, "suspended")
        assert login(users["a_editor"]).get(self.urls(seminar)[0]).status_code in (302, 403)


@pytest.mark.django_db
def test_purge_deletes_registrations_after_the_retention_time(client, settings):
    settings.PORTAL_REGISTRATION_RETENTION_DAYS = 30
    recent = factories.seminar(registration_enabled=True)
    old = factories.seminar(registration_enabled=True)
    client.post(register_url(recent), person_data(1))
    client.post(register_url(old), person_data(2))
    type(old).objects.filter(pk=old.pk).update(
        starts_at=timezone.now() - dt.timedelta(days=32),
        ends_at=timezone.now() - dt.timedelta(days=31),
    )
    out = io.StringIO()
    call_command("purge_registrations", stdout=out)
    assert "Deleted 1 registration" in out.getvalue()
    assert list(SeminarRegistration.objects.values_list("email", flat=True)) == [
        "person1@example.ru"
    ]


# No enumeration, consent, limits ----------------------------------------------------


def registration_box(response) -> str:
    """The event's registration section without the per-request CSRF token."""
    box = BeautifulSoup(response.content, "html.parser").find("section", id="registration")
    for token in box.select("input[name=csrfmiddlewaretoken]"):
        token.decompose()
    return str(box)


# Who signs up again: what is registered already under the address, and how it is typed.
KNOWN = {
    "confirmed, same spelling": ("confirmed", "person1@example.ru"),
    "confirmed, other case": ("confirmed", "Person1@Example.RU"),
    "waiting": ("waiting", "person1@example.ru"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("known", KNOWN)
def test_signing_up_again_answers_as_a_new_sign_up_and_writes_to_the_address(client, known):
    status, typed = KNOWN[known]
    seminar = factories.seminar(registration_enabled=True)
    SeminarRegistration.objects.create(
        seminar=seminar, name="Участник 1", email="person1@example.ru", status=status
    )
    new = client.post(register_url(seminar), person_data(2), follow=True)
    mail.outbox.clear()
    again = client.post(
        register_url(seminar), person_data(3, name="Кто-то другой", email=typed), follow=True
    )
    # The page cannot tell the two apart: same address, same status, same text.
    assert again.redirect_chain == [(new.redirect_chain[0][0], 302)]
    assert again.status_code == new.status_code == 200
    assert registration_box(again) == registration_box(new)
    assert ANSWER in registration_box(again)
    # Nothing new is stored; the address itself is told, with its cancellation link.
    assert SeminarRegistration.objects.filter(email__iexact="person1@example.ru").count() == 1
    (message,) = mail.outbox
    assert message.to == ["person1@example.ru"]
    assert "уже" in message.subject
    token = cancel_link(message).rstrip("/").rsplit("/", 1)[1]
    registration = SeminarRegistration.objects.get(email="person1@example.ru")
    assert registration_for_token(token) == registration  # the link cancels this one
    assert bool(message.attachments) == (status == "confirmed")


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "message"), [("ru", "согласи"), ("en", "consent")])
def test_consent_is_required(client, language, message):
    seminar = factories.seminar(registration_enabled=True)
    english = seminar
    if language == "en":
        create_aliases_for_new_page(seminar)
        english = seminar.get_translation(Locale.objects.get(language_code="en"))
    form = BeautifulSoup(client.get(english.url).content, "html.parser").find(
        "section", id="registration"
    )
    checkbox = form.find("input", attrs={"name": "consent"})
    assert checkbox["type"] == "checkbox" and checkbox.has_attr("required")
    label = form.find("label", attrs={"for": checkbox["id"]}).get_text()
    assert message in label.lower()
    data = person_data()
    del data["consent"]
    response = client.post(register_url(english, language), data)
    assert response.status_code == 400
    errors = BeautifulSoup(response.content, "html.parser").select("#registration .form__error")
    assert any(message in error.get_text().lower() for error in errors)
    assert not SeminarRegistration.objects.exists() and not mail.outbox


LIMITED = [
    pytest.param("ru", "Слишком много", id="ru"),
    pytest.param("en", "Too many", id="en"),
]


def in_language(seminar, language):
    if language == "ru":
        return seminar
    create_aliases_for_new_page(seminar)
    return seminar.get_translation(Locale.objects.get(language_code=language))


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "message"), LIMITED)
def test_sign_ups_are_limited_per_client(client, settings, language, message):
    settings.PORTAL_NETWORK_REGISTRATIONS_PER_IP = 3
    seminar = in_language(factories.seminar(registration_enabled=True), language)
    url = register_url(seminar, language)
    for number in range(3):
        assert client.post(url, person_data(number), REMOTE_ADDR="10.0.0.1").status_code == 302
    sent = len(mail.outbox)
    blocked = client.post(url, person_data(9), REMOTE_ADDR="10.0.0.1")
    assert blocked.status_code == 429
    box = BeautifulSoup(blocked.content, "html.parser").find("section", id="registration")
    assert message in box.find(attrs={"role": "alert"}).get_text()
    # Invalid attempts count too, and nothing is sent or stored past the limit.
    assert client.post(url, person_data(10, email="x"), REMOTE_ADDR="10.0.0.1").status_code == 429
    assert len(mail.outbox) == sent
    assert not SeminarRegistration.objects.filter(email="person9@example.ru").exists()
    # Another client is not held up.
    assert client.post(url, person_data(9), REMOTE_ADDR="10.0.0.2").status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "message"), LIMITED)
def test_sign_ups_are_limited_per_address(client, settings, language, message):
    settings.PORTAL_NETWORK_REGISTRATIONS_PER_EMAIL = 2
    first = in_language(factories.seminar(registration_enabled=True), language)
    second = in_language(factories.seminar(registration_enabled=True), language)
    # From different clients, for different events, in different spellings: one address.
    attempts = [(first, "10.0.1.1", "victim@example.ru"), (second, "10.0.1.2", "VICTIM@example.ru")]
    for seminar, address, email in attempts:
        response = client.post(
            register_url(seminar, language), person_data(email=email), REMOTE_ADDR=address
        )
        assert response.status_code == 302
    assert len(mail.outbox) == 2
    blocked = client.post(
        register_url(first, language),
        person_data(email="victim@example.ru"),
        REMOTE_ADDR="10.0.1.3",
    )
    assert blocked.status_code == 429
    box = BeautifulSoup(blocked.content, "html.parser").find("section", id="registration")
    assert message in box.find(attrs={"role": "alert"}).get_text()
    assert len(mail.outbox) == 2
    # Other addresses still sign up from the same clients.
    other = client.post(register_url(first, language), person_data(5), REMOTE_ADDR="10.0.1.3")
    assert other.status_code == 302
