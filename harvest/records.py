"""The records the OAI-PMH endpoint offers: one per resource, read in harvest order.

A record is a resource in the default language, the tree every other language mirrors:
its number is the resource's persistent number (association/persistent.py), the same for
its translations and aliases, so a harvester gets one record per resource, and the
record carries the titles and abstracts of the public translations beside the
original's (each with its language). Which resources are public is the portal's one
rule for everything listed (`core.visibility.listed_pages`, as the feeds, the sitemap and
the API apply it).

A public resource's datestamp is when it was last published; a `RecordStamp` (a resource
that left public view, or came back without being published) overrides it. The records
are two streams merged in the order (datestamp, number): the public resources without a
stamp, and the stamps. Each is read with keyset pagination from the cursor — the last
(datestamp, number) a page ended with — so that the thousandth page of a harvest costs
what the first does (no OFFSET)."""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Exists, Min, OuterRef, Q, QuerySet

from association.models import (
    EducationLevel,
    Institution,
    ResourcePage,
    ResourcePageTag,
    Subject,
)
from core.locales import default_locale_id
from core.visibility import listed_pages

from .models import RecordStamp

# The set hierarchy: a kind of set, then the key the models give it (an institution's
# slug, an education level's code, a subject's slug).
SET_KINDS = ("institution", "level", "subject")


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page of a list ended."""

    datestamp: datetime
    number: int


@dataclass(slots=True)
class Header:
    number: int
    datestamp: datetime
    sets: list[str] = field(default_factory=list)
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Selection:
    """What a list request asks for: a set, a datestamp range (`start` inclusive, `end`
    exclusive; None for open)."""

    set_spec: str | None = None
    start: datetime | None = None
    end: datetime | None = None


def originals(pages: QuerySet | None = None) -> QuerySet:
    """The resources in the default language that are no alias: one per resource."""
    pages = ResourcePage.objects.all() if pages is None else pages
    return pages.filter(locale_id=default_locale_id(), alias_of__isnull=True)


def public_resources(pages: QuerySet | None = None) -> QuerySet:
    """The resources that have a live record: the originals the public may see."""
    return listed_pages(originals(pages))


def public_numbers(numbers: Iterable[int]) -> set[int]:
    return set(
        public_resources(ResourcePage.objects.filter(pk__in=list(numbers))).values_list(
            "pk", flat=True
        )
    )


# Sets ---------------------------------------------------------------------------------


def _through(name: str):
    """The relation table of a many-to-many field of ResourcePage, with the names of its
    two columns (the page's, the term's)."""
    relation = ResourcePage._meta.get_field(name)
    return (
        relation.remote_field.through,
        relation.m2m_field_name(),
        relation.m2m_reverse_field_name(),
    )


def set_specs(numbers: Iterable[int]) -> dict[int, list[str]]:
    """The sets each resource is in (institution, levels, subjects), in three queries."""
    numbers = list(numbers)
    specs: dict[int, list[str]] = {number: [] for number in numbers}
    rows = ResourcePage.objects.filter(pk__in=numbers, institution__isnull=False).values_list(
        "pk", "institution__slug"
    )
    for number, slug in rows:
        specs[number].append(f"institution:{slug}")
    # The terms' keys, in the order the portal shows them (levels by position).
    for relation, kind, key, order in (
        ("education_levels", "level", "_id", "__position"),
        ("subjects", "subject", "__slug", "__slug"),
    ):
        through, page_column, term_column = _through(relation)
        for number, term in (
            through.objects.filter(**{f"{page_column}__in": numbers})
            .order_by(f"{term_column}{order}")
            .values_list(f"{page_column}_id", f"{term_column}{key}")
        ):
            specs[number].append(f"{kind}:{term}")
    return specs


def stored_sets(specs: list[str]) -> str:
    return f" {' '.join(specs)} " if specs else ""


def _in_set(pages: QuerySet, spec: str) -> QuerySet:
    kind, _colon, key = spec.partition(":")
    if kind == "institution":
        return pages.filter(institution__slug=key) if key else pages.exclude(institution=None)
    if kind in ("level", "subject"):
        through, page_column, term_column = _through(
            "education_levels" if kind == "level" else "subjects"
        )
        rows = through.objects.filter(**{page_column: OuterRef("pk")})
        if key:
            lookup = f"{term_column}_id" if kind == "level" else f"{term_column}__slug"
            rows = rows.filter(**{lookup: key})
        return pages.filter(Exists(rows))
    return pages.none()


def _stamps_in_set(stamps: QuerySet, spec: str) -> QuerySet:
    # "institution:vergu" is in the set "institution" as well (the hierarchy).
    if ":" in spec:
        return stamps.filter(sets__contains=f" {spec} ")
    return stamps.filter(sets__contains=f" {spec}:")


@dataclass(frozen=True, slots=True)
class SetInfo:
    spec: str
    names: dict[str, str]  # by language code


def all_sets() -> list[SetInfo]:
    """Every set, the three kinds first (each the parent of its members): the member
    institutions, the education levels and the subjects, with their names in each
    language."""
    from django.conf import settings
    from django.utils import translation

    languages = [code for code, _name in settings.LANGUAGES]

    def in_each_language(text) -> dict[str, str]:
        names = {}
        for language in languages:
            with translation.override(language):
                names[language] = str(text)
        return names

    from django.utils.translation import gettext_lazy as _

    found = [
        SetInfo("institution", in_each_language(_("Member institutions"))),
        SetInfo("level", in_each_language(_("Education levels"))),
        SetInfo("subject", in_each_language(_("Subjects"))),
    ]
    for slug, name, name_en in Institution.objects.order_by("slug").values_list(
        "slug", "name", "name_en"
    ):
        names = dict.fromkeys(languages, name)
        if name_en and "en" in names:
            names["en"] = name_en
        found.append(SetInfo(f"institution:{slug}", names))
    for level in EducationLevel.objects.order_by("position"):
        label = dict(EducationLevel.CHOICES)[level.code]
        found.append(SetInfo(f"level:{level.code}", in_each_language(label)))
    from core.locales import locale_ids

    by_locale = {pk: code for code, pk in locale_ids().items()}
    names_by_key: dict = {}
    for key, locale, name in Subject.objects.values_list("translation_key", "locale_id", "name"):
        names_by_key.setdefault(key, {})[by_locale.get(locale)] = name
    for slug, key, name in (
        Subject.objects.filter(locale_id=default_locale_id())
        .order_by("slug")
        .values_list("slug", "translation_key", "name")
    ):
        translated = names_by_key.get(key, {})
        names = {language: translated.get(language) or name for language in languages}
        found.append(SetInfo(f"subject:{slug}", names))
    return found


# Lists --------------------------------------------------------------------------------


def _dated(rows: QuerySet, stamp: str, selection: Selection) -> QuerySet:
    """`rows` whose datestamp (the field `stamp`) is in the selection's range."""
    if selection.start:
        rows = rows.filter(**{f"{stamp}__gte": selection.start})
    if selection.end:
        rows = rows.filter(**{f"{stamp}__lt": selection.end})
    return rows


