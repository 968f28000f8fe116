"""Search pages (the site search and the public resource database) and the queue of
index updates waiting for the search engine.

The page types only wire things together: the form builds the query (search/query.py),
search/backends picks the backend that answers it, search/presentation.py turns the
answer into facet options and links.
"""

from __future__ import annotations

import dataclasses
from urllib.parse import urlencode

from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from association.models.listing import paginate
from core.feeds import FeedItem, feed_response
from core.indexing import BASE_FORM_FIELDS, BaseFormsIndexed

from .backends import resource_search, site_search
from .backends.base import TYPE_FACET, FacetCounts, ResultList
from .presentation import facet_options, query_parameters, subscription_title, type_options
from .query import (
    ResourceQuery,
    ResourceSearchForm,
    SiteQuery,
    chosen_content_type,
)
from .rescue import rescued


class ResourceDatabasePage(BaseFormsIndexed, RoutablePageMixin, Page):
    """The public resource database: every live resource of the network, searchable and
    filterable by level, subject, type, institution, year and language. Each search is
    also a feed of its newest resources (RSS and Atom), and the page describes its
    search box to browsers (OpenSearch)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")] + BASE_FORM_FIELDS
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    results_per_page = 20
    feed_length = 30

    class Meta:
        verbose_name = _("resource database")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ResourceSearchForm(request.GET)
        query = ResourceQuery.from_form(self.locale, form)
        search, rescue = rescued(query, resource_search(query))
        results = paginate(request, ResultList(search), self.results_per_page)
        facets = facet_options(query, search.labelled_facets(), request.GET)
        subscribed = query_parameters(query)
        chosen_facets = sum(1 for facet in facets if facet["selected"])
        context.update(
            form=form,
            query=query,
            search=search,
            items=results,
            facets=facets,
            has_active_facets=bool(chosen_facets),
            chosen_facets=chosen_facets,
            hidden_filters={
                **query.filters,
                **({"sort": query.sort} if query.text or query.by_score else {}),
            },
            rescue=rescue,
            typed_text=query.text,
            shown_text=rescue.suggestion if rescue.shown == "corrected" else query.text,
            without_filters_url="?" + urlencode({"q": query.text}),
            subscription={
                "title": subscription_title(self.title, query, facets),
                "rss": self.feed_address("rss_feed", subscribed),
                "atom": self.feed_address("atom_feed", subscribed),
            },
        )
        return context

    def feed_address(self, route: str, parameters: str) -> str:
        """The path of one of the page's feeds for a query string."""
        address = self.url + self.reverse_subpage(route)
        return f"{address}?{parameters}" if parameters else address

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("feed/", name="rss_feed")
    def rss_feed(self, request):
        return self.feed(request, "rss")

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return self.feed(request, "atom")

    def feed(self, request, format_name: str):
        """The newest resources of the search that the query string describes, whatever
        order the page was showing them in."""
        form = ResourceSearchForm(request.GET)
        query = dataclasses.replace(ResourceQuery.from_form(self.locale, form), sort="date")
        search = resource_search(query)
        facets = facet_options(query, search.labelled_facets(), request.GET)
        page_url = self.get_full_url(request)
        parameters = query_parameters(query)
        route = "rss_feed" if format_name == "rss" else "atom_feed"
        return feed_response(
            format_name,
            title=subscription_title(self.title, query, facets),
            link=f"{page_url}?{parameters}" if parameters else page_url,
            description=self.intro or self.title,
            language=self.locale.language_code,
            feed_url=request.build_absolute_uri(self.feed_address(route, parameters)),
            items=(
                FeedItem(
                    title=resource.title,
                    link=resource.get_full_url(request),
                    description=resource.abstract,
                    published=resource.first_published_at or timezone.now(),
                    author=resource.institution.display_name if resource.institution else None,
                    categories=(resource.resource_type.name,),
                )
                for resource in ResultList(search)[: self.feed_length]
            ),
        )

    @path("opensearch/", name="opensearch")
    def opensearch_description(self, request):
        """The OpenSearch description of the database's search box, so that browsers can
        offer it among their search engines."""
        page_url = self.get_full_url(request)
        return TemplateResponse(
            request,
            "search/opensearch.xml",
            {
                "page": self,
                "search_url": page_url,
                "rss_url": page_url + self.reverse_subpage("rss_feed"),
                "atom_url": page_url + self.reverse_subpage("atom_feed"),
                "self_url": page_url + self.reverse_subpage("opensearch"),
            },
            content_type="application/opensearchdescription+xml; charset=utf-8",
        )


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
