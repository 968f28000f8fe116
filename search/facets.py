"""The facets of the resource database, declared once.

Each `Facet` holds everything the search needs of one facet: its query-string name (also
the key of its counts and of a query's filters), how the form validates it, how the
database filters on it (`lookup`), its field on the engine (`engine_field`, a FilterField
of ResourcePage), whether a resource has several values (`multi_valued`), where its values
are in the database backend's text rows (`row_column`, `row_slugs`), and how its values
are labelled and ordered for display. The form, both backends, the HTML page and the API
read this table; nothing else lists the facets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from association.models import (
    EducationLevel,
    Institution,
    ResourcePage,
    ResourceType,
    ReviewPublication,
    Subject,
)
from core import pagecache


def institution_labels() -> dict[str, str]:
    """Every institution's label in the active language, by slug (kept by each process
    until content changes)."""
    return pagecache.remembered(
        "institution-labels",
        lambda: {institution.slug: institution.label for institution in Institution.objects.all()},
        get_language(),
    )


def by_count(option: dict) -> tuple:
    """The largest first, then alphabetically."""
    return (-option["count"], str(option["label"]))


def newest_first(option: dict) -> int:
    return -int(option["value"])


def in_level_order(option: dict) -> int:
    return [code for code, _label in EducationLevel.CHOICES].index(option["value"])


@dataclass(frozen=True)
class Facet:
    """One facet of the resource database (see the module's docstring)."""

    name: str
    title: Promise
    form_field: Callable[[], forms.Field]
    lookup: str
    engine_field: str
    # Position of the facet's values in a row of DatabaseResourceSearch.text_rows(), and
    # the model whose ids the row holds there when the facet's values are their slugs.
    row_column: int
    labels: Callable[[dict], dict]
    multi_valued: bool = False
    row_slugs: type[Model] | None = None
    order: Callable[[dict], Any] = by_count

    def label_values(self, counts: dict) -> dict:
        """Labels of the values counted, by value (a value without one shows as itself)."""
        return self.labels(counts)

    def row_values(self, row: tuple, slugs: dict[int, str] | None) -> Iterable:
        """The facet's values in a text row (with `slugs`, the id-to-slug map of
        `row_slugs`)."""
        raw = row[self.row_column]
        if self.multi_valued:
            raw = raw or ()
            return [slugs[pk] for pk in raw] if slugs is not None else raw
        if slugs is not None:
            return (slugs[raw],) if raw else ()
        return (raw,) if raw is not None else ()


FACETS: tuple[Facet, ...] = (
    Facet(
        name="level",
        title=_("Education level"),
        form_field=lambda: forms.ChoiceField(
            required=False, choices=[("", ""), *EducationLevel.CHOICES]
        ),
        lookup="education_levels__code",
        engine_field="education_level_codes",
        multi_valued=True,
        row_column=5,
        labels=lambda counts: dict(EducationLevel.CHOICES),
        order=in_level_order,
    ),
    Facet(
        name="subject",
        title=_("Subject"),
        form_field=lambda: forms.SlugField(required=False),
        lookup="subjects__slug",
        engine_field="subject_slugs",
        multi_valued=True,
        row_column=6,
        row_slugs=Subject,
        labels=lambda counts: Subject.labels(),
    ),
    Facet(
        name="resource_type",
        title=_("Resource type"),
        form_field=lambda: forms.SlugField(required=False),
        lookup="resource_type__slug",
        engine_field="resource_type_slug",
        row_column=3,
        row_slugs=ResourceType,
        labels=lambda counts: ResourceType.labels(),
    ),
    Facet(
        name="institution",
        title=_("Institution"),
        form_field=lambda: forms.SlugField(required=False),
        lookup="institution__slug",
        engine_field="institution_slug",
        row_column=4,
        row_slugs=Institution,
        labels=lambda counts: {
            slug: label for slug, label in institution_labels().items() if slug in counts
        },
    ),
    Facet(
        name="year",
        title=_("Year"),
        form_field=lambda: forms.IntegerField(required=False, min_value=1900, max_value=2100),
        lookup="year",
        engine_field="year",
        row_column=2,
        labels=lambda counts: {year: str(year) for year in counts},
        order=newest_first,
    ),
    Facet(
        name="language",
        title=_("Language"),
        form_field=lambda: forms.ChoiceField(
            required=False, choices=[("", ""), *ResourcePage.Language.choices]
        ),
        lookup="language",
        engine_field="language",
        row_column=1,
        labels=lambda counts: dict(ResourcePage.Language.choices),
    ),
    # Resources whose composite expert review is published (association/reviews.py): one
    # option, like a checkbox.
    Facet(
        name="reviewed",
        title=_("Expert review"),
        form_field=lambda: forms.ChoiceField(
            required=False, choices=[("", ""), *ReviewPublication.STATUS_CHOICES]
        ),
        lookup="review_publication__status",
        engine_field="review_status",
        row_column=7,
        labels=lambda counts: dict(ReviewPublication.STATUS_CHOICES),
    ),
)

FACET_NAMES: tuple[str, ...] = tuple(facet.name for facet in FACETS)
FACETS_BY_NAME: dict[str, Facet] = {facet.name: facet for facet in FACETS}


def page_type_labels(type_ids: Iterable[int]) -> dict[int, str]:
    """Labels of the site search's page-type facet: each content type's verbose name."""
    labels = {}
    for content_type in ContentType.objects.filter(pk__in=list(type_ids)):
        model = content_type.model_class()
        if model is not None:
            labels[content_type.pk] = str(model._meta.verbose_name)
    return labels
