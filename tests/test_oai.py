"""The OAI-PMH endpoint (/oai/): every verb and error as the protocol has them, the sets,
selective harvesting by date, resumption across pages, tombstones of resources that left
public view, and a whole harvest by a real harvester (Sickle) over HTTP. Every response
is validated against the protocol's XML schemas and the formats' (harvest/schemas),
read from the repository, never from the network."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree
from wagtail.models import Locale, PageViewRestriction

from association.models import Institution, ResourceIndexPage, ResourcePage
from core.localization import translate

from . import factories
from .oai_support import NS, SCHEMAS, XML_LANG, ident, oai

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


def error(document) -> str | None:
    found = document.find("o:error", NS)
    return found.get("code") if found is not None else None


def request_attributes(document) -> dict:
    return dict(document.find("o:request", NS).attrib)


def identifiers(document) -> list[str]:
    return [node.text for node in document.iterfind(".//o:header/o:identifier", NS)]


def headers(document) -> dict[str, etree._Element]:
    return {
        header.findtext("o:identifier", namespaces=NS): header
        for header in document.iterfind(".//o:header", NS)
    }


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def build():
    english = Locale.objects.get(language_code="en")
    biology = factories.subject("biology", "Биология")
    biology_en = biology.copy_for_translation(english)
    biology_en.name = "Biology"
    biology_en.save()
    mathematics = factories.subject("mathematics", "Математика")
    university = factories.institution(
        slug="vergu", name="Вершинский университет", name_en="Vershinsk University"
    )
    lyceum = factories.institution(slug="lyceum-7", name="Лицей № 7")
    closed = factories.institution(slug="closed-school", name="Закрытая школа")
    cells = factories.resource(
        university,
        title="Строение клетки",
        abstract="Лабораторная работа о клетке.",
        levels=("secondary",),
        subjects=[biology],
    )
    english_cells = translate(
        cells,
        english,
        {"Строение клетки": "The cell", "Лабораторная работа о клетке.": "A lab on the cell."},
    )
    fractions = factories.resource(
        university, title="Дроби", levels=("basic",), subjects=[mathematics]
    )
    olympiad = factories.resource(
        lyceum, title="Олимпиада", levels=("secondary",), subjects=[mathematics, biology]
    )
    lecture = factories.resource(
        lyceum, title="Лекция", levels=("higher",), subjects=[biology], with_document=False
    )
    draft = factories.resource(university, title="Черновик", live=False)
    # A section behind a password from the start, and a resource behind a login.
    PageViewRestriction.objects.create(
        page=ResourceIndexPage.objects.child_of(closed.page).get(),
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",
    )
    behind_password = factories.resource(closed, title="За паролем")
    behind_login = factories.resource(lyceum, title="Для своих", live=False)
    PageViewRestriction.objects.create(
        page=behind_login, restriction_type=PageViewRestriction.LOGIN
    )
    behind_login.save_revision().publish()
    public = [cells, fractions, olympiad, lecture]
    # Dates to select by: the resources were published in that order, a month apart.
    for month, page in enumerate(public, start=1):
        ResourcePage.objects.filter(pk=page.pk).update(
            last_published_at=dt.datetime(2025, month, 10, 12, 30, 15, tzinfo=dt.UTC)
        )
    return {
        "public": public,
        "cells": cells,
        "english_cells": english_cells,
        "fractions": fractions,
        "olympiad": olympiad,
        "lecture": lecture,
        "hidden": [draft, behind_password, behind_login],
        "university": university,
    }


world = factories.module_world(build)


@pytest.fixture
def page_size(settings):
    settings.PORTAL_OAI_PAGE_SIZE = 2
    return 2


def harvest_all(client, verb: str = "ListIdentifiers", **params) -> list[etree._Element]:
    """Every page of a list, following the resumption tokens."""
    pages = [oai(client, verb=verb, **params)]
    while token := pages[-1].findtext(f"o:{verb}/o:resumptionToken", namespaces=NS):
        pages.append(oai(client, verb=verb, resumptionToken=token))
    return pages


# Identify, ListMetadataFormats, ListSets ---------------------------------------------


def test_identify_describes_the_repository(client, world, settings):
    settings.PORTAL_OAI_REPOSITORY_ID = "127.0.0.1"
    document = oai(client, verb="Identify")
    identify = document.find("o:Identify", NS)
    assert identify.findtext("o:baseURL", namespaces=NS) == "http://testserver/oai/"
    assert identify.findtext("o:protocolVersion", namespaces=NS) == "2.0"
    assert identify.findtext("o:deletedRecord", namespaces=NS) == "persistent"
    assert identify.findtext("o:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    assert identify.findtext("o:earliestDatestamp", namespaces=NS) == "2025-01-10T12:30:15Z"
    assert identify.findtext("o:adminEmail", namespaces=NS) == settings.PORTAL_OAI_ADMIN_EMAIL
    assert request_attributes(document) == {"verb": "Identify"}
    # The identifiers' scheme is described where the repository has a domain name.
    assert identify.find("o:description", NS) is None


def test_identify_describes_the_identifiers_of_a_repository_with_a_domain(client, settings):
    settings.PORTAL_OAI_REPOSITORY_ID = "portal.association.example"
    document = oai(client, verb="Identify")
    scheme = document.find(".//oai-identifier:oai-identifier", NS)
    assert scheme.findtext("oai-identifier:repositoryIdentifier", namespaces=NS) == (
        "portal.association.example"
    )
    sample = scheme.findtext("oai-identifier:sampleIdentifier", namespaces=NS)
    assert sample == "oai:portal.association.example:resource/42"


def test_metadata_formats_are_dublin_core_and_lom(client, world):
    document = oai(client, verb="ListMetadataFormats")
    formats = {
        node.findtext("o:metadataPrefix", namespaces=NS): node
        for node in document.iterfind(".//o:metadataFormat", NS)
    }
    assert set(formats) == {"oai_dc", "lom"}
    assert formats["lom"].findtext("o:metadataNamespace", namespaces=NS) == NS["lom"]
    schema = formats["lom"].findtext("o:schema", namespaces=NS)
    assert schema == "http://testserver/oai/schemas/lom.xsd"
    served = client.get("/oai/schemas/lom.xsd")
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == (SCHEMAS / "lom.xsd").read_bytes()
    one = oai(client, verb="ListMetadataFormats", identifier=ident(world["cells"]))
    assert len(one.findall(".//o:metadataFormat", NS)) == 2
    unknown = oai(client, verb="ListMetadataFormats", identifier="oai:elsewhere:resource/1")
    assert error(unknown) == "idDoesNotExist"


def test_sets_are_institutions_levels_and_subjects(client, world):
    document = oai(client, verb="ListSets")
    sets = {
        node.findtext("o:setSpec", namespaces=NS): node
        for node in document.iterfind(".//o:set", NS)
    }
    for spec in ("institution", "level", "subject", "institution:vergu", "level:secondary"):
        assert spec in sets, spec
    assert sets["subject:biology"].findtext("o:setName", namespaces=NS) == "Биология"
    names = {
        title.get(XML_LANG): title.text
        for title in sets["institution:vergu"].iterfind(".//dc:title", NS)
    }
    assert names == {"ru": "Вершинский университет", "en": "Vershinsk University"}
    english = oai(client, verb="ListSets", headers={"Accept-Language": "en"})
    assert "Biology" in [node.text for node in english.iterfind(".//o:setName", NS)]
    assert error(oai(client, verb="ListSets", resumptionToken="x")) == "badResumptionToken"


# Records -----------------------------------------------------------------------------


def test_get_record_in_dublin_core(client, world):
    cells = world["cells"]
    document = oai(client, verb="GetRecord", identifier=ident(cells), metadataPrefix="oai_dc")
    assert request_attributes(document) == {
        "verb": "GetRecord",
        "identifier": ident(cells),
        "metadataPrefix": "oai_dc",
    }
    header = document.find(".//o:header", NS)
    assert header.get("status") is None
    assert header.findtext("o:datestamp", namespaces=NS) == "2025-01-10T12:30:15Z"
    assert [node.text for node in header.iterfind("o:setSpec", NS)] == [
        "institution:vergu",
        "level:secondary",
        "subject:biology",
    ]
    dc = document.find(".//oai_dc:dc", NS)

    def values(name):
        return [(node.get(XML_LANG), node.text) for node in dc.iterfind(f"dc:{name}", NS)]

    # One record for the resource, with its English translation's texts beside the original.
    assert values("title") == [("ru", "Строение клетки"), ("en", "The cell")]
    assert ("en", "A lab on the cell.") in values("description")
    assert (None, "Иванова Мария Петровна") in values("creator")
    assert ("en", "Biology") in values("subject") and ("ru", "Биология") in values("subject")
    assert ("en", "Vershinsk University") in values("publisher")
    found = [text for _language, text in values("identifier")]
    assert found[0] == f"http://testserver/r/{cells.pk}/"
    assert f"http://testserver{cells.document.url}" in found
    assert values("language") == [(None, "ru")]
    assert values("date") == [(None, "2024")]
    assert (None, "https://creativecommons.org/licenses/by/4.0/") in values("rights")
    # The persistent address leads to the resource.
    assert client.get(f"/r/{cells.pk}/").status_code == 302
    # The translation's number names no record: the resource has one, the original's.
    other = oai(
        client,
        verb="GetRecord",
        identifier=ident(world["english_cells"]),
        metadataPrefix="oai_dc",
    )
    assert error(other) == "idDoesNotExist"


def test_get_record_in_lom(client, world):
    lecture = world["lecture"]
    document = oai(client, verb="GetRecord", identifier=ident(lecture), metadataPrefix="lom")
    lom = document.find(".//lom:lom", NS)
    assert lom.findtext("lom:general/lom:identifier/lom:entry", namespaces=NS) == (
        f"http://testserver/r/{lecture.pk}/"
    )
    assert lom.findtext("lom:general/lom:title/lom:string", namespaces=NS) == "Лекция"
    assert lom.findtext("lom:technical/lom:location", namespaces=NS) == (
        "https://example.org/resource"
    )
    contexts = lom.findall("lom:educational/lom:context/lom:value", NS)
    assert [node.text for node in contexts] == ["higher"]
    taxa = lom.findall(".//lom:taxonPath/lom:taxon/lom:id", NS)
    assert {node.text for node in taxa} == {"biology", "higher"}
    roles = lom.findall("lom:lifeCycle/lom:contribute/lom:role/lom:value", NS)
    assert [node.text for node in roles] == ["author", "publisher"]


def test_list_records_and_identifiers_hold_the_public_resources_only(client, world):
    expected = {ident(page) for page in world["public"]}
    for verb in ("ListIdentifiers", "ListRecords"):
        document = oai(client, verb=verb, metadataPrefix="oai_dc")
        assert set(identifiers(document)) == expected, verb
        # Oldest first, and no resumption token when one page holds the list.
        assert identifiers(document) == [ident(page) for page in world["public"]]
        assert document.find(f"o:{verb}/o:resumptionToken", NS) is None
    records = oai(client, verb="ListRecords", metadataPrefix="lom")
    assert len(records.findall(".//lom:lom", NS)) == 4
    # Drafts and private resources: no record, not even a deleted one.
    for page in world["hidden"]:
        answer = oai(client, verb="GetRecord", identifier=ident(page), metadataPrefix="oai_dc")
        assert error(answer) == "idDoesNotExist", page.title


def test_post_requests_are_answered_as_get(client, world):
    document = oai(client, "post", verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert len(identifiers(document)) == 4


# Sets and dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec, titles",
    [
        ("institution:vergu", {"cells", "fractions"}),
        ("institution:lyceum-7", {"olympiad", "lecture"}),
        ("level:secondary", {"cells", "olympiad"}),
        ("subject:biology", {"cells", "olympiad", "lecture"}),
        ("subject", {"cells", "fractions", "olympiad", "lecture"}),
    ],
)
def test_selective_harvesting_by_set(client, world, spec, titles):
    document = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set=spec)
    assert set(identifiers(document)) == {ident(world[name]) for name in titles}
    assert request_attributes(document)["set"] == spec


def test_unknown_set_matches_nothing(client, world):
    document = oai(client, verb="ListRecords", metadataPrefix="oai_dc", set="subject:alchemy")
    assert error(document) == "noRecordsMatch"


@pytest.mark.parametrize(
    "bounds, names",
    [
        ({"from": "2025-02-10"}, {"fractions", "olympiad", "lecture"}),
        ({"until": "2025-02-10"}, {"cells", "fractions"}),
        (
            {"from": "2025-02-10T12:30:15Z", "until": "2025-03-10T12:30:15Z"},
            {"fractions", "olympiad"},
        ),
        ({"from": "2025-02-10T12:30:16Z", "until": "2025-03-10T12:30:14Z"}, set()),
        ({"from": "2025-03-01", "until": "2025-03-31"}, {"olympiad"}),
    ],
)
def test_selective_harvesting_by_date(client, world, bounds, names):
    document = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", **bounds)
    if names:
        assert set(identifiers(document)) == {ident(world[name]) for name in names}
    else:
        assert error(document) == "noRecordsMatch"


# Errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params, code",
    [
        ({}, "badVerb"),
        ({"verb": "Harvest"}, "badVerb"),
        ({"verb": ["Identify", "Identify"]}, "badVerb"),
        ({"verb": "Identify", "set": "level"}, "badArgument"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": ["oai_dc", "lom"]}, "badArgument"),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "resumptionToken": "x"},
            "badArgument",
        ),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2025-13-01"}, "badArgument"),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2025-01-01T10:00Z"},
            "badArgument",
        ),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2025-01-01",
                "until": "2025-02-01T00:00:00Z",
            },
            "badArgument",
        ),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2025-03-01",
                "until": "2025-02-01",
            },
            "badArgument",
        ),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai dc"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "level:"}, "badArgument"),
        (
            {"verb": "GetRecord", "identifier": "not a uri", "metadataPrefix": "oai_dc"},
            "idDoesNotExist",
        ),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        (
            {"verb": "GetRecord", "identifier": "resource/1", "metadataPrefix": "oai_dc"},
            "idDoesNotExist",
        ),
        (
            {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "from": "2099-01-01"},
            "noRecordsMatch",
        ),
        ({"verb": "ListIdentifiers", "resumptionToken": "forged"}, "badResumptionToken"),
    ],
)
def test_errors_are_the_protocols(client, world, params, code):
    document = oai(client, **params)
    assert error(document) == code
    attributes = request_attributes(document)
    if code in ("badVerb", "badArgument"):
        # The request is echoed without its arguments when they are wrong.
        assert attributes == {}
    else:
        assert attributes["verb"] == params["verb"]


def test_unknown_format_of_a_known_record(client, world):
    document = oai(
        client, verb="GetRecord", identifier=ident(world["cells"]), metadataPrefix="mods"
    )
    assert error(document) == "cannotDisseminateFormat"


# Resumption --------------------------------------------------------------------------


def test_lists_are_resumed_page_by_page(client, world, page_size):
    pages = harvest_all(client, "ListRecords", metadataPrefix="oai_dc")
    assert [len(identifiers(page)) for page in pages] == [2, 2]
    collected = [found for page in pages for found in identifiers(page)]
    assert collected == [ident(page) for page in world["public"]]
    tokens = [page.find("o:ListRecords/o:resumptionToken", NS) for page in pages]
    assert [(token.get("completeListSize"), token.get("cursor")) for token in tokens] == [
        ("4", "0"),
        ("4", "2"),
    ]
    # The last page's token is empty: the list is complete.
    assert not tokens[-1].text
    resumed = oai(client, verb="ListRecords", resumptionToken=tokens[0].text)
    assert request_attributes(resumed) == {"verb": "ListRecords", "resumptionToken": tokens[0].text}


def test_a_token_keeps_the_requests_arguments(client, world, page_size):
    pages = harvest_all(client, "ListIdentifiers", metadataPrefix="lom", set="subject:biology")
    collected = [found for page in pages for found in identifiers(page)]
    assert collected == [ident(world[name]) for name in ("cells", "olympiad", "lecture")]
    token = pages[0].findtext("o:ListIdentifiers/o:resumptionToken", namespaces=NS)
    # A token of one verb is not one of another, and an altered one is refused.
    assert error(oai(client, verb="ListRecords", resumptionToken=token)) == "badResumptionToken"
    altered = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")
    assert (
        error(oai(client, verb="ListIdentifiers", resumptionToken=altered)) == "badResumptionToken"
    )


def test_resumption_does_not_skip_what_is_published_meanwhile(client, world, page_size):
    first = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    token = first.findtext("o:ListIdentifiers/o:resumptionToken", namespaces=NS)
    fresh = factories.resource(world["university"], title="Новинка")
    rest = [oai(client, verb="ListIdentifiers", resumptionToken=token)]
    while token := rest[-1].findtext("o:ListIdentifiers/o:resumptionToken", namespaces=NS):
        rest.append(oai(client, verb="ListIdentifiers", resumptionToken=token))
    collected = identifiers(first) + [found for page in rest for found in identifiers(page)]
    assert collected == [*(ident(page) for page in world["public"]), ident(fresh)]


# Tombstones --------------------------------------------------------------------------


def deleted_header(client, page, **params):
    document = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", **params)
    return headers(document).get(ident(page))


def test_unpublished_resource_leaves_a_tombstone_and_comes_back(client, world):
    fractions = ResourcePage.objects.get(pk=world["fractions"].pk)
    fractions.unpublish()
    header = deleted_header(client, fractions)
    assert header.get("status") == "deleted"
    assert [node.text for node in header.iterfind("o:setSpec", NS)] == [
        "institution:vergu",
        "level:basic",
        "subject:mathematics",
    ]
    left_at = at(header.findtext("o:datestamp", namespaces=NS))
    assert left_at > dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
    # Harvesters of the set see the removal; the record has a header only.
    assert deleted_header(client, fractions, set="level:basic").get("status") == "deleted"
    record = oai(client, verb="GetRecord", identifier=ident(fractions), metadataPrefix="lom")
    assert record.find(".//o:header", NS).get("status") == "deleted"
    assert record.find(".//o:metadata", NS) is None
    # An incremental harvest since before the removal gets it.
    since = oai(client, verb="ListRecords", metadataPrefix="oai_dc", **{"from": "2025-06-01"})
    assert identifiers(since) == [ident(fractions)]
    fractions.save_revision().publish()
    header = deleted_header(client, fractions)
    assert header.get("status") is None
    assert at(header.findtext("o:datestamp", namespaces=NS)) >= left_at


def test_deleted_resource_leaves_a_tombstone(client, world):
    olympiad = ResourcePage.objects.get(pk=world["olympiad"].pk)
    olympiad.delete()
    header = deleted_header(client, olympiad, set="institution:lyceum-7")
    assert header.get("status") == "deleted"
    assert "subject:biology" in [node.text for node in header.iterfind("o:setSpec", NS)]
    # A deleted record is in the list's count and lists.
    document = oai(client, verb="ListRecords", metadataPrefix="oai_dc")
    assert len(identifiers(document)) == 4
    assert len(document.findall(".//oai_dc:dc", NS)) == 3


def test_a_resource_made_private_leaves_and_returns_when_the_restriction_goes(client, world):
    lecture = ResourcePage.objects.get(pk=world["lecture"].pk)
    restriction = PageViewRestriction.objects.create(
        page=ResourceIndexPage.objects.ancestor_of(lecture).get(),
        restriction_type=PageViewRestriction.LOGIN,
    )
    assert deleted_header(client, lecture).get("status") == "deleted"
    assert deleted_header(client, world["olympiad"]).get("status") == "deleted"
    restriction.delete()
    header = deleted_header(client, lecture)
    assert header.get("status") is None
    # Back with the date it came back, so that an incremental harvest brings it again.
    assert at(header.findtext("o:datestamp", namespaces=NS)) > dt.datetime(
        2025, 6, 1, tzinfo=dt.UTC
    )


def test_a_section_unpublished_takes_its_resources_with_it(client, world):
    section = ResourceIndexPage.objects.ancestor_of(world["cells"]).get()
    section.unpublish()
    for name in ("cells", "fractions"):
        assert deleted_header(client, world[name]).get("status") == "deleted", name
    assert deleted_header(client, world["lecture"]).get("status") is None
    # The draft and the private resources still have no record at all.
    document = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert not {ident(page) for page in world["hidden"]} & set(identifiers(document))


def test_a_suspended_institutions_resources_leave_and_return(client, world):
    university = Institution.objects.get(slug="vergu")
    university.status = Institution.Status.SUSPENDED
    university.save()
    for name in ("cells", "fractions"):
        assert deleted_header(client, world[name]).get("status") == "deleted", name
    university.status = Institution.Status.ACTIVE
    university.save()
    assert deleted_header(client, world["cells"]).get("status") is None


def test_a_resource_moved_behind_a_password_leaves(client, world):
    closed = Institution.objects.get(slug="closed-school").page
    closed = ResourceIndexPage.objects.child_of(closed).get()
    lecture = ResourcePage.objects.get(pk=world["lecture"].pk)
    lecture.move(closed, pos="last-child")
    assert deleted_header(client, lecture).get("status") == "deleted"


def test_error_texts_speak_the_requests_language(client, world):
    params = {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "subject:alchemy"}
    russian = oai(client, **params).findtext("o:error", namespaces=NS)
    assert russian == "Ни одна запись не соответствует запросу."
    english = oai(client, headers={"Accept-Language": "en"}, **params)
    assert english.findtext("o:error", namespaces=NS) == "No record matches the request."


def test_a_page_of_records_costs_the_same_queries_however_many_it_holds(client, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            oai(client, verb="ListRecords", metadataPrefix="lom")
        return len(captured.captured_queries)

    before = queries()
    for number in range(3):
        factories.resource(world["university"], title=f"Ещё один {number}")
    assert queries() == before
