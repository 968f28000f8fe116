"""Certificates of attendance: the organiser marks who came (in the list or from a webinar
platform's CSV), issues the event's certificates in the background, each attendee gets an
e-mail whose link downloads their PDF; the public verification page shows it valid, then
revoked with the reason; the Open Badges 3.0 credential verifies with the published key;
nobody but the organiser may do any of it."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import time
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation
from joserfc import jwt
from joserfc.jwk import KeySet
from pypdf import PdfReader

from association.models import SeminarIndexPage, SeminarPage
from association.rights import ASSOCIATION_EDITORS, EXPERTS, Role
from association.team import set_role
from network import attendance, tasks
from network.models import AttendanceCertificate, AttendanceIssue, SeminarRegistration

from . import factories

pytestmark = pytest.mark.django_db
User = get_user_model()


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def world():
    a = factories.institution(slug="org-att", name="Лицей № 7", name_en="Lyceum 7")
    b = factories.institution(slug="other-att", name="Школа Б")
    seminar = factories.seminar(
        SeminarIndexPage.objects.child_of(a.page).get(),
        title="Вебинар о дробях",
        kind=SeminarPage.Kind.WEBINAR,
        format=SeminarPage.Format.ONLINE,
        online_url="https://meet.example.org/x",
        registration_enabled=True,
        hours=2,
    )
    other = factories.seminar(
        SeminarIndexPage.objects.child_of(b.page).get(), title="Чужой семинар"
    )
    people = [
        SeminarRegistration.objects.create(
            seminar=seminar, name=name, email=email, language=language
        )
        for name, email, language in (
            ("Иванова Мария Петровна", "maria@example.ru", "ru"),
            ("Смирнов Олег", "Oleg.Smirnov@example.ru", "ru"),
            ("Anna Lee", "anna@example.org", "en"),
        )
    ]
    stranger = SeminarRegistration.objects.create(
        seminar=other, name="Чужой участник", email="x@example.ru"
    )
    users = {}
    for key, institution in (("organiser", a), ("other_editor", b)):
        users[key] = User.objects.create_user(key, f"{key}@example.ru", "pw")
        set_role(institution, users[key], Role.EDITOR)
    users["office"] = User.objects.create_user("office", "o@example.ru", "pw")
    users["office"].groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
    users["expert"] = User.objects.create_user("expert", "e@example.ru", "pw")
    users["expert"].groups.add(Group.objects.get(name=EXPERTS))
    return {"seminar": seminar, "people": people, "stranger": stranger, "users": users}


def list_url(seminar) -> str:
    return f"/admin/network/registrations/{seminar.pk}/"


def issue_all(client, seminar, hours="2") -> AttendanceIssue:
    response = client.post(list_url(seminar) + "certificates/issue/", {"hours": hours})
    assert response.status_code == 302, response.content[:500]
    issue = AttendanceIssue.objects.filter(seminar=seminar).first()
    assert response.url.endswith(f"/certificates/issue/{issue.pk}/")
    return issue


def test_the_organiser_marks_people_present_from_the_list(world):
    seminar, (maria, _oleg, anna) = world["seminar"], world["people"]
    organiser = login(world["users"]["organiser"])
    page = BeautifulSoup(organiser.get(list_url(seminar)).content, "html.parser")
    form = page.select_one("form.attendance-form")
    boxes = {box["value"] for box in form.select("input[type=checkbox][name=registration]")}
    assert boxes == {str(p.pk) for p in world["people"]}
    assert {b.get_text() for b in form.find_all("button")} == {
        "Отметить присутствие",
        "Отметить отсутствие",
    }
    response = organiser.post(
        form["action"],
        {
            "registration": [maria.pk, anna.pk, world["stranger"].pk],
            "action": "present",
            "csrfmiddlewaretoken": "x",
        },
        follow=True,
    )
    assert "Отмечено присутствующими: 2" in response.content.decode()
    present = set(SeminarRegistration.objects.filter(attended=True).values_list("pk", flat=True))
    assert present == {maria.pk, anna.pk}  # another event's registration is untouched
    rows = BeautifulSoup(response.content, "html.parser").select("td.attendance-mark")
    assert [cell.get_text() for cell in rows] == ["отмечено", "—", "отмечено"]
    organiser.post(form["action"], {"registration": [anna.pk], "action": "absent"})
    assert set(SeminarRegistration.objects.filter(attended=True)) == {maria}


def upload(client, seminar, content: bytes, name: str = "report.csv"):
    return client.post(
        list_url(seminar) + "attendance/import/",
        {"file": SimpleUploadedFile(name, content, content_type="text/csv")},
    )


def test_a_webinar_report_marks_by_address_and_reports_every_unmatched_row(world):
    seminar, (maria, oleg, _anna) = world["seminar"], world["people"]
    organiser = login(world["users"]["organiser"])
    # A platform's export: meeting details above the participants' table, semicolons,
    # addresses in another case, a repeated row, a blank line, an unknown and a broken one.
    report = (
        "Тема;Вебинар о дробях\n"
        "Дата;2026-03-02\n"
        "\n"
        "Имя;Электронная почта;Длительность (минуты)\n"
        "Мария;MARIA@example.ru;55\n"
        "Олег;oleg.smirnov@example.ru ;40\n"
        "Мария;maria@example.ru;5\n"
        ";;\n"
        "Гость;guest@example.ru;30\n"
        "Без почты;;10\n"
        "Кто-то;не адрес;10\n"
    )
    response = upload(organiser, seminar, report.encode("cp1251"))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    summary = page.select_one(".attendance-report p").get_text()
    assert "Прочитано строк: 6" in summary and "отмечено присутствующими: 2" in summary
    rows = [
        [td.get_text() for td in tr.find_all("td")]
        for tr in page.select(".attendance-report tbody tr")
    ]
    assert rows == [
        ["7", "maria@example.ru", "повторяет строку 5"],
        ["9", "guest@example.ru", "на мероприятие никто не зарегистрирован с этим адресом"],
        ["10", "", "нет адреса электронной почты"],
        ["11", "не адрес", "это не адрес электронной почты"],
    ]
    assert set(SeminarRegistration.objects.filter(attended=True)) == {maria, oleg}
    # Again, in English with commas (UTF-8 with a BOM): already present is no error.
    english = "\ufeffName,Email Address\nAnna,anna@example.org\nMaria,maria@example.ru\n"
    response = upload(organiser, seminar, english.encode("utf-8"))
    summary = BeautifulSoup(response.content, "html.parser").select_one(".attendance-report p")
    assert "отмечено присутствующими: 1; уже отмечены: 1; не найдено: 0" in summary.get_text()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "Отправленный файл пуст"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00binary", "Это не файл CSV"),
        ("Имя;Телефон\nМария;123\n".encode(), "Не найден столбец адресов электронной почты"),
        (b"\xff\xfe\xfa\xfb" * 10 + b"\x81\x98", "не UTF-8 и не Windows-1251"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(world, content, message):
    organiser = login(world["users"]["organiser"])
    response = upload(organiser, world["seminar"], content)
    assert response.status_code == 400
    errors = BeautifulSoup(response.content, "html.parser").get_text()
    assert message in errors, errors[-2000:]
    assert not SeminarRegistration.objects.filter(attended=True).exists()


def test_bulk_issue_mails_each_attendee_a_link_to_their_pdf(world, client):
    seminar, (maria, oleg, anna) = world["seminar"], world["people"]
    organiser = login(world["users"]["organiser"])
    attendance.mark(seminar, [maria.pk, anna.pk])
    form = organiser.get(list_url(seminar) + "certificates/issue/").content.decode()
    assert "2 участника, отмеченных присутствующими" in form and 'value="2.0"' in form
    mail.outbox.clear()
    issue = issue_all(organiser, seminar, hours="2")
    issue.refresh_from_db()
    assert (issue.status, issue.total, issue.done, issue.mailed) == ("done", 2, 2, 2)
    progress = organiser.get(list_url(seminar) + f"certificates/issue/{issue.pk}/").content.decode()
    assert "Готово. Выдано сертификатов: 2 из 2; отправлено писем: 2" in progress
    assert 'http-equiv="refresh"' not in progress

    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"maria@example.ru", "anna@example.org"}
    russian = by_address["maria@example.ru"]
    assert russian.subject == "Ваш сертификат участия: Вебинар о дробях"
    assert "Здравствуйте, Иванова Мария Петровна!" in russian.body
    pdf_link = re.search(r"http://testserver(/ru/certificates/ATT-[\w-]+/pdf/)", russian.body)[1]
    response = client.get(pdf_link)
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    certificate = AttendanceCertificate.objects.get(attendee_name="Иванова Мария Петровна")
    for expected in (
        "Сертификат участия",
        "Иванова Мария Петровна",
        "«Вебинар о дробях»",
        "Вид мероприятия: Вебинар",
        "Организатор: Лицей № 7",
        "Объём: 2 часа",
        certificate.number,
        f"/ru/certificates/{certificate.number}/",
    ):
        assert expected in text, (expected, text)
    # The attendee who signed up in English is written to in English, about the same PDF.
    english = by_address["anna@example.org"]
    assert english.subject.startswith("Your certificate of attendance")
    link = re.search(r"http://testserver(/en/certificates/ATT-[\w-]+/pdf/)", english.body)[1]
    text = pdf_text(client.get(link).content)
    assert "Certificate of attendance" in text and "Organiser: Lyceum 7" in text
    assert "Duration: 2 hours" in text

    # Issuing again gives a certificate to whoever was marked since, and to nobody twice.
    attendance.mark(seminar, [oleg.pk])
    issue_all(organiser, seminar, hours="1.5")
    assert AttendanceCertificate.objects.count() == 3
    assert AttendanceCertificate.objects.get(attendee_name="Смирнов Олег").hours == Decimal("1.5")
    assert len(mail.outbox) == 3
    listing = organiser.get(list_url(seminar)).content.decode()
    assert certificate.number in listing


def test_the_verification_page_shows_it_valid_and_no_address(world, client):
    seminar, (maria, _oleg, _anna) = world["seminar"], world["people"]
    attendance.mark(seminar, [maria.pk])
    issue_all(login(world["users"]["organiser"]), seminar)
    certificate = AttendanceCertificate.objects.get()
    for language, valid in (
        ("ru", "Сертификат участия действителен"),
        ("en", "certificate of attendance is valid"),
    ):
        response = client.get(f"/{language}/certificates/{certificate.number}/")
        assert response.status_code == 200
        page = BeautifulSoup(response.content, "html.parser")
        assert page.select_one(".certificate-state--valid")
        text = page.get_text()
        assert valid in text and "Иванова Мария Петровна" in text
        assert "maria@example.ru" not in response.content.decode()
        assert "@" not in page.select_one("dl.facts").get_text()
    russian = client.get(f"/ru/certificates/{certificate.number}/").content.decode()
    assert "Лицей № 7" in russian and "2 часа" in russian and "Вебинар о дробях" in russian
    # The lookup form finds it, typed loosely and without its prefix.
    typed = certificate.number[4:].lower().replace("-", " ")
    found = client.get("/ru/certificates/", {"number": typed})
    assert found.status_code == 302 and found.url == f"/ru/certificates/{certificate.number}/"


@pytest.mark.parametrize(
    ("hours", "russian", "english"),
    [
        ("1", "1 час", "1 hour"),
        ("2", "2 часа", "2 hours"),
        ("5", "5 часов", "5 hours"),
        ("21", "21 час", "21 hours"),
        ("12", "12 часов", "12 hours"),
        ("1.5", "1,5 часа", "1.5 hours"),
    ],
)
def test_hours_agree_with_their_number(hours, russian, english):
    with translation.override("ru"):
        assert attendance.hours_text(Decimal(hours)) == russian
    with translation.override("en"):
        assert attendance.hours_text(Decimal(hours)) == english


def test_revoking_asks_for_a_reason_then_the_page_shows_it(world, client):
    seminar, (maria, _oleg, _anna) = world["seminar"], world["people"]
    organiser = login(world["users"]["organiser"])
    attendance.mark(seminar, [maria.pk])
    issue_all(organiser, seminar)
    certificate = AttendanceCertificate.objects.get()
    url = list_url(seminar) + f"certificates/{certificate.pk}/revoke/"
    confirm = organiser.get(url).content.decode()
    assert "Отозвать сертификат" in confirm and certificate.number in confirm
    assert AttendanceCertificate.objects.get().is_valid  # asking is not revoking
    assert organiser.post(url, {"reason": ""}).status_code == 400
    assert AttendanceCertificate.objects.get().is_valid
    response = organiser.post(url, {"reason": "Участник не присутствовал на вебинаре"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert not certificate.is_valid and certificate.revoked_by == world["users"]["organiser"]
    page = BeautifulSoup(
        client.get(f"/ru/certificates/{certificate.number}/").content, "html.parser"
    )
    state = page.select_one(".certificate-state--revoked").get_text()
    assert "отозван организатором" in state
    assert "Участник не присутствовал на вебинаре" in state
    assert not page.select_one(".certificate-state--valid")
    for suffix in ("pdf/", "badge.jwt", "badge.json"):
        refused = client.get(f"/ru/certificates/{certificate.number}/{suffix}")
        assert refused.status_code == 302 and refused.url.endswith(f"{certificate.number}/")


def test_the_open_badge_verifies_with_the_published_key_and_shows_revocation(world, client):
    seminar, (maria, _oleg, _anna) = world["seminar"], world["people"]
    attendance.mark(seminar, [maria.pk])
    issue_all(login(world["users"]["organiser"]), seminar)
    certificate = AttendanceCertificate.objects.get()
    response = client.get(f"/ru/certificates/{certificate.number}/badge.jwt")
    assert response.status_code == 200
    token = response.content.decode()
    # A verifier fetches the key set from the well-known address the token points to.
    keys = client.get("/.well-known/jwks.json")
    assert keys.status_code == 200 and keys["Content-Type"] == "application/json"
    published = keys.json()
    assert all("d" not in key and "p" not in key for key in published["keys"])  # public only
    header = json.loads(_b64(token.split(".")[0]))
    assert header["alg"] == "RS256" and header["jku"] == "http://testserver/.well-known/jwks.json"
    assert header["kid"] in {key["kid"] for key in published["keys"]}
    decoded = jwt.decode(token, KeySet.import_key_set(published), algorithms=["RS256"])
    credential = decoded.claims
    assert credential["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["issuer"]["type"] == ["Profile"] and credential["issuer"]["name"]
    assert credential["iss"] == credential["issuer"]["id"]
    assert (
        credential["jti"]
        == credential["id"]
        == (f"http://testserver/ru/certificates/{certificate.number}/")
    )
    subject = credential["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["achievement"]["name"] == "Вебинар о дробях"
    assert subject["achievement"]["type"] == ["Achievement"]
    assert subject["creditsEarned"] == 2.0
    assert "maria@example.ru" not in token and "maria@example.ru" not in json.dumps(credential)
    hashed = next(i for i in subject["identifier"] if i["identityType"] == "emailAddress")
    import hashlib

    assert (
        hashed["identityHash"]
        == "sha256$" + hashlib.sha256(("maria@example.ru" + hashed["salt"]).encode()).hexdigest()
    )
    # A token altered in transit does not verify.
    head, body, signature = token.split(".")
    forged = ".".join([head, body[:-4] + ("AAAA" if body[-4:] != "AAAA" else "BBBB"), signature])
    with pytest.raises(Exception):  # noqa: B017 (whichever joserfc error it is)
        jwt.decode(forged, KeySet.import_key_set(published), algorithms=["RS256"])

    status_path = credential["credentialStatus"]["id"].removeprefix("http://testserver")
    status = client.get(status_path).json()
    assert status["revoked"] is False and status["revokedCredentials"] == []
    attendance.revoke(certificate, "Выдано по ошибке", world["users"]["organiser"])
    status = client.get(status_path).json()
    assert status["revoked"] is True
    assert status["revokedCredentials"][0]["id"] == credential["id"]
    assert status["revokedCredentials"][0]["revocationReason"] == "Выдано по ошибке"
    # The issuer profile the credential names is served, and so is the JSON form.
    issuer = client.get(credential["issuer"]["id"].removeprefix("http://testserver")).json()
    assert issuer["type"] == ["Profile"]
    assert client.get(f"/en/certificates/{certificate.number}/badge.json").status_code == 302


def _b64(part: str) -> bytes:
    import base64

    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def test_only_the_organiser_may_mark_issue_or_revoke(world):
    seminar, (maria, _oleg, _anna) = world["seminar"], world["people"]
    users = world["users"]
    attendance.mark(seminar, [maria.pk])
    issue_all(login(users["office"]), seminar)  # the office may, for every event
    certificate = AttendanceCertificate.objects.get()
    issue = AttendanceIssue.objects.get()
    base = list_url(seminar)
    gets = [
        base + "attendance/import/",
        base + "certificates/issue/",
        base + f"certificates/issue/{issue.pk}/",
        base + f"certificates/{certificate.pk}/revoke/",
    ]
    posts = {
        base + "attendance/": {"registration": [maria.pk], "action": "absent"},
        base + "certificates/issue/": {"hours": "3"},
        base + f"certificates/{certificate.pk}/revoke/": {"reason": "Чужая отмена"},
        base + "attendance/import/": {
            "file": SimpleUploadedFile("r.csv", b"Email\nmaria@example.ru\n")
        },
    }
    for key in ("other_editor", "expert"):
        person = login(users[key])
        for url in gets:
            assert person.get(url).status_code == 403, (key, url)
        for url, data in posts.items():
            assert person.post(url, data).status_code == 403, (key, url)
    anonymous = Client()
    for url in gets:
        response = anonymous.get(url)
        assert response.status_code == 302 and "/admin/login/" in response.url
    for url, data in posts.items():
        assert anonymous.post(url, data).status_code == 302
    # Nothing changed: still present, one issue, the certificate valid.
    assert SeminarRegistration.objects.get(pk=maria.pk).attended
    assert AttendanceIssue.objects.count() == 1 and AttendanceCertificate.objects.get().is_valid
    # The organiser reaches a certificate of this event only through this event.
    other_base = list_url(world["stranger"].seminar)
    organiser = login(users["organiser"])
    assert organiser.get(other_base + f"certificates/{certificate.pk}/revoke/").status_code == 403
    # Its own event's address with this certificate: not found (the admin's 404 goes by
    # way of the language prefix, as every admin 404 does).
    own = login(users["other_editor"]).get(
        other_base + f"certificates/{certificate.pk}/revoke/", follow=True
    )
    assert own.status_code == 404
    # The expert's and the other institution's registration lists show no tick boxes either.
    assert login(users["expert"]).get(base).status_code in (302, 403)


def test_five_hundred_attendees_are_issued_within_a_minute(world):
    seminar = world["seminar"]
    SeminarRegistration.objects.bulk_create(
        SeminarRegistration(
            seminar=seminar,
            name=f"Участник {n}",
            email=f"p{n}@example.ru",
            attended=True,
        )
        for n in range(500)
    )
    mail.outbox.clear()
    started = time.perf_counter()
    issue = tasks.start_issue(seminar, world["users"]["organiser"], Decimal("2"))
    elapsed = time.perf_counter() - started
    issue.refresh_from_db()
    assert (issue.status, issue.done, issue.mailed) == ("done", 500, 500)
    assert len(mail.outbox) == 500
    # PDFs are drawn when downloaded, not at issue; one takes this long.
    certificates = list(AttendanceCertificate.objects.all()[:10])
    started = time.perf_counter()
    for certificate in certificates:
        attendance.render_attendance_pdf(certificate, "ru")
    per_pdf = (time.perf_counter() - started) / len(certificates)
    print(f"\n500 certificates issued and e-mailed in {elapsed:.2f} s; a PDF in {per_pdf:.3f} s")
    assert elapsed < 60


def test_the_event_dates_and_the_associations_own_events(world):
    from django.utils import timezone

    seminar = factories.seminar(
        title="Курс повышения квалификации",
        kind=SeminarPage.Kind.COURSE,
        starts_in=dt.timedelta(days=-3),
        hours=50,
        registration_enabled=True,
    )
    person = SeminarRegistration.objects.create(
        seminar=seminar, name="Петров Пётр", email="pp@example.ru", attended=True
    )
    issue = tasks.start_issue(seminar, world["users"]["office"], Decimal("36"))
    assert issue.status == "done"
    certificate = person.certificate
    assert certificate.starts_on != certificate.ends_on
    assert certificate.starts_on == timezone.localtime(seminar.starts_at).date()
    with translation.override("ru"):
        texts = attendance.certificate_texts(certificate, "ru")
    assert texts["hours"] == "36 часов"
    assert texts["dates"].startswith("Даты проведения: ")
    assert texts["organiser"]  # the association itself organises it
    # An institution's editor may not issue for the association's event.
    other = login(world["users"]["organiser"])
    assert other.get(list_url(seminar) + "certificates/issue/").status_code == 403


# The worker closes its database connection when it is done: a transaction of its own.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_in_production_the_issue_waits_for_the_worker_and_then_shows_done(
    site_pages, world, settings
):
    """With the database task queue (production's), the request only records the issue;
    `manage.py db_worker` issues the certificates and the progress page follows."""
    from django.core.management import call_command

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    seminar, (maria, oleg, _anna) = world["seminar"], world["people"]
    attendance.mark(seminar, [maria.pk, oleg.pk])
    organiser = login(world["users"]["organiser"])
    mail.outbox.clear()
    issue = issue_all(organiser, seminar)
    waiting = organiser.get(list_url(seminar) + f"certificates/issue/{issue.pk}/")
    text = waiting.content.decode()
    assert "Ожидает запуска. Выдано сертификатов: 0 из 2" in text
    assert 'http-equiv="refresh"' in text and not mail.outbox
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    done = organiser.get(list_url(seminar) + f"certificates/issue/{issue.pk}/")
    assert "Готово. Выдано сертификатов: 2 из 2" in done.content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == [
        "Oleg.Smirnov@example.ru",
        "maria@example.ru",
    ]


def test_a_certificate_outlives_the_deleted_registrations(world, client):
    """Registrations are deleted some time after the event; the certificate keeps what it
    certifies, its page, its PDF and its credential."""
    from django.core.management import call_command
    from django.utils import timezone

    seminar, (maria, _oleg, _anna) = world["seminar"], world["people"]
    attendance.mark(seminar, [maria.pk])
    issue_all(login(world["users"]["organiser"]), seminar)
    SeminarPage.objects.filter(pk=seminar.pk).update(
        starts_at=timezone.now() - dt.timedelta(days=62),
        ends_at=timezone.now() - dt.timedelta(days=61),
    )
    call_command("purge_registrations", stdout=io.StringIO())
    assert not SeminarRegistration.objects.filter(seminar=seminar).exists()
    certificate = AttendanceCertificate.objects.get()
    assert certificate.registration is None and certificate.is_valid
    page = client.get(f"/ru/certificates/{certificate.number}/").content.decode()
    assert "Иванова Мария Петровна" in page and "Вебинар о дробях" in page
    assert client.get(f"/ru/certificates/{certificate.number}/pdf/").status_code == 200
    assert client.get(f"/ru/certificates/{certificate.number}/badge.jwt").status_code == 200
