"""The portal writes only into search indices of its own installation (issue 20, item 4).

Against the real OpenSearch node (SEARCH_URL), each test in indices of its own prefix: an
index this installation creates carries its id and takes its edits; an index without a
marker, or with another installation's, is refused — the error is logged with both ids,
nothing is written to it, the queued updates stay queued — until `update_index --claim`.
"""

from __future__ import annotations

import logging
from contextlib import ExitStack

import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.search.backends import get_search_backend

from association.models import ResourcePage
from search.backends.owned import MARKER, create_index
from search.indexing import (
    process_queue,
    route_index_updates_through_queue,
    route_index_updates_to_wagtail,
)
from search.models import IndexQueueEntry
from tools.services import SERVICES_DIR, opensearch

from . import factories
from .search_support import Backend

# Not marked `sqlite`: the SQLite pass leaves the module out (the engine is the subject).
pytestmark = pytest.mark.django_db

OTHER = "portal-0123456789"  # another checkout's installation id


def page_index(queued_engine) -> str:
    return f"{queued_engine.prefix}_wagtailcore_page"


def markers(queued_engine) -> dict[str, str | None]:
    """The marker of each index behind the page index's name (an alias after a rebuild)."""
    mappings = queued_engine.client().indices.get_mapping(index=page_index(queued_engine))
    return {name: body["mappings"].get("_meta", {}).get(MARKER) for name, body in mappings.items()}


def documents(queued_engine) -> int:
    client = queued_engine.client()
    client.indices.refresh(index=page_index(queued_engine))
    return client.count(index=page_index(queued_engine))["count"]


def found(text: str) -> list[str]:
    response = Client().get("/api/search/", {"q": text, "type": "resource"})
    assert response.status_code == 200
    return [result["title"] for result in response.json()["results"]]


def refusals(caplog) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "search.backends.owned" and record.levelno == logging.ERROR
    ]


def test_this_installations_index_carries_its_id_and_takes_its_edits(
    queued_engine, django_capture_on_commit_callbacks
):
    institution = factories.institution("lyceum", name="Лицей")
    factories.resource(institution, title="Задачник по геометрии")
    queued_engine.reindex()
    assert set(markers(queued_engine).values()) == {django_settings.SEARCH_INSTALLATION}
    with django_capture_on_commit_callbacks(execute=True):
        factories.resource(institution, title="Практикум по стереометрии")
    assert not IndexQueueEntry.objects.exists()
    queued_engine.client().indices.refresh(index=page_index(queued_engine))
    assert found("стереометрии") == ["Практикум по стереометрии"]


def test_an_unmarked_index_is_refused_until_it_is_claimed(
    queued_engine, django_capture_on_commit_callbacks, caplog
):
    # An index of the same name that no installation stamped (one made before the
    # markers, or by hand).
    queued_engine.client().indices.create(index=page_index(queued_engine), body={})
    institution = factories.institution("college", name="Колледж")
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        page = factories.resource(institution, title="Лабораторные работы по химии")

    # Nothing written, the update kept with the reason, the error logged with both ids.
    assert documents(queued_engine) == 0
    entry = IndexQueueEntry.objects.get(object_id=str(page.pk))
    assert entry.attempts >= 1 and "--claim" in entry.last_error
    message = refusals(caplog)[0]
    assert page_index(queued_engine) in message
    assert "no installation" in message and django_settings.SEARCH_INSTALLATION in message
    waiting = IndexQueueEntry.objects.count()
    assert process_queue() == (0, waiting)

    with pytest.raises(CommandError) as refused:
        call_command("update_index", verbosity=0)
    assert "no installation" in str(refused.value) and "update_index --claim" in str(refused.value)
    assert set(markers(queued_engine).values()) == {None}

    call_command("update_index", "--claim", verbosity=0)
    assert set(markers(queued_engine).values()) == {django_settings.SEARCH_INSTALLATION}
    assert process_queue() == (waiting, 0)
    queued_engine.client().indices.refresh(index=page_index(queued_engine))
    assert found("химии") == ["Лабораторные работы по химии"]


