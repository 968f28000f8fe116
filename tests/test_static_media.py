"""Static files and images as the public receives them: responsive renditions in modern
formats with their dimensions, and fingerprinted static files cached for a year."""

from __future__ import annotations

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.test import Client
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from . import factories

pytestmark = pytest.mark.django_db


def photo(width: int = 1600, height: int = 1000):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (40, 120, 200)).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title="Фото с семинара", file=ImageFile(buffer, name="seminar.jpg")
    )


def test_news_image_is_a_responsive_picture_with_dimensions(client, site_pages):
    item = factories.news(title="Новость с фото", image=photo())
    page = BeautifulSoup(client.get(item.url).content, "html.parser")
    picture = page.select_one("figure picture")
    assert picture is not None
    types = [source["type"] for source in picture.select("source")]
    assert types == ["image/avif"]
    img = picture.select_one("img")
    assert img["src"].endswith(".webp")
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert len(img["srcset"].split(",")) >= 2
    assert img["sizes"]
    assert img["alt"] == "Фото с семинара"


def test_fingerprinted_static_files_are_compressed_and_cached_for_a_year(
    settings, tmp_path, site_pages
):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", interactive=False, verbosity=0)
    client = Client()  # WhiteNoise reads STATIC_ROOT when the handler is built
    home = BeautifulSoup(client.get("/ru/").content, "html.parser")
    stylesheet = home.select_one('link[rel="stylesheet"]')["href"]
    assert stylesheet.startswith("/static/css/portal.") and stylesheet != "/static/css/portal.css"
    response = client.get(stylesheet, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert "max-age=315360000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]
    assert response["Content-Encoding"] == "gzip"
