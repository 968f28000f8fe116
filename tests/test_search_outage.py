"""Index updates survive a search engine outage: the real OpenSearch node is stopped while
an editor publishes, the site keeps answering, and once the node is back the queued update
is sent and the page is found."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from association.models import ResourcePage
from search.indexing import (
    process_queue,
)
from search.models import IndexQueueEntry
from tools.services import SERVICES_DIR, opensearch

from . import factories

# They stop the search node every other test uses.
pytestmark = [pytest.mark.django_db, pytest.mark.stops_services]


def search_api(client, text: str) -> dict:
    response = client.get("/api/search/", {"q": text, "type": "resource"})
    assert response.status_code == 200
    return response.json()


def test_an_edit_made_during_an_outage_is_indexed_when_the_engine_returns(
    queued_engine, django_capture_on_commit_callbacks
):
    institution = factories.institution("observatory", name="Обсерватория")
    factories.resource(institution, title="Карта звёздного неба для кружка")
    queued_engine.reindex()
    client = Client()
    assert search_api(client, "звёздного")["count"] == 1
    home = SERVICES_DIR / "opensearch"
    opensearch.stop(home, log=lambda message: None)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            page = factories.resource(institution, title="Пособие по астрономии для школы")
        # The edit is kept, with the reason, until the engine has it.
        entry = IndexQueueEntry.objects.get(object_id=str(page.pk))
        assert entry.attempts >= 1 and entry.last_error
        # The public site and the API keep answering, from the database.
        degraded = search_api(client, "астрономии")
        assert degraded["degraded"] is True
        assert [r["title"] for r in degraded["results"]] == ["Пособие по астрономии для школы"]
        html = client.get("/ru/resources/?q=астрономии").content.decode()
        assert "временно" in html or "temporarily" in html
        # Editors keep working.
        admin = get_user_model().objects.create_superuser("root", "r@example.ru", "pw")
        client.force_login(admin)
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
        client.logout()
    finally:
        port = opensearch.start(home, log=lambda message: None)
    assert queued_engine.prefix  # the test's indices survive the restart
    assert opensearch.search_url(port).endswith(str(port))
    sent, left = process_queue()
    assert sent >= 1 and left == 0
    queued_engine.client().indices.refresh(index=f"{queued_engine.prefix}_*")
    found = search_api(client, "астрономии")
    assert found["degraded"] is False
    assert [r["title"] for r in found["results"]] == ["Пособие по астрономии для школы"]


def test_deletions_and_unpublishing_go_through_the_queue(
    queued_engine, django_capture_on_commit_callbacks
):
    institution = factories.institution("observatory", name="Обсерватория")
    page = factories.resource(institution, title="Телескоп своими руками")
    queued_engine.reindex()
    client = Client()
    assert search_api(client, "телескоп")["count"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        ResourcePage.objects.get(pk=page.pk).unpublish()
    queued_engine.client().indices.refresh(index=f"{queued_engine.prefix}_*")
    assert search_api(client, "телескоп")["count"] == 0
    assert not IndexQueueEntry.objects.exists()
