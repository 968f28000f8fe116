"""One term, every language: finding the terms of a taxonomy by a name in any language,
creating a new term together with its translations, and merging duplicate terms.

A taxonomy term (subject, resource type, region) is one row per language sharing a
`translation_key`. Names are compared without regard to case, to «ё»/«е» and to
whitespace, in every language at once, so that «Биология», "biology" and «биология »
are one term.

New terms. A name is taken to be in the language its letters are written in (Cyrillic:
Russian; Latin: English; see `name_language`). The term is created in that language and
translated into every other one through wagtail-localize with nothing translated yet: the
translation carries the same name, wagtail-localize's editor shows it as a string still to
translate, and it falls back to the original until someone does (as untranslated page
texts do). So a resource always has a term in its own language, and the office finds the
new terms' translations waiting in the translation editor.

Merging (`plan_merge`, `merge`). Every object referring to a duplicate (resources by their
subjects and type, institutions by their region; in every language; the pages' revisions
too) is re-pointed to the kept term in the same language; a duplicate in a language the
kept term has no translation in becomes that translation; the other duplicates are
deleted. All of it in one transaction.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.db.models.signals import post_save
from wagtail.models import Locale, RevisionMixin, TranslatableMixin

from core.indexing import content_written_in_bulk, deferred_index_updates
from core.localization import translate
from core.slugs import free_slug

from .models.taxonomy import TaxonomyTerm, is_copy, name_key

MAX_SLUG = 80

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# The languages a script's names are taken to be in, most likely first.
_SCRIPT_LANGUAGES = {"cyrillic": ["ru"], "latin": ["en"]}


def name_language(name: str) -> str:
    """The language a new term's name is taken to be in, by its letters: Cyrillic is
    Russian, Latin (without any Cyrillic) English; a name with neither, or in a script
    whose language the site lacks, is in the default language."""
    script = "cyrillic" if _CYRILLIC.search(name) else "latin" if _LATIN.search(name) else ""
    available = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    for language in _SCRIPT_LANGUAGES.get(script, []):
        if language in available and Locale.objects.filter(language_code=language).exists():
            return language
    return settings.LANGUAGE_CODE


# Finding terms ------------------------------------------------------------------------


class TermIndex:
    """The terms of a taxonomy by slug and by name in every language, grouped by
    translation key (one entry per term, whatever its languages)."""

    def __init__(self, model: type[TaxonomyTerm]):
        self.model = model
        self.reload()

    def reload(self) -> None:
        self.terms: dict[uuid.UUID, dict[int, TaxonomyTerm]] = {}
        self.by_name: dict[str, set[uuid.UUID]] = {}
        self.by_slug: dict[str, set[uuid.UUID]] = {}
        for term in self.model.objects.all():
            self.add(term)

    def add(self, term: TaxonomyTerm) -> None:
        self.terms.setdefault(term.translation_key, {})[term.locale_id] = term
        self.by_name.setdefault(name_key(term.name), set()).add(term.translation_key)
        self.by_slug.setdefault(term.slug.lower(), set()).add(term.translation_key)

    def find(self, value: str) -> list[uuid.UUID]:
        """The translation keys of the terms `value` may mean (a name in any language or
        a slug): none, one, or several when it is ambiguous."""
        keys = self.by_name.get(name_key(value), set()) | self.by_slug.get(
            value.strip().lower(), set()
        )
        return sorted(keys, key=str)

    def term(self, key: uuid.UUID, locale_id: int) -> TaxonomyTerm | None:
        return self.terms.get(key, {}).get(locale_id)

    def free_slug(self, name: str) -> str:
        """A slug made of `name` that no term has in any language."""
        return free_slug(name, self.by_slug, MAX_SLUG, "term")


def find_terms(model: type[TaxonomyTerm], value: str) -> list[uuid.UUID]:
    """The translation keys of the terms `value` names: an id, a slug or a name in any
    language."""
    value = value.strip()
    if value.isdigit():
        found = model.objects.filter(pk=int(value)).values_list("translation_key", flat=True)
        if found:
            return list(found)
    return TermIndex(model).find(value)


# Creating terms -----------------------------------------------------------------------


def translate_term(term: TaxonomyTerm, locale: Locale) -> TaxonomyTerm:
    """The term's translation into `locale`, made through wagtail-localize with nothing
    translated yet: it has the term's name until someone translates it."""
    return translate(term, locale, {})


@transaction.atomic
def create_term(
    model: type[TaxonomyTerm], name: str, slug: str, language: str | None = None
) -> dict[int, TaxonomyTerm]:
    """A new term named `name` in its language (`name_language` unless given), with its
    translations into every other locale waiting to be translated. Returns the term's
    rows by locale id."""
    locale = Locale.objects.get(language_code=language or name_language(name))
    original = model.objects.create(name=name, slug=slug, locale=locale)
    terms = {locale.pk: original}
    for other in Locale.objects.exclude(pk=locale.pk):
        terms[other.pk] = translate_term(original, other)
    return terms


