"""Importing an institution's catalogue of resources: the command and the admin view.

Messages are checked in English (the command runs under `override("en")`, admin users
prefer English), so that the Russian catalogue can change without breaking the suite.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import DatabaseError
from django.test import Client, TestCase
from django.utils import timezone, translation
from openpyxl import Workbook
from wagtail.models import Locale, ModelLogEntry, Page, Revision
from wagtail.users.models import UserProfile

from association import importer
from association.models import (
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    Subject,
)
from association.provisioning import set_institution_status
from association.rights import ASSOCIATION_EDITORS, Role
from association.team import set_role

from . import factories

pytestmark = pytest.mark.django_db
User = get_user_model()

HEADER = list(importer.COLUMNS)


def good_row(external_id: str = "R-1", **changes) -> dict[str, str]:
    row = {
        "external_id": external_id,
        "title": "Дроби в 5 классе",
        "language": "ru",
        "abstract": "Разработка урока о сложении дробей.",
        "body": "Первый абзац.\nВторой абзац: 3 < 5 & «кавычки».",
        "authors": "Иванова Мария Петровна; Петров Алексей Иванович",
        "education_levels": "basic; SECONDARY",
        "subjects": "Mathematics; физика",
        "resource_type": "lesson-plan",
        "year": "2024",
        "url": "https://example.org/fractions",
        "tags": "дроби; 5 класс",
    }
    row.update(changes)
    return row


def csv_bytes(rows: list[dict], header: list[str] = HEADER, bom: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column.lower(), "") for column in header])
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")


def write(tmp_path: Path, content: bytes, name: str = "catalogue.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def run_import(path: Path, *options: str, institution: str = "lyceum-7") -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command(
            "import_resources", str(path), "--institution", institution, *options, stdout=out
        )
    return out.getvalue()


def fails(path: Path, *options: str, institution: str = "lyceum-7") -> str:
    with pytest.raises(CommandError) as error, translation.override("en"):
        call_command(
            "import_resources",
            str(path),
            "--institution",
            institution,
            *options,
            stdout=io.StringIO(),
        )
    return str(error.value)


def resource(external_id: str) -> ResourcePage:
    """The resource in the default (Russian) tree; the English tree has its alias."""
    return ResourcePage.objects.get(external_id=external_id, locale__language_code="ru")


def latest(external_id: str) -> ResourcePage:
    return resource(external_id).get_latest_revision_as_object()


def snapshot() -> tuple[int, int]:
    return Page.objects.count(), Revision.objects.count()


@pytest.fixture
def world():
    institution = factories.institution("lyceum-7", name="Лицей № 7", short_name="Лицей № 7")
    mathematics = factories.subject("mathematics", "Математика")
    Subject.objects.create(
        name="Mathematics",
        slug="mathematics",
        locale=Locale.objects.get(language_code="en"),
        translation_key=mathematics.translation_key,
    )
    factories.subject("physics", "Физика")
    factories.resource_type("lesson-plan", "Разработка урока")
    factories.resource_type("guide", "Методическое пособие")
    return institution


# The command ---------------------------------------------------------------------------


def test_csv_import_creates_draft_resources_with_every_field(world, tmp_path):
    second = good_row(
        "R-2",
        title="Методика: проекты",
        language="",
        body="",
        education_levels="higher",
        subjects="",
        resource_type="Методическое пособие",
        year=str(timezone.localdate().year + 1),
        tags="",
    )
    out = run_import(write(tmp_path, csv_bytes([good_row(), second], bom=True)))

    assert "Created: 2, updated: 0, unchanged: 0, rejected: 0." in out
    index = ResourceIndexPage.objects.child_of(world.page).get()
    page = latest("R-1")
    assert page.get_parent().pk == index.pk and page.institution == world
    assert page.title == "Дроби в 5 классе" and page.slug == "drobi-v-5-klasse"
    assert page.abstract == "Разработка урока о сложении дробей."
    assert [(block.block_type, block.value.source) for block in page.body] == [
        ("paragraph", "<p>Первый абзац.</p>"),
        ("paragraph", "<p>Второй абзац: 3 &lt; 5 &amp; «кавычки».</p>"),
    ]
    assert [author.name for author in page.authors.all()] == [
        "Иванова Мария Петровна",
        "Петров Алексей Иванович",
    ]
    assert sorted(page.education_level_codes) == ["basic", "secondary"]
    assert sorted(page.subject_slugs) == ["mathematics", "physics"]
    assert page.resource_type.slug == "lesson-plan"
    assert page.language == "ru" and page.year == 2024
    assert page.external_url == "https://example.org/fractions"
    assert sorted(tag.name for tag in page.tags.all()) == ["5 класс", "дроби"]
    # Without --publish the resources are drafts, waiting to be submitted for moderation.
    stored = resource("R-1")
    assert not stored.live and stored.has_unpublished_changes
    # As for pages created in the admin, the English tree gets an alias (a draft as well).
    alias = ResourcePage.objects.get(external_id="R-1", locale__language_code="en")
    assert alias.alias_of_id == stored.pk and not alias.live

    other = latest("R-2")
    assert other.language == "ru" and other.year == timezone.localdate().year + 1
    assert other.resource_type.slug == "guide" and other.education_level_codes == ["higher"]
    assert list(other.body) == [] and other.subject_slugs == []


def test_publish_makes_the_resources_live(world, tmp_path, client):
    out = run_import(write(tmp_path, csv_bytes([good_row()])), "--publish")
    assert "Created: 1" in out
    page = resource("R-1")
    assert page.live and not page.has_unpublished_changes
    assert client.get(page.url).status_code == 200
    alias = ResourcePage.objects.get(external_id="R-1", locale__language_code="en")
    assert alias.alias_of_id == page.pk and alias.live


def test_reimporting_the_same_file_changes_nothing(world, tmp_path):
    path = write(tmp_path, csv_bytes([good_row(), good_row("R-2", title="Второй ресурс")]))
    run_import(path)
    before = snapshot()
    out = run_import(path)
    assert "Created: 0, updated: 0, unchanged: 2, rejected: 0." in out
    assert snapshot() == before

    # The same holds for published resources, and through the importer's own report.
    run_import(path, "--publish")
    before = snapshot()
    table = importer.read_table(path.read_bytes(), path.name)
    report = importer.ResourceImporter(world, publish=True).run(table)
    assert [row.status for row in report.rows] == ["unchanged", "unchanged"]
    assert snapshot() == before


def test_update_by_external_id_saves_a_draft_of_a_live_resource(world, tmp_path):
    run_import(write(tmp_path, csv_bytes([good_row()])), "--publish")
    page = resource("R-1")
    slug, revisions = page.slug, Revision.objects.count()
    changed = good_row(
        title="Дроби в 6 классе",
        abstract="Новая аннотация.",
        education_levels="basic",
        authors="Петров Алексей Иванович",
        tags="дроби",
    )
    path = write(tmp_path, csv_bytes([changed]), "changed.csv")

    out = run_import(path)
    assert "Created: 0, updated: 1, unchanged: 0, rejected: 0." in out
    page = resource("R-1")
    # The published version is untouched until the draft is published.
    assert page.live and page.title == "Дроби в 5 классе" and page.has_unpublished_changes
    assert Revision.objects.count() == revisions + 1
    draft = latest("R-1")
    assert draft.title == "Дроби в 6 классе" and draft.abstract == "Новая аннотация."
    assert draft.education_level_codes == ["basic"]
    assert [author.name for author in draft.authors.all()] == ["Петров Алексей Иванович"]
    assert [tag.name for tag in draft.tags.all()] == ["дроби"]
    assert draft.slug == slug  # addresses stay as they were

    # Importing it again compares with the draft: nothing to do.
    assert "unchanged: 1" in run_import(path)
    assert Revision.objects.count() == revisions + 1

    out = run_import(path, "--publish")
    assert "updated: 1" in out
    page = resource("R-1")
    assert page.live and page.title == "Дроби в 6 классе" and not page.has_unpublished_changes
    assert page.slug == slug


def test_a_locked_resource_is_not_changed(world, tmp_path):
    path = write(tmp_path, csv_bytes([good_row()]))
    run_import(path, "--publish")
    page = resource("R-1")
    page.locked, page.locked_by = True, User.objects.create_user("chief", "c@example.ru", "pw")
    page.save()

    assert "unchanged: 1" in run_import(path)
    out = run_import(write(tmp_path, csv_bytes([good_row(title="Другое")]), "changed.csv"))
    assert "rejected: 1" in out and "the resource is locked in the admin" in out
    assert latest("R-1").title == "Дроби в 5 классе"


def test_absent_optional_columns_leave_existing_values_alone(world, tmp_path):
    run_import(write(tmp_path, csv_bytes([good_row()])))
    header = ["EXTERNAL_ID", "Title", "Year"]
    out = run_import(
        write(
            tmp_path, csv_bytes([{"external_id": "R-1", "title": "Новое", "year": "2023"}], header)
        )
    )
    assert "updated: 1" in out
    assert "existing resources keep theirs" in out
    draft = latest("R-1")
    assert draft.title == "Новое" and draft.year == 2023
    assert draft.abstract == "Разработка урока о сложении дробей."
    assert sorted(draft.subject_slugs) == ["mathematics", "physics"]


REJECTIONS = [
    ({"title": ""}, "title is missing"),
    ({"external_id": ""}, "external_id is missing"),
    ({"title": "Т" * 256}, "title is longer than 255 characters"),
    ({"education_levels": "basic; university"}, "unknown education level “university”"),
    ({"subjects": "Астрология"}, "unknown subject “Астрология”"),
    ({"resource_type": "Гороскоп"}, "unknown resource type “Гороскоп”"),
    ({"resource_type": ""}, "resource type is missing"),
    ({"year": "прошлый"}, "year “прошлый” is not a whole number from 1900"),
    ({"year": "1899"}, "year “1899” is not a whole number from 1900"),
    ({"year": str(timezone.localdate().year + 2)}, "is not a whole number from 1900"),
    ({"year": "2020.5"}, "is not a whole number"),
    ({"language": "de"}, "language “de” is not one of ru, en, other"),
    ({"url": ""}, "url is missing"),
    ({"url": "example.org/page"}, "url “example.org/page” is not a valid web address"),
    ({"url": "ftp://example.org/file"}, "is not a valid web address"),
    ({"abstract": ""}, "abstract is missing"),
]


@pytest.mark.parametrize(("changes", "reason"), REJECTIONS)
def test_a_rejected_row_is_reported_and_writes_nothing(world, tmp_path, changes, reason):
    bad = {**good_row("BAD", title="Плохая строка"), **changes}
    rows = [good_row("R-1"), bad, good_row("R-3", title="Третья")]
    pages = Page.objects.count()

    out = run_import(write(tmp_path, csv_bytes(rows)))

    assert "Created: 2, updated: 0, unchanged: 0, rejected: 1." in out
    rejected = [line for line in out.splitlines() if line.strip().startswith("3 ")]
    assert len(rejected) == 1 and reason in rejected[0], out
    assert not ResourcePage.objects.filter(title="Плохая строка").exists()
    assert not ResourcePage.objects.filter(external_id="BAD").exists()
    assert resource("R-1") and resource("R-3")
    # Two resources, each with its English alias.
    assert Page.objects.count() == pages + 4
    assert not Subject.objects.filter(name="Астрология").exists()


def test_unknown_level_lists_the_allowed_codes(world):
    table = importer.read_table(csv_bytes([good_row(education_levels="kindergarten")]), "f.csv")
    with translation.override("en"):
        report = importer.ResourceImporter(world).run(table)
    (row,) = report.rows
    assert row.status == "rejected" and row.number == 2 and row.external_id == "R-1"
    assert row.reasons == [
        "unknown education level “kindergarten”; the levels are preschool, primary, basic, "
        "secondary, vocational, higher, additional"
    ]


def test_duplicate_external_ids_reject_every_occurrence(world, tmp_path):
    rows = [good_row("R-1"), good_row("R-2"), good_row("R-1", title="Снова")]
    out = run_import(write(tmp_path, csv_bytes(rows)))
    assert "Created: 1, updated: 0, unchanged: 0, rejected: 2." in out
    assert out.count("external_id “R-1” appears more than once in the file (rows 2, 4)") == 2
    assert not ResourcePage.objects.filter(external_id="R-1").exists()
    assert resource("R-2")


def test_a_failure_while_writing_a_row_rolls_that_row_back(world, tmp_path, monkeypatch):
    original = importer.create_aliases_for_new_page

    def failing(page):
        if page.external_id == "R-2":
            raise DatabaseError("disk full")
        return original(page)

    monkeypatch.setattr(importer, "create_aliases_for_new_page", failing)
    rows = [good_row("R-1"), good_row("R-2", title="Сломается"), good_row("R-3", title="Третья")]
    out = run_import(write(tmp_path, csv_bytes(rows)))
    assert "Created: 2, updated: 0, unchanged: 0, rejected: 1." in out
    assert "the row could not be saved: disk full" in out
    # The page had been added before the failure: it is gone with its revision.
    assert not ResourcePage.objects.filter(external_id="R-2").exists()
    assert not Revision.objects.filter(object_str="Сломается").exists()


def test_create_missing_terms(world, tmp_path):
    row = good_row(subjects="Робототехника; Mathematics", resource_type="Кейс")
    path = write(tmp_path, csv_bytes([row, good_row("R-2", subjects="робототехника")]))

    out = run_import(path)
    assert "rejected: 2" in out and "unknown subject “Робототехника”" in out
    assert "unknown resource type “Кейс”" in out
    assert not Subject.objects.filter(name="Робототехника").exists()

    out = run_import(path, "--create-missing-terms")
    assert "Created: 2, updated: 0, unchanged: 0, rejected: 0." in out
    assert "new subject “Робототехника” created" in out
    assert "new resource type “Кейс” created" in out
    default = Locale.get_default()
    robotics = Subject.objects.get(name="Робототехника", locale=default)
    assert robotics.locale == default and robotics.slug == "robototekhnika"
    assert ResourceType.objects.get(name="Кейс", locale=default).slug == "keys"
    # The second row uses the subject the first one created; there is only one (with its
    # English translation, waiting to be translated).
    assert Subject.objects.filter(slug="robototekhnika", locale=default).count() == 1
    assert Subject.objects.get(slug="robototekhnika", locale__language_code="en").name == (
        "Робототехника"
    )
    assert latest("R-1").resource_type.name == "Кейс"
    assert sorted(latest("R-1").subject_slugs) == ["mathematics", "robototekhnika"]
    assert latest("R-2").subject_slugs == ["robototekhnika"]


def test_dry_run_reports_and_writes_nothing(world, tmp_path):
    rows = [good_row(subjects="Робототехника"), good_row("R-2", year="никогда")]
    path = write(tmp_path, csv_bytes(rows))
    before = snapshot()
    terms = Subject.objects.count()
    logs = ModelLogEntry.objects.count()

    out = run_import(path, "--dry-run", "--create-missing-terms", "--publish")

    assert "Dry run: nothing has been saved." in out
    assert "Created: 1, updated: 0, unchanged: 0, rejected: 1." in out
    assert "new subject “Робототехника” created" in out
    assert snapshot() == before
    assert Subject.objects.count() == terms
    assert ModelLogEntry.objects.count() == logs
    assert not ResourcePage.objects.filter(external_id="R-1").exists()


def test_xlsx_import(world, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["External_ID", "Title", "Abstract", "Resource_Type", "Year", "URL", "Notes"])
    sheet.append(
        [1001, "Таблица умножения", "Тренажёр.", "Разработка урока", 2022, "https://e.org/x"]
    )
    sheet.append([None, None, None, None, None, None])
    sheet.append([1002, "Без года", "Тренажёр.", "guide", "", "https://e.org/y", "прочее"])
    buffer = io.BytesIO()
    workbook.save(buffer)

    out = run_import(write(tmp_path, buffer.getvalue(), "catalogue.xlsx"))

    assert "Unknown columns were ignored: Notes." in out
    assert "Created: 1, updated: 0, unchanged: 0, rejected: 1." in out
    # Row numbers are the sheet's own: the blank row 3 still counts.
    assert any(
        line.split()[:2] == ["4", "1002"] and "year is missing" in line for line in out.splitlines()
    ), out
    page = latest("1001")
    assert page.title == "Таблица умножения" and page.year == 2022
    assert page.resource_type.slug == "lesson-plan"


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.csv", "The file is empty."),
        (b"\n\n", "blank.csv", "The file is empty."),
        (b"external_id,title\n", "header.csv", "has a header but no rows"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "picture.png", "neither an XLSX workbook"),
        ("external_id,title\n1,Дроби\n".encode("cp1251"), "legacy.csv", "in UTF-8"),
        (b"PK\x03\x04 not really a workbook", "broken.xlsx", "not a valid XLSX workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "old.xls", "(.xls) are not supported"),
        (
            "id,name,year\n1,Дроби,2020\n".encode(),
            "columns.csv",
            "Required columns are missing: external_id, title.",
        ),
        (
            "external_id;title\n1;Дроби\n".encode(),
            "semicolons.csv",
            "separated by semicolons",
        ),
    ],
)
def test_unreadable_files_are_clear_errors_and_write_nothing(
    world, tmp_path, content, name, message
):
    before = snapshot()
    assert message in fails(write(tmp_path, content, name))
    assert snapshot() == before


def test_missing_file_is_a_clear_error(world, tmp_path):
    assert "Cannot read" in fails(tmp_path / "nowhere.csv")


def test_unknown_or_suspended_institution_is_refused(world, tmp_path):
    path = write(tmp_path, csv_bytes([good_row()]))
    assert "There is no institution “nowhere”." in fails(path, institution="nowhere")
    set_institution_status(world, "suspended")
    assert "is suspended" in fails(path)
    assert not ResourcePage.objects.filter(external_id="R-1").exists()


def test_the_import_is_in_the_institutions_history(world, tmp_path):
    run_import(write(tmp_path, csv_bytes([good_row(), good_row("R-2", title="")])))
    entry = ModelLogEntry.objects.get(action="association.import")
    assert entry.object_id == str(world.pk)
    assert entry.data["created"] == 1 and entry.data["rejected"] == 1
    with translation.override("en"):
        assert entry.message == (
            "Resources imported: 1 created, 0 updated, 0 unchanged, 1 rejected"
        )


# The admin view ------------------------------------------------------------------------


def login(user) -> Client:
    # English, so that the assertions do not depend on the Russian catalogue.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def member(institution, username: str, role: str = Role.EDITOR):
    user = User.objects.create_user(username, f"{username}@example.ru", "pw")
    set_role(institution, user, role)
    return user


def upload(content: bytes, name: str = "catalogue.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/csv")


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def import_url(institution) -> str:
    return f"/admin/institutions/{institution.slug}/import/"


def post_import(client, institution, data: dict):
    """Upload through the admin: the job is queued after the commit and (tasks run
    immediately in tests) imported then; the answer is the job's page it redirects to,
    or the form with its errors."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(import_url(institution), data)
    if response.status_code == 302 and "/imports/" in response.url:
        return client.get(response.url)
    return response