def _after(rows: QuerySet, stamp: str, number: str, cursor: Cursor | None) -> QuerySet:
    """`rows` after the cursor, in the order (datestamp, number) the fields name."""
    if cursor is not None:
        # The first condition alone bounds an index range: the database starts reading
        # the index at the cursor instead of filtering it from its beginning.
        rows = rows.filter(**{f"{stamp}__gte": cursor.datestamp}).filter(
            Q(**{f"{stamp}__gt": cursor.datestamp}) | Q(**{f"{number}__gt": cursor.number})
        )
    return rows.order_by(stamp, number)


def _live(selection: Selection) -> QuerySet:
    pages = public_resources().exclude(pk__in=RecordStamp.objects.values("number"))
    if selection.set_spec:
        pages = _in_set(pages, selection.set_spec)
    return _dated(pages, "last_published_at", selection)


def _stamps(selection: Selection) -> QuerySet:
    stamps = RecordStamp.objects.all()
    if selection.set_spec:
        stamps = _stamps_in_set(stamps, selection.set_spec)
    return _dated(stamps, "datestamp", selection)


def count(selection: Selection) -> int:
    """How many records the selection holds (completeListSize)."""
    return _live(selection).count() + _stamps(selection).count()


def headers(selection: Selection, after: Cursor | None, limit: int) -> tuple[list[Header], bool]:
    """The next `limit` headers after `after`, in harvest order, and whether more follow."""
    live_rows = _after(_live(selection), "last_published_at", "id", after).values_list(
        "last_published_at", "id"
    )
    stamp_rows = _after(_stamps(selection), "datestamp", "number", after).values_list(
        "datestamp", "number", "sets"
    )
    merged = heapq.merge(
        ((stamp, number, None) for stamp, number in live_rows[: limit + 1]),
        stamp_rows[: limit + 1],
    )
    rows = [row for _index, row in zip(range(limit + 1), merged, strict=False)]
    more = len(rows) > limit
    rows = rows[:limit]
    stamped = [number for _stamp, number, sets in rows if sets is not None]
    back = public_numbers(stamped) if stamped else set()
    current = set_specs([number for _stamp, number, sets in rows if sets is None or number in back])
    found = []
    for stamp, number, sets in rows:
        if sets is not None and number not in back:
            found.append(Header(number, stamp, sets.split(), deleted=True))
        else:
            found.append(Header(number, stamp, current[number]))
    return found, more


