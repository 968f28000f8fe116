"""The metadata formats a record is disseminated in: Dublin Core (`oai_dc`, which every
OAI-PMH repository offers) and IEEE LOM (`lom`, the learning-object metadata that
repositories of educational resources exchange).

`lom` is written in the namespace of LOM's XML binding (IEEE 1484.12.3,
http://ltsc.ieee.org/xsd/LOM) and uses a subset of its elements: general, lifeCycle,
technical, educational, rights and classification. harvest/schemas/lom.xsd describes
exactly that subset; it is served at /oai/schemas/lom.xsd and named as the format's
schema. LOM's own vocabularies (source `LOMv1.0`) are used where they fit (roles, cost,
copyright, the purpose `discipline`); the portal's classifications (resource types,
education levels, subjects) are given with their stable keys under the portal's own
sources."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from lxml import etree

from association.models import EducationLevel, ResourcePage, Subject
from association.models.taxonomy import localized_names
from association.persistent import doi, persistent_id
from core.locales import locale_ids

from .records import Translation

XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DC = "http://purl.org/dc/elements/1.1/"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
LOM = "http://ltsc.ieee.org/xsd/LOM"


@dataclass(frozen=True, slots=True)
class Context:
    """What every record of a response shares: the request (for absolute addresses) and
    the translations of the pages the response shows."""

    request: HttpRequest
    translations: dict[str, list[Translation]]
    keywords: dict[int, list[str]]

    def absolute(self, path: str) -> str:
        return self.request.build_absolute_uri(path)


@dataclass(frozen=True, slots=True)
class MetadataFormat:
    prefix: str
    namespace: str
    # The schema's address; a callable when the portal serves it itself.
    schema: str | Callable[[HttpRequest], str]
    build: Callable[[ResourcePage, Context], etree._Element]

    def schema_url(self, request: HttpRequest) -> str:
        return self.schema(request) if callable(self.schema) else self.schema


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _default_language() -> str:
    return settings.LANGUAGE_CODE


def _term_names(model, term) -> dict[str, str]:
    """A taxonomy term's names by language code (its own name where it has no
    translation)."""
    names = localized_names(model)
    found = {}
    for code, pk in locale_ids().items():
        found[code] = names.get((term.translation_key, pk), term.name)
    return found


def _level_names(level: EducationLevel) -> dict[str, str]:
    label = dict(EducationLevel.CHOICES)[level.code]
    names = {}
    for language in _languages():
        with translation.override(language):
            names[language] = str(label)
    return names


def _institution_names(page: ResourcePage) -> dict[str, str]:
    institution = page.institution
    names = dict.fromkeys(_languages(), institution.name)
    if institution.name_en and "en" in names:
        names["en"] = institution.name_en
    return names


def _identifiers(page: ResourcePage, context: Context) -> list[tuple[str, str]]:
    """(catalogue, entry): the persistent address, the DOI if the association has one."""
    number = persistent_id(page)
    found = [("URI", context.absolute(f"/r/{number}/"))]
    if doi(number):
        found.append(("DOI", doi(number)))
    return found


def _files(page: ResourcePage, context: Context) -> list[tuple[str, str | None]]:
    """(address, media type) of the resource's document and external link."""
    found = []
    if page.document_id:
        document = page.document
        found.append((context.absolute(document.url), mimetypes.guess_type(document.filename)[0]))
    if page.external_url:
        found.append((page.external_url, None))
    return found


def _texts(page: ResourcePage, context: Context) -> list[tuple[str, str, str]]:
    """(language, title, abstract) of the original and of its public translations."""
    original = (page.locale.language_code, page.title, page.abstract)
    others = context.translations.get(str(page.translation_key), [])
    return [original, *((item.language, item.title, item.abstract) for item in others)]


def _language(page: ResourcePage) -> str | None:
    return page.language if page.language != ResourcePage.Language.OTHER else None


# oai_dc -------------------------------------------------------------------------------


def dublin_core(page: ResourcePage, context: Context) -> etree._Element:
    root = etree.Element(
        f"{{{OAI_DC}}}dc",
        nsmap={"oai_dc": OAI_DC, "dc": DC, "xsi": XSI},
    )
    root.set(f"{{{XSI}}}schemaLocation", f"{OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd")

    def add(name: str, text: str | None, language: str | None = None) -> None:
        if not text:
            return
        element = etree.SubElement(root, f"{{{DC}}}{name}")
        element.text = text
        if language:
            element.set(XML_LANG, language)

    texts = _texts(page, context)
    for language, title, _abstract in texts:
        add("title", title, language)
    for author in page.authors.all():
        add("creator", author.name)
    for subject in page.subjects.all():
        for language, name in _term_names(Subject, subject).items():
            add("subject", name, language)
    for keyword in context.keywords.get(page.pk, []):
        add("subject", keyword)
    for language, _title, abstract in texts:
        add("description", abstract, language)
    if page.institution_id:
        for language, name in _institution_names(page).items():
            add("publisher", name, language)
    add("date", str(page.year) if page.year else None)
    for language, name in _term_names(type(page.resource_type), page.resource_type).items():
        add("type", name, language)
    for _address, media_type in _files(page, context):
        add("format", media_type)
    for catalogue, entry in _identifiers(page, context):
        add("identifier", entry if catalogue == "URI" else f"doi:{entry}")
    for address, _media_type in _files(page, context):
        add("identifier", address)
    add("language", _language(page))
    add("rights", page.licence_url or str(page.get_licence_display()))
    return root