def test_an_editor_imports_drafts_into_their_institution(world):
    editor = login(member(world, "teacher"))
    form = soup(editor.get(import_url(world)))
    assert form.find("input", attrs={"name": "file", "type": "file"})
    assert form.find("input", attrs={"name": "dry_run"})
    # Editors' resources go through moderation: no publishing and no new terms here.
    assert not form.find("input", attrs={"name": "publish"})
    assert not form.find("input", attrs={"name": "create_missing_terms"})

    rows = [good_row(), good_row("R-2", education_levels="university")]
    response = post_import(
        editor,
        world,
        {"file": upload(csv_bytes(rows)), "publish": "on", "create_missing_terms": "on"},
    )

    assert response.status_code == 200
    page = soup(response)
    table = page.find("table", class_="import-report")
    assert table.find("caption")
    assert [th.get_text(strip=True) for th in table.thead.find_all("th")] == [
        "Row",
        "external_id",
        "Title",
        "Status",
        "Details",
    ]
    first, second = table.tbody.find_all("tr")
    assert first.th.get_text(strip=True) == "2" and first["data-status"] == "created"
    assert "saved as a draft" in first.get_text()
    assert first.find("a")["href"] == f"/admin/pages/{resource('R-1').pk}/edit/"
    assert second.th.get_text(strip=True) == "3" and "rejected" in second.get_text()
    assert "unknown education level “university”" in second.get_text()
    assert page.find("dd", attrs={"data-count": "created"}).get_text() == "1"
    assert page.find("dd", attrs={"data-count": "rejected"}).get_text() == "1"

    created = resource("R-1")
    assert not created.live  # the publish box was not offered, and is ignored
    assert created.owner.username == "teacher"
    assert created.get_latest_revision().user.username == "teacher"
    entry = ModelLogEntry.objects.get(action="association.import")
    assert entry.user.username == "teacher" and entry.data["created"] == 1


