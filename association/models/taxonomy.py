"""Taxonomies the content is classified by: education levels, subjects, resource types,
regions and resource tags."""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index

from core import pagecache
from core.locales import active_locale_id, default_locale_id


class EducationLevel(models.Model):
    """One of the fixed levels of education of the national system.

    The list is fixed (rows come from a data migration) and its names are interface
    strings, translated through the `.po` catalogue rather than edited as content.
    """

    PRESCHOOL = "preschool"
    PRIMARY = "primary"
    BASIC = "basic"
    SECONDARY = "secondary"
    VOCATIONAL = "vocational"
    HIGHER = "higher"
    ADDITIONAL = "additional"

    CHOICES = [
        (PRESCHOOL, _("Preschool education")),
        (PRIMARY, _("Primary general education")),
        (BASIC, _("Basic general education")),
        (SECONDARY, _("Secondary general education")),
        (VOCATIONAL, _("Secondary vocational education")),
        (HIGHER, _("Higher education")),
        (ADDITIONAL, _("Additional education")),
    ]

    code = models.CharField(_("code"), max_length=20, primary_key=True, choices=CHOICES)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = _("education level")
        verbose_name_plural = _("education levels")

    def __str__(self) -> str:
        return str(self.get_code_display())

    @property
    def name(self) -> str:
        return str(self.get_code_display())

    def names_in_all_languages(self) -> list[str]:
        label = dict(self.CHOICES)[self.code]
        names = []
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                names.append(str(label))
        return names


def name_key(name: str) -> str:
    """What two spellings of one name have in common: no case, «ё» as «е», single spaces
    (so that «Решённые  задачи» and «решенные задачи» are the same name)."""
    return " ".join(name.split()).casefold().replace("ё", "е")


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A translatable term with a stable slug shared by all of its translations."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Latin letters, digits and hyphens; the same in every language"),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def localized_name(self) -> str:
        """The term's name in the active language (its own name when it has no translation
        there), from a cached table: a listing names many terms without a query each,
        which `.localized.name` would cost."""
        names = localized_names(type(self))
        return names.get((self.translation_key, active_locale_id()), self.name)

    @property
    def awaits_translation(self) -> bool:
        """Whether the term's name is still the name of an earlier row of the term (its
        original, in another language): a translation made when the term was created
        (association.terms) that nobody has done yet."""
        return is_copy(self.pk, self.name, term_rows(type(self)).get(self.translation_key, []))

    @property
    def translation_state(self) -> str:
        """For the admin's listing of terms."""
        return str(_("waiting for translation")) if self.awaits_translation else ""

    @classmethod
    def labels(cls) -> dict[str, str]:
        """Names by slug in the active language, falling back to the default language."""
        active, default = active_locale_id(), default_locale_id()
        terms = pagecache.remembered(
            "taxonomy-terms",
            lambda: list(cls.objects.values_list("slug", "name", "locale_id")),
            cls._meta.label_lower,
        )
        labels: dict[str, str] = {}
        for slug, name, locale_id in sorted(terms, key=lambda term: term[2] == active):
            if locale_id in (active, default):
                labels[slug] = name
        return labels


class Subject(TaxonomyTerm):
    """A discipline or subject area (mathematics, inclusive education, …)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("subject")
        verbose_name_plural = _("subjects")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_subject_slug_locale")
        ]


class ResourceType(TaxonomyTerm):
    """The kind of a methodological resource (lesson plan, guide, recording, …)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_resourcetype_slug_locale"
            )
        ]


class Region(TaxonomyTerm):
    """A region or municipality where member institutions are located."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_region_slug_locale")
        ]


def term_names(term: TaxonomyTerm) -> list[str]:
    """The names of a term in every language (cached; the cache follows edits of terms)."""
    return _names_by_translation_key(type(term)).get(term.translation_key, [term.name])


@lru_cache(maxsize=8)
def _names_by_translation_key(model) -> dict:
    names: dict = {}
    for key, name in model.objects.values_list("translation_key", "name"):
        names.setdefault(key, []).append(name)
    return names


def localized_names(model) -> dict:
    """Names of the terms of a taxonomy by (translation key, locale id), kept by each
    process until content changes (editing a term starts a new content generation)."""
    return pagecache.remembered(
        "taxonomy-names",
        lambda: {
            (translation_key, locale_id): name
            for translation_key, locale_id, name in model.objects.values_list(
                "translation_key", "locale_id", "name"
            )
        },
        model._meta.label_lower,
    )


def term_rows(model) -> dict:
    """(pk, name) of the rows of each term of a taxonomy, by translation key; kept like
    `localized_names`."""

    def rows() -> dict:
        found: dict = {}
        for key, pk, name in model.objects.values_list("translation_key", "pk", "name"):
            found.setdefault(key, []).append((pk, name))
        return found

    return pagecache.remembered("taxonomy-rows", rows, model._meta.label_lower)


def is_copy(pk: int, name: str, rows: list[tuple[int, str]]) -> bool:
    """Whether `name` (of the row `pk`) is the name of an earlier row of the same term:
    a copy of the original, not a translation."""
    return any(other < pk and name_key(other_name) == name_key(name) for other, other_name in rows)


@receiver(post_save)
@receiver(post_delete)
def _forget_term_names(sender, **kwargs):
    if isinstance(sender, type) and issubclass(sender, (TaxonomyTerm, Locale)):
        _names_by_translation_key.cache_clear()


class ResourcePageTag(TaggedItemBase):
    """Free keywords attached to resources."""

    content_object = ParentalKey(
        "association.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items"
    )
