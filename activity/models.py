"""The public cooperation map of the network."""

from __future__ import annotations

from django.db import models
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from core.indexing import BASE_FORM_FIELDS, BaseFormsIndexed


class NetworkPage(BaseFormsIndexed, Page):
    """The cooperation map: member institutions and their ties, drawn as an interactive
    graph, with a table of the same data that works without JavaScript."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")] + BASE_FORM_FIELDS

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("cooperation map")

    def get_context(self, request, *args, **kwargs):
        from .graph import GraphFilterForm, build_graph, ties_by_node

        context = super().get_context(request, *args, **kwargs)
        form = GraphFilterForm.from_query(request.GET)
        if form.is_valid():
            filters = form.filters()
            graph = build_graph(self.locale.language_code, filters["kinds"], filters["region"])
            ties = ties_by_node(graph)
            rows = [dict(node, partners=ties.get(node["id"], [])) for node in graph["nodes"]]
            query = request.GET.urlencode()
            context.update(graph=graph, rows=rows, kinds_selected=filters["kinds"])
            context["graph_url"] = reverse("activity_graph") + (
                f"?lang={self.locale.language_code}" + (f"&{query}" if query else "")
            )
        context["filter_form"] = form
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if isinstance(response, TemplateResponse) and "graph" not in response.context_data:
            # A bad filter value: the form explains it.
            response.status_code = 400
        return response