def test_my_institutions_links_to_the_import_for_members(world):
    editor = login(member(world, "teacher"))
    links = soup(editor.get("/admin/my-institutions/")).find_all("a")
    assert import_url(world) in [link["href"] for link in links]


def test_an_editor_is_refused_another_institutions_import(world):
    other = factories.institution("college-9")
    editor = login(member(world, "teacher"))
    response = editor.get(import_url(other))
    assert response.status_code == 302 and response.url == "/admin/"
    response = editor.post(import_url(other), {"file": upload(csv_bytes([good_row()]))})
    assert response.status_code == 302 and response.url == "/admin/"
    assert not ResourcePage.objects.filter(external_id="R-1").exists()


def test_a_non_csv_upload_is_a_form_error(world):
    editor = login(member(world, "teacher"))
    response = editor.post(
        import_url(world), {"file": upload(b"%PDF-1.7 binary \x00\xff", "catalogue.pdf")}
    )
    assert response.status_code == 400
    assert "Upload a CSV or XLSX file." in response.content.decode()

    response = editor.post(
        import_url(world), {"file": upload(b"\x89PNG\r\n\x1a\n\x00\xff", "catalogue.csv")}
    )
    assert response.status_code == 400
    assert "neither an XLSX workbook nor CSV text in UTF-8" in response.content.decode()
    assert not soup(response).find("table", class_="import-report")


