"""The cooperation map on the demo network: its JSON endpoint and the page with the table.

The expected graph is computed here from the demo's source texts (demo/data/, read by
demo/content.py), independently of activity/graph.py: programmes tie their partners,
events their organisers, resources their institution and co-authors' institutions.
"""

from __future__ import annotations

import io
from collections import Counter
from itertools import combinations

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from association.models import Institution, JointProgramPage, ResourcePage
from demo import content

ENDPOINT = "/api/network/graph/"


def expected_edges() -> Counter:
    edges: Counter = Counter()
    for programme in content.PROGRAMMES:
        for pair in combinations(sorted(set(programme["partners"])), 2):
            edges[(*pair, "programme")] += 1
    for event in content.SEMINARS:
        organisers = set(event["organisers"]) | ({event["institution"]} - {None})
        for pair in combinations(sorted(organisers), 2):
            edges[(*pair, "seminar")] += 1
    for resource in content.RESOURCES:
        for partner in set(resource.get("affiliations", {}).values()) - {resource["institution"]}:
            edges[(*sorted((resource["institution"], partner)), "resource")] += 1
    return edges


def expected_activity(slug: str) -> dict[str, int]:
    return {
        "news": sum(item["institution"] == slug for item in content.NEWS),
        "seminars": sum(
            slug in item["organisers"] or item["institution"] == slug for item in content.SEMINARS
        ),
        "resources": sum(item["institution"] == slug for item in content.RESOURCES),
        "programmes": sum(slug in item["partners"] for item in content.PROGRAMMES),
    }


def edges_of(graph: dict) -> Counter:
    return Counter({(e["source"], e["target"], e["kind"]): e["weight"] for e in graph["edges"]})


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def network(demo, db):
    return Client()


def graph(client, query: str = "") -> dict:
    response = client.get(f"{ENDPOINT}?{query}")
    assert response.status_code == 200, response.content
    return response.json()


def test_nodes_are_the_member_institutions_sized_by_activity(network):
    data = graph(network)
    nodes = {node["id"]: node for node in data["nodes"]}
    assert set(nodes) == {item["slug"] for item in content.INSTITUTIONS}
    for item in content.INSTITUTIONS:
        node = nodes[item["slug"]]
        assert node["kind"] == item["kind"]
        assert node["region"] == item["region"]
        assert node["url"] == f"/ru/institutions/{item['slug']}/"
        assert node["activity_by_kind"] == expected_activity(item["slug"])
        assert node["activity"] == sum(expected_activity(item["slug"]).values())
    assert {region["id"] for region in data["regions"]} == {
        item["region"] for item in content.INSTITUTIONS
    }


def test_edges_are_the_ties_of_the_demo_network(network):
    expected = expected_edges()
    assert {kind for _s, _t, kind in expected} == {"programme", "seminar", "resource"}
    assert edges_of(graph(network)) == expected
    vergu_kpu = next(e for e in graph(network)["edges"] if e["id"] == "resource:kpu:vergu")
    assert [item["title"] for item in vergu_kpu["items"]] == [
        "Проектная задача «Теплопотери деревенского дома»"
    ]


def test_only_live_content_counts(network):
    programme = JointProgramPage.objects.get(
        slug=content.PROGRAMMES[0]["slug"], locale__language_code="ru"
    )
    partners = sorted(content.PROGRAMMES[0]["partners"])
    before = graph(network)
    programme.unpublish()
    shared = ResourcePage.objects.get(
        title="Проектная задача «Теплопотери деревенского дома»", locale__language_code="ru"
    )
    shared.unpublish()
    after = graph(network)

    expected = expected_edges()
    for pair in combinations(partners, 2):
        expected[(*pair, "programme")] -= 1
    expected[("kpu", "vergu", "resource")] -= 1
    assert edges_of(after) == +expected
    assert ("kpu", "vergu", "resource") not in edges_of(after)

    activity = {node["id"]: node["activity_by_kind"] for node in before["nodes"]}
    for node in after["nodes"]:
        change = {"programmes": -(node["id"] in partners), "resources": -(node["id"] == "kpu")}
        for key, value in activity[node["id"]].items():
            assert node["activity_by_kind"][key] == value + change.get(key, 0)


