"""Search pages (the site search and the public resource database) and the queue of
index updates waiting for the search engine.

The page types only wire things together: the form builds the query (search/query.py),
search/backends picks the backend that answers it, search/presentation.py turns the
answer into facet options and links.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from association.models.listing import paginate
from core.indexing import BASE_FORM_FIELDS, BaseFormsIndexed

from .backends import resource_search, site_search
from .backends.base import TYPE_FACET, FacetCounts, ResultList
from .presentation import facet_options, type_options
from .query import (
    ResourceQuery,
    ResourceSearchForm,
    SiteQuery,
    chosen_content_type,
)
from .rescue import rescued


class ResourceDatabasePage(BaseFormsIndexed, Page):
    """The public resource database: every live resource of the network, searchable and
    filterable by level, subject, type, institution, year and language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")] + BASE_FORM_FIELDS
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    results_per_page = 20

    class Meta:
        verbose_name = _("resource database")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ResourceSearchForm(request.GET)
        query = ResourceQuery.from_form(self.locale, form)
        search, rescue = rescued(query, resource_search(query))
        results = paginate(request, ResultList(search), self.results_per_page)
        facets = facet_options(query, search.labelled_facets(), request.GET)
        context.update(
            form=form,
            query=query,
            search=search,
            items=results,
            facets=facets,
            has_active_facets=any(facet["selected"] for facet in facets),
            hidden_filters={**query.filters, **({"sort": query.sort} if query.text else {})},
            rescue=rescue,
            typed_text=query.text,
            shown_text=rescue.suggestion if rescue.shown == "corrected" else query.text,
            without_filters_url="?" + urlencode({"q": query.text}),
        )
        return context


class SearchPage(Page):
    """Site search over every public page of one language, with a page-type facet."""

    results_per_page = 20

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("site search")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = SiteQuery.from_typed(self.locale, request.GET.get("q", ""))
        content_type_id = chosen_content_type(request.GET.get("type", ""))
        search, rescue = rescued(query, site_search(query))
        counts = search.type_counts()
        if content_type_id not in counts:
            content_type_id = None
        if content_type_id is not None:
            search.narrow_to_types([content_type_id])
        context.update(
            search_query=query.text,
            search=search,
            rescue=rescue,
            typed_text=query.text,
            shown_text=rescue.suggestion if rescue.shown == "corrected" else query.text,
            items=paginate(request, ResultList(search), self.results_per_page),
            type_facet=type_options(FacetCounts(TYPE_FACET, counts), content_type_id),
        )
        return context


class IndexQueueEntry(models.Model):
    """An edit that the search engine has not received yet.

    Written in the same transaction as the edit, so that no edit is lost when the engine
    is unreachable; removed once the engine has it (search/indexing.py).
    """

    class Action(models.TextChoices):
        INDEX = "index", _("index")
        REMOVE = "remove", _("remove")

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(max_length=50)
    action = models.CharField(max_length=10, choices=Action.choices, default=Action.INDEX)
    queued_at = models.DateTimeField(auto_now=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search index update")
        verbose_name_plural = _("search index updates")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_queued_update_per_object"
            )
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.content_type_id}:{self.object_id}"
