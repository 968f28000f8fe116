"""The cooperation graph of the network: member institutions as nodes, their ties as edges.

Ties come from live, public content of the default-language tree (translations and their
aliases repeat the same content, so the graph is the same in every language):

- `programme`: a joint programme ties each pair of its partner institutions;
- `seminar`: an event ties each pair of its organisers (the institution whose section it
  lives in and its co-organising institutions);
- `resource`: a resource ties the institution that publishes it to every other member
  institution one of its co-authors is affiliated with (the author's "affiliation" names
  the institution by its name, English name or short name).

A node's activity is the number of live news, events, resources and joint programmes it
publishes, organises or is a partner of. Only active members appear: a suspended
institution's content is hidden from the public elsewhere too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from django import forms
from django.conf import settings
from django.db.models import Count
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from association.models import (
    Institution,
    JointProgramPage,
    NewsPage,
    Region,
    ResourceAuthor,
    ResourcePage,
    SeminarPage,
)
from core.visibility import listed_pages

PROGRAMME, SEMINAR, RESOURCE = "programme", "seminar", "resource"
TIE_KINDS = [
    (PROGRAMME, _("Joint programmes")),
    (SEMINAR, _("Co-organised events")),
    (RESOURCE, _("Shared resources")),
]


class GraphFilterForm(forms.Form):
    """Which ties and which region to show: the map page's form and the JSON endpoint's
    query parameters alike. No tie kind ticked means every kind."""

    kind = forms.MultipleChoiceField(
        label=_("Ties"),
        choices=TIE_KINDS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Unknown kind of tie: %(value)s.")},
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        error_messages={"invalid_choice": _("Unknown region: %(value)s.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = [("", _("All regions"))] + sorted(
            Region.labels().items(), key=lambda choice: choice[1].casefold()
        )

    @classmethod
    def from_query(cls, query) -> GraphFilterForm:
        """Accepts `kind` repeated or comma-separated (`kind=programme,seminar`)."""
        data = query.copy()
        kinds = [part for value in query.getlist("kind") for part in value.split(",") if part]
        data.setlist("kind", kinds)
        return cls(data)

    def filters(self) -> dict:
        kinds = self.cleaned_data.get("kind") or [code for code, _label in TIE_KINDS]
        return {"kinds": kinds, "region": self.cleaned_data.get("region") or None}


@dataclass
class Edge:
    source: str
    target: str
    kind: str
    items: list[Page] = field(default_factory=list)


def _pairs(slugs) -> list[tuple[str, str]]:
    return list(combinations(sorted(set(slugs)), 2))


def affiliation_index(institutions) -> dict[str, Institution]:
    """Institutions by every name an author's affiliation may give them (case-insensitive)."""
    names = {}
    for institution in institutions:
        for name in (institution.name, institution.name_en, institution.short_name):
            if name.strip():
                names[name.strip().casefold()] = institution
    return names


def _source_pages(model):
    default = Locale.get_default()
    return listed_pages(model.objects.all()).filter(locale=default)


def _programme_edges(members: dict[str, Institution]) -> dict:
    edges: dict = {}
    programmes = _source_pages(JointProgramPage).prefetch_related("partners").order_by("title")
    for programme in programmes:
        partners = [p.slug for p in programme.partners.all() if p.slug in members]
        for pair in _pairs(partners):
            edges.setdefault((*pair, PROGRAMME), []).append(programme)
    return edges


def _seminar_edges(members: dict[str, Institution]) -> dict:
    edges: dict = {}
    seminars = (
        _source_pages(SeminarPage)
        .select_related("institution")
        .prefetch_related("organisers")
        .order_by("starts_at")
    )
    for seminar in seminars:
        organisers = [i.slug for i in seminar.all_organisers if i.slug in members]
        for pair in _pairs(organisers):
            edges.setdefault((*pair, SEMINAR), []).append(seminar)
    return edges


def _resource_edges(members: dict[str, Institution]) -> dict:
    edges: dict = {}
    by_name = affiliation_index(members.values())
    resources = {
        page.pk: page
        for page in _source_pages(ResourcePage)
        .select_related("institution")
        .filter(
            institution__slug__in=list(members),
            pk__in=ResourceAuthor.objects.exclude(affiliation="").values("page_id"),
        )
    }
    authors = ResourceAuthor.objects.filter(page_id__in=list(resources)).exclude(affiliation="")
    linked: dict[int, set[str]] = defaultdict(set)
    for author in authors:
        partner = by_name.get(author.affiliation.strip().casefold())
        if partner is not None:
            linked[author.page_id].add(partner.slug)
    for page_id, partners in sorted(linked.items()):
        page = resources[page_id]
        for partner in partners - {page.institution.slug}:
            pair = tuple(sorted((page.institution.slug, partner)))
            edges.setdefault((*pair, RESOURCE), []).append(page)
    return edges


