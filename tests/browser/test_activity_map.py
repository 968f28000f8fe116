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


LABELS = """() => {
    const map = window.portalNetworkMap;
    const members = map.nodes("[url]");
    const boxes = members.map((node) => ({
        id: node.id(),
        label: node.renderedBoundingBox({includeNodes: false, includeEdges: false}),
        body: node.renderedBoundingBox({includeLabels: false, includeEdges: false}),
        font: parseFloat(node.renderedStyle("font-size")),
    }));
    const cross = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const overlaps = [];
    for (const a of boxes) {
        for (const b of boxes) {
            if (a.id < b.id && cross(a.label, b.label)) overlaps.push(a.id + " × " + b.id);
            if (a.id !== b.id && cross(a.label, b.body)) overlaps.push(a.id + " on " + b.id);
        }
    }
    return {count: boxes.length, smallest: Math.min(...boxes.map((box) => box.font)), overlaps};
}"""


def test_the_maps_labels_stay_legible_and_apart_and_a_phone_gets_the_table(new_page, bare_portal):
    regions = [factories.region(f"district-{n}", f"Район {n}") for n in range(3)]
    members = [
        factories.institution(
            f"member-{n}",
            name=f"Муниципальное учреждение «Организация номер {n}»",
            short_name=f"Организация № {n} им. длинного названия",
            region=regions[n % 3],
        )
        for n in range(10)
    ]
    for n in range(8):
        factories.programme(partners=[members[n], members[(n * 3 + 1) % 10]], title=f"Курс {n}")

    page = new_page(width=1366, height=900)
    page.goto("/ru/network/")
    expect(page.locator("#network-graph")).to_have_attribute("data-ready", "true")
    drawn = page.evaluate(LABELS)
    assert drawn["count"] == 12 and not drawn["overlaps"], drawn
    assert drawn["smallest"] >= 12, drawn
    # Zooming out as far as the map lets one keeps the labels as large.
    page.evaluate("() => window.portalNetworkMap.zoom(0.05)")
    assert page.evaluate(LABELS)["smallest"] >= 12

    phone = new_page(width=375, height=812)
    phone.goto("/ru/network/")
    expect(phone.locator("#network-graph")).to_be_hidden()
    expect(phone.locator(".network-map__phone-note")).to_be_visible()
    expect(phone.locator("table.network-table")).to_be_visible()
