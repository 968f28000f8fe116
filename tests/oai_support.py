"""Reading the OAI-PMH endpoint's answers in tests: each is validated against the
protocol's and the formats' XML schemas shipped in harvest/schemas, never fetched from
the network (the official schemas' addresses resolve to the copies there)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from lxml import etree

import harvest

NS = {
    "o": "http://www.openarchives.org/OAI/2.0/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "lom": "http://ltsc.ieee.org/xsd/LOM",
    "oai-identifier": "http://www.openarchives.org/OAI/2.0/oai-identifier",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

SCHEMAS = Path(harvest.__file__).resolve().parent / "schemas"
# The official schemas' addresses, as the schemas import each other, and the copies here.
LOCAL_SCHEMAS = {
    "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd": "OAI-PMH.xsd",
    "http://www.openarchives.org/OAI/2.0/oai_dc.xsd": "oai_dc.xsd",
    "http://dublincore.org/schemas/xmls/simpledc20021212.xsd": "simpledc20021212.xsd",
    "http://www.w3.org/2001/03/xml.xsd": "xml.xsd",
    "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd": "oai-identifier.xsd",
}


class LocalSchemas(etree.Resolver):
    def resolve(self, url, pubid, context):
        name = LOCAL_SCHEMAS.get(url)
        if name is None and url.startswith(str(SCHEMAS)):
            name = Path(url).name
        assert name is not None, f"a schema from the network: {url}"
        return self.resolve_filename(str(SCHEMAS / name), context)


def _schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(LocalSchemas())
    imports = "".join(
        f'<xs:import namespace="{namespace}" schemaLocation="{location}"/>'
        for namespace, location in (
            (NS["o"], "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"),
            (NS["oai_dc"], "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"),
            (NS["lom"], str(SCHEMAS / "lom.xsd")),
            (NS["oai-identifier"], "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"),
        )
    )
    wrapper = f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'
    return etree.XMLSchema(etree.fromstring(wrapper, parser, base_url=str(SCHEMAS) + "/"))


SCHEMA = _schema()


def valid(content: bytes) -> etree._Element:
    document = etree.fromstring(content)
    SCHEMA.assertValid(document)
    return document


def oai(client, method: str = "get", headers: dict | None = None, **params) -> etree._Element:
    response = getattr(client, method)("/oai/", params, headers=headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    assert "no-store" in response["Cache-Control"]
    return valid(response.content)


def ident(page) -> str:
    """The OAI identifier of a resource's record."""
    return f"oai:{settings.PORTAL_OAI_REPOSITORY_ID}:resource/{page.pk}"