def activity_counts(members: dict[str, Institution]) -> dict[str, dict[str, int]]:
    """Live news, events, resources and programmes of each institution, by kind."""
    counts = {slug: {"news": 0, "seminars": 0, "resources": 0, "programmes": 0} for slug in members}
    ids = {institution.pk: slug for slug, institution in members.items()}
    for key, model in (("news", NewsPage), ("resources", ResourcePage)):
        rows = (
            _source_pages(model)
            .filter(institution_id__in=list(ids))
            .order_by()
            .values("institution_id")
            .annotate(total=Count("pk"))
        )
        for row in rows:
            counts[ids[row["institution_id"]]][key] = row["total"]
    seminars = _source_pages(SeminarPage).select_related("institution")
    for seminar in seminars.prefetch_related("organisers"):
        for institution in seminar.all_organisers:
            if institution.pk in ids:
                counts[ids[institution.pk]]["seminars"] += 1
    programmes = (
        _source_pages(JointProgramPage)
        .filter(partners__in=list(ids))
        .order_by()
        .values("partners")
        .annotate(total=Count("pk", distinct=True))
    )
    for row in programmes:
        counts[ids[row["partners"]]]["programmes"] += row["total"]
    return counts


def _localized(pages: list[Page], locale: Locale) -> dict[int, Page]:
    """Each page's live version in `locale` (translation or alias), else the page itself."""
    keys = [page.translation_key for page in pages]
    found = {
        page.translation_key: page
        for page in listed_pages(Page.objects.all()).filter(locale=locale, translation_key__in=keys)
    }
    return {page.pk: found.get(page.translation_key, page) for page in pages}


def build_graph(
    language: str | None = None, kinds: list[str] | None = None, region: str | None = None
) -> dict:
    """The graph as JSON-ready data: `nodes`, `edges`, `regions` and `kinds`.

    `kinds` limits the ties (default: all); `region` (a region slug) keeps the institutions
    of that region and the ties among them.
    """
    language = language or settings.LANGUAGE_CODE
    kinds = kinds or [code for code, _label in TIE_KINDS]
    with translation.override(language):
        return _build_graph(language, kinds, region)


def _build_graph(language: str, kinds: list[str], region: str | None) -> dict:
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    institutions = Institution.objects.filter(status=Institution.Status.ACTIVE).select_related(
        "region"
    )
    if region:
        institutions = institutions.filter(region__slug=region)
    members = {institution.slug: institution for institution in institutions}
    region_labels = Region.labels()
    kind_labels = dict(Institution.Kind.choices)
    tie_labels = dict(TIE_KINDS)

    found: dict = {}
    builders = {PROGRAMME: _programme_edges, SEMINAR: _seminar_edges, RESOURCE: _resource_edges}
    for kind in kinds:
        found.update(builders[kind](members))
    pages = _localized([page for items in found.values() for page in items], locale)

    edges = []
    for (source, target, kind), items in sorted(found.items()):
        edges.append(
            {
                "id": f"{kind}:{source}:{target}",
                "source": source,
                "target": target,
                "kind": kind,
                "kind_label": str(tie_labels[kind]),
                "weight": len(items),
                "items": [
                    {"title": pages[page.pk].title, "url": pages[page.pk].url} for page in items
                ],
            }
        )

    counts = activity_counts(members)
    degree: dict[str, int] = defaultdict(int)
    for edge in edges:
        degree[edge["source"]] += edge["weight"]
        degree[edge["target"]] += edge["weight"]
    nodes = []
    for slug, institution in sorted(members.items(), key=lambda item: item[1].label.casefold()):
        section = institution.page_for_language(locale.language_code)
        region_slug = institution.region.slug if institution.region else ""
        nodes.append(
            {
                "id": slug,
                "label": institution.label,
                "name": institution.display_name,
                "kind": institution.kind,
                "kind_label": str(kind_labels.get(institution.kind, institution.kind)),
                "region": region_slug,
                "region_label": region_labels.get(region_slug, ""),
                "url": section.url if section and section.live else None,
                "activity": sum(counts[slug].values()),
                "activity_by_kind": counts[slug],
                "ties": degree[slug],
            }
        )
    labels = {node["id"]: node["label"] for node in nodes}
    for edge in edges:
        edge["source_label"], edge["target_label"] = labels[edge["source"]], labels[edge["target"]]
    regions = sorted({node["region"] for node in nodes if node["region"]})
    return {
        "language": locale.language_code,
        "filters": {"kind": kinds, "region": region},
        "kinds": [{"id": code, "label": str(label)} for code, label in TIE_KINDS],
        "regions": [{"id": slug, "label": region_labels.get(slug, slug)} for slug in regions],
        "nodes": nodes,
        "edges": edges,
    }


def ties_by_node(graph: dict) -> dict[str, list[dict]]:
    """For the table: each institution's partners with the kinds and number of ties."""
    names = {node["id"]: node for node in graph["nodes"]}
    ties: dict[str, dict[str, dict]] = defaultdict(dict)
    for edge in graph["edges"]:
        for this, other in ((edge["source"], edge["target"]), (edge["target"], edge["source"])):
            row = ties[this].setdefault(other, {"partner": names[other], "kinds": []})
            row["kinds"].append({"label": edge["kind_label"], "weight": edge["weight"]})
    return {
        slug: sorted(rows.values(), key=lambda row: row["partner"]["label"].casefold())
        for slug, rows in ties.items()
    }
