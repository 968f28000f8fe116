"""Faults of the real services while the portal works: the search engine stops in the
middle of a batch of publishes, PostgreSQL restarts while requests are served, and the
background work that failed is shown in the admin and retried."""

from __future__ import annotations

import json
import urllib.request

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import translation
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from search.indexing import process_queue
from search.models import IndexQueueEntry
from tools.services import SERVICES_DIR, opensearch, restart_postgres

from . import factories

QUIET = {"log": lambda message: None}


@pytest.mark.stops_services
@pytest.mark.django_db
def test_engine_stopping_in_the_middle_of_a_batch_loses_no_page(
    queued_engine, django_capture_on_commit_callbacks
):
    institution = factories.institution("batch-school", name="Школа")
    home = SERVICES_DIR / "opensearch"
    published = []
    try:
        for number in range(8):
            if number == 4:
                opensearch.stop(home, **QUIET)
            with django_capture_on_commit_callbacks(execute=True):
                published.append(
                    factories.resource(institution, title=f"Пособие номер {number} по химии")
                )
        assert IndexQueueEntry.objects.filter(attempts__gt=0).count() >= 4
        # The office sees what is waiting and why.
        office = get_user_model().objects.create_superuser("root", "r@example.ru", "pw")
        client = Client()
        client.force_login(office)
        report = client.get("/admin/reports/background-work/").content.decode()
        assert "ConnectionError" in report or "Connection" in report
    finally:
        opensearch.start(home, **QUIET)
    client.post("/admin/reports/background-work/")  # "Send to the search engine now"
    sent, left = process_queue()
    assert left == 0
    queued_engine.client().indices.refresh(index=f"{queued_engine.prefix}_*")
    found = Client().get("/api/search/", {"q": "химии", "type": "resource", "page_size": 20})
    assert found.json()["count"] == 8
    assert found.json()["degraded"] is False


@pytest.mark.stops_services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_portal_reconnects_after_postgresql_restarts(live_server, settings):
    # Persistent connections, as in production, so that reconnecting is put to the test.
    settings.DATABASES["default"]["CONN_MAX_AGE"] = 600
    settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

    def ready() -> dict:
        with urllib.request.urlopen(f"{live_server.url}/readyz", timeout=30) as response:
            return json.loads(response.read())

    assert ready()["checks"]["database"]["status"] == "ok"
    restart_postgres()
    connection.close()
    body = ready()
    assert body["checks"]["database"]["status"] == "ok", body
    assert body["status"] in ("ok", "degraded")


FLAKY_RUNS: list[str] = []


@task()
def flaky_task(label: str) -> str:
    """Fails on its first run, as a task does when a service it needs is briefly away."""
    FLAKY_RUNS.append(label)
    if len(FLAKY_RUNS) == 1:
        raise ConnectionError("the mail server did not answer")
    return label


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_failed_task_is_shown_in_the_admin_and_runs_again_on_request(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    FLAKY_RUNS.clear()
    flaky_task.using(backend="default").enqueue("certificate 17")
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    assert DBTaskResult.objects.failed().count() == 1

    office = get_user_model().objects.create_superuser("root", "r@example.ru", "pw")
    client = Client()
    client.force_login(office)
    report = client.get("/admin/reports/background-work/").content.decode()
    assert "flaky_task" in report and "ConnectionError" in report
    failed = DBTaskResult.objects.failed().get()
    answer = client.post(
        "/admin/reports/background-work/", {"retry_task": str(failed.pk)}, follow=True
    )
    assert "flaky_task" in answer.content.decode()  # the confirmation names the task
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    assert FLAKY_RUNS == ["certificate 17", "certificate 17"]
    assert DBTaskResult.objects.failed().count() == 0
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 1
    assert "flaky_task" not in client.get("/admin/reports/background-work/").content.decode()


def test_retrying_an_unknown_task_is_a_clear_message(admin_client):
    answer = admin_client.post(
        "/admin/reports/background-work/", {"retry_task": "not-a-task"}, follow=True
    )
    assert answer.status_code == 200
    with translation.override("ru"):  # the admin speaks Russian unless the user chose otherwise
        expected = translation.gettext("This task is not among the failed ones any more.")
    assert expected in answer.content.decode()
