"""OAI-PMH 2.0 (https://www.openarchives.org/OAI/openarchivesprotocol.html): the six verbs,
their arguments and errors, as the protocol's XML.

Identifiers are `oai:<repository id>:resource/<number>` (settings.PORTAL_OAI_REPOSITORY_ID,
by default the host of the site's address), the number being the resource's persistent
one. Datestamps are UTC to the second; `from` and `until` are accepted to the day or to
the second. A resumption token is the list's arguments and the cursor — the (datestamp,
number) its last page ended with — signed, so that a harvester can neither forge nor
alter one (badResumptionToken); it does not expire, the cursor being a position in the
list, not in a result kept on the server."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from lxml import etree

from core.identifiers import parse_id

from . import records
from .metadata import FORMATS, OAI_DC, XML_LANG, XSI, Context, MetadataFormat
from .records import Cursor, Header, Selection

OAI = "http://www.openarchives.org/OAI/2.0/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
DC = "http://purl.org/dc/elements/1.1/"
OAI_IDENTIFIER = "http://www.openarchives.org/OAI/2.0/oai-identifier"
REPOSITORY_ID = re.compile(r"[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+")
GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"
TOKEN_SALT = "harvest.oai.resumption"

LIST_VERBS = ("ListIdentifiers", "ListRecords")


class ProtocolError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Arguments:
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    # An argument that comes alone (resumptionToken).
    exclusive: str | None = None

    def known(self) -> set[str]:
        return {*self.required, *self.optional, *([self.exclusive] if self.exclusive else [])}


ARGUMENTS: dict[str, Arguments] = {
    "Identify": Arguments(),
    "ListMetadataFormats": Arguments(optional=("identifier",)),
    "ListSets": Arguments(exclusive="resumptionToken"),
    "GetRecord": Arguments(required=("identifier", "metadataPrefix")),
    "ListIdentifiers": Arguments(
        required=("metadataPrefix",), optional=("from", "until", "set"), exclusive="resumptionToken"
    ),
    "ListRecords": Arguments(
        required=("metadataPrefix",), optional=("from", "until", "set"), exclusive="resumptionToken"
    ),
}


def _element(parent, name: str, text: str | None = None, **attributes):
    element = etree.SubElement(parent, f"{{{OAI}}}{name}", **attributes)
    if text is not None:
        element.text = text
    return element


def utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/oai/")


def identifier(number: int) -> str:
    return f"oai:{settings.PORTAL_OAI_REPOSITORY_ID}:resource/{number}"


def _number(value: str) -> int:
    prefix = identifier(0)[:-1]
    number = parse_id(value[len(prefix) :]) if value.startswith(prefix) else None
    if number is None:
        raise ProtocolError(
            "idDoesNotExist",
            _("“%(identifier)s” is not an identifier of this repository: they read %(form)s.")
            % {"identifier": value, "form": identifier(42)},
        )
    return number


def _format(prefix: str) -> MetadataFormat:
    if prefix not in FORMATS:
        raise ProtocolError(
            "cannotDisseminateFormat",
            _("The metadata format “%(prefix)s” is not offered; the formats are %(formats)s.")
            % {"prefix": prefix, "formats": ", ".join(FORMATS)},
        )
    return FORMATS[prefix]


# Arguments ----------------------------------------------------------------------------


# The arguments' syntax (the protocol's schema: metadataPrefixType, setSpecType).
SYNTAX = {
    "metadataPrefix": re.compile(r"[A-Za-z0-9\-_.!~*'()]+"),
    "set": re.compile(r"[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*"),
}


def _arguments(params: Mapping[str, list[str]]) -> tuple[str, dict[str, str]]:
    verbs = params.get("verb", [])
    if not verbs:
        raise ProtocolError("badVerb", _("The request names no verb."))
    if len(verbs) > 1:
        raise ProtocolError("badVerb", _("The verb is repeated."))
    verb = verbs[0]
    if verb not in ARGUMENTS:
        raise ProtocolError(
            "badVerb",
            _("“%(verb)s” is not an OAI-PMH verb; the verbs are %(verbs)s.")
            % {"verb": verb, "verbs": ", ".join(ARGUMENTS)},
        )
    expected = ARGUMENTS[verb]
    given: dict[str, str] = {}
    for name, values in params.items():
        if name == "verb":
            continue
        if name not in expected.known():
            raise ProtocolError(
                "badArgument",
                _("%(verb)s takes no argument “%(name)s”.") % {"verb": verb, "name": name},
            )
        if len(values) > 1:
            raise ProtocolError(
                "badArgument", _("The argument “%(name)s” is repeated.") % {"name": name}
            )
        given[name] = values[0]
    for name, pattern in SYNTAX.items():
        if name in given and not pattern.fullmatch(given[name]):
            raise ProtocolError(
                "badArgument",
                _("“%(value)s” is not a valid %(name)s.") % {"value": given[name], "name": name},
            )
    if expected.exclusive and expected.exclusive in given:
        if len(given) > 1:
            raise ProtocolError(
                "badArgument",
                _("%(name)s comes alone, without other arguments.") % {"name": expected.exclusive},
            )
        return verb, given
    missing = [name for name in expected.required if name not in given]
    if missing:
        raise ProtocolError(
            "badArgument",
            _("%(verb)s needs the argument %(names)s.")
            % {"verb": verb, "names": ", ".join(missing)},
        )
    return verb, given


DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SECOND = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def _datestamp(name: str, value: str) -> tuple[dt.datetime, dt.timedelta]:
    """The moment a `from` or `until` names, and its granule (a day or a second)."""
    try:
        if DAY.fullmatch(value):
            day = dt.date.fromisoformat(value)
            return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC), dt.timedelta(days=1)
        if SECOND.fullmatch(value):
            moment = dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
            return moment, dt.timedelta(seconds=1)
    except ValueError:
        pass
    raise ProtocolError(
        "badArgument",
        _("%(name)s=“%(value)s” is no UTC date: write YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.")
        % {"name": name, "value": value},
    )


def _selection(given: dict[str, str]) -> Selection:
    start = end = None
    granules = set()
    if "from" in given:
        start, granule = _datestamp("from", given["from"])
        granules.add(granule)
    if "until" in given:
        until, granule = _datestamp("until", given["until"])
        granules.add(granule)
        # `until` includes its whole granule: until=2026-01-31 takes that whole day.
        end = until + granule
    if len(granules) > 1:
        raise ProtocolError(
            "badArgument", _("from and until are given with different granularities.")
        )
    if start is not None and end is not None and start >= end:
        raise ProtocolError("badArgument", _("from is later than until."))
    return Selection(set_spec=given.get("set"), start=start, end=end)


# Resumption tokens --------------------------------------------------------------------


def _token(verb: str, given: dict[str, str], after: Header, done: int, size: int) -> str:
    state = {
        "verb": verb,
        "args": {
            name: given[name]
            for name in ("metadataPrefix", "from", "until", "set")
            if name in given
        },
        "after": [after.datestamp.isoformat(), after.number],
        "done": done,
        "size": size,
    }
    return signing.dumps(state, salt=TOKEN_SALT, compress=True)


def _resume(verb: str, token: str) -> tuple[dict[str, str], Cursor, int, int]:
    refused = ProtocolError(
        "badResumptionToken", _("The resumption token is not one this repository issued.")
    )
    try:
        state = signing.loads(token, salt=TOKEN_SALT)
        if state["verb"] != verb:
            raise refused
        stamp, number = state["after"]
        cursor = Cursor(dt.datetime.fromisoformat(stamp), int(number))
        return dict(state["args"]), cursor, int(state["done"]), int(state["size"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise refused from error


# Verbs --------------------------------------------------------------------------------


def identify(request: HttpRequest, given: dict[str, str], body) -> None:
    _element(body, "repositoryName", str(settings.WAGTAIL_SITE_NAME))
    _element(body, "baseURL", base_url(request))
    _element(body, "protocolVersion", "2.0")
    _element(body, "adminEmail", settings.PORTAL_OAI_ADMIN_EMAIL)
    earliest = records.earliest_datestamp() or timezone.now()
    _element(body, "earliestDatestamp", utc(earliest))
    _element(body, "deletedRecord", "persistent")
    _element(body, "granularity", GRANULARITY)
    repository = settings.PORTAL_OAI_REPOSITORY_ID
    # The oai-identifier scheme wants a domain name (an IP address is none): where the
    # identifiers follow it, Identify says so.
    if REPOSITORY_ID.fullmatch(repository):
        description = _element(body, "description")
        scheme = etree.SubElement(
            description, f"{{{OAI_IDENTIFIER}}}oai-identifier", nsmap={None: OAI_IDENTIFIER}
        )
        scheme.set(f"{{{XSI}}}schemaLocation", f"{OAI_IDENTIFIER} {OAI_IDENTIFIER}.xsd")
        for name, text in (
            ("scheme", "oai"),
            ("repositoryIdentifier", repository),
            ("delimiter", ":"),
            ("sampleIdentifier", identifier(42)),
        ):
            etree.SubElement(scheme, f"{{{OAI_IDENTIFIER}}}{name}").text = text


def list_metadata_formats(request: HttpRequest, given: dict[str, str], body) -> None:
    if "identifier" in given:
        _header_of(given["identifier"])
    for metadata_format in FORMATS.values():
        element = _element(body, "metadataFormat")
        _element(element, "metadataPrefix", metadata_format.prefix)
        _element(element, "schema", metadata_format.schema_url(request))
        _element(element, "metadataNamespace", metadata_format.namespace)


def list_sets(request: HttpRequest, given: dict[str, str], body) -> None:
    if "resumptionToken" in given:
        # The sets come in one list: this repository issues no token for them.
        raise ProtocolError(
            "badResumptionToken", _("The resumption token is not one this repository issued.")
        )
    from django.utils.translation import get_language

    active = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    for found in records.all_sets():
        element = _element(body, "set")
        _element(element, "setSpec", found.spec)
        _element(element, "setName", found.names.get(active) or found.names[settings.LANGUAGE_CODE])
        description = _element(element, "setDescription")
        dc = etree.SubElement(description, f"{{{OAI_DC}}}dc", nsmap={"oai_dc": OAI_DC, "dc": DC})
        for language, name in found.names.items():
            title = etree.SubElement(dc, f"{{{DC}}}title")
            title.text = name
            title.set(XML_LANG, language)


def _header_of(value: str) -> Header:
    number = _number(value)
    found = records.header(number)
    if found is None:
        raise ProtocolError(
            "idDoesNotExist",
            _("No record has the identifier “%(identifier)s”.") % {"identifier": value},
        )
    return found


def _write_header(parent, found: Header) -> None:
    element = _element(parent, "header")
    if found.deleted:
        element.set("status", "deleted")
    _element(element, "identifier", identifier(found.number))
    _element(element, "datestamp", utc(found.datestamp))
    for spec in found.sets:
        _element(element, "setSpec", spec)


def _write_records(
    request: HttpRequest, parent, found: list[Header], metadata_format: MetadataFormat
) -> None:
    pages = records.resources(item.number for item in found if not item.deleted)
    context = Context(request, records.translations(pages.values()), records.keywords(pages))
    for item in found:
        record = _element(parent, "record")
        _write_header(record, item)
        if not item.deleted:
            metadata = _element(record, "metadata")
            metadata.append(metadata_format.build(pages[item.number], context))


def get_record(request: HttpRequest, given: dict[str, str], body) -> None:
    metadata_format = _format(given["metadataPrefix"])
    found = _header_of(given["identifier"])
    _write_records(request, body, [found], metadata_format)


def _list(verb: str, request: HttpRequest, given: dict[str, str], body) -> None:
    if "resumptionToken" in given:
        arguments, after, done, size = _resume(verb, given["resumptionToken"])
    else:
        arguments, after, done, size = given, None, 0, None
    metadata_format = _format(arguments["metadataPrefix"])
    selection = _selection(arguments)
    if size is None:
        size = records.count(selection)
    found, more = (
        records.headers(selection, after, settings.PORTAL_OAI_PAGE_SIZE) if size else ([], False)
    )
    if not found:
        raise ProtocolError("noRecordsMatch", _("No record matches the request."))
    if verb == "ListRecords":
        _write_records(request, body, found, metadata_format)
    else:
        for item in found:
            _write_header(body, item)
    # The list's size as counted at its first page; records published since then may
    # make it longer.
    size = max(size, done + len(found) + (1 if more else 0))
    if more:
        token = _element(
            body, "resumptionToken", _token(verb, arguments, found[-1], done + len(found), size)
        )
    elif done:
        token = _element(body, "resumptionToken")
    else:
        return
    token.set("completeListSize", str(size))
    token.set("cursor", str(done))


VERBS: dict[str, Callable] = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "GetRecord": get_record,
    "ListIdentifiers": lambda request, given, body: _list("ListIdentifiers", request, given, body),
    "ListRecords": lambda request, given, body: _list("ListRecords", request, given, body),
}


def response(request: HttpRequest, params: Mapping[str, list[str]]) -> bytes:
    """The protocol's answer to a request with `params` (each argument's values)."""
    root = etree.Element(f"{{{OAI}}}OAI-PMH", nsmap={None: OAI, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{OAI} {OAI_SCHEMA}")
    _element(root, "responseDate", utc(timezone.now()))
    echoed = _element(root, "request", base_url(request))
    try:
        verb, given = _arguments(params)
        # The request's arguments are echoed unless they are wrong (badVerb, badArgument).
        echoed.set("verb", verb)
        for name, value in given.items():
            echoed.set(name, value)
        body = etree.Element(f"{{{OAI}}}{verb}")
        VERBS[verb](request, given, body)
        root.append(body)
    except ProtocolError as error:
        if error.code in ("badVerb", "badArgument"):
            echoed.attrib.clear()
        _element(root, "error", error.message, code=error.code)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
