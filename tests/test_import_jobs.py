"""Catalogue imports as background jobs: the job's life from upload to report, cancelling,
the refusal of a second import of the same file, who may see a job, and the command,
which runs through the same job runner.

Tasks run immediately in tests (ImmediateBackend), once the upload's transaction commits;
tests that watch a job wait in the queue leave the commit callbacks unrun and call the
runner themselves.
"""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client, TestCase
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from association import importer
from association.importjobs import DuplicateImport, create_job, run_job
from association.models import ImportJob, ImportJobRow, ResourcePage

from . import factories
from .test_import import csv_bytes, good_row, import_url, login, member, soup, upload, world

pytestmark = pytest.mark.django_db
User = get_user_model()

__all__ = ["world"]  # the fixture, shared with test_import


def rows(count: int, **changes) -> list[dict]:
    return [good_row(f"J-{number}", title=f"Урок {number}", **changes) for number in range(count)]


def job_url(job, suffix: str = "") -> str:
    return f"/admin/institutions/{job.institution.slug}/imports/{job.pk}/{suffix}"


def queue_upload(client, institution, content: bytes, **data) -> ImportJob:
    """Upload without running the task: the job stays queued."""
    with TestCase.captureOnCommitCallbacks(execute=False):
        response = client.post(import_url(institution), {"file": upload(content), **data})
    assert response.status_code == 302, response.content.decode()[:2000]
    job = ImportJob.objects.latest("pk")
    assert response.url == job_url(job)
    return job


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(importer, "BATCH_SIZE", 2)


def test_an_upload_is_queued_runs_batch_by_batch_and_ends_with_its_report(world, small_batches):
    editor = login(member(world, "teacher"))
    content = csv_bytes([*rows(4), good_row("J-bad", education_levels="university")])
    job = queue_upload(editor, world, content)

    assert job.status == "queued" and job.user.username == "teacher"
    page = soup(editor.get(job_url(job)))
    assert page.find(attrs={"data-field": "status_label"}).get_text() == "queued"
    assert page.find("a", string="Cancel the import")
    assert editor.get(job_url(job, "progress/")).json()["status"] == "queued"

    seen = []

    def watch():
        # What the progress page would show after each row: written batch by batch. (The
        # request sets the thread's language; the override gives the runner's back.)
        with translation.override(None):
            seen.append(editor.get(job_url(job, "progress/")).json())

    job = run_job(job.pk, progress=watch)

    assert [(state["status"], state["rows_done"]) for state in seen] == [
        ("running", 0),
        ("running", 0),
        ("running", 2),
        ("running", 2),
        ("running", 4),
    ]
    assert all(state["total_rows"] == 5 for state in seen)
    assert seen[2]["rows_left"] == 3 and seen[2]["time_left"] != "—"
    assert job.status == "done" and job.finished_at
    assert (job.rows_done, job.created, job.rejected) == (5, 4, 1)
    assert (
        ResourcePage.objects.filter(
            external_id__startswith="J-", locale__language_code="ru"
        ).count()
        == 4
    )

    page = soup(editor.get(job_url(job)))
    assert page.find(attrs={"data-field": "status_label"}).get_text() == "done"
    assert page.find("dd", attrs={"data-count": "created"}).get_text() == "4"
    assert page.find("dd", attrs={"data-count": "rejected"}).get_text() == "1"
    assert not page.find("a", string="Cancel the import")
    statuses = [(row["data-row"], row["data-status"]) for row in page.select("tbody tr")]
    assert statuses == [
        ("2", "created"),
        ("3", "created"),
        ("4", "created"),
        ("5", "created"),
        ("6", "rejected"),
    ]
    assert "unknown education level “university”" in page.select("tbody tr")[-1].get_text()

    report = editor.get(page.find("a", attrs={"data-report": True})["href"])
    assert report["Content-Type"].startswith("text/csv")
    assert "attachment" in report["Content-Disposition"]
    lines = list(csv.reader(io.StringIO(report.content.decode("utf-8-sig"))))
    assert lines[0] == ["Row", "external_id", "Title", "Status", "Reasons", "Remarks", "Page"]
    assert [line[0] for line in lines[1:]] == ["2", "3", "4", "5", "6"]
    assert lines[1][3] == "created" and lines[1][5] == "saved as a draft" and lines[1][6]
    assert lines[5][3] == "rejected" and "unknown education level" in lines[5][4]

    listing = soup(editor.get(f"/admin/institutions/{world.slug}/imports/"))
    assert listing.find("tr", attrs={"data-job": str(job.pk), "data-status": "done"})


def test_a_queued_import_is_cancelled_after_confirmation_and_never_runs(world):
    editor = login(member(world, "teacher"))
    job = queue_upload(editor, world, csv_bytes(rows(2)))

    confirm = soup(editor.get(job_url(job, "cancel/")))
    assert confirm.find("button", string="Yes, cancel the import")
    assert ImportJob.objects.get(pk=job.pk).status == "queued"  # asking changes nothing
    response = editor.post(job_url(job, "cancel/"))
    assert response.status_code == 302 and response.url == job_url(job)

    assert run_job(job.pk).status == "cancelled"
    assert not ResourcePage.objects.filter(external_id__startswith="J-").exists()
    page = soup(editor.get(job_url(job)))
    assert "The import was cancelled before it started; nothing was imported." in page.get_text()
    assert not page.find("table", class_="import-report")


