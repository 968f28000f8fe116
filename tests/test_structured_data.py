"""Every public page type describes itself to search engines in JSON-LD (schema.org), read
back here as a search engine reads it, by extruct."""

from __future__ import annotations

import datetime as dt
import io

import extruct
import pytest
from django.core.cache import cache
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Locale

from association.models import Institution, SeminarPage
from core.localization import translate

from . import factories

pytestmark = pytest.mark.django_db


def build():
    english = Locale.objects.get(language_code="en")
    inst = factories.institution(
        name="Гимназия № 3",
        name_en="Gymnasium No. 3",
        short_name="Гимназия 3",
        kind=Institution.Kind.SCHOOL,
        region=factories.region(),
        city="Казань",
        address="ул. Школьная, 3",
        website="https://gymnasium3.example.ru",
        email="office@gymnasium3.example.ru",
        phone="+7 843 000-00-03",
    )
    lesson = factories.resource_type("lesson-plan", "Конспект урока")
    translate(lesson, english, {"Конспект урока": "Lesson plan"})
    maths = factories.subject("mathematics", "Математика")
    translate(maths, english, {"Математика": "Mathematics"})
    resource = factories.resource(
        inst,
        title="Дроби на полосках бумаги",
        abstract="Как объяснить дроби с помощью полосок бумаги.",
        rtype=lesson,
        subjects=[maths],
        levels=("primary", "basic"),
        year=2023,
    )
    english_resource = translate(
        resource,
        english,
        {
            "Дроби на полосках бумаги": "Fractions with paper strips",
            "Как объяснить дроби с помощью полосок бумаги.": "Explaining fractions with strips.",
        },
    )
    seminar = factories.seminar(
        title="Наставничество в школе",
        format=SeminarPage.Format.HYBRID,
        online_url="https://meet.example.ru/mentoring",
        venue="Актовый зал гимназии",
        address="ул. Школьная, 3",
        organisers=[inst],
        registration_enabled=True,
        starts_in=dt.timedelta(days=10),
    )
    past = factories.seminar(
        title="Прошедший вебинар",
        format=SeminarPage.Format.ONLINE,
        venue="",
        online_url="https://meet.example.ru/old",
        registration_url="https://forms.example.ru/old",
        starts_in=-dt.timedelta(days=10),
    )
    news = factories.news(title="Итоги </script><script>alert(1)</script> года")
    return {
        "inst": inst,
        "resource": resource,
        "english_resource": english_resource,
        "seminar": seminar,
        "past": past,
        "news": news,
    }


world = factories.module_world(build)


def json_ld(client, url: str) -> dict[str, dict]:
    """The page's JSON-LD blocks by @type."""
    response = client.get(url)
    assert response.status_code == 200
    blocks = extruct.extract(
        response.content.decode(), base_url=f"http://testserver{url}", syntaxes=["json-ld"]
    )["json-ld"]
    assert all(block["@context"] == "https://schema.org" for block in blocks)
    return {block["@type"]: block for block in blocks}


def test_resource_is_a_learning_resource(client, world):
    resource = world["resource"]
    data = json_ld(client, resource.url)["LearningResource"]
    assert data["name"] == "Дроби на полосках бумаги"
    assert data["url"] == f"http://testserver{resource.url}"
    assert data["@id"] == f"http://testserver/r/{resource.pk}/"
    assert data["educationalLevel"] == ["Начальное общее образование", "Основное общее образование"]
    assert data["teaches"] == ["Математика"]
    assert data["about"] == [{"@type": "Thing", "name": "Математика"}]
    assert data["learningResourceType"] == "Конспект урока"
    assert data["inLanguage"] == "ru"
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["author"] == [{"@type": "Person", "name": "Иванова Мария Петровна"}]
    assert data["datePublished"] == "2023"
    assert data["isAccessibleForFree"] is True
    assert data["publisher"] == {
        "@type": "EducationalOrganization",
        "name": "Гимназия № 3",
        "url": "https://gymnasium3.example.ru",
    }
    [media] = data["encoding"]
    assert media["contentUrl"] == f"http://testserver{resource.document.url}"
    assert media["encodingFormat"] == "text/plain"


def test_english_page_describes_itself_in_english(client, world):
    english = world["english_resource"]
    blocks = json_ld(client, english.url)
    data = blocks["LearningResource"]
    assert data["name"] == "Fractions with paper strips"
    assert data["description"] == "Explaining fractions with strips."
    assert data["educationalLevel"] == ["Primary general education", "Basic general education"]
    assert data["learningResourceType"] == "Lesson plan"
    assert data["teaches"] == ["Mathematics"]
    assert data["publisher"]["name"] == "Gymnasium No. 3"
    # One resource, one persistent address, in every language.
    assert data["@id"] == f"http://testserver/r/{world['resource'].pk}/"
    crumbs = blocks["BreadcrumbList"]["itemListElement"]
    assert crumbs[0]["name"] == "Home" and crumbs[0]["item"] == "http://testserver/en/"
    assert crumbs[-1]["name"] == "Fractions with paper strips"


