"""Every page type renders for the public, in both languages, with its content."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from association.models import (
    InstitutionPage,
    NewsIndexPage,
    ResourceIndexPage,
    SeminarIndexPage,
    SeminarPage,
)
from core.localization import translate

from . import factories

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("accept", "target"),
    [("ru-RU,ru;q=0.9", "/ru/"), ("en-GB,en;q=0.8", "/en/"), ("de-DE", "/ru/"), ("", "/ru/")],
)
def test_root_redirects_to_the_visitors_language(client, accept, target):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept} if accept else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response.url == target


@pytest.mark.parametrize(
    "path",
    [
        "/ru/",
        "/ru/news/",
        "/ru/institutions/",
        "/ru/programs/",
        "/ru/seminars/",
        "/ru/resources/",
        "/ru/search/",
        "/ru/about/",
        "/ru/join/",
    ],
)
def test_sections_of_the_url_scheme_exist_in_both_languages(client, path):
    for language in ("ru", "en"):
        localized = path.replace("/ru/", f"/{language}/", 1)
        page = soup(client.get(localized))
        assert page.html["lang"] == language
        assert page.find("h1").get_text(strip=True)
        assert page.find("main", id="main")
        assert page.select_one("a.skip-link[href='#main']")


def test_home_page_shows_latest_news_events_and_resources(client):
    inst = factories.institution(name="Лицей № 1")
    factories.news(title="Сеть подвела итоги года")
    factories.seminar(title="Семинар о наставничестве")
    factories.seminar(title="Прошедший семинар", starts_in=-dt.timedelta(days=30))
    factories.resource(inst, title="Конспект урока по геометрии")
    page = soup(client.get("/ru/"))
    text = page.get_text(" ")
    assert "Сеть подвела итоги года" in text
    assert "Семинар о наставничестве" in text
    assert "Прошедший семинар" not in text
    assert "Конспект урока по геометрии" in text
    nav = page.find("nav", attrs={"aria-label": True, "class": "main-nav"})
    assert [a["href"] for a in nav.find_all("a")][:3] == [
        "/ru/news/",
        "/ru/institutions/",
        "/ru/programs/",
    ]


def test_news_page_renders_with_breadcrumbs_and_meta_tags(client):
    item = factories.news(title="Открыт приём заявок", intro="Заявки принимаются до мая.")
    page = soup(client.get(item.url))
    assert page.find("h1").get_text(strip=True) == "Открыт приём заявок"
    crumbs = [a.get_text(strip=True) for a in page.select("nav.breadcrumbs a")]
    assert crumbs[-1] == "Новости"
    assert page.find("link", rel="canonical")["href"].endswith("/ru/news/" + item.slug + "/")
    assert page.find("meta", property="og:title")["content"] == "Открыт приём заявок"
    assert page.find("meta", attrs={"name": "description"})["content"] == (
        "Заявки принимаются до мая."
    )
    assert page.find("meta", property="og:type")["content"] == "article"


def test_translated_page_links_its_translation_with_hreflang(client):
    item = factories.news(title="Итоги конкурса", intro="Подвели итоги.")
    english = translate(item, factories.home("en").locale, {"Итоги конкурса": "Contest results"})
    page = soup(client.get(item.url))
    alternates = {link["hreflang"]: link["href"] for link in page.find_all("link", hreflang=True)}
    assert alternates["ru"].endswith(item.url)
    assert alternates["en"].endswith(english.url)
    switcher = page.find("nav", class_="language-switcher")
    assert switcher.find("a", hreflang="en")["href"] == english.url
    english_page = soup(client.get(english.url))
    assert english_page.html["lang"] == "en"
    assert english_page.find("h1").get_text(strip=True) == "Contest results"


def test_switcher_falls_back_to_the_home_page_when_there_is_no_translation(client):
    item = factories.news(title="Только по-русски")
    page = soup(client.get(item.url))
    link = page.find("nav", class_="language-switcher").find("a", hreflang="en")
    assert link["href"] == "/en/?untranslated=1"
    notice = soup(client.get(link["href"])).find(class_="notice")
    assert notice is not None and notice.get_text(strip=True)


def test_institution_section_shows_profile_facts_and_own_content_only(client):
    region = factories.region("lakeside", "Приозёрный район")
    mine = factories.institution(
        "lyceum-2",
        name="Лицей № 2",
        city="Веретинск",
        region=region,
        website="https://l2.example.ru",
    )
    other = factories.institution("school-9", name="Школа № 9")
    factories.news(factories.institution_index(NewsIndexPage, mine), title="Новость лицея")
    factories.news(factories.institution_index(NewsIndexPage, other), title="Новость школы")
    factories.resource(mine, title="Ресурс лицея")
    response = client.get("/ru/institutions/lyceum-2/")
    text = soup(response).get_text(" ")
    assert "Лицей № 2" in text
    assert "Приозёрный район" in text
    assert "https://l2.example.ru" in text
    assert "Новость лицея" in text and "Ресурс лицея" in text
    assert "Новость школы" not in text
    sub_sections = soup(client.get("/ru/institutions/lyceum-2/news/")).get_text(" ")
    assert "Новость лицея" in sub_sections and "Новость школы" not in sub_sections


def test_resource_page_offers_its_document_and_classification(client):
    inst = factories.institution(name="Колледж связи")
    math = factories.subject("mathematics", "Математика")
    item = factories.resource(
        inst, title="Сборник задач", levels=("basic", "secondary"), subjects=[math], year=2023
    )
    page = soup(client.get(item.url))
    download = page.find("a", attrs={"download": True})
    assert download["href"] == item.document.url
    assert client.get(download["href"]).status_code == 200
    facts = page.find("dl", class_="facts").get_text(" ")
    assert "Математика" in facts
    assert "2023" in facts
    assert "Колледж связи" in facts


def test_resource_index_of_an_institution_lists_its_resources(client):
    inst = factories.institution()
    factories.resource(inst, title="Первый ресурс")
    index = ResourceIndexPage.objects.child_of(inst.page).get()
    assert "Первый ресурс" in soup(client.get(index.url)).get_text(" ")


def test_seminar_page_shows_local_time_of_its_time_zone(client):
    item = factories.seminar(title="Вебинар для учителей", time_zone="Asia/Yekaterinburg")
    SeminarPage.objects.filter(pk=item.pk).update(
        starts_at=dt.datetime(2030, 3, 10, 5, 0, tzinfo=dt.UTC),
        ends_at=dt.datetime(2030, 3, 10, 7, 0, tzinfo=dt.UTC),
    )
    page = soup(client.get(item.url))
    start = page.find("dl", class_="facts").find("time")
    assert start["datetime"].startswith("2030-03-10T")
    # 05:00 UTC is 10:00 in Yekaterinburg.
    assert "10:00" in start.get_text()
    assert page.find("a", href=item.url + "event.ics")


def test_joint_programme_page_lists_partners_and_coordinators(client):
    first = factories.institution(name="Университет А")
    second = factories.institution(name="Колледж Б")
    item = factories.programme(partners=[first, second], double_diploma=True)
    page = soup(client.get(item.url))
    partners = page.find("aside").get_text(" ")
    assert "Университет А" in partners and "Колледж Б" in partners
    assert page.find("a", href=first.page.url)


def enquiry_form():
    """A general-purpose form page (joining the network has its own flow, network app)."""
    from home.models import FormField, FormPage

    page = FormPage(title="Обратная связь", slug="feedback", to_address="office@example.ru")
    for position, (label, field_type) in enumerate(
        (("Имя", "singleline"), ("Электронная почта", "email"), ("Согласие", "checkbox"))
    ):
        page.form_fields.add(
            FormField(sort_order=position, label=label, field_type=field_type, required=True)
        )
    factories.home().add_child(instance=page)
    page.save_revision().publish()
    return page


def test_form_page_stores_submission_for_the_office(client, admin_client):
    from wagtail.contrib.forms.models import FormSubmission

    enquiry_form()
    form_page = soup(client.get("/ru/feedback/"))
    form = form_page.find("form", class_="form")
    fields = {field["name"]: field for field in form.find_all(["input", "textarea"])}
    data = {}
    for name, field in fields.items():
        if name == "csrfmiddlewaretoken":
            continue
        if field.get("type") == "checkbox":
            data[name] = "on"
        elif field.get("type") == "email":
            data[name] = "director@school.example.ru"
        else:
            data[name] = "Школа № 5"
    response = client.post("/ru/feedback/", data)
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1
    submission = FormSubmission.objects.get()
    listing = admin_client.get(f"/admin/forms/submissions/{submission.page_id}/")
    assert "director@school.example.ru" in listing.content.decode()


def test_form_page_reports_missing_required_fields(client):
    from wagtail.contrib.forms.models import FormSubmission

    enquiry_form()
    response = client.post("/ru/feedback/", {})
    page = soup(response)
    assert page.select(".form__error")
    assert FormSubmission.objects.count() == 0


def test_unknown_address_gets_the_friendly_404_in_its_language(client):
    for language in ("ru", "en"):
        response = client.get(f"/{language}/no-such-page/")
        assert response.status_code == 404
        page = BeautifulSoup(response.content, "html.parser")
        assert page.html["lang"] == language
        assert page.find("a", href=f"/{language}/")


def test_server_error_page_is_self_contained(client):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "<link" not in html and "{%" not in html
    assert 'lang="ru"' in html and 'lang="en"' in html


def test_drafts_are_not_public(client):
    item = factories.news(title="Черновик", live=False)
    assert client.get("/ru/news/" + item.slug + "/").status_code == 404
    assert "Черновик" not in soup(client.get("/ru/news/")).get_text(" ")


def test_institution_pages_in_the_directory(client):
    factories.institution("alpha", name="Альфа")
    directory = soup(client.get("/ru/institutions/"))
    assert directory.find("a", href="/ru/institutions/alpha/")
    assert InstitutionPage.objects.get(
        slug="alpha", locale__language_code="ru"
    ).institution.slug == ("alpha")


def test_institution_sections_have_their_sub_indexes():
    inst = factories.institution()
    kinds = {type(child.specific) for child in inst.page.get_children()}
    assert kinds == {NewsIndexPage, SeminarIndexPage, ResourceIndexPage}


def test_untranslated_page_in_the_english_tree_says_so_and_is_marked_russian(client):
    from wagtail_localize.synctree import create_aliases_for_new_page

    item = factories.news(title="Новость без перевода")
    create_aliases_for_new_page(item)
    alias = item.get_translation(factories.home("en").locale)
    assert alias.alias_of_id == item.pk
    page = soup(client.get(alias.url))
    assert page.html["lang"] == "en"
    assert page.find(class_="notice", role="note")
    assert page.find("h1")["lang"] == "ru"
    assert page.find("link", rel="canonical")["href"].endswith(item.url)
    # The alias is not a translation: no hreflang for it, and the switcher on the Russian
    # page sends English readers to their home page with a notice.
    russian = soup(client.get(item.url))
    assert {link["hreflang"] for link in russian.find_all("link", hreflang=True)} == {"ru"}
    switch = russian.find("nav", class_="language-switcher").find("a", hreflang="en")
    assert switch["href"] == "/en/?untranslated=1"
    assert not any(alias.url in loc for loc in client.get("/sitemap.xml").content.decode().split())