def test_missing_columns_are_a_form_error(world):
    editor = login(member(world, "teacher"))
    response = editor.post(import_url(world), {"file": upload(b"name,year\nx,2020\n")})
    assert response.status_code == 400
    assert "Required columns are missing: external_id, title." in response.content.decode()


def test_an_oversized_upload_is_a_form_error(world, settings):
    settings.PORTAL_IMPORT_MAX_BYTES = 1024
    editor = login(member(world, "teacher"))
    rows = [good_row(f"R-{number}") for number in range(20)]
    response = editor.post(import_url(world), {"file": upload(csv_bytes(rows))})
    assert response.status_code == 400
    assert "The file is larger than 1.0" in response.content.decode()
    assert not ResourcePage.objects.filter(external_id="R-1").exists()


def test_a_start_row_past_the_end_of_the_file_is_a_form_error(world):
    editor = login(member(world, "teacher"))
    content = csv_bytes([good_row("R-1"), good_row("R-2")])
    response = editor.post(import_url(world), {"file": upload(content), "start_row": "4"})
    assert response.status_code == 400
    assert "The file&#x27;s last row is row 3." in response.content.decode()
    assert not ResourcePage.objects.filter(external_id__startswith="R-").exists()


def test_a_dry_run_from_a_start_row_checks_the_rest_only(world):
    office = User.objects.create_user("office", "office@example.ru", "pw")
    office.groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
    client = login(office)
    content = csv_bytes([good_row(f"R-{number}") for number in (1, 2, 3)])
    response = post_import(
        client, world, {"file": upload(content), "dry_run": "on", "start_row": "3"}
    )
    page = soup(response)
    assert "Started at row 3: the rows before it were skipped." in page.get_text()
    assert "Dry run: nothing is saved." in page.get_text()
    assert [row.th.get_text(strip=True) for row in page.select("tbody tr")] == ["3", "4"]
    assert not ResourcePage.objects.filter(external_id__startswith="R-").exists()


