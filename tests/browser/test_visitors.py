"""What visitors do, in a real browser, in Russian and English: search the resource
database, narrow by facets and download a document; switch language on a detail page;
take the seminar calendar. They only read, so the module shares one content
(`shared_portal`, searchable on the OpenSearch node)."""

from __future__ import annotations

import re

import icalendar
import pytest
from playwright.sync_api import expect

from .support import LANGUAGES, ROOT, other, t

# Where the journeys leave their screenshots to look at (git-ignored).
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


@pytest.fixture
def server_url(shared_portal) -> str:
    return shared_portal.base_url


@pytest.mark.parametrize("language", LANGUAGES)
def test_visitor_searches_narrows_by_facets_and_downloads_a_resource(page, shared_portal, language):
    portal = shared_portal
    query = {"ru": "задачи", "en": "problems"}[language]
    geometry = portal.pages["resource"].get_translation(portal.locale(language))

    page.goto(portal.url("home", language))
    page.locator("#hero-q").fill(query)
    page.locator("#hero-q").press("Enter")
    expect(page).to_have_url(re.compile(r"/resources/\?q="))
    results = page.locator(".results .card")
    expect(results).to_have_count(3)

    levels = page.locator(
        ".facet", has=page.get_by_role("heading", name=t(language, "Education level"))
    )
    levels.locator("a[href*='level=basic']").click()
    expect(page).to_have_url(re.compile(r"level=basic"))
    expect(results).to_have_count(2)
    expect(page.locator(".active-filters")).to_be_visible()

    subjects = page.locator(".facet", has=page.get_by_role("heading", name=t(language, "Subject")))
    subjects.locator("a[href*='subject=mathematics']").click()
    expect(page).to_have_url(re.compile(r"(?=.*level=basic)(?=.*subject=mathematics)"))
    expect(results).to_have_count(1)

    results.get_by_role("link", name=geometry.title).click()
    expect(page.locator("h1")).to_have_text(geometry.title)
    link = page.get_by_role("link", name=re.compile(t(language, "Download")))
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".txt")
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read() == b"A small guide."
    response = page.request.get(link.get_attribute("href"))
    assert response.status == 200
    assert "attachment" in response.headers["content-disposition"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_visitor_switches_language_on_a_detail_page_and_lands_on_its_translation(
    page, shared_portal, language
):
    portal = shared_portal
    target = other(language)
    for key in ("news_item", "resource", "seminar", "programme"):
        translation_url = portal.url(key, target)
        page.goto(portal.url(key, language))
        page.locator(f"nav.language-switcher a[hreflang='{target}']").click()
        expect(page).to_have_url(re.compile(re.escape(translation_url) + "$"))
        expect(page.locator("html")).to_have_attribute("lang", target)
        title = portal.pages[key].get_translation(portal.locale(target)).title
        expect(page.locator("h1")).to_have_text(title)


@pytest.mark.parametrize("language", LANGUAGES)
def test_visitor_subscribes_to_the_calendar_and_adds_one_event(page, shared_portal, language):
    portal = shared_portal
    seminar = portal.pages["seminar"].get_translation(portal.locale(language))
    page.goto(portal.url("home", language))
    page.locator(".main-nav").get_by_role(
        "link", name=portal.pages["seminars"].get_translation(portal.locale(language)).title
    ).click()

    subscribe = page.get_by_role("link", name=t(language, "Subscribe in your calendar app"))
    download = page.get_by_role("link", name=t(language, "Download the calendar (iCalendar)"))
    for link in (subscribe, download):
        assert link.get_attribute("href").endswith("calendar.ics")
    assert subscribe.get_attribute("href").startswith("webcal://")
    feed = page.request.get(subscribe.get_attribute("href").replace("webcal://", "http://", 1))
    assert feed.status == 200
    assert feed.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(feed.body())
    summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert seminar.title in summaries
    with page.expect_download() as download_info:
        download.click()
    with open(download_info.value.path(), "rb") as downloaded:
        assert downloaded.read() == feed.body()

    page.locator(".card").get_by_role("link", name=seminar.title).click()
    expect(page.locator("h1")).to_have_text(seminar.title)
    add = page.get_by_role("link", name=t(language, "Add to calendar"))
    assert add.get_attribute("href").endswith("event.ics")
    with page.expect_download() as download_info:
        add.click()
    with open(download_info.value.path(), "rb") as downloaded:
        events = icalendar.Calendar.from_ical(downloaded.read()).walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == [seminar.title]
    assert events[0].decoded("DTSTART") == seminar.starts_at


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_phone_the_menu_and_the_filters_fold_behind_buttons(new_page, shared_portal, language):
    query = {"ru": "задачи", "en": "problems"}[language]
    phone = new_page(width=375, height=740)
    phone.goto(f"/{language}/resources/?q={query}")
    menu = phone.locator("#main-menu")
    toggle = phone.get_by_role("button", name=t(language, "Menu"))
    expect(menu).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    toggle.click()
    expect(menu).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    phone.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(toggle).to_be_focused()

    # The filters wait behind their button; the number of results is on the first screen.
    filters = phone.locator("#facet-list")
    expect(filters).to_be_hidden()
    count = phone.locator(".result-count").bounding_box()
    assert count["y"] + count["height"] <= 740, count
    button = phone.get_by_role("button", name=re.compile(t(language, "Filters")))
    button.click()
    expect(filters).to_be_visible()
    filters.locator("a[href*='level=basic']").click()
    expect(phone).to_have_url(re.compile(r"level=basic"))
    expect(phone.locator(".results .card")).to_have_count(2)
    expect(button).to_contain_text(re.compile(r"\b1\b"))
    narrowed = phone.url
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    phone.screenshot(path=str(SCREENSHOTS / f"phone-resources-{language}.png"), full_page=True)

    # The lists' filter forms (events, news, members, programmes) fold the same way.
    phone.goto(f"/{language}/seminars/")
    form = phone.locator("#listing-filters")
    expect(form).to_be_hidden()
    phone.get_by_role("button", name=re.compile(t(language, "Filters"))).click()
    expect(form).to_be_visible()

    # On a wide screen both are simply there.
    desk = new_page(width=1366, height=900)
    desk.goto(narrowed)
    expect(desk.locator("#main-menu")).to_be_visible()
    expect(desk.locator("#facet-list")).to_be_visible()
    expect(desk.get_by_role("button", name=t(language, "Menu"))).to_be_hidden()
    expect(desk.get_by_role("button", name=re.compile(t(language, "Filters")))).to_be_hidden()
    desk.screenshot(path=str(SCREENSHOTS / f"desk-resources-{language}.png"))