# Merging terms ------------------------------------------------------------------------


@dataclass
class Relation:
    """A field of another model that refers to terms of the taxonomy."""

    model: type[models.Model]
    field: models.Field

    @property
    def many(self) -> bool:
        return self.field.many_to_many

    def referring(self, pks: list[int]) -> models.QuerySet:
        return self.model._default_manager.filter(**{f"{self.field.name}__in": pks}).distinct()

    def count(self, pks: list[int]) -> int:
        """How many of the model's objects refer to the terms: a translatable object
        (a resource in Russian and its English alias) counts once."""
        referring = self.referring(pks)
        if issubclass(self.model, TranslatableMixin):
            return referring.values("translation_key").distinct().count()
        return referring.count()


def relations(model: type[TaxonomyTerm]) -> list[Relation]:
    found = []
    for related in model._meta.related_objects:
        if related.many_to_many or related.one_to_many:
            found.append(Relation(related.related_model, related.field))
    return found


@dataclass
class MergePlan:
    """What merging the terms of `duplicates` into the term of `kept` changes."""

    model: type[TaxonomyTerm]
    kept: uuid.UUID
    duplicates: list[uuid.UUID]
    # Duplicate term's pk → the pk of the term that replaces it (in the same language).
    replacements: dict[int, int] = field(default_factory=dict)
    # Duplicate terms that become the kept term's translation in their language.
    joining: list[TaxonomyTerm] = field(default_factory=list)
    # Kept terms that take a duplicate's name: theirs was a copy of another language's.
    renames: list[tuple[TaxonomyTerm, str]] = field(default_factory=list)
    # (model's plural name, how many of its objects change), per referring model.
    counts: list[tuple[str, int]] = field(default_factory=list)
    kept_terms: dict[int, TaxonomyTerm] = field(default_factory=dict)
    duplicate_terms: list[TaxonomyTerm] = field(default_factory=list)

    @property
    def kept_name(self) -> str:
        default = Locale.get_default().pk
        term = self.kept_terms.get(default) or next(iter(self.kept_terms.values()))
        return term.name

    @property
    def deleted(self) -> list[TaxonomyTerm]:
        joining = {term.pk for term in self.joining}
        return [term for term in self.duplicate_terms if term.pk not in joining]

    def count_of(self, model: type[models.Model]) -> int:
        label = str(model._meta.verbose_name_plural)
        return sum(count for name, count in self.counts if name == label)


class MergeError(Exception):
    """The terms cannot be merged as asked; the message says why."""


def _is_copy(term: TaxonomyTerm, group: dict[int, TaxonomyTerm]) -> bool:
    """Whether the term's name is its original's (another language's): not translated."""
    return is_copy(term.pk, term.name, [(other.pk, other.name) for other in group.values()])


def plan_merge(
    model: type[TaxonomyTerm], kept: uuid.UUID, duplicates: list[uuid.UUID]
) -> MergePlan:
    """What `merge` would do; raises MergeError when there is nothing to merge."""
    kept = uuid.UUID(str(kept))
    duplicates = [uuid.UUID(str(key)) for key in duplicates]
    duplicates = [key for key in dict.fromkeys(duplicates) if key != kept]
    if not duplicates:
        raise MergeError("no duplicate to merge")
    kept_terms = {term.locale_id: term for term in model.objects.filter(translation_key=kept)}
    if not kept_terms:
        raise MergeError("the kept term does not exist")
    plan = MergePlan(model=model, kept=kept, duplicates=duplicates, kept_terms=kept_terms)
    targets = dict(kept_terms)
    groups: dict[uuid.UUID, dict[int, TaxonomyTerm]] = {}
    for term in model.objects.filter(translation_key__in=duplicates).order_by("pk"):
        groups.setdefault(term.translation_key, {})[term.locale_id] = term
    for key in duplicates:
        for locale_id, term in sorted(groups.get(key, {}).items()):
            plan.duplicate_terms.append(term)
            target = targets.get(locale_id)
            if target is None:
                targets[locale_id] = term
                plan.joining.append(term)
                continue
            plan.replacements[term.pk] = target.pk
            if (
                target.pk in {kept_term.pk for kept_term in kept_terms.values()}
                and _is_copy(target, kept_terms)
                and not _is_copy(term, groups[key])
                and not any(renamed is target for renamed, _name in plan.renames)
            ):
                plan.renames.append((target, term.name))
    pks = [term.pk for term in plan.duplicate_terms]
    for relation in relations(model):
        count = relation.count(pks)
        if count:
            plan.counts.append((str(relation.model._meta.verbose_name_plural), count))
    return plan