# lom ----------------------------------------------------------------------------------

# The sources of the portal's own vocabularies in `lom` (LOM allows any source).
PORTAL_VOCABULARY = "association-portal"


def lom(page: ResourcePage, context: Context) -> etree._Element:
    root = etree.Element(f"{{{LOM}}}lom", nsmap={None: LOM, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{LOM} {context.absolute('/oai/schemas/lom.xsd')}")

    def child(parent, name: str, text: str | None = None):
        element = etree.SubElement(parent, f"{{{LOM}}}{name}")
        if text is not None:
            element.text = text
        return element

    def langstring(parent, name: str, texts: dict[str, str] | list[tuple[str, str]]):
        element = child(parent, name)
        for language, text in texts.items() if isinstance(texts, dict) else texts:
            child(element, "string", text).set("language", language)
        return element

    def vocabulary(parent, name: str, value: str, source: str = "LOMv1.0"):
        element = child(parent, name)
        child(element, "source", source)
        child(element, "value", value)
        return element

    texts = _texts(page, context)
    general = child(root, "general")
    for catalogue, entry in _identifiers(page, context):
        identifier = child(general, "identifier")
        child(identifier, "catalog", catalogue)
        child(identifier, "entry", entry)
    langstring(general, "title", [(language, title) for language, title, _abstract in texts])
    if _language(page):
        child(general, "language", _language(page))
    langstring(
        general, "description", [(language, abstract) for language, _title, abstract in texts]
    )
    for keyword in context.keywords.get(page.pk, []):
        langstring(general, "keyword", [(page.locale.language_code, keyword)])

    life_cycle = child(root, "lifeCycle")
    for author in page.authors.all():
        contribute = child(life_cycle, "contribute")
        vocabulary(contribute, "role", "author")
        child(contribute, "entity", _vcard(author.name, author.affiliation))
    if page.institution_id:
        contribute = child(life_cycle, "contribute")
        vocabulary(contribute, "role", "publisher")
        child(contribute, "entity", _vcard(None, page.institution.name))
        if page.year:
            date = child(contribute, "date")
            child(date, "dateTime", str(page.year))

    files = _files(page, context)
    if files:
        technical = child(root, "technical")
        for media_type in dict.fromkeys(media for _address, media in files if media):
            child(technical, "format", media_type)
        for address, _media_type in files:
            child(technical, "location", address)

    educational = child(root, "educational")
    vocabulary(
        educational,
        "learningResourceType",
        page.resource_type.slug,
        f"{PORTAL_VOCABULARY}:resource-type",
    )
    for level in page.education_levels.all():
        vocabulary(educational, "context", level.code, f"{PORTAL_VOCABULARY}:education-level")
    if _language(page):
        child(educational, "language", _language(page))

    rights = child(root, "rights")
    vocabulary(rights, "cost", "no")
    vocabulary(rights, "copyrightAndOtherRestrictions", "yes")
    # The deed's address, else the licence's name in the request's language.
    licence = page.licence_url or str(page.get_licence_display())
    language = (translation.get_language() or _default_language()).split("-")[0]
    langstring(rights, "description", [(language, licence)])

    classifications = (
        (
            "discipline",
            "subject",
            [(subject.slug, _term_names(Subject, subject)) for subject in page.subjects.all()],
        ),
        (
            "educational level",
            "education-level",
            [(level.code, _level_names(level)) for level in page.education_levels.all()],
        ),
    )
    for purpose, vocabulary_name, taxa in classifications:
        if not taxa:
            continue
        classification = child(root, "classification")
        vocabulary(classification, "purpose", purpose)
        for key, names in taxa:
            path = child(classification, "taxonPath")
            langstring(path, "source", [("en", f"{PORTAL_VOCABULARY}:{vocabulary_name}")])
            taxon = child(path, "taxon")
            child(taxon, "id", key)
            langstring(taxon, "entry", names)
    return root


def _vcard(name: str | None, organisation: str | None) -> str:
    """A person or an organisation as the vCard 3.0 LOM's entity holds."""

    def escaped(text: str) -> str:
        return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")

    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    lines.append(f"FN:{escaped(name or organisation or '')}")
    # vCard 3.0 wants N; a name is not split (its order differs between languages).
    lines.append(f"N:{escaped(name or '')};;;;")
    if organisation:
        lines.append(f"ORG:{escaped(organisation)}")
    lines.append("END:VCARD")
    return "\n".join(lines)


def _lom_schema(request: HttpRequest) -> str:
    return request.build_absolute_uri("/oai/schemas/lom.xsd")


FORMATS: dict[str, MetadataFormat] = {
    "oai_dc": MetadataFormat(
        "oai_dc", OAI_DC, "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", dublin_core
    ),
    "lom": MetadataFormat("lom", LOM, _lom_schema, lom),
}
