"""Search pages (the site search and the public resource database) and the queue of
index updates waiting for the search engine."""

from __future__ import annotations

from urllib.parse import urlencode

from django.db import models
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from association.models import EducationLevel, Institution, ResourcePage, ResourceType, Subject
from association.models.listing import paginate
from core import pagecache

from .resources import (
    FACETS,
    ResourceQuery,
    ResourceSearchForm,
    ResultList,
    clean_query_text,
    resource_search,
)
from .site import SiteResultList, SiteSearch, type_labels

MAX_QUERY_LENGTH = 200


class ResourceDatabasePage(Page):
    """The public resource database: every live resource of the network, searchable and
    filterable by level, subject, type, institution, year and language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
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
        query = ResourceQuery.from_cleaned(self.locale, form.cleaned_or_empty())
        search = resource_search(query)
        results = paginate(request, ResultList(search), self.results_per_page)
        facets = facet_options(query, search.facets(), request.GET)
        context.update(
            form=form,
            query=query,
            search=search,
            items=results,
            facets=facets,
            has_active_facets=any(facet["selected"] for facet in facets),
            hidden_filters={**query.filters, **({"sort": query.sort} if query.text else {})},
        )
        return context


def toggle_url(query: QueryDict, name: str, value) -> str:
    """The query string that selects `value` for the facet `name`, or unselects it; back
    to the first page. (A facet lists hundreds of options: `QueryDict.copy()` for each,
    a deep copy, was a tenth of the page's time.)"""
    value = str(value)
    unselect = query.get(name) == value
    pairs: list[tuple[str, str]] = []
    for key, values in query.lists():
        if key == "page":
            continue
        if key == name:
            if not unselect:
                pairs.append((key, value))
            continue
        pairs.extend((key, item) for item in values)
    if name not in query:
        pairs.append((name, value))
    return f"?{urlencode(pairs)}"


def facet_labels(counts: dict[str, dict]) -> dict[str, dict]:
    institutions = {
        slug: label for slug, label in institution_labels().items() if slug in counts["institution"]
    }
    return {
        "level": dict(EducationLevel.CHOICES),
        "subject": Subject.labels(),
        "resource_type": ResourceType.labels(),
        "institution": institutions,
        "year": {year: str(year) for year in counts["year"]},
        "language": dict(ResourcePage.Language.choices),
    }


def institution_labels() -> dict[str, str]:
    """Every institution's label in the active language, by slug (kept by each process
    until content changes)."""
    return pagecache.remembered(
        "institution-labels",
        lambda: {institution.slug: institution.label for institution in Institution.objects.all()},
        get_language(),
    )


# Options a facet shows before "Show all", and the parameter that shows them all.
FACET_SHOWN_OPTIONS = 10
FACET_MORE_PARAMETER = "more"

FACET_TITLES = {
    "level": _("Education level"),
    "subject": _("Subject"),
    "resource_type": _("Resource type"),
    "institution": _("Institution"),
    "year": _("Year"),
    "language": _("Language"),
}


def facet_options(query: ResourceQuery, counts: dict[str, dict], params: QueryDict) -> list[dict]:
    """Each facet with its options: label, value, count, whether it is selected and the
    link that toggles it."""
    labels = facet_labels(counts)
    level_order = [code for code, _label in EducationLevel.CHOICES]
    facets = []
    for name in FACETS:
        selected = query.filters.get(name)
        options = [
            {
                "value": value,
                "label": labels[name].get(value, value),
                "count": count,
                "selected": str(value) == str(selected),
            }
            for value, count in counts[name].items()
        ]
        if name == "year":
            options.sort(key=lambda option: -int(option["value"]))
        elif name == "level":
            options.sort(key=lambda option: level_order.index(option["value"]))
        else:
            options.sort(key=lambda option: (-option["count"], str(option["label"])))
        selected_label = labels[name].get(selected, selected) if selected else None
        shown, more = options, None
        if len(options) > FACET_SHOWN_OPTIONS and params.get(FACET_MORE_PARAMETER) != name:
            # The rest behind a link, as catalogues do: a network has hundreds of
            # institutions, and a sidebar of hundreds of links helps nobody.
            shown = options[:FACET_SHOWN_OPTIONS] + [
                option for option in options[FACET_SHOWN_OPTIONS:] if option["selected"]
            ]
            more = {
                "count": len(options),
                "url": toggle_url(params, FACET_MORE_PARAMETER, name),
            }
        # Links only for the options shown (an institution facet has hundreds).
        for option in shown:
            option["url"] = toggle_url(params, name, option["value"])
        facets.append(
            {
                "name": name,
                "title": FACET_TITLES[name],
                "options": shown,
                "more": more,
                "selected": selected_label,
                "remove_url": toggle_url(params, name, selected) if selected else None,
            }
        )
    return facets


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
        text = clean_query_text(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
        chosen = request.GET.get("type", "")
        content_type_id = int(chosen) if chosen.isdigit() and len(chosen) < 10 else None
        search = SiteSearch(self.locale, text)
        counts = search.type_counts()
        if content_type_id not in counts:
            content_type_id = None
        if content_type_id is not None:
            search.content_type_ids = [content_type_id]
        labels = type_labels(counts)
        context.update(
            search_query=text,
            search=search,
            items=paginate(request, SiteResultList(search), self.results_per_page),
            type_facet=sorted(
                (
                    {
                        "value": type_id,
                        "label": labels[type_id],
                        "count": count,
                        "selected": type_id == content_type_id,
                    }
                    for type_id, count in counts.items()
                    if type_id in labels
                ),
                key=lambda option: -option["count"],
            ),
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
