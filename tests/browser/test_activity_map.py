"""The cooperation map in a real browser: cytoscape (bundled from npm by `make vendor`)
draws the graph from the JSON endpoint, a click on an institution opens its page, and the
page passes axe-core's WCAG 2.1 AA checks in both languages."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests import factories

from .support import BROWSER_DB, LANGUAGES, axe_violations, describe_violations

pytestmark = BROWSER_DB


@pytest.mark.parametrize("language", LANGUAGES)
def test_clicking_an_institution_on_the_map_opens_its_page(page, portal, language):
    factories.programme(partners=[portal.lyceum, portal.college], title="Совместный курс")
    page.goto(f"/{language}/network/")
    graph = page.locator("#network-graph")
    expect(graph).to_have_attribute("data-ready", "true")
    drawn = page.evaluate(
        """(slug) => {
            const map = window.portalNetworkMap;
            const node = map.getElementById(slug);
            return {nodes: map.nodes("[url]").length, edges: map.edges().length,
                    url: node.data("url")};
        }""",
        portal.lyceum.slug,
    )
    assert drawn["nodes"] == 2 and drawn["edges"] == 1
    assert drawn["url"] == portal.lyceum.page_for_language(language).url

    violations = axe_violations(page)
    assert not violations, describe_violations(page.url, violations)

    graph.scroll_into_view_if_needed()
    # Cytoscape keeps the container's place on the page and refreshes it on the scroll
    # event, which the browser dispatches with the next frame: a click before that frame
    # would land where the map was before scrolling.
    page.evaluate(
        "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"
    )
    # The container's place and the node's place inside it, read together in one frame.
    target = page.evaluate(
        """(slug) => {
            const box = document.getElementById("network-graph").getBoundingClientRect();
            const at = window.portalNetworkMap.getElementById(slug).renderedPosition();
            return {x: box.left + at.x, y: box.top + at.y};
        }""",
        portal.lyceum.slug,
    )
    page.mouse.click(target["x"], target["y"])
    expect(page).to_have_url(re.compile(re.escape(drawn["url"]) + "$"))
