"""Wagtail's bulk actions on pages, documents, images and snippets, with confirmations
that name only what the user may act on.

Wagtail lists the rest of a selection by title under "you don't have permission", which
would show anyone who puts another institution's ids in the URL the titles of its drafts,
private pages and pages in moderation. Here those are counted instead
(`items_left_out`, shown by templates/wagtailadmin/bulk_actions/confirmation/base.html).
Registered in wagtail_hooks.py after Wagtail's own, which they replace.
"""

from __future__ import annotations

from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.pages.bulk_actions import delete as page_delete
from wagtail.admin.views.pages.bulk_actions import move as page_move
from wagtail.admin.views.pages.bulk_actions import publish as page_publish
from wagtail.admin.views.pages.bulk_actions import unpublish as page_unpublish
from wagtail.documents.views.bulk_actions import add_tags as document_tags
from wagtail.documents.views.bulk_actions import add_to_collection as document_collection
from wagtail.documents.views.bulk_actions import delete as document_delete
from wagtail.images.views.bulk_actions import add_tags as image_tags
from wagtail.images.views.bulk_actions import add_to_collection as image_collection
from wagtail.images.views.bulk_actions import delete as image_delete
from wagtail.snippets.bulk_actions import delete as snippet_delete

from ..isolation import choosable_pages


class CountsWhatItMayNotName:
    """Replaces the named list of selected objects the user may not act on by their
    number."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["items_left_out"] = len(context.get("items_with_no_access") or ())
        context["items_with_no_access"] = []
        return context


class MovePagesBulkAction(CountsWhatItMayNotName, page_move.MoveBulkAction):
    """Moving pages: besides the count, the new parent is one the user could have chosen,
    so that its title is not shown back for any page id sent in the form."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        chooser = form.fields["chooser"]
        chooser.queryset = choosable_pages(chooser.queryset, self.request.user)
        return form


def _counting(action_class: type[BulkAction]) -> type[BulkAction]:
    return type(action_class.__name__, (CountsWhatItMayNotName, action_class), {})


BULK_ACTIONS: list[type[BulkAction]] = [
    MovePagesBulkAction,
    *map(
        _counting,
        [
            page_delete.DeleteBulkAction,
            page_publish.PublishBulkAction,
            page_unpublish.UnpublishBulkAction,
            document_delete.DeleteBulkAction,
            document_tags.AddTagsBulkAction,
            document_collection.AddToCollectionBulkAction,
            image_delete.DeleteBulkAction,
            image_tags.AddTagsBulkAction,
            image_collection.AddToCollectionBulkAction,
            snippet_delete.DeleteBulkAction,
        ],
    ),
]
