"""Builders for test content, going through the same code paths as the portal."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Callable

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale

from association.models import (
    EducationLevel,
    Institution,
    JointProgramPage,
    NewsIndexPage,
    NewsPage,
    ProgramIndexPage,
    Region,
    ResourceAuthor,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    SeminarIndexPage,
    SeminarPage,
    Subject,
)
from association.provisioning import provision_institution
from home.models import HomePage

_sequence = itertools.count(1)


def home(language: str = "ru") -> HomePage:
    return HomePage.objects.get(locale__language_code=language, depth=2)


def term(model, slug: str, name: str | None = None):
    record, _created = model.objects.get_or_create(
        slug=slug, locale=Locale.get_default(), defaults={"name": name or slug.title()}
    )
    return record


def region(slug: str = "north", name: str = "Северный район") -> Region:
    return term(Region, slug, name)


def subject(slug: str = "mathematics", name: str = "Математика") -> Subject:
    return term(Subject, slug, name)


def resource_type(slug: str = "lesson-plan", name: str = "Разработка урока") -> ResourceType:
    return term(ResourceType, slug, name)


def institution(slug: str | None = None, **fields) -> Institution:
    slug = slug or f"inst-{next(_sequence)}"
    fields.setdefault("kind", Institution.Kind.SCHOOL)
    name = fields.pop("name", f"Школа {slug}")
    return provision_institution(slug, name, **fields).institution


def _publish(parent, page, when=None):
    parent.add_child(instance=page)
    page.save_revision().publish()
    if when is not None:
        type(page).objects.filter(pk=page.pk).update(first_published_at=when)
    page.refresh_from_db()
    return page


def news(parent=None, *, title: str | None = None, date=None, live=True, **fields) -> NewsPage:
    parent = parent or NewsIndexPage.objects.child_of(home()).get()
    number = next(_sequence)
    page = NewsPage(
        title=title or f"Новость {number}",
        slug=f"news-{number}",
        date=date or timezone.localdate(),
        intro=fields.pop("intro", "Краткое содержание новости."),
        **fields,
    )
    if not live:
        page.live = False
        parent.add_child(instance=page)
        page.save_revision()
        return page
    return _publish(parent, page)


def institution_index(model, inst: Institution):
    return model.objects.child_of(inst.page).get()


def seminar(
    parent=None,
    *,
    title: str | None = None,
    starts_in: dt.timedelta = dt.timedelta(days=7),
    hours: int = 2,
    organisers=(),
    **fields,
) -> SeminarPage:
    parent = parent or SeminarIndexPage.objects.child_of(home()).get()
    number = next(_sequence)
    starts_at = timezone.now().replace(microsecond=0) + starts_in
    fields.setdefault("kind", SeminarPage.Kind.SEMINAR)
    fields.setdefault("format", SeminarPage.Format.IN_PERSON)
    fields.setdefault("venue", "Актовый зал")
    page = SeminarPage(
        title=title or f"Семинар {number}",
        slug=f"seminar-{number}",
        starts_at=starts_at,
        ends_at=starts_at + dt.timedelta(hours=hours),
        intro=fields.pop("intro", "О чём семинар."),
        **fields,
    )
    page.organisers = list(organisers)
    return _publish(parent, page)


def image(title: str = "Фото", collection=None, size=(160, 90)) -> Image:
    """A small real picture (a PNG) in `collection`, the root one by default."""
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "teal").save(buffer, "PNG")
    return Image.objects.create(
        title=title,
        collection=collection or Collection.get_first_root_node(),
        file=ImageFile(buffer, name="picture.png"),
    )


def document(title: str = "Пособие", collection=None) -> Document:
    doc = Document(title=title)
    if collection is not None:
        doc.collection = collection
    doc.file.save("guide.txt", ContentFile(b"A small guide."), save=False)
    doc.save()
    return doc


def resource(
    inst: Institution,
    *,
    title: str | None = None,
    levels=("basic",),
    subjects=None,
    rtype=None,
    year: int = 2024,
    language: str = "ru",
    with_document: bool = True,
    live: bool = True,
    **fields,
) -> ResourcePage:
    parent = institution_index(ResourceIndexPage, inst)
    number = next(_sequence)
    page = ResourcePage(
        title=title or f"Ресурс {number}",
        slug=f"resource-{number}",
        abstract=fields.pop("abstract", "Аннотация ресурса."),
        resource_type=rtype or resource_type(),
        year=year,
        language=language,
        document=document(collection=inst.collection) if with_document else None,
        external_url="" if with_document else "https://example.org/resource",
        **fields,
    )
    page.authors = [ResourceAuthor(name="Иванова Мария Петровна")]
    page.education_levels = [EducationLevel.objects.get(code=code) for code in levels]
    page.subjects = list(subjects) if subjects is not None else [subject()]
    if not live:
        page.live = False
        parent.add_child(instance=page)
        page.save_revision()
        return page
    return _publish(parent, page)


def programme(*, partners=(), level: str = "higher", title: str | None = None, **fields):
    parent = ProgramIndexPage.objects.child_of(home()).get()
    number = next(_sequence)
    page = JointProgramPage(
        title=title or f"Программа {number}",
        slug=f"programme-{number}",
        intro=fields.pop("intro", "О программе."),
        level=level,
        duration=fields.pop("duration", "2 года"),
        **fields,
    )
    page.partners = list(partners)
    return _publish(parent, page)


def module_world(build: Callable[[], object]):
    """A module-scoped fixture holding `build()`, made once for the module's tests inside a
    transaction rolled back after the last of them (each test's own changes are rolled
    back by its `db` fixture)."""

    @pytest.fixture(scope="module")
    def world(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            yield build()
            transaction.set_rollback(True)

    return world