def _revisions(relation: Relation, pks: list[int]):
    """The revisions of the relation's model whose content refers to the terms."""
    from wagtail.models import Revision

    content_type = ContentType.objects.get_for_model(relation.model)
    revisions = Revision.objects.filter(content_type=content_type)
    name = relation.field.name
    if not relation.many:
        return revisions.filter(**{f"content__{name}__in": pks})
    if connection.features.supports_json_field_contains:
        query = models.Q()
        for pk in pks:
            query |= models.Q(**{f"content__{name}__contains": [pk]})
        return revisions.filter(query)
    # SQLite cannot look inside a JSON list: read the revisions' lists here.
    wanted = set(pks)
    ids = [
        revision_id
        for revision_id, value in revisions.values_list("pk", f"content__{name}").iterator()
        if isinstance(value, list) and wanted & set(value)
    ]
    return Revision.objects.filter(pk__in=ids)


def _repoint(relation: Relation, replacements: dict[int, int]) -> set[int]:
    """Make the relation's objects refer to the replacements; returns their pks."""
    model, field_ = relation.model, relation.field
    changed = set(relation.referring(list(replacements)).values_list("pk", flat=True).order_by())
    if relation.many:
        through = field_.remote_field.through
        own, other = field_.m2m_field_name(), field_.m2m_reverse_field_name()
        for old, new in replacements.items():
            having_new = through.objects.filter(**{f"{other}_id": new}).values(f"{own}_id")
            through.objects.filter(**{f"{other}_id": old, f"{own}_id__in": having_new}).delete()
            through.objects.filter(**{f"{other}_id": old}).update(**{f"{other}_id": new})
    else:
        for old, new in replacements.items():
            model._default_manager.filter(**{field_.attname: old}).update(**{field_.attname: new})
    if issubclass(model, RevisionMixin):
        name = field_.name
        for revision in _revisions(relation, list(replacements)):
            value = revision.content.get(name)
            if relation.many:
                new_value = []
                for pk in value or []:
                    pk = replacements.get(pk, pk)
                    if pk not in new_value:
                        new_value.append(pk)
            else:
                new_value = replacements.get(value, value)
            revision.content[name] = new_value
            revision.save(update_fields=["content"])
    return changed


def _forget_translations(model: type[TaxonomyTerm], keys: list[uuid.UUID]) -> None:
    """Drop wagtail-localize's records of the terms of `keys` (their sources, translations
    and strings): those terms are gone or belong to another term now."""
    from wagtail_localize.models import TranslatableObject

    content_type = ContentType.objects.get_for_model(model)
    TranslatableObject.objects.filter(content_type=content_type, translation_key__in=keys).delete()


def _drop_translation_record(term: TaxonomyTerm) -> None:
    """Stop wagtail-localize managing `term` as a translation, so that a name given to it
    here is not replaced by the source's at the next synchronisation."""
    from wagtail_localize.models import Translation

    Translation.objects.filter(
        source__object__translation_key=term.translation_key,
        source__object__content_type=ContentType.objects.get_for_model(type(term)),
        target_locale_id=term.locale_id,
    ).delete()


@transaction.atomic
def merge(plan: MergePlan) -> MergePlan:
    """Carry out `plan` (from `plan_merge`); everything or nothing."""
    model = plan.model
    changed: dict[type[models.Model], set[int]] = {}
    with deferred_index_updates():
        for relation in relations(model):
            pks = _repoint(relation, plan.replacements)
            if pks:
                changed.setdefault(relation.model, set()).update(pks)
        for term, name in plan.renames:
            _drop_translation_record(term)
            term.name = name
            term.save(update_fields=["name"])
        _forget_translations(model, plan.duplicates)
        model.objects.filter(pk__in=list(plan.replacements)).delete()
        kept_slug = next(iter(plan.kept_terms.values())).slug
        for term in plan.joining:
            term.translation_key = plan.kept
            if not model.objects.filter(slug=kept_slug, locale_id=term.locale_id).exists():
                term.slug = kept_slug
            term.save(update_fields=["translation_key", "slug"])
        # Rows were re-pointed without the models' signals: tell the search index, the
        # reference index and the caches that these objects changed.
        for changed_model, pks in changed.items():
            for instance in changed_model._default_manager.filter(pk__in=pks):
                post_save.send(
                    sender=changed_model,
                    instance=instance,
                    created=False,
                    update_fields=None,
                    raw=False,
                    using=instance._state.db,
                )
    content_written_in_bulk()
    return plan
