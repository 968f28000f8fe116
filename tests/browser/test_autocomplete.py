"""Suggestions in the search boxes (home, resource database, site search), as a visitor
meets them in Chromium, in Russian and English: the WAI-ARIA combobox with its listbox
and keys, the count announced in the page's language, no axe-core violation while it is
open, mouse and touch, requests only once typing pauses and never an earlier answer over
a later one; without JavaScript, the plain form. Only reads: `shared_portal`."""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.utils import translation
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from .support import LANGUAGES, ROOT, axe_violations, describe_violations, horizontal_overflow, t


@pytest.fixture
def server_url(shared_portal) -> str:
    return shared_portal.base_url


# Each box: the page it is on, its input, and where the results are listed (the home
# page's box searches the resource database).
BOXES = {
    "home": ("home", "#hero-q", ".results .card__title"),
    "resources": ("resources", "#resource-q", ".results .card__title"),
    "search": ("search", "#site-q", ".search-results .card__title"),
}
RESULTS_BOX = {"home": "#resource-q", "resources": "#resource-q", "search": "#site-q"}
# Typed: the beginning of a word in the titles of the three resources.
TYPED = {"ru": "зад", "en": "prob"}
WORDS = {"ru": "задачи", "en": "problems"}
AUTOCOMPLETE = "**/api/search/autocomplete/**"
DEBOUNCE_MS = 200


def announced(language: str, count: int) -> str:
    with translation.override(language):
        return translation.ngettext(
            "%(count)s suggestion. Use the up and down arrow keys to choose one.",
            "%(count)s suggestions. Use the up and down arrow keys to choose one.",
            count,
        ) % {"count": count}


def open_box(page, portal, box: str, language: str):
    key, selector, _results = BOXES[box]
    page.goto(portal.url(key, language))
    combobox = page.locator(selector)
    expect(combobox).to_have_attribute("role", "combobox")
    return combobox


def typed_until_open(page, combobox, text: str):
    combobox.click()
    combobox.press_sequentially(text)
    listbox = page.locator("#" + combobox.get_attribute("aria-controls"))
    expect(listbox).to_be_visible()
    expect(combobox).to_have_attribute("aria-expanded", "true")
    return listbox


def selected_flags(listbox) -> list[str]:
    return listbox.get_by_role("option").evaluate_all(
        "options => options.map(option => option.getAttribute('aria-selected'))"
    )


def query_of(url: str) -> str:
    return parse_qs(urlparse(url).query)["q"][0]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("box", BOXES)
def test_down_down_up_enter_chooses_the_highlighted_suggestion(page, shared_portal, box, language):
    combobox = open_box(page, shared_portal, box, language)
    assert combobox.get_attribute("aria-autocomplete") == "list"
    assert combobox.get_attribute("aria-expanded") == "false"
    listbox = page.locator("#" + combobox.get_attribute("aria-controls"))
    expect(listbox).to_be_hidden()

    listbox = typed_until_open(page, combobox, TYPED[language])
    expect(listbox).to_have_attribute("role", "listbox")
    expect(listbox).to_have_attribute("aria-label", t(language, "Suggestions"))
    options = listbox.get_by_role("option")
    expect(options).to_have_count(3)
    titles = options.all_inner_texts()
    assert all(TYPED[language] in title.lower() for title in titles), titles
    assert selected_flags(listbox) == ["false"] * 3
    assert combobox.get_attribute("aria-activedescendant") is None
    status = page.locator(f"#{combobox.get_attribute('id')}-status")
    expect(status).to_have_attribute("aria-live", "polite")
    expect(status).to_have_text(announced(language, 3))

    for key, expected in [("ArrowDown", 0), ("ArrowDown", 1), ("ArrowUp", 0)]:
        page.keyboard.press(key)
        flags = ["false"] * 3
        flags[expected] = "true"
        assert selected_flags(listbox) == flags, key
        expect(combobox).to_have_attribute(
            "aria-activedescendant", options.nth(expected).get_attribute("id")
        )
        expect(combobox).to_be_focused()

    violations = axe_violations(page)
    assert not violations, describe_violations(page.url, violations)

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?q="))
    assert query_of(page.url) == titles[0]
    expect(page.locator(RESULTS_BOX[box])).to_have_value(titles[0])
    # The page chosen comes first.
    expect(page.locator(BOXES[box][2]).first).to_have_text(titles[0])


@pytest.mark.parametrize("language", LANGUAGES)
def test_escape_closes_the_suggestions_and_keeps_the_text(page, shared_portal, language):
    combobox = open_box(page, shared_portal, "resources", language)
    address = page.url
    listbox = typed_until_open(page, combobox, TYPED[language])
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(combobox).to_have_attribute("aria-expanded", "false")
    assert combobox.get_attribute("aria-activedescendant") is None
    expect(combobox).to_have_value(TYPED[language])
    assert page.url == address
    # Down opens them again, on the first; Up from there goes round to the last.
    page.keyboard.press("ArrowDown")
    expect(listbox).to_be_visible()
    assert selected_flags(listbox) == ["true", "false", "false"]
    page.keyboard.press("ArrowUp")
    assert selected_flags(listbox) == ["false", "false", "true"]
    # Home and End return to the text, the popup staying open.
    page.keyboard.press("Home")
    assert selected_flags(listbox) == ["false"] * 3
    assert combobox.get_attribute("aria-activedescendant") is None
    expect(listbox).to_be_visible()
    # Enter without a highlighted suggestion searches for what was typed.
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?q="))
    assert query_of(page.url) == TYPED[language]


