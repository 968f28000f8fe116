"""What the search pages show of a search: facet options with their labels, counts and
the links that toggle them, and the site search's page-type facet. The page types
(search/models.py) call these; the labels and the order of the options come from the
facet table (search/facets.py)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.translation import gettext as _

from .backends.base import FacetCounts
from .facets import FACETS, Facet
from .query import ResourceQuery

# Options a facet shows before "Show all", and the parameter that shows them all.
FACET_SHOWN_OPTIONS = 10
FACET_MORE_PARAMETER = "more"


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


def ordered_options(facet: Facet, counted: FacetCounts, selected=None) -> list[dict]:
    """Every counted value of a facet as an option (value, label, count, whether it is
    the selected one), in the facet's own order: what the page and the API both show."""
    options = [
        {
            "value": value,
            "label": counted.label(value),
            "count": count,
            "selected": selected is not None and str(value) == str(selected),
        }
        for value, count in counted.counts.items()
    ]
    options.sort(key=facet.order)
    return options


def facet_options(
    query: ResourceQuery, facets: dict[str, FacetCounts], params: QueryDict
) -> list[dict]:
    """Each facet with its options: label, value, count, whether it is selected and the
    link that toggles it."""
    shown_facets = []
    for facet in FACETS:
        counted = facets[facet.name]
        selected = query.filters.get(facet.name)
        options = ordered_options(facet, counted, selected)
        selected_label = counted.label(selected) if selected else None
        shown, more = options, None
        if len(options) > FACET_SHOWN_OPTIONS and params.get(FACET_MORE_PARAMETER) != facet.name:
            # The rest behind a link, as catalogues do: a network has hundreds of
            # institutions, and a sidebar of hundreds of links helps nobody.
            shown = options[:FACET_SHOWN_OPTIONS] + [
                option for option in options[FACET_SHOWN_OPTIONS:] if option["selected"]
            ]
            more = {
                "count": len(options),
                "url": toggle_url(params, FACET_MORE_PARAMETER, facet.name),
            }
        # Links only for the options shown (an institution facet has hundreds).
        for option in shown:
            option["url"] = toggle_url(params, facet.name, option["value"])
        shown_facets.append(
            {
                "name": facet.name,
                "title": facet.title,
                "options": shown,
                "more": more,
                "selected": selected_label,
                "remove_url": toggle_url(params, facet.name, selected) if selected else None,
            }
        )
    return shown_facets


def type_options(types: FacetCounts, selected: int | None) -> list[dict]:
    """The site search's page-type facet: each type with results, the largest first."""
    labels = types.labels
    return sorted(
        (
            {
                "value": type_id,
                "label": labels[type_id],
                "count": count,
                "selected": type_id == selected,
            }
            for type_id, count in types.counts.items()
            if type_id in labels
        ),
        key=lambda option: -option["count"],
    )


def query_parameters(query: ResourceQuery) -> str:
    """The query string of a search's words and filters (not its page or order): what a
    subscription to it repeats."""
    pairs = {"q": query.text, **{name: str(value) for name, value in query.filters.items()}}
    return urlencode({name: value for name, value in pairs.items() if value})


def subscription_title(database_title: str, query: ResourceQuery, facets: list[dict]) -> str:
    """What a feed of the resource database's search is called: the words and the
    filters chosen, so that a reader's list of feeds tells them apart."""
    chosen = [_("“%(text)s”") % {"text": query.text}] if query.text else []
    chosen += [f"{facet['title']}: {facet['selected']}" for facet in facets if facet["selected"]]
    if not chosen:
        return _("New in %(database)s") % {"database": database_title}
    return _("New in %(database)s: %(search)s") % {
        "database": database_title,
        "search": "; ".join(chosen),
    }