def test_event_with_open_sign_up(client, world):
    seminar = world["seminar"]
    data = json_ld(client, seminar.url)["Event"]
    assert data["name"] == "Наставничество в школе"
    assert data["startDate"] == seminar.local_starts_at.isoformat()
    assert data["startDate"].endswith("+03:00")  # Moscow time, as the page says
    assert data["endDate"] == seminar.local_ends_at.isoformat()
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["location"] == [
        {"@type": "VirtualLocation", "url": "https://meet.example.ru/mentoring"},
        {
            "@type": "Place",
            "name": "Актовый зал гимназии",
            "address": {"@type": "PostalAddress", "streetAddress": "ул. Школьная, 3"},
        },
    ]
    assert [organiser["name"] for organiser in data["organizer"]] == ["Гимназия № 3"]
    assert data["offers"]["url"] == f"http://testserver{seminar.url}#registration"
    assert data["offers"]["validThrough"] == seminar.local_starts_at.isoformat()


def test_past_event_offers_no_sign_up_nor_its_link(client, world):
    past = world["past"]
    data = json_ld(client, past.url)["Event"]
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    # The page no longer shows the link to join, nor the registration link.
    assert data["location"] == [{"@type": "VirtualLocation", "url": f"http://testserver{past.url}"}]
    assert "offers" not in data
    # An event of the association's office: the association organises it.
    assert data["organizer"] == [
        {
            "@type": "Organization",
            "name": "Ассоциация образовательных организаций",
            "url": "http://testserver/ru/",
        }
    ]


def test_news_article_and_a_title_that_tries_to_end_the_script(client, world):
    news = world["news"]
    blocks = json_ld(client, news.url)
    data = blocks["NewsArticle"]
    assert data["headline"] == "Итоги </script><script>alert(1)</script> года"
    assert data["datePublished"] == news.date.isoformat()
    assert data["publisher"]["name"] == "Ассоциация образовательных организаций"
    assert data["inLanguage"] == "ru"
    assert blocks["BreadcrumbList"]["itemListElement"][-1]["name"] == data["headline"]
    html = client.get(news.url).content.decode()
    assert "<script>alert(1)" not in html


def test_institution_section_is_an_educational_organization(client, world):
    inst = world["inst"]
    data = json_ld(client, inst.page.url)["EducationalOrganization"]
    assert data["name"] == "Гимназия № 3"
    assert sorted(data["alternateName"]) == ["Gymnasium No. 3", "Гимназия 3"]
    assert data["url"] == f"http://testserver{inst.page.url}"
    assert data["sameAs"] == "https://gymnasium3.example.ru"
    assert data["email"] == "office@gymnasium3.example.ru"
    assert data["telephone"] == "+7 843 000-00-03"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "ул. Школьная, 3",
        "addressLocality": "Казань",
        "addressRegion": "Северный район",
    }
    assert data["memberOf"]["name"] == "Ассоциация образовательных организаций"


def test_breadcrumb_list_follows_the_visible_breadcrumbs(client, world):
    from bs4 import BeautifulSoup

    resource = world["resource"]
    for url in ("/ru/news/", world["inst"].page.url, resource.url):
        html = client.get(url).content.decode()
        visible = [
            item.get_text(strip=True)
            for item in BeautifulSoup(html, "html.parser").select("nav.breadcrumbs li")
        ]
        crumbs = json_ld(client, url)["BreadcrumbList"]["itemListElement"]
        assert [crumb["name"] for crumb in crumbs] == visible
        assert [crumb["position"] for crumb in crumbs] == list(range(1, len(visible) + 1))
        assert crumbs[-1]["item"] == f"http://testserver{url}"
    # The home page has no breadcrumbs, so no BreadcrumbList: it describes the website.
    home = json_ld(client, "/en/")
    assert "BreadcrumbList" not in home
    assert home["WebSite"]["name"] == "Association of Educational Institutions"
    assert home["WebSite"]["url"] == "http://testserver/en/"
    assert home["WebSite"]["inLanguage"] == "en"


def test_a_news_image_lost_from_storage_leaves_the_article_without_an_image(client, db):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    picture = Image.objects.create(title="Фото", file=ImageFile(buffer, name="photo.png"))
    item = factories.news(title="Новость с фото", image=picture)
    assert json_ld(client, item.url)["NewsArticle"]["image"]
    picture.renditions.all().delete()
    picture.file.storage.delete(picture.file.name)
    cache.clear()
    response = client.get(item.url)
    assert response.status_code == 200
    assert "image" not in json_ld(client, item.url)["NewsArticle"]
