"""`load_demo` builds a believable network once, and `--scale` adds resources in bulk."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

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
    monkeypatch.setattr("association.demo.scale.BATCH_SIZE", 100)
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
