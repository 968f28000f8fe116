"""Feeds and discovery: RSS, iCalendar, the sitemap, robots.txt and the content API."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

import pytest
from icalendar import Calendar

from association.models import SeminarIndexPage, SeminarPage
from core.localization import translate

from . import factories

pytestmark = pytest.mark.django_db


def test_news_feed_is_valid_rss_with_the_latest_items(client):
    factories.news(title="Первая новость", intro="Текст первой.")
    factories.news(title="Вторая новость", intro="Текст второй.")
    response = client.get("/ru/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "ru"
    items = channel.findall("item")
    assert {item.findtext("title") for item in items} == {"Первая новость", "Вторая новость"}
    assert all(item.findtext("link").startswith("http://") for item in items)
    assert all(item.findtext("pubDate") for item in items)


def test_english_feed_lists_english_pages(client):
    item = factories.news(title="Новость", intro="Текст.")
    translate(item, factories.home("en").locale, {"Новость": "News item", "Текст.": "Text."})
    channel = ET.fromstring(client.get("/en/news/feed/").content).find("channel")
    assert channel.findtext("language") == "en"
    assert [i.findtext("title") for i in channel.findall("item")] == ["News item"]


def test_news_listing_advertises_its_feed(client):
    html = client.get("/ru/news/").content.decode()
    assert 'type="application/rss+xml"' in html and "/ru/news/feed/" in html


def test_seminar_calendar_is_valid_icalendar(client):
    online = factories.seminar(
        title="Вебинар",
        format=SeminarPage.Format.ONLINE,
        venue="",
        online_url="https://meet.example.ru/x",
        time_zone="Asia/Yekaterinburg",
    )
    factories.seminar(title="Семинар в колледже", address="ул. Ленина, 1")
    factories.seminar(title="Очень старый", starts_in=-dt.timedelta(days=400))
    response = client.get("/ru/seminars/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    assert set(events) == {"Вебинар", "Семинар в колледже"}
    webinar = events["Вебинар"]
    assert webinar.decoded("DTSTART") == online.starts_at
    assert webinar["DTSTART"].params["TZID"] == "Asia/Yekaterinburg"
    assert str(webinar["URL"]).endswith(online.url)
    assert str(events["Семинар в колледже"]["LOCATION"]) == "Актовый зал, ул. Ленина, 1"
    assert {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")} >= {"Asia/Yekaterinburg"}


def test_institution_calendar_has_only_its_events(client):
    inst = factories.institution()
    index = factories.institution_index(SeminarIndexPage, inst)
    factories.seminar(index, title="Своё событие")
    factories.seminar(title="Событие сети")
    calendar = Calendar.from_ical(client.get(index.url + "calendar.ics").content)
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Своё событие"]


def test_single_event_calendar_file(client):
    item = factories.seminar(title="Мастер-класс", kind=SeminarPage.Kind.MASTER_CLASS)
    response = client.get(item.url + "event.ics")
    assert response.status_code == 200
    assert f'filename="{item.slug}.ics"' in response["Content-Disposition"]
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert len(events) == 1
    assert events[0].decoded("DTEND") - events[0].decoded("DTSTART") == dt.timedelta(hours=2)


def test_calendar_files_follow_page_visibility(client):
    item = factories.seminar()
    item.unpublish()
    assert client.get(item.url_path.replace("/home-ru/", "/ru/") + "event.ics").status_code == 404
    assert client.get("/ru/news/calendar.ics").status_code == 404
    assert client.get("/ru/seminars/nothing.ics").status_code == 404
    assert client.get("/ru/no-such-section/calendar.ics").status_code == 404


def test_sitemap_lists_live_pages_of_both_languages_with_alternates(client):
    item = factories.news(title="Новость для карты сайта")
    english = translate(item, factories.home("en").locale, {"Новость для карты сайта": "News"})
    draft = factories.news(title="Черновик", live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring(response.content)
    locations = [url.findtext("s:loc", namespaces=ns) for url in root.findall("s:url", ns)]
    assert any(loc.endswith("/ru/") for loc in locations)
    assert any(loc.endswith("/en/") for loc in locations)
    assert any(loc.endswith(item.url) for loc in locations)
    assert any(loc.endswith(english.url) for loc in locations)
    assert not any(draft.slug in loc for loc in locations)
    entry = next(
        u
        for u in root.findall("s:url", ns)
        if u.findtext("s:loc", namespaces=ns).endswith(item.url)
    )
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", ns)}
    assert alternates["en"].endswith(english.url)
    assert alternates["ru"].endswith(item.url)


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_content_api_exposes_public_fields_of_live_pages(client):
    inst = factories.institution("lyceum", name="Лицей")
    resource = factories.resource(inst, title="Методическое пособие", levels=("secondary",))
    factories.news(title="Черновик", live=False)
    response = client.get(
        "/api/v2/pages/?type=association.ResourcePage"
        "&fields=abstract,education_level_codes,institution_slug,authors,document"
    )
    assert response.status_code == 200
    data = response.json()
    titles = [item["title"] for item in data["items"]]
    assert titles == ["Методическое пособие"]
    item = data["items"][0]
    assert item["education_level_codes"] == ["secondary"]
    assert item["institution_slug"] == "lyceum"
    assert item["authors"][0]["name"] == "Иванова Мария Петровна"
    assert item["document"]["id"] == resource.document_id
    news = client.get("/api/v2/pages/?type=association.NewsPage").json()
    assert "Черновик" not in [item["title"] for item in news["items"]]


def test_content_api_pages_endpoint_answers(client):
    response = client.get("/api/v2/pages/")
    assert response.status_code == 200
    assert "items" in response.json()


@pytest.mark.parametrize("endpoint", ["images", "documents"])
def test_content_api_has_no_catalogue_of_files(client, endpoint):
    # Files come with the pages that use them (tests/test_file_privacy.py).
    assert client.get(f"/api/v2/{endpoint}/", follow=True).status_code == 404


def test_content_api_rejects_bad_parameters_with_400(client):
    assert client.get("/api/v2/pages/?type=no.SuchType").status_code == 400
    assert client.get("/api/v2/pages/?limit=abc").status_code == 400
    assert client.get("/api/v2/pages/?fields=no_such_field").status_code == 400


def test_a_search_of_the_resource_database_is_a_feed_of_its_newest_resources(client):
    inst = factories.institution("lyceum-feeds", name="Лицей подписок")
    biology = factories.subject("biology", "Биология")
    physics = factories.subject("physics", "Физика")
    older = factories.resource(inst, title="Клетка: рабочий лист", subjects=[biology])
    newer = factories.resource(inst, title="Клетка и ткани: практикум", subjects=[biology])
    factories.resource(inst, title="Клетка Фарадея: опыт", subjects=[physics])
    factories.resource(inst, title="Черновик про клетку", subjects=[biology], live=False)

    # The listing offers the feed of what it shows: its words and filters, not its page.
    html = client.get("/ru/resources/?q=клетка&subject=biology&page=1&sort=relevance")
    html = html.content.decode()
    link = re.search(
        r'<link rel="alternate" type="application/rss\+xml" title="([^"]+)" href="([^"]+)"', html
    )
    assert link, "the page advertises no feed"
    title, address = link.group(1), link.group(2).replace("&amp;", "&")
    assert "Биология" in title and "клетка" in title
    assert address.startswith("/ru/resources/feed/?")
    assert parse_qs(urlsplit(address).query) == {"q": ["клетка"], "subject": ["biology"]}
    assert f'href="{link.group(2)}"' in html.split("</head>")[1], "no visible subscribe link"

    rss = client.get(address)
    assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(rss.content).find("channel")
    assert channel.findtext("title") == title
    # Newest first, whatever order the page was in; only public resources of the search.
    assert [item.findtext("title") for item in channel.findall("item")] == [
        newer.title,
        older.title,
    ]
    assert channel.find("item").findtext("link") == f"http://testserver{newer.url}"
    atom_link = channel.find("{http://www.w3.org/2005/Atom}link").get("href")
    assert atom_link.startswith("http://testserver/ru/resources/feed/?")

    atom = client.get(address.replace("/feed/?", "/feed/atom/?"))
    assert atom["Content-Type"].startswith("application/atom+xml")
    entries = ET.fromstring(atom.content).findall("{http://www.w3.org/2005/Atom}entry")
    assert [entry.findtext("{http://www.w3.org/2005/Atom}title") for entry in entries] == [
        newer.title,
        older.title,
    ]

    # Without a search, the whole database's newest; nonsense filters are ignored as the
    # page ignores them, never a server error.
    everything = ET.fromstring(client.get("/ru/resources/feed/").content).find("channel")
    assert len(everything.findall("item")) == 3
    odd = client.get("/ru/resources/feed/?level=nonsense&year=99999999999999999999&page=x")
    assert odd.status_code == 200


def test_browsers_are_offered_the_resource_search(client):
    html = client.get("/en/").content.decode()
    assert (
        '<link rel="search" type="application/opensearchdescription+xml" '
        'title="Resource search" href="/en/resources/opensearch/">'
    ) in html
    response = client.get("/en/resources/opensearch/")
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    ns = {"os": "http://a9.com/-/spec/opensearch/1.1/"}
    description = ET.fromstring(response.content)
    assert len(description.findtext("os:ShortName", namespaces=ns)) <= 16
    assert description.findtext("os:Language", namespaces=ns) == "en"
    templates = {url.get("type"): url.get("template") for url in description.findall("os:Url", ns)}
    assert templates["text/html"] == "http://testserver/en/resources/?q={searchTerms}"
    assert templates["application/rss+xml"] == (
        "http://testserver/en/resources/feed/?q={searchTerms}"
    )
    russian = ET.fromstring(client.get("/ru/resources/opensearch/").content)
    assert russian.findtext("os:ShortName", namespaces=ns) == "Поиск ресурсов"
