"""What `make scaleout` publishes, run as a process of its own beside the servers, as an
editor's save or an import would be: with the production settings, the scale-out's
database, cache, engine and bucket (the environment `tests.scaleout.run` gives it).

    python -m tests.scaleout.content setup
    python -m tests.scaleout.content publish PREFIX COUNT   # titles PREFIX1 … PREFIXCOUNT
    python -m tests.scaleout.content retitle PAGE_ID TITLE
    python -m tests.scaleout.content documents
    python -m tests.scaleout.content queue

Each prints one JSON object on standard output for the driver to read.
"""

from __future__ import annotations

import json
import sys
import uuid

import django

django.setup()

from django.core.files.base import ContentFile  # noqa: E402
from django.db import transaction  # noqa: E402
from wagtail.documents.models import Document  # noqa: E402

from association.models import (  # noqa: E402
    EducationLevel,
    Institution,
    ResourceAuthor,
    ResourceIndexPage,
    ResourcePage,
)
from tests import factories  # noqa: E402

INSTITUTION = "scaleout-lyceum"


def institution() -> Institution:
    existing = Institution.objects.filter(slug=INSTITUTION).first()
    return existing or factories.institution(INSTITUTION, name="Лицей масштабирования")


def document(inst: Institution, title: str, content: bytes) -> Document:
    doc = Document(title=title, collection=inst.collection)
    doc.file.save(f"{uuid.uuid4().hex[:8]}.txt", ContentFile(content), save=False)
    doc.save()
    return doc


def resource(inst: Institution, title: str, doc: Document | None = None) -> ResourcePage:
    """A live resource of the institution, published as the admin's Publish does (a
    revision, then publication: the page cache's generation and the index queue move)."""
    parent = ResourceIndexPage.objects.child_of(inst.page).get()
    page = ResourcePage(
        title=title,
        slug=f"scaleout-{uuid.uuid4().hex[:12]}",
        abstract="Ресурс проверки масштабирования.",
        resource_type=factories.resource_type(),
        year=2026,
        language="ru",
        document=doc,
        external_url="" if doc else "https://example.org/scaleout",
    )
    page.authors = [ResourceAuthor(name="Иванова Мария Петровна")]
    page.education_levels = [EducationLevel.objects.get(code="basic")]
    page.subjects = [factories.subject()]
    with transaction.atomic():
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page


def described(page: ResourcePage) -> dict:
    return {"id": page.pk, "title": page.title, "url": page.get_url()}


def setup() -> dict:
    inst = institution()
    listing = ResourceIndexPage.objects.child_of(inst.page).get()
    return {"listing_url": listing.get_url(), "home_url": factories.home().get_url()}


def publish(prefix: str, count: int) -> dict:
    inst = institution()
    return {"pages": [described(resource(inst, f"{prefix}{n}")) for n in range(1, count + 1)]}


def retitle(page_id: int, title: str) -> dict:
    page = ResourcePage.objects.get(pk=page_id)
    page.title = title
    page.save_revision().publish()
    return described(page)


def documents() -> dict:
    """A public document (the file of a live public resource) and a private one (in the
    institution's collection, used by no page: only its editors may have it)."""
    inst = institution()
    marker = uuid.uuid4().hex
    public_bytes = f"public scale-out document {marker}\n".encode()
    private_bytes = f"private scale-out document {marker}\n".encode()
    public = document(inst, f"Открытый файл {marker[:6]}", public_bytes)
    private = document(inst, f"Закрытый файл {marker[:6]}", private_bytes)
    page = resource(inst, f"Ресурс с файлом {marker[:6]}", public)
    return {
        "page": described(page),
        "public": {"url": public.url, "key": public.file.name, "content": public_bytes.decode()},
        "private": {
            "url": private.url,
            "key": private.file.name,
            "content": private_bytes.decode(),
            "file_url": private.file.url,
        },
    }


def queue() -> dict:
    from search.models import IndexQueueEntry

    return {"queued": IndexQueueEntry.objects.count()}


def main(argv: list[str]) -> None:
    action, *args = argv
    if action == "setup":
        result = setup()
    elif action == "publish":
        result = publish(args[0], int(args[1]))
    elif action == "retitle":
        result = retitle(int(args[0]), args[1])
    elif action == "documents":
        result = documents()
    elif action == "queue":
        result = queue()
    else:
        raise SystemExit(f"unknown action {action!r}")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