def test_a_trusted_institutions_administrator_is_not_offered_publishing(tmp_path):
    # Their resources pass the expert review, which an import must not skip.
    trusted = factories.institution("vergu-2", trusted=True)
    factories.resource_type("lesson-plan", "Разработка урока")
    factories.subject("physics", "Физика")
    admin = login(member(trusted, "head", Role.ADMIN))
    assert not soup(admin.get(import_url(trusted))).find("input", attrs={"name": "publish"})
    response = post_import(
        admin, trusted, {"file": upload(csv_bytes([good_row(subjects="physics")])), "publish": "on"}
    )
    assert response.status_code == 200
    assert not ResourcePage.objects.get(external_id="R-1", locale__language_code="ru").live


def test_the_office_publishes_creates_terms_and_dry_runs(world):
    office = User.objects.create_user("office", "office@example.ru", "pw")
    office.groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
    client = login(office)
    form = soup(client.get(import_url(world)))
    assert form.find("input", attrs={"name": "publish"})
    assert form.find("input", attrs={"name": "create_missing_terms"})

    content = csv_bytes([good_row(subjects="Робототехника")])
    response = post_import(
        client,
        world,
        {"file": upload(content), "publish": "on", "create_missing_terms": "on", "dry_run": "on"},
    )
    assert response.status_code == 200
    assert "Dry run: nothing is saved." in response.content.decode()
    assert "new subject “Робототехника” created" in response.content.decode()
    assert not ResourcePage.objects.filter(external_id="R-1").exists()
    assert not Subject.objects.filter(name="Робототехника").exists()

    response = post_import(
        client, world, {"file": upload(content), "publish": "on", "create_missing_terms": "on"}
    )
    assert response.status_code == 200
    assert resource("R-1").live
    assert Subject.objects.filter(name="Робототехника").exists()


def test_the_office_gets_a_form_error_for_a_suspended_institution(world):
    office = User.objects.create_user("office", "office@example.ru", "pw")
    office.groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
    set_institution_status(world, "suspended")
    response = login(office).post(import_url(world), {"file": upload(csv_bytes([good_row()]))})
    assert response.status_code == 400
    assert "is suspended" in response.content.decode()


def test_bulk_writers_defer_index_updates_to_the_end_of_the_block():
    """core.indexing's deferral (what the import and the demo wrap their writes in) holds
    the index updates of saved pages back until the block ends, through search's hook."""
    from wagtail.search.models import IndexEntry

    from core.indexing import deferred_index_updates

    institution = factories.institution("deferring-school", name="Школа")

    def indexed(page) -> bool:
        return IndexEntry.objects.filter(object_id=str(page.pk)).exists()

    with deferred_index_updates():
        page = factories.resource(institution, title="Отложенное индексирование")
        assert not indexed(page)
    assert indexed(page)
