"""A whole harvest of the OAI-PMH endpoint by a real harvester, Sickle, over HTTP from
a live server: it follows the resumption tokens, sees the deleted record, and every
response it reads is valid against the protocol's schemas."""

from __future__ import annotations

import pytest

from . import factories
from .oai_support import ident, valid

pytestmark = pytest.mark.sqlite


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sickle_harvests_everything_over_http(live_server, settings):
    from sickle import Sickle

    from portal.site_setup import ensure_site_structure

    settings.PORTAL_OAI_PAGE_SIZE = 3
    ensure_site_structure()
    inst = factories.institution(slug="harvested")
    pages = [factories.resource(inst, title=f"Ресурс для сбора {n}") for n in range(7)]
    pages[0].unpublish()
    responses = []

    class Validating(Sickle):
        def harvest(self, **kwargs):
            answer = super().harvest(**kwargs)
            responses.append(valid(answer.raw.encode()))
            return answer

    harvester = Validating(f"{live_server.url}/oai/", max_retries=0, timeout=30)
    assert harvester.Identify().deletedRecord == "persistent"
    records = list(harvester.ListRecords(metadataPrefix="oai_dc", ignore_deleted=False))
    assert len(records) == 7 and len(responses) == 1 + 3
    deleted = [record for record in records if record.deleted]
    assert [record.header.identifier for record in deleted] == [ident(pages[0])]
    titles = {record.metadata["title"][0] for record in records if not record.deleted}
    assert titles == {page.title for page in pages[1:]}
    in_set = list(harvester.ListIdentifiers(metadataPrefix="lom", set="institution:harvested"))
    assert len(in_set) == 7
    assert {spec for header in in_set for spec in header.setSpecs} >= {"institution:harvested"}
    one = harvester.GetRecord(identifier=ident(pages[1]), metadataPrefix="lom")
    assert one.header.identifier == ident(pages[1])