def test_a_running_import_stops_after_the_batch_it_is_writing(world, small_batches):
    editor = login(member(world, "teacher"))
    job = queue_upload(editor, world, csv_bytes(rows(6)))

    def cancel_at_the_first_row():
        if not ImportJob.objects.get(pk=job.pk).cancel_requested:
            with translation.override(None):
                editor.post(job_url(job, "cancel/"))

    job = run_job(job.pk, progress=cancel_at_the_first_row)

    assert job.status == "cancelled" and job.rows_done == 2 and job.rows_left == 4
    # The batch that was being written is whole; nothing after it was started.
    assert (
        ResourcePage.objects.filter(
            external_id__startswith="J-", locale__language_code="ru"
        ).count()
        == 2
    )
    assert list(job.rows.values_list("number", flat=True)) == [2, 3]


def test_an_import_whose_worker_was_lost_is_cancelled_at_once(world):
    editor = login(member(world, "teacher"))
    content = csv_bytes(rows(1))
    job = create_job(world, content, "catalogue.csv", user=editor_user(world))
    stalled = timezone.now() - timedelta(minutes=11)
    ImportJob.objects.filter(pk=job.pk).update(
        status="running", started_at=stalled, heartbeat_at=stalled
    )
    editor.post(job_url(job, "cancel/"))
    assert ImportJob.objects.get(pk=job.pk).status == "cancelled"
    # The file may be imported again.
    assert queue_upload(editor, world, content).status == "queued"


def test_the_job_page_speaks_russian(world):
    editor = login(member(world, "teacher"))
    UserProfile.objects.filter(user=editor_user(world)).update(preferred_language="ru")
    job = create_job(world, csv_bytes(rows(1)), "catalogue.csv")
    text = soup(editor.get(job_url(job))).get_text()
    assert "Обработано строк" in text and "в очереди" in text and "Отменить импорт" in text


def editor_user(institution):
    return User.objects.get(username="teacher")


def test_the_same_file_cannot_be_imported_again_while_its_import_runs(world):
    editor = login(member(world, "teacher"))
    content = csv_bytes(rows(1))
    first = queue_upload(editor, world, content)

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = editor.post(import_url(world), {"file": upload(content, "copy.csv")})
    assert response.status_code == 400
    text = " ".join(response.content.decode().split())
    assert "This file is already being imported (the import of catalogue.csv started" in text
    assert ImportJob.objects.count() == 1
    # The database holds to it even when two uploads pass the form's check together.
    with pytest.raises(DuplicateImport) as refused:
        create_job(world, content, "again.csv")
    assert refused.value.job == first

    # Another file is no duplicate; another institution's import of the same file neither.
    other = factories.institution("college-9")
    factories.resource_type("lesson-plan", "Разработка урока")
    assert create_job(world, csv_bytes(rows(2)), "other.csv").status == "queued"
    assert create_job(other, content, "catalogue.csv").status == "queued"

    run_job(first.pk)
    assert queue_upload(editor, world, content).status == "queued"


def test_several_institutions_imports_run_side_by_side(world):
    other = factories.institution("college-9")
    content = csv_bytes(rows(1))
    mine, theirs = create_job(world, content, "a.csv"), create_job(other, content, "a.csv")
    assert run_job(theirs.pk).status == "done"
    assert run_job(mine.pk).status == "done"
    assert (
        ResourcePage.objects.filter(
            external_id="J-0", locale__language_code="ru", institution__in=[world, other]
        ).count()
        == 2
    )


@pytest.mark.parametrize(
    "suffix,method",
    [
        ("", "get"),
        ("progress/", "get"),
        ("report.csv", "get"),
        ("cancel/", "get"),
        ("cancel/", "post"),
    ],
)
def test_an_institution_sees_only_its_own_imports(world, suffix, method):
    other = factories.institution("college-9")
    theirs = create_job(other, csv_bytes(rows(1)), "theirs.csv")
    outsider = login(member(world, "teacher"))

    # Under its own institution's address, and under the other institution's.
    for url in (
        job_url(theirs, suffix),
        f"/admin/institutions/{world.slug}/imports/{theirs.pk}/{suffix}",
    ):
        # (LocaleMiddleware sends a 404 of an address without a language on to the address
        # with one, a 404 as well.)
        response = getattr(outsider, method)(url, follow=True)
        assert response.status_code in (403, 404), (url, response.status_code)
        assert b"theirs.csv" not in response.content
    assert ImportJob.objects.get(pk=theirs.pk).status == "queued"
    listing = outsider.get(f"/admin/institutions/{world.slug}/imports/")
    assert b"theirs.csv" not in listing.content
    assert outsider.get(f"/admin/institutions/{other.slug}/imports/").status_code == 302

    anonymous = getattr(Client(), method)(job_url(theirs, suffix))
    assert anonymous.status_code == 302 and "/login/" in anonymous.url


def test_the_command_runs_the_same_job_with_a_progress_bar(world, tmp_path, small_batches):
    path = tmp_path / "catalogue.csv"
    path.write_bytes(csv_bytes([*rows(3), good_row("J-bad", year="1800")]))
    out = io.StringIO()
    with translation.override("en"):
        call_command("import_resources", str(path), "--institution", world.slug, stdout=out)
    text = out.getvalue()
    assert "Rows [" in text and "4/4" in text
    assert "Created: 3, updated: 0, unchanged: 0, rejected: 1." in text
    job = ImportJob.objects.get()
    assert job.status == "done" and job.user is None and job.file_name == "catalogue.csv"
    assert ImportJobRow.objects.filter(job=job).count() == 4

    # The editor finds it among the institution's imports, with its report.
    editor = login(member(world, "teacher"))
    page = soup(editor.get(job_url(job)))
    assert page.find("dd", attrs={"data-count": "created"}).get_text() == "3"
