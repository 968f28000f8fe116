"""A resource's "Cite" dialog, its citation files and its Highwire meta tags.

The expected references are written by hand from the rules, not taken from the processor:
GOST R 7.0.100-2018 describes a resource on a website as a component of it — heading with
the first of at most three authors (family name, initials), title, other title
information (the kind of resource, in lower case) after " : ", the statement of
responsibility after " / " (initials first) with the institution after " ; ", then
". — " and the content type and means of access, " // " the website with "[сайт]", the
year (left out when unknown, as for undated pages of a site), "URL:" and the date of
access; APA 7 gives Author, A. A. (Year or "n.d."). *Title* [Description]. Publisher. URL
(no full stop after the URL, "&" before the last author).
"""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from wagtail.documents.models import Document
from wagtail.models import Locale

from association.citations import GOST_CONTENT, apa_reference, csl_item, gost_reference
from association.models import ResourceAuthor
from core.localization import translate
from home.persistent import publication

from . import factories

pytestmark = pytest.mark.django_db

SITE_RU = "Ассоциация образовательных организаций"
SITE_EN = "Association of Educational Institutions"
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _authors(page, *names):
    page.authors = [ResourceAuthor(name=name) for name in names]
    page.save_revision().publish()
    return page


def build():
    english = Locale.objects.get(language_code="en")
    inst = factories.institution(name="Лицей № 7", name_en="Lyceum No. 7")
    lesson = factories.resource_type("lesson-plan", "Конспект урока")
    translate(lesson, english, {"Конспект урока": "Lesson plan"})
    guide = factories.resource_type("methodological-guide", "Методическое пособие")
    article = factories.resource_type("article", "Статья")
    one = factories.resource(inst, title="Дроби в 5 классе", rtype=lesson, year=2023)
    pdf = Document(title="Дроби", collection=inst.collection)
    pdf.file.save("drobi.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    pdf.save()
    one.document = pdf
    one.save_revision().publish()
    several = factories.resource(inst, title="Проектная неделя в школе", rtype=guide, year=2022)
    _authors(several, "Петров Антон Сергеевич", "Сидорова Елена Игоревна", "Орлов Пётр")
    undated = factories.resource(inst, title="Игры на переменах", rtype=lesson)
    _authors(undated, "Смирнова Ольга Викторовна")
    in_english = factories.resource(
        inst, title="Fractions with paper strips", rtype=lesson, language="en"
    )
    _authors(in_english, "John R. Smith", "Brown, Anna")
    link_only = factories.resource(
        inst, title="Школьная метеостанция", rtype=article, year=2021, with_document=False
    )
    _authors(link_only, "Лебедев Степан Аркадьевич")
    return {
        "one": one,
        "several": several,
        "undated": undated,
        "in_english": in_english,
        "link_only": link_only,
    }


world = factories.module_world(build)


def today() -> str:
    return timezone.localdate().strftime("%d.%m.%Y")


def address(page) -> str:
    return f"http://testserver/r/{page.pk}/"


def dialog(client, url: str, **headers) -> BeautifulSoup:
    response = client.get(url, **headers)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def reference(page: BeautifulSoup, which: str) -> str:
    return " ".join(page.select_one(f"#cite-{which}").get_text().split())


# (resource, GOST R 7.0.100-2018, APA 7): {url} is the persistent address, {today} the date
# of access; the APA title is in italics.
REFERENCES = [
    (
        "one",
        "Иванова, М. П. Дроби в 5 классе : конспект урока / М. П. Иванова ; Лицей № 7. — "
        f"Текст : электронный // {SITE_RU} : [сайт]. — 2023. — URL: {{url}} "
        "(дата обращения: {today}).",
        "Иванова, М. П. (2023). Дроби в 5 классе [Конспект урока]. Лицей № 7. {url}",
    ),
    (
        "several",
        "Петров, А. С. Проектная неделя в школе : методическое пособие / А. С. Петров, "
        "Е. И. Сидорова, П. Орлов ; Лицей № 7. — "
        f"Текст : электронный // {SITE_RU} : [сайт]. — 2022. — URL: {{url}} "
        "(дата обращения: {today}).",
        "Петров, А. С., Сидорова, Е. И., & Орлов, П. (2022). Проектная неделя в школе "
        "[Методическое пособие]. Лицей № 7. {url}",
    ),
    (
        "link_only",
        "Лебедев, С. А. Школьная метеостанция : статья / С. А. Лебедев ; Лицей № 7. — "
        f"Текст : электронный // {SITE_RU} : [сайт]. — 2021. — URL: {{url}} "
        "(дата обращения: {today}).",
        "Лебедев, С. А. (2021). Школьная метеостанция [Статья]. Лицей № 7. {url}",
    ),
]


def test_references_of_resources_of_every_shape(client, world):
    for name, gost, apa in REFERENCES:
        resource = world[name]
        page = dialog(client, resource.url)
        assert reference(page, "gost") == gost.format(url=address(resource), today=today())
        assert reference(page, "apa") == apa.format(url=address(resource))
        # In APA the title is in italics, and only the title.
        assert [i.get_text() for i in page.select("#cite-apa i")] == [resource.title]


def test_reference_of_an_english_resource_on_the_english_site(client, world):
    resource = world["in_english"]
    english_page = translate(resource, Locale.objects.get(language_code="en"), {})
    page = dialog(client, english_page.url)
    assert page.select_one("details.cite > summary").get_text(strip=True) == "Cite"
    assert reference(page, "gost") == (
        "Smith, J. R. Fractions with paper strips : lesson plan / J. R. Smith, A. Brown ; "
        f"Lyceum No. 7. — Текст : электронный // {SITE_EN} : [сайт]. — 2024. — "
        f"URL: {address(resource)} (дата обращения: {today()})."
    )
    assert reference(page, "apa") == (
        "Smith, J. R., & Brown, A. (2024). Fractions with paper strips [Lesson plan]. "
        f"Lyceum No. 7. {address(resource)}"
    )


def test_reference_without_a_year(rf, world):
    # The portal asks every resource for its year; a record without one (an old
    # catalogue's) is described without a date in GOST and as "n.d." in APA.
    undated = world["undated"]
    undated.year = None
    with translation.override("ru"):
        item = csl_item(undated, publication(rf.get("/")))
    assert "issued" not in item
    assert " ".join(gost_reference(item).split()) == (
        "Смирнова, О. В. Игры на переменах : конспект урока / О. В. Смирнова ; Лицей № 7. — "
        f"Текст : электронный // {SITE_RU} : [сайт]. — URL: {address(undated)} "
        f"(дата обращения: {today()})."
    )
    # APA asks an undated online work for the day it was seen.
    day = timezone.localdate()
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа"]
    months += ["сентября", "октября", "ноября", "декабря"]
    assert apa_reference(item, "ru") == (
        f"Смирнова, О. В. (б. д.). <i>Игры на переменах</i> [Конспект урока]. Лицей № 7. "
        f"Извлечено {day.day} {months[day.month - 1]} {day.year} г., от {address(undated)}"
    )
    assert apa_reference(item, "en") == (
        f"Смирнова, О. В. (n.d.). <i>Игры на переменах</i> [Конспект урока]. Лицей № 7. "
        f"Retrieved {ENGLISH_MONTHS[day.month - 1]} "
        f"{day.day}, {day.year}, from {address(undated)}"
    )


def test_cite_dialog_is_a_disclosure_in_both_languages(client, world):
    one = world["one"]
    page = dialog(client, one.url)
    details = page.select_one("details#cite")
    assert details.select_one("summary").get_text(strip=True) == "Цитировать"
    panel = details.select_one("section")
    assert panel["aria-labelledby"] == "cite-heading"
    assert page.select_one("#cite-heading").get_text(strip=True) == "Как сослаться на этот ресурс"
    assert panel.select_one("a.cite__url")["href"] == address(one)
    links = {a["download"]: a["href"] for a in panel.select(".cite__downloads a")}
    number = one.pk
    assert links == {
        f"resource-{number}.bib": f"/r/{number}/citation.bib?lang=ru",
        f"resource-{number}.ris": f"/r/{number}/citation.ris?lang=ru",
        f"resource-{number}.json": f"/r/{number}/citation.json?lang=ru",
    }
    # The copy buttons wait for the script that makes them work.
    assert all(button.has_attr("hidden") for button in panel.select("button[data-copy]"))


def test_highwire_meta_tags(client, world):
    one, several, link_only = world["one"], world["several"], world["link_only"]

    def tags(resource) -> list[tuple[str, str]]:
        page = dialog(client, resource.url)
        return [(meta["name"], meta["content"]) for meta in page.select("meta[name^=citation_]")]

    found = tags(one)
    assert ("citation_title", "Дроби в 5 классе") in found
    assert ("citation_author", "Иванова, Мария Петровна") in found
    assert ("citation_publication_date", "2023") in found
    assert ("citation_language", "ru") in found
    assert ("citation_publisher", "Лицей № 7") in found
    assert dict(found)["citation_pdf_url"] == f"http://testserver{one.document.url}"
    authors = [content for name, content in tags(several) if name == "citation_author"]
    assert authors == ["Петров, Антон Сергеевич", "Сидорова, Елена Игоревна", "Орлов, Пётр"]
    # A plain-text file or a link is no PDF for scholarly indexes.
    assert "citation_pdf_url" not in dict(tags(link_only))


def test_citation_files_for_reference_managers(client, world):
    several = world["several"]
    number = several.pk
    response = client.get(f"/r/{number}/citation.bib?lang=ru")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="resource-{number}.bib"'
    bib = response.content.decode()
    assert bib.startswith(f"@misc{{resource-{number},\n")
    assert "author = {Петров, Антон Сергеевич and Сидорова, Елена Игоревна and Орлов, Пётр}" in bib
    assert "title = {{Проектная неделя в школе}}" in bib and "year = {2022}" in bib
    assert f"url = {{{address(several)}}}" in bib

    response = client.get(f"/r/{number}/citation.ris?lang=ru")
    assert response["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="resource-{number}.ris"'
    lines = response.content.decode().split("\r\n")
    assert lines[0] == "TY  - GEN" and lines[-2:] == ["ER  - ", ""]
    assert [line for line in lines if line.startswith("AU")] == [
        "AU  - Петров, Антон Сергеевич",
        "AU  - Сидорова, Елена Игоревна",
        "AU  - Орлов, Пётр",
    ]
    assert "PY  - 2022" in lines and f"UR  - {address(several)}" in lines

    response = client.get(f"/r/{number}/citation.json?lang=en")
    assert response["Content-Type"] == "application/vnd.citationstyles.csl+json; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="resource-{number}.json"'
    [item] = json.loads(response.content)
    assert item["author"][0] == {"family": "Петров", "given": "Антон Сергеевич"}
    assert item["issued"] == {"date-parts": [[2022]]}
    assert item["URL"] == address(several)
    # In English: the institution's English name, the website's English name.
    assert item["publisher"] == "Lyceum No. 7" and item["container-title"] == SITE_EN


@pytest.mark.parametrize(
    ("path", "status", "reason"),
    [
        ("/r/abc/citation.bib", 404, "«abc» — не номер ресурса"),
        ("/r/99999999/citation.bib", 404, "Нет открытого ресурса с номером 99999999."),
        ("/r/{number}/citation.xml", 404, "citation.bib, citation.ris, citation.json"),
        ("/r/{number}/citation.bib?lang=de", 400, "Неизвестный язык «de»"),
    ],
)
def test_bad_citation_requests_say_why(client, world, path, status, reason):
    response = client.get(path.format(number=world["one"].pk), HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/plain")
    assert reason in response.content.decode()


def test_four_or_more_authors_are_described_under_the_title(rf, world):
    # GOST heads a description with the first author only up to three authors; from four
    # on it starts with the title, naming four authors, or the first three and [и др.].
    resource = world["several"]
    names = ["Петров Антон Сергеевич", "Сидорова Елена Игоревна", "Орлов Пётр", "Ким Ира"]
    for count, responsibility in (
        (4, "А. С. Петров, Е. И. Сидорова, П. Орлов, И. Ким"),
        (5, "А. С. Петров, Е. И. Сидорова, П. Орлов [и др.]"),
    ):
        resource.authors = [ResourceAuthor(name=name) for name in [*names, "Зуев Лев"][:count]]
        with translation.override("ru"):
            item = csl_item(resource, publication(rf.get("/")))
        assert gost_reference(item).startswith(
            f"Проектная неделя в школе : методическое пособие / {responsibility} ; Лицей № 7. — "
        )
    video = "Изображение (движущееся ; двухмерное) : электронное"
    assert f"— {video} // {SITE_RU}" in gost_reference(item, GOST_CONTENT["video"])
