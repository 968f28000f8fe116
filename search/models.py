"""Search pages: the site search and the public resource database."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from association.models import (
    EducationLevel,
    Institution,
    InstitutionPage,
    ResourcePage,
    ResourceType,
    Subject,
)
from association.models.listing import paginate

from .resources import ResourceSearch, ResourceSearchForm


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
        search = ResourceSearch(locale=self.locale, filters=form.cleaned_or_empty())
        results = paginate(request, search.results(), self.results_per_page)
        facets = facet_options(search, request.GET)
        context.update(
            form=form,
            search=search,
            items=results,
            facets=facets,
            has_active_facets=any(facet["selected"] for facet in facets),
        )
        return context


def toggle_url(query: QueryDict, name: str, value) -> str:
    """The query string that selects `value` for the facet `name`, or unselects it."""
    query = query.copy()
    query.pop("page", None)
    if query.get(name) == str(value):
        query.pop(name)
    else:
        query[name] = str(value)
    return f"?{query.urlencode()}"


def facet_options(search: ResourceSearch, query: QueryDict) -> list[dict]:
    """Each facet with its options: label, value, count, whether it is selected and the
    link that toggles it."""
    counts = search.facets()
    institutions = {
        inst.slug: inst.display_name
        for inst in Institution.objects.filter(slug__in=list(counts["institution"]))
    }
    labels = {
        "level": dict(EducationLevel.CHOICES),
        "subject": Subject.labels(),
        "resource_type": ResourceType.labels(),
        "institution": institutions,
        "year": {year: str(year) for year in counts["year"]},
        "language": dict(ResourcePage.Language.choices),
    }
    titles = {
        "level": _("Education level"),
        "subject": _("Subject"),
        "resource_type": _("Resource type"),
        "institution": _("Institution"),
        "year": _("Year"),
        "language": _("Language"),
    }
    facets = []
    for name, title in titles.items():
        selected = search.filters.get(name)
        options = [
            {
                "value": value,
                "label": labels[name].get(value, value),
                "count": count,
                "selected": str(value) == str(selected),
                "url": toggle_url(query, name, value),
            }
            for value, count in counts[name].items()
        ]
        if name == "year":
            options.sort(key=lambda option: -option["value"])
        elif name == "level":
            order = [code for code, _label in EducationLevel.CHOICES]
            options.sort(key=lambda option: order.index(option["value"]))
        else:
            options.sort(key=lambda option: (-option["count"], str(option["label"])))
        selected_label = labels[name].get(selected, selected) if selected else None
        facets.append(
            {
                "name": name,
                "title": title,
                "options": options,
                "selected": selected_label,
                "remove_url": toggle_url(query, name, selected) if selected else None,
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
        query = " ".join(request.GET.get("q", "").split())[:200]
        chosen_type = request.GET.get("type", "")
        pages = Page.objects.live().public().filter(locale=self.locale).exclude(depth=1)
        for section_path in InstitutionPage.objects.filter(
            institution__status=Institution.Status.SUSPENDED
        ).values_list("path", flat=True):
            pages = pages.exclude(path__startswith=section_path)
        type_counts: dict = {}
        results = []
        if query:
            type_counts = dict(pages.search(query).facet("content_type_id"))
            content_types = {ct.pk: ct for ct in ContentType.objects.filter(pk__in=type_counts)}
            if chosen_type.isdigit() and int(chosen_type) in type_counts:
                pages = pages.filter(content_type_id=int(chosen_type))
            results = pages.search(query)
            context["type_facet"] = sorted(
                (
                    {
                        "value": type_id,
                        "label": content_types[type_id].model_class()._meta.verbose_name,
                        "count": count,
                        "selected": str(type_id) == chosen_type,
                    }
                    for type_id, count in type_counts.items()
                    if type_id in content_types and content_types[type_id].model_class()
                ),
                key=lambda option: -option["count"],
            )
        context["search_query"] = query
        context["items"] = paginate(request, results, self.results_per_page)
        return context
