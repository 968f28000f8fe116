from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The resource database, the site search, their backends and the index queue."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from association.models import Institution, ResourcePage, ReviewPublication
        from core.indexing import written_in_bulk

        from .backends.database import catalogue_changed, publication_changed
        from .indexing import reindex_reviewed_resource, updates_waiting
        from .tasks import schedule_processing

        for model in (ResourcePage, Institution, PageViewRestriction, ReviewPublication):
            uid = f"catalogue-{model._meta.label}"
            post_save.connect(catalogue_changed, sender=model, dispatch_uid=uid)
            post_delete.connect(catalogue_changed, sender=model, dispatch_uid=uid + "-delete")
        post_page_move.connect(catalogue_changed, dispatch_uid="catalogue-move")
        page_published.connect(publication_changed, dispatch_uid="catalogue-published")
        page_unpublished.connect(publication_changed, dispatch_uid="catalogue-unpublished")
        written_in_bulk.connect(catalogue_changed, dispatch_uid="catalogue-bulk")
        updates_waiting.connect(schedule_processing, dispatch_uid="search-schedule-queue")
        post_save.connect(
            reindex_reviewed_resource, sender=ReviewPublication, dispatch_uid="search-review"
        )
