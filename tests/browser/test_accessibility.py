"""Everyone can use the portal: axe-core finds no serious or critical WCAG 2.1 A/AA
violation on any public template (in Russian and English) nor on the institution team
page; the main menu, the search box and the facets work with the keyboard alone; and no
public page scrolls sideways on a 320 px wide screen. The module only reads, so it shares
one content (`shared_portal`)."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from .support import (
    LANGUAGES,
    axe_violations,
    describe_violations,
    focused,
    has_focus_indicator,
    horizontal_overflow,
    log_in,
    t,
    tab_until,
)


@pytest.fixture
def server_url(shared_portal) -> str:
    return shared_portal.base_url


# Every public template, by the page that shows it (keys of `Portal.pages`), and the
# searches: with results, with none (a query and a filter that match nothing), and 404.
PAGES = [
    "home",
    "news",
    "institutions",
    "programs",
    "network",
    "seminars",
    "resources",
    "institution_resources",
    "news_item",
    "institution",
    "programme",
    "seminar",
    "resource",
    "about",
    "join",
]
PROBLEMS = {"ru": "задачи", "en": "problems"}
NOTHING = {"ru": "астрономия", "en": "astronomy"}
# name: (page, query, filters, the results shown and how many: None for some)
SEARCHES = {
    "resources with results": ("resources", PROBLEMS, {}, ".results .card", 3),
    "resources without results": ("resources", NOTHING, {}, ".results .card", 0),
    "resources filtered to nothing": (
        "resources",
        PROBLEMS,
        {"level": "preschool"},
        ".results .card",
        0,
    ),
    "site search with results": ("search", PROBLEMS, {}, ".search-results .card__title", None),
    "site search without results": ("search", NOTHING, {}, ".search-results .card__title", 0),
}
NOT_FOUND = "page not found"
EVERY_PAGE = [*PAGES, *SEARCHES, NOT_FOUND]


def address(portal, name: str, language: str) -> str:
    """The path of one of EVERY_PAGE in `language`."""
    if name == NOT_FOUND:
        return f"/{language}/no-such-page/"
    if name in SEARCHES:
        key, queries, filters, _results, _count = SEARCHES[name]
        return portal.url(key, language) + "?" + urlencode({"q": queries[language], **filters})
    return portal.url(name, language)


def open_page(page, portal, name: str, language: str) -> None:
    response = page.goto(address(portal, name, language))
    assert response.status == (404 if name == NOT_FOUND else 200), page.url
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h1")).to_have_count(1)
    if name in SEARCHES:
        _key, _queries, _filters, results, count = SEARCHES[name]
        if count is None:
            expect(page.locator(results)).not_to_have_count(0)
        else:
            expect(page.locator(results)).to_have_count(count)


# axe-core --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", EVERY_PAGE)
def test_public_template_has_no_serious_accessibility_violations(
    page, shared_portal, name, language
):
    open_page(page, shared_portal, name, language)
    violations = axe_violations(page)
    assert not violations, describe_violations(page.url, violations)


@pytest.mark.parametrize("language", LANGUAGES)
def test_team_page_has_no_serious_accessibility_violations(page, shared_portal, language):
    shared_portal.speak(language)
    log_in(page, "lyceum-admin")
    page.goto(f"/admin/institutions/{shared_portal.lyceum.slug}/team/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("table.listing")).to_contain_text("lyceum-editor")
    violations = axe_violations(page)
    assert not violations, describe_violations(page.url, violations)


# Keyboard only ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_menu_search_and_facets_work_with_the_keyboard_alone(page, shared_portal, language):
    portal = shared_portal
    resources = portal.pages["resources"].get_translation(portal.locale(language))
    page.goto(portal.url("home", language))

    # The first stop skips to the content; the menu follows, every link showing its focus.
    first = tab_until(page, lambda state: state["tag"] != "body")[-1]
    assert first["href"] == "#main" and has_focus_indicator(first), first
    stops = tab_until(page, lambda state: state.get("text") == resources.title)
    menu = [stop for stop in stops if stop["inMainNav"]]
    assert menu and all(has_focus_indicator(stop) for stop in menu), menu
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(resources.url) + "$"))
    expect(page.locator("h1")).to_have_text(resources.title)

    # The search box, typed into and submitted with Enter.
    tab_until(page, lambda state: state.get("id") == "resource-q")
    assert has_focus_indicator(focused(page))
    page.keyboard.type({"ru": "задачи", "en": "problems"}[language])
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?q="))
    results = page.locator(".results .card")
    expect(results).to_have_count(3)

    # A facet: reached with Tab, chosen with Enter, and chosen again to remove it.
    facet = tab_until(page, lambda state: state.get("inFacets") and "level=basic" in state["href"])
    assert has_focus_indicator(facet[-1]), facet[-1]
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"level=basic"))
    expect(results).to_have_count(2)
    selected = t(language, "selected, select again to remove")
    tab_until(page, lambda state: state.get("inFacets") and selected in state["text"])
    page.keyboard.press("Enter")
    expect(page).not_to_have_url(re.compile(r"level="))
    expect(results).to_have_count(3)


# 320 px ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_fit_a_320_pixel_screen(new_page, shared_portal, language):
    page = new_page(width=320, height=640)
    wide = {}
    for name in EVERY_PAGE:
        open_page(page, shared_portal, name, language)
        overflow = horizontal_overflow(page)
        if overflow["scrollWidth"] > overflow["clientWidth"]:
            wide[page.url] = overflow
    assert not wide, "\n".join(f"{url}: {overflow}" for url, overflow in wide.items())


def test_the_audit_reports_what_it_should(page):
    """The audit itself: a page with an unlabelled image, an unlabelled field and grey on
    grey text fails it (were axe-core not run, every page above would pass)."""
    page.set_content(
        '<html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<input type="text"><p style="color:#bbb;background:#ccc">Faint</p></main></body></html>'
    )
    found = {violation["id"] for violation in axe_violations(page)}
    assert {"image-alt", "label", "color-contrast"} <= found, found