def test_another_installations_index_is_refused_and_left_as_it_was(
    queued_engine, django_capture_on_commit_callbacks, caplog
):
    # The other installation creates its page index (stamped with its id) and puts one
    # document in it.
    other = get_search_backend("default", INSTALLATION=OTHER)
    institution = factories.institution("school", name="Школа")
    theirs = factories.resource(institution, title="Их методичка по физике")
    index = other.get_index_for_model(ResourcePage)
    create_index(index)
    index.add_items(ResourcePage, [theirs])
    assert set(markers(queued_engine).values()) == {OTHER}
    assert documents(queued_engine) == 1

    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        ours = factories.resource(institution, title="Наша методичка по физике")
    assert documents(queued_engine) == 1
    assert IndexQueueEntry.objects.filter(object_id=str(ours.pk)).exists()
    waiting = IndexQueueEntry.objects.count()
    message = refusals(caplog)[0]
    assert OTHER in message and django_settings.SEARCH_INSTALLATION in message

    with pytest.raises(CommandError) as refused:
        call_command("update_index", verbosity=0)
    assert OTHER in str(refused.value) and "--claim" in str(refused.value)
    # The rebuild that was refused replaced nothing.
    assert set(markers(queued_engine).values()) == {OTHER} and documents(queued_engine) == 1

    call_command("update_index", "--claim", verbosity=0)
    assert set(markers(queued_engine).values()) == {django_settings.SEARCH_INSTALLATION}
    assert process_queue() == (waiting, 0)
    queued_engine.client().indices.refresh(index=page_index(queued_engine))
    assert sorted(found("методичка")) == ["Их методичка по физике", "Наша методичка по физике"]


def test_the_installation_id_and_index_prefix_follow_the_checkout():
    from portal.settings.environment import checkout_installation, database_installation

    assert checkout_installation(django_settings.BASE_DIR) == django_settings.SEARCH_INSTALLATION
    assert checkout_installation("/work/one") != checkout_installation("/work/two")
    assert checkout_installation("/work/one").startswith("portal-")
    assert len(checkout_installation("/work/one")) == len("portal-") + 10
    site = {"HOST": "db.example", "PORT": 5432, "NAME": "portal"}
    assert database_installation(site) == database_installation(dict(site))
    assert database_installation(site) != database_installation({**site, "NAME": "staging"})


@pytest.mark.starts_nodes
def test_a_worker_whose_node_was_replaced_at_its_address_writes_nothing_into_the_new_one(
    settings, tmp_path, django_capture_on_commit_callbacks, caplog
):
    """The bug of issue 20: the worker's node stopped, another checkout's node started on
    the port it left, and the worker's retry created its index there. Two real nodes of
    their own (marker starts_nodes): the retry into the new node is refused, nothing is
    created there, and the update stays queued."""
    jars = SERVICES_DIR / "opensearch" / "lib"
    if not opensearch.jars_ready(opensearch.Layout(tmp_path, jars), opensearch.pinned_version()):
        pytest.skip("the checkout's OpenSearch jars are not fetched yet (make services)")
    ours, theirs = (tmp_path / name / ".services" / "opensearch" for name in ("ours", "theirs"))
    quiet = lambda message: None  # noqa: E731
    with ExitStack() as stack:
        stack.callback(opensearch.stop, ours, log=quiet, lib=jars)
        port = opensearch.start(ours, log=quiet, lib=jars)
        settings.TEST_SEARCH_URL = opensearch.search_url(port)
        backend = Backend("opensearch", settings)
        route_index_updates_through_queue()
        stack.callback(route_index_updates_to_wagtail)
        institution = factories.institution("academy", name="Академия")
        backend.reindex()
        with django_capture_on_commit_callbacks(execute=True):
            factories.resource(institution, title="Сборник диктантов")
        assert not IndexQueueEntry.objects.exists()

        opensearch.stop(ours, log=quiet, lib=jars)
        with django_capture_on_commit_callbacks(execute=True):
            page = factories.resource(institution, title="Сборник изложений")
        assert IndexQueueEntry.objects.filter(object_id=str(page.pk)).exists()
        # Another checkout's node, started meanwhile, takes the port ours left.
        stack.callback(opensearch.stop, theirs, log=quiet, lib=jars)
        assert opensearch.start(theirs, log=quiet, lib=jars) == port

        with caplog.at_level(logging.ERROR):
            sent, left = process_queue()
        assert sent == 0 and left >= 1
        assert IndexQueueEntry.objects.filter(object_id=str(page.pk)).exists()
        # No index of ours made on their node.
        assert list(backend.client().indices.get(index=f"{backend.prefix}_*")) == []
        message = refusals(caplog)[0]
        assert backend.prefix in message and "gone" in message
