"""An editor imports a 2 000-row catalogue through the admin: the upload is handed to a
real task worker (django-tasks' database worker, in a thread of the test), the progress
page counts the rows as the batches are written, without being reloaded, and the report
is downloaded at the end.

Tasks run immediately elsewhere in the suite; here the database backend queues them, as
in production, so that the progress page has something to watch.
"""

from __future__ import annotations

import csv
import io
import re
import threading

import pytest
from django.db import connection
from playwright.sync_api import expect

from association.importer import COLUMNS
from association.models import ImportJob, ResourcePage

from .support import BROWSER_DB, log_in

pytestmark = BROWSER_DB

ROWS = 2000
# Every so many rows is a new resource; the others are checked and rejected (an unknown
# education level), which costs little: the suite has seconds for this journey, and each
# new resource is a page, a revision and an English alias.
NEW_EVERY = 40


@pytest.fixture
def task_worker(settings):
    """django-tasks' database worker, polling the queue in a thread until the test ends."""
    from django_tasks_db.management.commands.db_worker import Worker

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    worker = Worker(
        queue_names=["default"],
        interval=0.1,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="browser-test",
        excluded_queue_names=[],
    )

    def run():
        try:
            worker.run()
        finally:
            connection.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    yield worker
    worker.running = False
    thread.join(timeout=30)


def catalogue() -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for number in range(ROWS):
        new = number % NEW_EVERY == 0
        values = {
            "external_id": f"B-{number:04d}",
            "title": f"Задачи по дробям, выпуск {number}",
            "language": "ru",
            "abstract": "Подборка задач для самостоятельной работы.",
            "body": "",
            "authors": "Иванова А. В.",
            "education_levels": "basic" if new else "university",
            "subjects": "mathematics",
            "resource_type": "problem-book",
            "year": "2024",
            "url": f"https://example.org/problems/{number}",
            "tags": "дроби",
        }
        writer.writerow([values[column] for column in COLUMNS])
    return buffer.getvalue().encode("utf-8")


def test_an_editor_watches_a_large_import_and_downloads_its_report(page, bare_portal, task_worker):
    bare_portal.speak("en")
    log_in(page, "lyceum-editor")
    page.goto(f"/admin/institutions/{bare_portal.lyceum.slug}/import/")
    page.set_input_files(
        "input[name=file]",
        files=[{"name": "catalogue.csv", "mimeType": "text/csv", "buffer": catalogue()}],
    )
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page).to_have_url(re.compile(r"/imports/\d+/$"))
    expect(page.locator("[data-field=rows_done]")).to_be_attached()

    # Every figure the page shows for the rows handled, and whether it was reloaded: the
    # script updates the figures in place and reloads once, when the import is over.
    page.evaluate(
        """() => {
            window.seenRows = [];
            window.notReloaded = true;
            const field = document.querySelector("[data-field=rows_done]");
            new MutationObserver(() => window.seenRows.push(Number(field.textContent)))
                .observe(field, {childList: true, characterData: true, subtree: true});
        }"""
    )
    page.wait_for_function(
        f"() => window.seenRows.some(rows => rows > 0 && rows < {ROWS})", timeout=25_000
    )
    assert page.evaluate("window.notReloaded")
    time_left = page.locator("[data-field=time_left]").inner_text()
    assert time_left == "—" or time_left.startswith("about")

    download_link = page.locator("a[data-report]")
    expect(download_link).to_be_visible(timeout=25_000)
    assert not page.evaluate("window.notReloaded === true")  # reloaded to show the report
    new_rows = ROWS // NEW_EVERY
    expect(page.locator("dd[data-count=created]")).to_have_text(str(new_rows))
    expect(page.locator("dd[data-count=rejected]")).to_have_text(str(ROWS - new_rows))

    with page.expect_download() as download:
        download_link.click()
    report = download.value.path().read_bytes().decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(report)))
    assert lines[0][:4] == ["Row", "external_id", "Title", "Status"]
    assert len(lines) == ROWS + 1
    assert lines[1][3] == "created" and lines[2][3] == "rejected"
    assert "unknown education level “university”" in lines[2][4]

    job = ImportJob.objects.get()
    assert job.status == "done" and job.rows_done == ROWS
    assert (
        ResourcePage.objects.filter(
            external_id__startswith="B-", locale__language_code="ru"
        ).count()
        == new_rows
    )