def header(number: int) -> Header | None:
    """The header of resource `number`'s record; None when it has none (no such resource,
    never public: a draft, a private one, a translation's number)."""
    stamp = RecordStamp.objects.filter(number=number).first()
    page = public_resources().filter(pk=number).values_list("last_published_at", flat=True)
    published = page.first()
    if published is not None:
        return Header(number, stamp.datestamp if stamp else published, set_specs([number])[number])
    if stamp is not None:
        return Header(number, stamp.datestamp, stamp.set_specs, deleted=True)
    return None


def earliest_datestamp() -> datetime | None:
    """A lower bound of every datestamp (Identify's earliestDatestamp)."""
    candidates = [
        public_resources().aggregate(first=Min("last_published_at"))["first"],
        RecordStamp.objects.aggregate(first=Min("datestamp"))["first"],
    ]
    found = [candidate for candidate in candidates if candidate is not None]
    return min(found) if found else None


def resources(numbers: Iterable[int]) -> dict[int, ResourcePage]:
    """The resources with what their metadata names, by number."""
    pages = (
        ResourcePage.objects.filter(pk__in=list(numbers))
        .defer_streamfields()
        .select_related("institution", "resource_type", "document", "locale")
        .prefetch_related("authors", "subjects", "education_levels")
    )
    return {page.pk: page for page in pages}


def keywords(numbers: Iterable[int]) -> dict[int, list[str]]:
    """The resources' tags, by number, in one query (prefetching the tag manager builds a
    queryset for every page)."""
    found: dict[int, list[str]] = {}
    rows = (
        ResourcePageTag.objects.filter(content_object_id__in=list(numbers))
        .order_by("tag__name")
        .values_list("content_object_id", "tag__name")
    )
    for number, name in rows:
        found.setdefault(number, []).append(name)
    return found


@dataclass(frozen=True, slots=True)
class Translation:
    language: str
    title: str
    abstract: str


def translations(pages: Iterable[ResourcePage]) -> dict[str, list[Translation]]:
    """The public translations of `pages`, by translation key."""
    keys = [page.translation_key for page in pages]
    found: dict[str, list[Translation]] = {}
    rows = (
        listed_pages(ResourcePage.objects.filter(translation_key__in=keys, alias_of__isnull=True))
        .exclude(locale_id=default_locale_id())
        .order_by("locale__language_code")
        .values_list("translation_key", "locale__language_code", "title", "abstract")
    )
    for key, language, title, abstract in rows:
        found.setdefault(str(key), []).append(Translation(language, title, abstract))
    return found