def test_a_suspended_institution_leaves_the_map(network):
    Institution.objects.filter(slug="kpu").update(status=Institution.Status.SUSPENDED)
    data = graph(network)
    assert "kpu" not in {node["id"] for node in data["nodes"]}
    assert all("kpu" not in (edge["source"], edge["target"]) for edge in data["edges"])


def test_filters_by_tie_kind_and_region(network):
    data = graph(network, "kind=resource")
    assert {edge["kind"] for edge in data["edges"]} == {"resource"}
    assert len(data["nodes"]) == len(content.INSTITUTIONS)
    data = graph(network, "kind=programme&kind=seminar")
    assert {edge["kind"] for edge in data["edges"]} == {"programme", "seminar"}
    assert graph(network, "kind=programme,seminar")["edges"] == data["edges"]

    data = graph(network, "region=veretinsk")
    veretinsk = {item["slug"] for item in content.INSTITUTIONS if item["region"] == "veretinsk"}
    assert {node["id"] for node in data["nodes"]} == veretinsk
    expected = Counter(
        {key: n for key, n in expected_edges().items() if {key[0], key[1]} <= veretinsk}
    )
    assert edges_of(data) == expected


@pytest.mark.parametrize(
    "query, parameter",
    [("kind=friendship", "kind"), ("region=atlantis", "region"), ("lang=fr", "lang")],
)
def test_bad_parameters_get_400_with_a_reason(network, query, parameter):
    response = network.get(f"{ENDPOINT}?{query}")
    assert response.status_code == 400
    body = response.json()
    assert list(body["errors"]) == [parameter] and body["errors"][parameter][0]


def test_english_graph_has_english_names_and_addresses(network):
    data = graph(network, "lang=en")
    vergu = next(node for node in data["nodes"] if node["id"] == "vergu")
    assert vergu["label"] == "VerSU"
    assert vergu["name"] == "Veretinsk State University"
    assert vergu["url"] == "/en/institutions/vergu/"
    assert vergu["kind_label"] == "University"
    assert {kind["label"] for kind in data["kinds"]} == {
        "Joint programmes",
        "Co-organised events",
        "Shared resources",
    }
    russian = graph(network, "lang=ru")
    assert edges_of(data) == edges_of(russian)
    assert next(k for k in russian["kinds"] if k["id"] == "programme")["label"] == (
        "Совместные программы"
    )


def test_map_page_in_both_languages_with_a_table(network):
    page = network.get("/ru/network/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Карта сотрудничества" in html
    assert 'data-graph-url="/api/network/graph/?lang=ru"' in html
    assert "activity/vendor/cytoscape.min.js" in html
    # The table calls members by their short names, as the map does.
    assert '<a href="/ru/institutions/vergu/">ВерГУ</a>' in html
    assert html.count('<tr id="institution-') == len(content.INSTITUTIONS)
    # The main menu leads to the map.
    assert 'href="/ru/network/"' in network.get("/ru/").content.decode()

    english = network.get("/en/network/").content.decode()
    assert "Cooperation map" in english
    assert '<a href="/en/institutions/vergu/">VerSU</a>' in english


def test_map_filters_work_without_javascript(network):
    html = network.get("/ru/network/?kind=resource").content.decode()
    edges = html[html.index('class="network-edges"') :]
    assert edges.count("общие ресурсы (") == sum(
        1 for key in expected_edges() if key[2] == "resource"
    )
    assert "совместные программы (" not in edges
    assert 'value="resource" checked' in html and 'value="programme" checked' not in html

    response = network.get("/ru/network/?kind=friendship&region=atlantis")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html and "friendship" in html and "atlantis" in html


def test_the_graph_library_is_bundled_from_npm():
    """`make vendor` (run by `make run` and `make test`) copies cytoscape from
    node_modules into the static files; no CDN is involved."""
    path = finders.find("activity/vendor/cytoscape.min.js")
    assert path, "run `make vendor`"
    with open(path, encoding="utf-8") as bundle:
        assert "cytoscape" in bundle.read(2000).lower()
