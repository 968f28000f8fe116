"""The state of the site's translations: for each page of the default language's tree,
whether another language has a translation of it (an alias only repeats the original and
does not count), and whether the original changed after the translation was last synced
(wagtail-localize's TranslationSource records when it last read the original).

Computed in the database (subqueries and one grouped count), so that the overview costs
the same few queries however many pages there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from association.models import InstitutionPage

TRANSLATED = "translated"
OUTDATED = "outdated"
MISSING = "missing"

STATES = {
    TRANSLATED: _("Translated"),
    OUTDATED: _("Out of date"),
    MISSING: _("Not translated"),
}

# The section filter's value for pages outside every institution's section.
ASSOCIATION = "association"


def source_pages(source: Locale) -> QuerySet[Page]:
    """The pages a translation could be made of: the default language's tree below the
    root, aliases left out."""
    return Page.objects.filter(locale=source, alias_of__isnull=True, depth__gt=1)


def with_translation_state(pages: QuerySet[Page], target: Locale) -> QuerySet[Page]:
    """`pages` annotated with `translation_id` (their translation into `target`, if it is
    one and not an alias), `translation_source_id`, and `translation_state` (TRANSLATED,
    OUTDATED or MISSING)."""
    translations = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale=target, alias_of__isnull=True
    )
    sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    )
    return pages.annotate(
        translation_id=Subquery(translations.values("pk")[:1]),
        translation_published_at=Subquery(translations.values("last_published_at")[:1]),
        translation_source_id=Subquery(sources.values("pk")[:1]),
        synced_at=Subquery(sources.values("last_updated_at")[:1]),
        translation_state=Case(
            When(translation_id__isnull=True, then=Value(MISSING)),
            # Changed after wagtail-localize last read it; a translation made without
            # wagtail-localize is out of date once the original has a newer revision.
            When(
                Q(synced_at__isnull=False, latest_revision_created_at__gt=F("synced_at"))
                | Q(
                    synced_at__isnull=True,
                    latest_revision_created_at__gt=F("translation_published_at"),
                ),
                then=Value(OUTDATED),
            ),
            default=Value(TRANSLATED),
            output_field=CharField(),
        ),
    )


def section_paths(source: Locale) -> dict[str, InstitutionPage]:
    """The institutions' sections in the default language, by tree path."""
    return {
        section.path: section
        for section in InstitutionPage.objects.filter(
            locale=source, alias_of__isnull=True
        ).select_related("institution")
    }


def with_section(pages: QuerySet[Page], sections: dict[str, InstitutionPage]) -> QuerySet[Page]:
    """`pages` annotated with `section_path`: the path of the institution section holding
    each (its own, for a section), or a shorter path for the association's pages. The
    sections all lie at one depth of the tree (below the list of institutions)."""
    if "section_path" in pages.query.annotations:
        return pages
    depth = next(iter(sections.values())).depth if sections else 1
    return pages.annotate(section_path=Substr("path", 1, depth * Page.steplen))


def filter_section(pages: QuerySet[Page], value: str, sections: dict) -> QuerySet[Page]:
    """Pages of one institution's section (its slug), or the association's (ASSOCIATION)."""
    pages = with_section(pages, sections)
    if value == ASSOCIATION:
        return pages.exclude(section_path__in=list(sections))
    paths = [path for path, section in sections.items() if section.institution.slug == value]
    return pages.filter(section_path__in=paths)


@dataclass
class Counts:
    """Pages of one kind (a page type, a section) by state of their translation."""

    label: str
    key: str
    by_state: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_state.values())

    def count(self, state: str) -> int:
        return self.by_state.get(state, 0)

    @property
    def translated(self) -> int:
        return self.count(TRANSLATED)

    @property
    def outdated(self) -> int:
        return self.count(OUTDATED)

    @property
    def missing(self) -> int:
        return self.count(MISSING)


def counts_by_type(pages: QuerySet[Page]) -> list[Counts]:
    """Counts per page type (annotated `pages`), the most numerous type first."""
    from django.contrib.contenttypes.models import ContentType

    rows = pages.order_by().values("content_type", "translation_state").annotate(n=Count("pk"))
    by_type: dict[int, Counts] = {}
    types = ContentType.objects.in_bulk({row["content_type"] for row in rows})
    for row in rows:
        content_type = types[row["content_type"]]
        model = content_type.model_class()
        label = str(model._meta.verbose_name) if model else content_type.model
        counts = by_type.setdefault(
            content_type.pk, Counts(label=label[:1].upper() + label[1:], key=str(content_type.pk))
        )
        counts.by_state[row["translation_state"]] = row["n"]
    return sorted(by_type.values(), key=lambda counts: (-counts.total, counts.label))


def counts_by_section(pages: QuerySet[Page], sections: dict[str, InstitutionPage]) -> list[Counts]:
    """Counts per institution section, the association's own pages first."""
    rows = (
        with_section(pages, sections)
        .order_by()
        .values("section_path", "translation_state")
        .annotate(n=Count("pk"))
    )
    association = Counts(label=str(_("The association")), key=ASSOCIATION)
    by_section: dict[str, Counts] = {}
    for row in rows:
        section = sections.get(row["section_path"])
        if section is None:
            counts = association
        else:
            counts = by_section.setdefault(
                section.path, Counts(label=section.institution.label, key=section.institution.slug)
            )
        state = row["translation_state"]
        counts.by_state[state] = counts.by_state.get(state, 0) + row["n"]
    return [association, *sorted(by_section.values(), key=lambda counts: counts.label)]
