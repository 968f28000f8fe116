"""`load_demo --scale --jobs 2`: synthetic resources written from two processes (a module of
its own: it needs real transactions, which tests/test_demo.py's loaded demo would hold)."""

from __future__ import annotations

import io

import pytest
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from association.models import ResourcePage


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_scale_from_two_processes_fills_each_list_without_collisions(
    site_pages, client, monkeypatch
):
    """`--jobs 2`: forked processes share the resource lists out, so the tree, the slugs
    and the search index come out as from one process."""
    from demo.scale import add_synthetic_resources

    from . import factories

    factories.subject("mathematics", "Математика")
    factories.subject("physics", "Физика")
    factories.resource_type("lesson-plan", "Разработка урока")
    monkeypatch.setattr("demo.scale.BATCH_SIZE", 7)
    out = io.StringIO()
    add_synthetic_resources(60, institutions=3, jobs=2, stdout=out)

    assert "60/60" in out.getvalue()
    resources = ResourcePage.objects.filter(slug__startswith="synthetic-")
    assert resources.count() == 60 and not resources.filter(live=False).exists()
    per_list = {}
    for resource in resources:
        per_list.setdefault(resource.get_parent(), set()).add(resource.slug)
    assert sum(len(slugs) for slugs in per_list.values()) == 60, "a slug came twice in a list"
    assert len(per_list) >= 3
    for resource_list, slugs in per_list.items():
        resource_list.refresh_from_db()
        assert resource_list.numchild == resource_list.get_children().count() == len(slugs)
    assert len(set(resources.values_list("path", flat=True))) == 60
    ids = [str(pk) for pk in resources.values_list("pk", flat=True)]
    assert IndexEntry.objects.filter(object_id__in=ids).count() == 60
    sample = resources.last()
    assert client.get(sample.url).status_code == 200
    assert sample in list(get_search_backend().search(sample.title, ResourcePage)[:5])
