"""How a resource is cited: one CSL item per resource, from which come the references shown
on its page (GOST R 7.0.100-2018 and APA, by citeproc-py with the styles in
`citation_styles/`) and the files a reference manager imports (BibTeX, RIS, CSL-JSON).

The item names the resource by its persistent address (association.persistent), never by
its current URL, so a reference keeps working after the page moves."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import SimpleNamespace

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc.source.json import CiteProcJSON
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from .models import ResourcePage
from .persistent import doi, persistent_id

STYLES = Path(__file__).resolve().parent / "citation_styles"
GOST, APA = "gost-r-7-0-100-2018", "apa"
# Files for reference managers: extension -> (what the portal calls it, content type).
DOWNLOADS = {
    "bib": ("BibTeX", "application/x-bibtex; charset=utf-8"),
    "ris": ("RIS", "application/x-research-info-systems; charset=utf-8"),
    "json": ("CSL-JSON", "application/vnd.citationstyles.csl+json; charset=utf-8"),
}
# From four authors on, GOST R 7.0.100-2018 describes a work under its title.
GOST_HEADING_AUTHORS = 3
# GOST's statement of the content type and the means of access, by resource type (slug):
# a resource is a text unless its type says otherwise.
GOST_CONTENT = {
    "video": "Изображение (движущееся ; двухмерное) : электронное",
    "presentation": "Текст. Изображение : электронные",
}
GOST_TEXT = "Текст : электронный"

CYRILLIC = re.compile("[\u0400-\u04ff]")
# Russian patronymics spelt in Latin letters: "Ivanova Maria Petrovna" is family-first too.
PATRONYMIC = re.compile(r"(ovich|evich|ovna|evna|ichna|inichna|vich|vna)$", re.IGNORECASE)


def split_name(name: str) -> dict:
    """A CSL name from an author's full name as editors type it: "Family, Given" as
    written; a Cyrillic name in the Russian order, family name first ("Иванова Мария
    Петровна"), and so a Latin one ending with a patronymic; any other Latin name in the
    Western order, family name last ("John R. Smith")."""
    name = " ".join(name.split())
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        return {"family": family, "given": given} if given else {"family": family}
    words = name.split(" ")
    if len(words) == 1:
        return {"family": name}
    if CYRILLIC.search(name) or PATRONYMIC.search(words[-1]):
        return {"family": words[0], "given": " ".join(words[1:])}
    return {"family": words[-1], "given": " ".join(words[:-1])}


def _lower_first(text: str) -> str:
    """ "Конспект урока" -> "конспект урока", but "КИМ" stays as it is."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


@dataclass(frozen=True)
class Publication:
    """Where the portal publishes: the website's name and the persistent address's origin
    (scheme and host), both from the layer that knows the site."""

    site_name: str
    origin: str


def csl_item(page: ResourcePage, publication: Publication, accessed: dt.date | None = None) -> dict:
    """The resource as a CSL-JSON item, its texts in the page's own language (a translation
    gives its translated title, the interface language names the type)."""
    number = persistent_id(page)
    item: dict = {
        "id": f"resource-{number}",
        "type": "document",
        "title": page.title,
        "author": [split_name(author.name) for author in page.authors.all()],
        "genre": page.resource_type.localized_name,
        "container-title": publication.site_name,
        "URL": f"{publication.origin}/r/{number}/",
        "accessed": _date_parts(accessed or timezone.localdate()),
    }
    if page.year:
        item["issued"] = {"date-parts": [[page.year]]}
    if page.institution:
        item["publisher"] = page.institution.display_name
    if page.language != ResourcePage.Language.OTHER:
        item["language"] = page.language
    identifier = doi(number)
    if identifier:
        item["DOI"] = identifier
    if page.abstract:
        item["abstract"] = page.abstract
    keywords = [tag.name for tag in page.tags.all()]
    if keywords:
        item["keyword"] = ", ".join(keywords)
    if not item["author"]:
        del item["author"]
    return item


def _date_parts(day: dt.date) -> dict:
    return {"date-parts": [[day.year, day.month, day.day]]}


# References ------------------------------------------------------------------------------


@cache
def _style(name: str, locale: str) -> CitationStylesStyle:
    # Parsing a style takes longer than rendering with it: once per process.
    return CitationStylesStyle(str(STYLES / f"{name}.csl"), locale=locale, validate=False)


# citeproc-py's HTML formatter escapes some texts and not others (a title is written as
# it is): the processor writes plain text with italics marked by two control characters,
# and the whole reference is escaped here, once, before the marks become <i> elements.
ITALIC = ("\x02", "\x03")
MARKUP = SimpleNamespace(
    preformat=lambda text: text,
    Italic=lambda text: f"{ITALIC[0]}{text}{ITALIC[1]}",
    Oblique=lambda text: f"{ITALIC[0]}{text}{ITALIC[1]}",
    # Nothing else the two styles use is marked up.
    **dict.fromkeys(("Bold", "Light", "Underline", "Superscript", "Subscript", "SmallCaps"), str),
)


def _render(item: dict, style: CitationStylesStyle, names: dict | None = None) -> SafeString:
    clean = {
        key: value.translate({ord(mark): None for mark in ITALIC})
        if isinstance(value, str)
        else value
        for key, value in item.items()
    }
    source = CiteProcJSON([clean])
    for variable, value in (names or {}).items():
        # citeproc-py reads only its own list of name variables from JSON.
        source[item["id"]][variable] = source.parse_names(value)
    bibliography = CitationStylesBibliography(style, source, MARKUP)
    bibliography.register(Citation([CitationItem(item["id"])]))
    text = escape(str(bibliography.bibliography()[0]))
    return mark_safe(text.replace(ITALIC[0], "<i>").replace(ITALIC[1], "</i>"))


def gost_reference(item: dict, content: str | None = None) -> SafeString:
    """The GOST R 7.0.100-2018 description, as HTML; `content` states the content type
    and means of access (GOST_CONTENT), a text by default."""
    gost = dict(item, medium=content or GOST_TEXT)
    if gost.get("genre"):
        gost["genre"] = _lower_first(gost["genre"])
    names = {}
    if len(gost.get("author", ())) > GOST_HEADING_AUTHORS:
        # No heading: the authors are named in the statement of responsibility only, which
        # the style reads from `contributor` (CSL cannot count names).
        names["contributor"] = gost.pop("author")
    return _render(gost, _style(GOST, "ru-RU"), names)


def apa_reference(item: dict, language: str | None = None) -> SafeString:
    """The APA (7th edition) reference, with the terms of the page's language, as HTML.
    The work's publisher is the institution, so APA names no website beside it; a dated
    resource does not change, so it has no retrieval date (an undated one keeps it, as
    APA asks of undated online works)."""
    locale = "ru-RU" if (language or get_language() or "ru").startswith("ru") else "en-US"
    left_out = {"container-title"} | ({"accessed"} if "issued" in item else set())
    apa = {key: value for key, value in item.items() if key not in left_out}
    return _render(apa, _style(APA, locale))


# Files for reference managers -------------------------------------------------------------

BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
BIBTEX_LANGUAGES = {"ru": "russian", "en": "english"}


def _bibtex_text(text: str) -> str:
    return "".join(BIBTEX_SPECIAL.get(char, char) for char in " ".join(text.split()))


def _name_text(name: dict) -> str:
    return ", ".join(part for part in (name.get("family"), name.get("given")) if part)


def bibtex(item: dict) -> str:
    """A BibTeX `@misc` entry (biblatex reads its `url`, `urldate`, `doi`, `language`)."""
    fields: list[tuple[str, str]] = []
    if item.get("author"):
        fields.append(
            ("author", " and ".join(_bibtex_text(_name_text(name)) for name in item["author"]))
        )
    # Double braces keep the title's capitals as they are.
    fields.append(("title", "{" + _bibtex_text(item["title"]) + "}"))
    if "issued" in item:
        fields.append(("year", str(item["issued"]["date-parts"][0][0])))
    for key, variable in (("publisher", "publisher"), ("note", "genre")):
        if item.get(variable):
            fields.append((key, _bibtex_text(item[variable])))
    fields.append(("howpublished", r"\url{" + item["URL"] + "}"))
    fields.append(("url", item["URL"]))
    if item.get("DOI"):
        fields.append(("doi", item["DOI"]))
    year, month, day = item["accessed"]["date-parts"][0]
    fields.append(("urldate", f"{year:04d}-{month:02d}-{day:02d}"))
    if item.get("language") in BIBTEX_LANGUAGES:
        fields.append(("language", BIBTEX_LANGUAGES[item["language"]]))
    if item.get("keyword"):
        fields.append(("keywords", _bibtex_text(item["keyword"])))
    if item.get("abstract"):
        fields.append(("abstract", _bibtex_text(item["abstract"])))
    body = ",\n".join(f"  {key} = {{{value}}}" for key, value in fields)
    return f"@misc{{{item['id']},\n{body}\n}}\n"


def ris(item: dict) -> str:
    """An RIS record (generic type; the kind of resource as its type of work, M3)."""
    lines = [("TY", "GEN"), ("TI", item["title"])]
    lines += [("AU", _name_text(name)) for name in item.get("author", ())]
    if "issued" in item:
        lines.append(("PY", str(item["issued"]["date-parts"][0][0])))
    for tag, variable in (("M3", "genre"), ("PB", "publisher"), ("T2", "container-title")):
        if item.get(variable):
            lines.append((tag, item[variable]))
    lines.append(("UR", item["URL"]))
    if item.get("DOI"):
        lines.append(("DO", item["DOI"]))
    year, month, day = item["accessed"]["date-parts"][0]
    lines.append(("Y2", f"{year:04d}/{month:02d}/{day:02d}"))
    if item.get("language"):
        lines.append(("LA", item["language"]))
    if item.get("abstract"):
        lines.append(("AB", " ".join(item["abstract"].split())))
    lines += [("KW", keyword.strip()) for keyword in item.get("keyword", "").split(",") if keyword]
    lines.append(("ER", ""))
    # RIS: a tag, two spaces, a hyphen, a space; lines end with CR LF.
    return "".join(f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in lines)


def csl_json(item: dict) -> str:
    """The item as a CSL-JSON array of one, as Zotero and pandoc read it."""
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


def download(item: dict, extension: str) -> str:
    """The text of the file for reference managers with this extension (see DOWNLOADS)."""
    return {"bib": bibtex, "ris": ris, "json": csl_json}[extension](item)


def highwire_tags(item: dict, pdf_url: str | None = None) -> list[tuple[str, str]]:
    """Highwire Press `citation_*` meta tags (name, content), which Google Scholar and
    other scholarly search engines read from the resource's page."""
    tags = [("citation_title", item["title"])]
    tags += [("citation_author", _name_text(name)) for name in item.get("author", ())]
    if "issued" in item:
        tags.append(("citation_publication_date", str(item["issued"]["date-parts"][0][0])))
    if item.get("publisher"):
        tags.append(("citation_publisher", item["publisher"]))
    if item.get("language"):
        tags.append(("citation_language", item["language"]))
    if item.get("keyword"):
        tags.append(("citation_keywords", item["keyword"].replace(", ", "; ")))
    if item.get("DOI"):
        tags.append(("citation_doi", item["DOI"]))
    tags.append(("citation_public_url", item["URL"]))
    if pdf_url:
        tags.append(("citation_pdf_url", pdf_url))
    return tags
