"""Writers at the same time: a real server (gunicorn, several worker processes) takes
parallel event sign-ups through HTTP while the catalogue import writes resources, on a
file-based SQLite database (the embedded default) and on PostgreSQL. Nobody may get an
error, and every sign-up and every imported row must be in the database afterwards.

The server, the import and the final count are separate processes sharing one database,
as in production: on PostgreSQL the test database itself; on SQLite, whose test database
lives in memory and cannot be shared, a file copy of it in the test's directory."""

from __future__ import annotations

import csv
import http.cookiejar
import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.db.utils import ConnectionHandler

from portal.settings.environment import database_config

from . import factories

SIGN_UPS = 10
IMPORTED_ROWS = 30
INSTITUTION = "concurrent-school"
# Generous bounds for a stuck process; the test asserts no duration.
PROCESS_WAIT_SECONDS = 120

LOCKED = "database is locked"


# The SQLite settings, on a fresh connection to a file -------------------------------------


@pytest.mark.sqlite
def test_a_file_database_gets_the_wal_journal_a_busy_timeout_and_immediate_writes(
    tmp_path, django_db_blocker
):
    # A connection of its own to a new file, configured as the settings configure one (it
    # is not the test database, which pytest-django guards).
    path = tmp_path / "fresh.sqlite3"
    handler = ConnectionHandler({"default": database_config(f"sqlite:///{path}")})
    probe = handler["default"]
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    with django_db_blocker.unblock():
        try:
            with probe.cursor() as cursor:
                # Both statements of the init command ran: the journal and the sync level.
                assert cursor.execute("PRAGMA journal_mode").fetchone() == ("wal",)
                assert cursor.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL
                assert cursor.execute("PRAGMA busy_timeout").fetchone() == (20000,)
                cursor.execute("CREATE TABLE seat (id INTEGER PRIMARY KEY)")
            # A transaction of the portal (begun as atomic() begins it) holds the write
            # lock from its start: another writer waits its turn, rather than both reading
            # first and then one failing to upgrade its lock.
            probe.set_autocommit(False, force_begin_transaction_with_broken_autocommit=True)
            probe.cursor().execute("SELECT count(*) FROM seat")
            with pytest.raises(sqlite3.OperationalError, match=LOCKED):
                other.execute("BEGIN IMMEDIATE")
            # Readers do not wait for the writer (WAL).
            assert other.execute("SELECT count(*) FROM seat").fetchone() == (0,)
            probe.rollback()
            probe.set_autocommit(True)
        finally:
            other.close()
            handler.close_all()


# A server, an import and sign-ups at once -----------------------------------------------


def shared_database_url(tmp_path: Path) -> str:
    """The test database as a URL that other processes can open."""
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        return (
            f"postgres://{urllib.parse.quote(db['USER'])}:{urllib.parse.quote(db['PASSWORD'])}"
            f"@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        )
    path = tmp_path / "portal.sqlite3"
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    try:
        connection.connection.backup(copy)
    finally:
        copy.close()
    return f"sqlite:///{path}"


def process_environment(database_url: str, tmp_path: Path) -> dict[str, str]:
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PYTHONUNBUFFERED": "1",
    }
    environment.pop("SEARCH_URL", None)
    return environment


class Server:
    """gunicorn with the project's configuration, on a port the system picks."""

    def __init__(self, environment: dict[str, str], log: Path):
        self.log = log
        self.output = log.open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "portal/gunicorn.conf.py",
                "--bind",
                "127.0.0.1:0",
                # Three processes with three threads each: nine requests at the same time.
                "--workers",
                "3",
                "--threads",
                "3",
            ],
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=self.output,
            stderr=subprocess.STDOUT,
        )
        self.url = self._wait_for_address()

    def _wait_for_address(self) -> str:
        # gunicorn names the port it got once it listens: "Listening at: http://…".
        waited = threading.Event()
        for _ in range(PROCESS_WAIT_SECONDS * 10):
            found = re.search(r"Listening at: (http://\S+)", self.log.read_text())
            if found:
                return found.group(1)
            if self.process.poll() is not None:
                break
            waited.wait(0.1)
        self.stop()
        pytest.fail("gunicorn did not start:\n" + self.log.read_text()[-3000:])

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(PROCESS_WAIT_SECONDS)
        self.output.close()
        return self.log.read_text()


def sign_up(base_url: str, page: str, form: str, number: int, start: threading.Barrier) -> int:
    """A visitor opens the event's page, waits for `start`, then sends its registration
    form (paths `page` and `form`); returns the status of the form's answer (302: on to
    the confirmation). The page is open before the import begins, so the server's
    workers are warm and only the form's writes meet the import's."""

    class Stay(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    cookies = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies), Stay)
    try:
        with browser.open(base_url + page, timeout=PROCESS_WAIT_SECONDS) as answer:
            html = answer.read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        start.wait(timeout=PROCESS_WAIT_SECONDS)
        data = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token,
                "name": f"Участник {number}",
                "email": f"person{number}@example.ru",
                "institution_name": "Школа № 1",
                "role": "учитель",
                "consent": "on",
                "homepage": "",
            }
        ).encode()
        with browser.open(base_url + form, data, timeout=PROCESS_WAIT_SECONDS) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_for_first_row(database_url: str, importing: subprocess.Popen) -> None:
    """Return once a resource of the import is in the database, read as the other
    processes read it (the SQLite file, or PostgreSQL's committed rows)."""
    query = "SELECT count(*) FROM association_resourcepage WHERE external_id <> ''"
    for _poll in range(PROCESS_WAIT_SECONDS * 20):
        if database_url.startswith("sqlite:"):
            db = sqlite3.connect(database_url.removeprefix("sqlite:///"), timeout=5)
            try:
                written = db.execute(query).fetchone()[0]
            finally:
                db.close()
        else:
            with connection.cursor() as cursor:
                cursor.execute(query)
                written = cursor.fetchone()[0]
        if written or importing.poll() is not None:
            return
        time.sleep(0.05)


