"""Pictures as a visitor meets them on the demo network: in cards, on institution pages,
on the home page, and when a page is shared (og:image)."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest
from django.test import Client
from PIL import Image as PILImage
from wagtail.images.models import Image

from association.models import InstitutionPage, JointProgramPage, NewsPage, SeminarPage
from core.blocks import FigureBlock
from demo import content, images
from home.models import HomePage


class Tags(HTMLParser):
    """The start tags of a page, as (name, attributes) pairs."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def all(self, name: str) -> list[dict]:
        return [attrs for tag, attrs in self.tags if tag == name]

    def meta(self, key: str) -> str | None:
        for attrs in self.all("meta"):
            if key in (attrs.get("property"), attrs.get("name")):
                return attrs.get("content")
        return None


@pytest.fixture
def visitor(demo, db, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    return Client()


def get(client: Client, path: str) -> Tags:
    response = client.get(path)
    assert response.status_code == 200, path
    return Tags(response.content.decode())


def card_pictures(tags: Tags) -> list[dict]:
    return [img for img in tags.all("img") if img.get("loading") == "lazy"]


@pytest.mark.parametrize(
    "path, cards",
    [
        ("/ru/", 6),
        ("/ru/news/", 8),
        ("/en/seminars/", 8),
        ("/ru/institutions/", 14),
        ("/ru/institutions/vergu/", 1),
    ],
)
def test_lists_show_small_responsive_pictures_loaded_lazily(visitor, path, cards):
    tags = get(visitor, path)
    pictures = card_pictures(tags)
    assert len(pictures) >= cards, path
    for img in pictures:
        # Sized before they load (nothing jumps), several widths to choose from, decoded
        # off the main thread; the card's title says what they show.
        assert int(img["width"]) > 0 and int(img["height"]) > 0
        assert img["decoding"] == "async"
        assert len(img["srcset"].split(",")) == 2
        assert img["alt"] == ""
        assert img["src"].endswith((".jpg", ".png"))
    types = {source.get("type") for source in tags.all("source")}
    assert {"image/avif", "image/webp"} <= types
    # What the browser picks is served to an anonymous visitor.
    for img in pictures[:3]:
        response = visitor.get(img["src"])
        assert response.status_code == 200
        assert response["Cache-Control"] == "public, no-cache"


def test_a_news_item_without_a_picture_has_a_plain_card_and_no_share_image(visitor):
    news = NewsPage.objects.live().filter(locale__language_code="ru")
    assert news.filter(image__isnull=False).count() > 2 * news.filter(image=None).count()
    listing = visitor.get("/ru/news/").content.decode()
    plain = next(item for item in news.filter(image=None) if item.title in listing)
    # Its card has no empty picture box, and its page no empty figure.
    card = re.search(rf"<article[^>]*>(?:(?!</article>).)*{re.escape(plain.title)}", listing, re.S)
    assert "card__media" not in card.group(0) and "card--media" not in card.group(0)
    response = visitor.get(plain.url)
    assert "<figure" not in response.content.decode()
    tags = Tags(response.content.decode())
    assert tags.meta("og:image") is None
    assert tags.meta("twitter:card") == "summary"


@pytest.mark.parametrize(
    "model, language",
    [
        (NewsPage, "en"),
        (SeminarPage, "ru"),
        (JointProgramPage, "en"),
        (InstitutionPage, "en"),
        (HomePage, "ru"),
    ],
)
def test_pages_with_a_picture_are_shared_with_it(visitor, model, language):
    field = "hero_image" if model is HomePage else "cover" if model is InstitutionPage else "image"
    page = (
        model.objects.live()
        .filter(locale__language_code=language, **{f"{field}__isnull": False})
        .exclude(alias_of__isnull=False)
        .first()
    )
    assert page is not None, model
    tags = get(visitor, page.url)
    assert tags.meta("twitter:card") == "summary_large_image"
    width, height = int(tags.meta("og:image:width")), int(tags.meta("og:image:height"))
    assert width == 1200 and abs(width / height - 1.91) < 0.01  # Open Graph's large card
    alt = tags.meta("og:image:alt")
    assert alt
    # Described in the page's language.
    assert bool(re.search("[а-яё]", alt, re.I)) == (language == "ru"), alt
    address = tags.meta("og:image")
    assert address.startswith("http://testserver/media/images/")
    response = visitor.get(address.removeprefix("http://testserver"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    data = b"".join(response.streaming_content) if response.streaming else response.content
    with PILImage.open(io.BytesIO(data)) as picture:
        assert picture.size == (width, height)  # as the tags say


def test_an_institution_page_shows_its_cover_and_emblem(visitor):
    tags = get(visitor, "/en/institutions/vergu/")
    imgs = tags.all("img")
    cover = next(img for img in imgs if "cover" in img["src"])
    assert cover["alt"].startswith("Cover of the Veretinsk State University section")
    assert int(cover["width"]) * 3 == int(cover["height"]) * 8
    logo = next(img for img in imgs if "institution-head__logo" in img.get("class", ""))
    assert logo["alt"] == ""  # beside the heading that names the institution
    assert logo["src"].endswith(".png")


def test_the_home_page_has_its_picture_beside_the_headline(visitor):
    tags = get(visitor, "/en/")
    hero = next(img for img in tags.all("img") if img.get("fetchpriority") == "high")
    assert hero["alt"].startswith("Interlacing circles and lines")
    assert "loading" not in hero  # seen at once: not deferred


def test_demo_pictures_live_in_their_institutions_collections(demo, db):
    for data in content.INSTITUTIONS:
        page = InstitutionPage.objects.get(
            institution__slug=data["slug"], locale__language_code="ru"
        )
        assert page.logo.collection_id == page.institution.collection_id
        assert page.cover.collection_id == page.institution.collection_id
        assert page.logo.width == page.logo.height == images.LOGO_SIZE
    for image in Image.objects.all():
        assert image.description
        assert image.has_focal_point()
    assert Image.objects.count() >= 70


def test_pictures_are_the_same_every_time():
    first = images.lead_picture("a-slug", "vergu", "webinar")
    assert first.data == images.lead_picture("a-slug", "vergu", "webinar").data
    assert first.data != images.lead_picture("another-slug", "vergu", "webinar").data
    assert images.logo_picture("kpu", "x", "y").data.startswith(b"\x89PNG")


def test_page_bodies_take_pictures_with_captions():
    for model in (NewsPage, SeminarPage, JointProgramPage, InstitutionPage, HomePage):
        block = model._meta.get_field("body").stream_block.child_blocks["image"]
        assert isinstance(block, FigureBlock), model
