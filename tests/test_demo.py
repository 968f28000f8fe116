"""`load_demo` builds a believable network once, and `--scale` adds resources in bulk."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from association.models import (
    Institution,
    JointProgramPage,
    NewsPage,
    ResourcePage,
    SeminarPage,
)

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "institutions": Institution.objects.count(),
        "news": NewsPage.objects.filter(locale__language_code="ru").count(),
        "programmes": JointProgramPage.objects.filter(locale__language_code="ru").count(),
        "seminars": SeminarPage.objects.filter(locale__language_code="ru").count(),
        "resources": ResourcePage.objects.filter(locale__language_code="ru").count(),
    }


def test_load_demo_creates_the_network_once_and_scales(client, monkeypatch):
    call_command("load_demo", stdout=io.StringIO())
    first = counts()
    assert first["institutions"] >= 12
    assert first["news"] >= 40
    assert first["programmes"] >= 8
    assert first["seminars"] >= 30
    assert first["resources"] >= 150
    kinds = set(Institution.objects.values_list("kind", flat=True))
    assert kinds == {choice for choice, _label in Institution.Kind.choices}
    seminars = SeminarPage.objects.filter(locale__language_code="ru")
    assert {s.kind for s in seminars} == {k for k, _ in SeminarPage.Kind.choices}
    assert {s.format for s in seminars} == {f for f, _ in SeminarPage.Format.choices}
    assert any(s.is_past for s in seminars) and not all(s.is_past for s in seminars)
    resources = ResourcePage.objects.filter(locale__language_code="ru")
    assert all(r.document_id for r in resources)
    sample = resources.select_related("document").first()
    assert sample.document.file.size > 0

    # Both languages are served: translated home, sections and institution profiles.
    english_home = client.get("/en/").content.decode()
    assert 'lang="en"' in english_home
    assert "Veretinsk State University" in client.get("/en/institutions/").content.decode()

    # A second run adds nothing.
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == first
    assert "0 objects added" in out.getvalue()

    # --scale adds resources in bulk, spread over more institutions, live and in the tree;
    # in several batches, each continuing the lists where the previous one stopped.
    monkeypatch.setattr("demo.scale.BATCH_SIZE", 100)
    out = io.StringIO()
    call_command("load_demo", scale=250, institutions=first["institutions"] + 2, stdout=out)
    after = counts()
    assert after["resources"] == first["resources"] + 250
    assert after["institutions"] == first["institutions"] + 2
    assert "250/250" in out.getvalue()
    assert Page.find_problems() == ([], [], [], [], [])
    synthetic = ResourcePage.objects.filter(slug__startswith="synthetic-").first()
    assert synthetic.live and synthetic.institution_id
    assert client.get(synthetic.url).status_code == 200

    # Their search-index rows are the ones the PostgreSQL backend's own bulk add writes,
    # so that the benchmark's database search runs on a true index.
    synthetic_ids = [
        str(pk)
        for pk in ResourcePage.objects.filter(slug__startswith="synthetic-").values_list(
            "pk", flat=True
        )
    ]
    columns = ("object_id", "title", "autocomplete", "body", "title_text", "body_text")

    def index_rows() -> dict[str, tuple]:
        rows = IndexEntry.objects.filter(object_id__in=synthetic_ids).values_list(*columns)
        return {row[0]: row for row in rows}

    written_by_loader = index_rows()
    assert len(written_by_loader) == 250
    assert all("synthetic" not in row[1] for row in written_by_loader.values())
    norms = IndexEntry.objects.filter(object_id__in=synthetic_ids).values_list(
        "title_norm", flat=True
    )
    assert any(norm != 1.0 for norm in norms), "title norms were not refreshed"
    IndexEntry.objects.filter(object_id__in=synthetic_ids).delete()
    get_search_backend().add_bulk(
        ResourcePage, list(ResourcePage.get_indexed_objects().filter(pk__in=synthetic_ids))
    )
    assert index_rows() == written_by_loader
    found = get_search_backend().search(synthetic.title, ResourcePage)
    assert synthetic in list(found[:5])


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


def test_jobs_must_be_a_positive_number():
    with pytest.raises(CommandError, match="--jobs"):
        call_command("load_demo", scale=10, jobs=0, stdout=io.StringIO())