def catalogue(path: Path) -> set[str]:
    identifiers = [f"C-{number:03d}" for number in range(IMPORTED_ROWS)]
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(
            [
                "external_id",
                "title",
                "language",
                "abstract",
                "authors",
                "year",
                "url",
                "resource_type",
            ]
        )
        for identifier in identifiers:
            writer.writerow(
                [
                    identifier,
                    f"Разработка урока {identifier}",
                    "ru",
                    "Урок о дробях для пятого класса.",
                    "Иванова Мария Петровна",
                    "2025",
                    f"https://example.org/lessons/{identifier}",
                    "lesson-plan",
                ]
            )
    return set(identifiers)


COUNT_SCRIPT = """
import json
from django.db.models import Max, Min
from association.models import ResourcePage
from network.models import SeminarRegistration
seminar, institution = {seminar}, {institution!r}
resources = ResourcePage.objects.filter(
    institution__slug=institution, locale__language_code="ru"
)
sign_ups = SeminarRegistration.objects.filter(seminar_id=seminar, status="confirmed")
window = resources.aggregate(first=Min("first_published_at"), last=Max("first_published_at"))
print(json.dumps({{
    "sign_ups": sorted(sign_ups.values_list("email", flat=True)),
    "imported": sorted(resources.values_list("external_id", flat=True)),
    "published": resources.filter(live=True).count(),
    # Whether the writers really met: sign-ups between the import's first and last row.
    "during_import": sign_ups.filter(
        created_at__gt=window["first"], created_at__lt=window["last"]
    ).count() if window["first"] else 0,
}}))
"""


@pytest.mark.sqlite
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sign_ups_during_an_import_all_succeed_and_are_all_kept(tmp_path):
    from wagtail.models import Collection

    from portal.site_setup import ensure_site_structure

    # When this is the process's first transactional test, reloading the migrations' rows
    # (serialized_rollback) has given the root collection its child count of then, though
    # the session's skeleton added one: the institution's collection needs it right.
    Collection.fix_tree()
    ensure_site_structure()
    factories.institution(INSTITUTION, name="Школа параллельных записей")
    factories.resource_type("lesson-plan", "Разработка урока")
    seminar = factories.seminar(registration_enabled=True)
    # The visitors' threads only speak HTTP: they get the paths, not the page.
    page, form = seminar.url, f"/ru/events/{seminar.pk}/register/"
    rows = catalogue(tmp_path / "catalogue.csv")
    database_url = shared_database_url(tmp_path)
    environment = process_environment(database_url, tmp_path)

    server = Server(environment, tmp_path / "gunicorn.log")
    importing = None
    # The visitors and this thread: the forms go out when the import's first row is in.
    start = threading.Barrier(SIGN_UPS + 1)
    statuses: dict[int, int] = {}

    def visitor(number: int) -> None:
        statuses[number] = sign_up(server.url, page, form, number, start)

    visitors = [threading.Thread(target=visitor, args=(n,)) for n in range(SIGN_UPS)]
    try:
        for thread in visitors:
            thread.start()
        importing = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "import_resources",
                str(tmp_path / "catalogue.csv"),
                "--institution",
                INSTITUTION,
                "--publish",
                # Small batches, so that on PostgreSQL too the first rows are committed
                # (and the sign-ups sent) while the rest are being written.
                "--batch-size",
                "5",
            ],
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        # Its progress bar redraws one line, so the import's output says nothing until
        # the end: the database tells when it has begun writing.
        wait_for_first_row(database_url, importing)
        start.wait(timeout=PROCESS_WAIT_SECONDS)
        for thread in visitors:
            thread.join()
        import_output = importing.communicate(timeout=PROCESS_WAIT_SECONDS)[0]
    finally:
        if importing is not None and importing.poll() is None:
            importing.kill()
        server_log = server.stop()

    assert importing.returncode == 0, import_output[-3000:]
    assert statuses == dict.fromkeys(range(SIGN_UPS), 302), server_log[-3000:]
    for output in (import_output, server_log):
        assert LOCKED not in output and "Traceback" not in output, output[-3000:]

    counted = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            COUNT_SCRIPT.format(seminar=seminar.pk, institution=INSTITUTION),
        ],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=PROCESS_WAIT_SECONDS,
    )
    assert counted.returncode == 0, counted.stderr[-3000:]
    found = json.loads(counted.stdout.strip().splitlines()[-1])
    assert found["sign_ups"] == sorted(f"person{n}@example.ru" for n in range(SIGN_UPS))
    assert found["imported"] == sorted(rows), import_output[-3000:]
    assert found["published"] == IMPORTED_ROWS
    # The sign-ups did not wait for the import's end: SQLite's writers take turns.
    assert found["during_import"] == SIGN_UPS
