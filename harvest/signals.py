"""Stamps of records whose resource left public view or came back (models/stamps.py).

Whether a resource is public is decided by the portal's one rule (core.visibility); what
these handlers add is *when* that changed. Each change that can hide or show resources is
met with the public resources it concerns before and after it: those that left get a
tombstone with the sets they were in, those that came back a fresh datestamp. The changes:
a resource deleted or unpublished (or a section above it), a view restriction set or
lifted, a page moved, an institution's record saved (a suspension withdraws its section);
publishing a resource that is public drops its stamp, its own date being newer."""

from __future__ import annotations

import threading
from collections.abc import Iterable

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from association.models import Institution, ResourcePage
from core.locales import default_locale_id
from core.visibility import is_listed, private_parts, withdrawn_paths

from .models import RecordStamp
from .records import originals, public_numbers, public_resources, set_specs, stored_sets

# What was public before a change, until the signal after it (one request, one thread).
_before = threading.local()


def _remember(key, numbers: set[int]) -> None:
    if not hasattr(_before, "numbers"):
        _before.numbers = {}
    _before.numbers[key] = numbers


def _recall(key) -> set[int] | None:
    return getattr(_before, "numbers", {}).pop(key, None)


def stamp(numbers: Iterable[int], sets: dict[int, list[str]] | None = None) -> None:
    """Stamp the records of `numbers` now, with their sets (`sets`, else their current
    ones)."""
    numbers = list(numbers)
    if not numbers:
        return
    sets = sets if sets is not None else set_specs(numbers)
    now = timezone.now()
    RecordStamp.objects.bulk_create(
        [
            RecordStamp(number=number, datestamp=now, sets=stored_sets(sets.get(number, [])))
            for number in numbers
        ],
        update_conflicts=True,
        unique_fields=["number"],
        update_fields=["datestamp", "sets"],
    )


def _public_under(path: str) -> set[int]:
    return set(
        public_resources(ResourcePage.objects.filter(path__startswith=path)).values_list(
            "pk", flat=True
        )
    )


def _settle(before: set[int] | None, after: set[int]) -> None:
    """Stamp what left view and what came into it between `before` and `after`."""
    if before is None:
        return
    stamp((before - after) | (after - before))


def _is_original(page: Page) -> bool:
    return page.locale_id == default_locale_id() and not page.alias_of_id


# Deleting a resource --------------------------------------------------------------------


def resource_deleting(sender, instance: ResourcePage, **kwargs) -> None:
    # The sets are read now: after the deletion the page's relations are gone.
    if _is_original(instance) and is_listed(instance):
        instance._harvest_sets = set_specs([instance.pk])


def resource_deleted(sender, instance: ResourcePage, **kwargs) -> None:
    sets = getattr(instance, "_harvest_sets", None)
    if sets is not None:
        stamp([instance.pk], sets)


# Publishing and unpublishing ------------------------------------------------------------


def page_unpublished_handler(sender, instance: Page, **kwargs) -> None:
    """The resources at or below `instance` that were public until it was unpublished."""
    parts = private_parts()
    # What hid pages before: everything that hides them now but this page's unpublishing.
    hidden = [
        *parts.restricted,
        *(path for path in parts.unpublished if path != instance.path),
        *withdrawn_paths(),
    ]
    candidates = (
        originals(ResourcePage.objects.filter(path__startswith=instance.path))
        .filter(Q(live=True) | Q(pk=instance.pk))
        .values_list("pk", "path")
    )
    were = {
        number
        for number, path in candidates
        if not any(path.startswith(prefix) for prefix in hidden)
    }
    stamp(were - public_numbers(were))


def page_published_handler(sender, instance: Page, **kwargs) -> None:
    if isinstance(instance, ResourcePage) and _is_original(instance):
        # Mostly there is none (one query per publication, bulk imports included).
        stamped = RecordStamp.objects.filter(number=instance.pk)
        if stamped.exists() and public_numbers([instance.pk]):
            stamped.delete()
        return
    # A section published again brings back the resources below it that had left.
    below = originals(ResourcePage.objects.filter(path__startswith=instance.path)).values("pk")
    stamped = set(RecordStamp.objects.filter(number__in=below).values_list("number", flat=True))
    stamp(public_numbers(stamped) if stamped else ())


# Restrictions, moves, institutions ----------------------------------------------------


def restriction_changing(sender, instance: PageViewRestriction, raw=False, **kwargs) -> None:
    if not raw and instance.page_id:
        page = Page.objects.filter(pk=instance.page_id).values_list("path", flat=True).first()
        if page:
            instance._harvest_scope = page
            instance._harvest_before = _public_under(page)


def restriction_changed(sender, instance: PageViewRestriction, raw=False, **kwargs) -> None:
    before = getattr(instance, "_harvest_before", None)
    if not raw and before is not None:
        _settle(before, _public_under(instance._harvest_scope))
        del instance._harvest_before


def page_moving(sender, instance: Page, **kwargs) -> None:
    _remember(("move", instance.pk), _public_under(instance.path))


def page_moved(sender, instance: Page, **kwargs) -> None:
    before = _recall(("move", instance.pk))
    path = Page.objects.filter(pk=instance.pk).values_list("path", flat=True).first()
    if path:
        _settle(before, _public_under(path))


def _public_of(institution: Institution) -> set[int]:
    return set(
        public_resources(ResourcePage.objects.filter(institution=institution)).values_list(
            "pk", flat=True
        )
    )


def institution_saving(sender, instance: Institution, raw=False, **kwargs) -> None:
    if not raw and instance.pk:
        _remember(("institution", instance.pk), _public_of(instance))


def institution_saved(sender, instance: Institution, raw=False, **kwargs) -> None:
    if not raw:
        _settle(_recall(("institution", instance.pk)), _public_of(instance))


def register_signal_handlers() -> None:
    # Connected after core's (INSTALLED_APPS order): a change has started a new content
    # generation, so the rule is read afresh, by the time these read what is public.
    pre_delete.connect(resource_deleting, sender=ResourcePage, dispatch_uid="harvest-deleting")
    post_delete.connect(resource_deleted, sender=ResourcePage, dispatch_uid="harvest-deleted")
    page_unpublished.connect(page_unpublished_handler, dispatch_uid="harvest-unpublished")
    page_published.connect(page_published_handler, dispatch_uid="harvest-published")
    for signal, handler, uid in (
        (pre_save, restriction_changing, "harvest-restricting"),
        (post_save, restriction_changed, "harvest-restricted"),
        (pre_delete, restriction_changing, "harvest-lifting"),
        (post_delete, restriction_changed, "harvest-lifted"),
    ):
        signal.connect(handler, sender=PageViewRestriction, dispatch_uid=uid)
    pre_page_move.connect(page_moving, dispatch_uid="harvest-moving")
    post_page_move.connect(page_moved, dispatch_uid="harvest-moved")
    pre_save.connect(institution_saving, sender=Institution, dispatch_uid="harvest-institution")
    post_save.connect(institution_saved, sender=Institution, dispatch_uid="harvest-institution")
