"""Faults of the real services while the portal works: the search engine stops in the
middle of a batch of publishes, PostgreSQL restarts while requests are served, and the
background work that failed is shown in the admin and retried."""

from __future__ import annotations

import json
import urllib.request

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

from portal.services import SERVICES_DIR, restart_postgres
from search import launcher
from search.indexing import process_queue
from search.models import IndexQueueEntry

from . import factories

QUIET = {"log": lambda message: None}


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
                launcher.stop(home, **QUIET)
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
        launcher.start(home, **QUIET)
    client.post("/admin/reports/background-work/")  # "Send to the search engine now"
    sent, left = process_queue()
    assert left == 0
    queued_engine.client().indices.refresh(index=f"{queued_engine.prefix}_*")
    found = Client().get("/api/search/", {"q": "химии", "type": "resource", "page_size": 20})
    assert found.json()["count"] == 8
    assert found.json()["degraded"] is False


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
