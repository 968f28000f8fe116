"""Bulk writes and the search index, without depending on the app that keeps the index.

A bulk writer (the catalogue import, the demo loader) wraps its work in
`deferred_index_updates()`: every app that keeps an index of the content registers a
`defer_index_updates` hook, a function returning a context manager that holds the index
updates of the saved objects back and sends them in bulk when the block ends (search
registers `search.indexing.deferred_index_updates`). Without such an app the block only
runs its body.

A writer that bypasses model signals altogether (rows written straight into tables) calls
`content_written_in_bulk()` afterwards, so that whatever was derived from the content
(cached counts) is known to be stale.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from django.db.models.signals import post_save
from django.dispatch import Signal
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.search import index

from .morphology import indexed_forms

DEFER_HOOK = "defer_index_updates"

# Sent (without arguments) after content was written without model signals.
written_in_bulk = Signal()


@contextmanager
def deferred_index_updates() -> Iterator[None]:
    """Within the block, index updates wait for its end; see the module's docstring."""
    with ExitStack() as stack:
        for defer in hooks.get_hooks(DEFER_HOOK):
            stack.enter_context(defer())
        yield


@contextmanager
def deferred_reference_index() -> Iterator[None]:
    """Within the block, Wagtail's reference index (what uses an image, a document, a
    page) is not updated at every save: a page saved five times over (created, revised,
    published, translated) is indexed once, when the block ends without an error."""
    # Imported here: Wagtail's signal handlers need the models loaded, and this module is
    # imported while they load.
    from wagtail.models import ReferenceIndex
    from wagtail.signal_handlers import disable_reference_index_auto_update

    saved: dict[type, set] = {}

    def remember(sender, instance, raw=False, **kwargs):
        # Child objects (a page's authors, speakers) are indexed with their parent, which
        # is saved with them.
        child = any(isinstance(field, ParentalKey) for field in sender._meta.get_fields())
        if not raw and not child and sender in ReferenceIndex.tracked_models:
            saved.setdefault(sender, set()).add(instance.pk)

    post_save.connect(remember, weak=False, dispatch_uid="deferred_reference_index")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="deferred_reference_index")
    for model, pks in saved.items():
        for instance in model._default_manager.filter(pk__in=pks).iterator():
            ReferenceIndex.create_or_update_for_object(instance)


def content_written_in_bulk() -> None:
    """Tell listeners that content changed without model signals."""
    written_in_bulk.send(sender=None)


class BaseFormsIndexed:
    """A page type whose search index holds, beside its text, the base forms of its
    words (core.morphology.indexed_forms), so that every backend — SQLite's FTS5, which
    has no stemmer, included — matches any form of a word. The boosted search fields
    (the title, authors) give `title_forms`, indexed with the title's boost; the others
    (and related fields) give `text_forms`. Add BASE_FORM_FIELDS to `search_fields`."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # The engine backends name a field after the model that defines it: the page
        # type, not this mixin.
        for name in BASE_FORM_NAMES:
            setattr(cls, name, BaseFormsIndexed.__dict__[name])

    def _search_texts(self, boosted: bool) -> str:
        texts: list[str] = []
        for field in self.get_search_fields():
            if isinstance(field, index.SearchField) and field.field_name in BASE_FORM_NAMES:
                continue
            if isinstance(field, index.SearchField) and bool(field.boost) == boosted:
                texts.append(_text(field.get_value(self)))
            elif isinstance(field, index.RelatedFields) and not boosted:
                related = field.get_value(self)
                if related is None:
                    continue
                objects = related.all() if hasattr(related, "all") else [related]
                for obj in objects:
                    texts.extend(
                        _text(sub.get_value(obj))
                        for sub in field.fields
                        if isinstance(sub, index.SearchField)
                    )
        return " ".join(texts)

    @property
    def title_forms(self) -> str:
        return indexed_forms(self._search_texts(boosted=True))

    @property
    def text_forms(self) -> str:
        return indexed_forms(self._search_texts(boosted=False))


def _text(value) -> str:
    """A search field's value as text, as the search backends flatten it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_text(item) for item in value.values())
    return str(value)


BASE_FORM_NAMES = ("title_forms", "text_forms")
BASE_FORM_FIELDS = [index.SearchField("title_forms", boost=2), index.SearchField("text_forms")]