@pytest.mark.parametrize(("language", "pointer"), [("ru", "mouse"), ("en", "touch")])
def test_a_suggestion_is_chosen_with_the_mouse_or_a_finger(
    new_page, shared_portal, language, pointer
):
    page = new_page(width=375, height=740, has_touch=pointer == "touch", locale=language)
    combobox = open_box(page, shared_portal, "search", language)
    listbox = typed_until_open(page, combobox, TYPED[language])
    option = listbox.get_by_role("option").nth(1)
    title = option.inner_text()
    if pointer == "touch":
        option.tap()
    else:
        option.click()
    expect(page).to_have_url(re.compile(r"\?q="))
    assert query_of(page.url) == title
    expect(page.locator(".search-results .card__title").first).to_have_text(title)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_box_suggests_what_it_searches(page, shared_portal, language):
    """The site search suggests every kind of page; the resource database's box and the
    home page's (which searches the resource database) only resources."""
    seminar = shared_portal.pages["seminar"].get_translation(shared_portal.locale(language))
    beginning = seminar.title.split()[0][:5]
    combobox = open_box(page, shared_portal, "search", language)
    listbox = typed_until_open(page, combobox, beginning)
    expect(listbox.get_by_role("option", name=seminar.title)).to_have_count(1)
    for box in ("resources", "home"):
        combobox = open_box(page, shared_portal, box, language)
        with page.expect_response(AUTOCOMPLETE) as answer:
            combobox.press_sequentially(beginning)
        assert json.loads(answer.value.body())["results"] == []
        status = page.locator(f"#{combobox.get_attribute('id')}-status")
        expect(status).to_have_text(t(language, "No suggestions."))
        expect(page.locator("[role=listbox]")).to_be_hidden()


def test_requests_wait_for_a_pause_and_a_late_answer_never_replaces_a_newer_one(
    page, shared_portal
):
    asked: list[str] = []
    held = []

    def sent(request):
        if "/api/search/autocomplete/" in request.url:
            asked.append(parse_qs(urlparse(request.url).query)["q"][0])

    def answer(route):
        if not held:
            held.append(route)  # the first answer is slow: it comes after the second
        else:
            route.continue_()

    page.on("request", sent)
    page.route(AUTOCOMPLETE, answer)
    # The page's timers run only when the test says so.
    start = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
    page.clock.install(time=start)
    page.clock.pause_at(start + dt.timedelta(minutes=1))
    combobox = open_box(page, shared_portal, "resources", "ru")
    combobox.click()

    # Typing: nothing is asked until the typing has paused for the debounce time (a round
    # trip to the page after the clock's step brings any request's event before it).
    combobox.press_sequentially("ал")
    page.clock.run_for(DEBOUNCE_MS - 1)
    page.evaluate("() => null")
    assert asked == []
    with page.expect_request(AUTOCOMPLETE) as first:
        page.clock.run_for(1)
    assert query_of(first.value.url) == "ал"

    combobox.press_sequentially("гебр")
    with page.expect_request(AUTOCOMPLETE) as second:
        page.clock.run_for(DEBOUNCE_MS)
    assert query_of(second.value.url) == "алгебр"
    assert asked == ["ал", "алгебр"]
    listbox = page.locator("#resource-q-suggestions")
    expect(listbox.get_by_role("option")).to_have_text(["Задачи по алгебре для начальной школы"])

    # The first answer arrives at last, naming something else: it is not shown.
    try:
        held[0].fulfill(
            status=200,
            content_type="application/json",
            body=json.dumps({"results": ["Устаревшая подсказка"]}),
        )
        held[0].request.response()
    except PlaywrightError:
        pass  # the page had already given that request up
    # A few turns of the page's event loop (not its timers, which the clock holds) for
    # the answer to be read, had the page kept waiting for it.
    page.evaluate(
        """async () => {
            for (let turn = 0; turn < 5; turn++) {
                await new Promise(resolve => {
                    const channel = new MessageChannel();
                    channel.port1.onmessage = () => resolve();
                    channel.port2.postMessage(null);
                });
            }
        }"""
    )
    expect(listbox.get_by_role("option")).to_have_text(["Задачи по алгебре для начальной школы"])
    expect(page.locator("#resource-q-status")).to_have_text(announced("ru", 1))


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_javascript_each_box_is_a_plain_search_form(new_page, shared_portal, language):
    page = new_page(java_script_enabled=False, locale=language)
    for box, (key, selector, results) in BOXES.items():
        page.goto(shared_portal.url(key, language))
        field = page.locator(selector)
        assert field.get_attribute("role") is None, box
        assert field.get_attribute("aria-expanded") is None, box
        expect(page.locator("[role=listbox]")).to_have_count(0)
        field.fill(WORDS[language])
        field.press("Enter")
        expect(page).to_have_url(re.compile(r"\?q="))
        expect(page.locator(results)).not_to_have_count(0)


SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


@pytest.mark.parametrize("width", [375, 1366])
@pytest.mark.parametrize("box", BOXES)
def test_the_suggestions_fit_a_phone_and_a_desktop(new_page, shared_portal, box, width):
    """The open popup lies under its box, within the screen, on a phone as on a desktop;
    the screenshots (test-artifacts/screenshots/, git-ignored) are for a reviewer's eye."""
    page = new_page(width=width)
    combobox = open_box(page, shared_portal, box, "ru")
    listbox = typed_until_open(page, combobox, TYPED["ru"])
    expect(listbox.get_by_role("option")).to_have_count(3)
    page.keyboard.press("ArrowDown")
    field, popup = combobox.bounding_box(), listbox.bounding_box()
    assert popup["y"] >= field["y"] + field["height"] - 1
    assert popup["x"] >= 0 and popup["x"] + popup["width"] <= width
    assert horizontal_overflow(page)["scrollWidth"] <= width
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"autocomplete-{box}-{width}.png")
