"""Each checkout owns its services (issue 20, item 4): the launcher (`python -m
tools.services`) brings a service back on the port it last ran on, also after `stop`;
when something else holds that port the service moves to the next free one and says so
on stderr, while stdout carries only the KEY=VALUE lines; two checkouts' services run
side by side on ports and (OpenSearch) cluster names of their own.

The ports are occupied by real listening sockets; PostgreSQL clusters are real ones,
started in the test's own folder on ports away from the shared services'.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from tools.services import SERVICES_DIR, opensearch, ports

ROOT = Path(__file__).resolve().parents[1]
KEY_VALUE = re.compile(r"[A-Z_]+=\S+")


def free_range(count: int, start: int = 55100) -> range:
    """`count` consecutive ports that are free now, from `start` on (each test its own
    `start`, so that tests running at once do not reach for the same ports)."""
    port = start
    while port < 60000:
        candidates = range(port, port + count)
        taken = next((p for p in candidates if not ports.port_is_free(p)), None)
        if taken is None:
            return candidates
        port = taken + 1
    pytest.fail("no free range of ports above 55100")


@contextmanager
def listening(port: int):
    """Something else holding the port: a real socket listening on it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # A port a service has just left may linger in TIME_WAIT.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen()
        yield sock


# Choosing a port ------------------------------------------------------------------------


def test_a_remembered_port_is_taken_again_while_it_is_free(tmp_path):
    span = free_range(6, 55500)
    port_file = tmp_path / "port"
    assert ports.choose(port_file, span, "OpenSearch") == span[0]
    ports.remember(port_file, span[4])
    said: list[str] = []
    assert ports.choose(port_file, span, "OpenSearch", log=said.append) == span[4]
    assert said == []


def test_a_remembered_port_that_is_taken_moves_to_the_next_free_one_and_says_so(tmp_path):
    span = free_range(6, 55600)
    port_file = tmp_path / "port"
    ports.remember(port_file, span[1])
    said: list[str] = []
    with listening(span[1]), listening(span[2]):
        assert ports.choose(port_file, span, "OpenSearch", log=said.append) == span[3]
    assert said == [f"port {span[1]} is taken; OpenSearch moves to {span[3]}"]


def test_without_a_remembered_port_the_first_free_one_of_the_range_is_taken(tmp_path):
    span = free_range(4, 55700)
    said: list[str] = []
    with listening(span[0]):
        assert ports.choose(tmp_path / "port", span, "PostgreSQL", log=said.append) == span[1]
    assert said == []


# The launcher with real PostgreSQL clusters ----------------------------------------------


class Checkout:
    """The launcher's state of one checkout (PORTAL_SERVICES_DIR), driven as a developer
    drives it: `python -m tools.services start postgres` and `stop postgres`."""

    def __init__(self, services_dir: Path, first_port: int) -> None:
        self.services_dir = services_dir
        self.env = {
            **os.environ,
            "PORTAL_SERVICES_DIR": str(services_dir),
            "PORTAL_PG_PORT": str(first_port),
        }

    def run(self, *arguments: str) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "-m", "tools.services", *arguments],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert result.returncode == 0, result.stderr
        return result

    def start(self) -> tuple[int, str]:
        """The port PostgreSQL answers on, and what the launcher said on stderr."""
        result = self.run("start", "postgres")
        lines = result.stdout.splitlines()
        assert all(KEY_VALUE.fullmatch(line) for line in lines), result.stdout
        (line,) = lines
        assert line.startswith("DATABASE_URL=postgres://")
        port = int(re.search(r"@127\.0\.0\.1:(\d+)/", line).group(1))
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass  # it answers there
        return port, result.stderr

    def stop(self) -> None:
        self.run("stop", "postgres")


@pytest.fixture
def checkouts():
    """Checkouts' launcher states in a folder of the test's; their clusters stopped and
    the folder removed at the end. A short folder under /tmp rather than pytest's
    `tmp_path`: PostgreSQL's socket path, inside it, may not exceed 107 characters."""
    base = Path(tempfile.mkdtemp(prefix="svc-"))
    made: list[Checkout] = []

    def make(name: str, first_port: int) -> Checkout:
        checkout = Checkout(base / name / ".services", first_port)
        made.append(checkout)
        return checkout

    yield make
    for checkout in made:
        checkout.stop()
    shutil.rmtree(base, ignore_errors=True)


def test_postgresql_comes_back_on_its_port_after_a_stop_and_moves_only_when_it_is_taken(
    checkouts,
):
    span = free_range(8, 55100)
    checkout = checkouts("one", span[0])
    with listening(span[0]):
        first, _said = checkout.start()  # never remembered: the first free port
    assert first == span[1]
    checkout.stop()
    # After the stop the range's first port is free again; the cluster keeps its own.
    again, said = checkout.start()
    assert again == first and "taken" not in said
    checkout.stop()
    with listening(first):
        moved, said = checkout.start()
    assert moved == span[2]
    assert f"[services] port {first} is taken; PostgreSQL moves to {moved}" in said
    checkout.stop()
    # The new port is the one remembered now.
    assert checkout.start()[0] == moved


def test_two_checkouts_services_run_side_by_side_on_ports_of_their_own(checkouts):
    span = free_range(8, 55300)
    one, two = checkouts("one", span[0]), checkouts("two", span[0])
    port_one, _ = one.start()
    port_two, _ = two.start()
    assert port_one != port_two
    one.stop()
    # The second checkout does not take the first one's port while it is stopped …
    two.stop()
    assert two.start()[0] == port_two
    # … and the first one comes back where it was.
    assert one.start()[0] == port_one
    # Their OpenSearch nodes would be clusters of their own.
    names = {opensearch.cluster_name(c.services_dir / "opensearch") for c in (one, two)}
    assert len(names) == 2 and all(re.fullmatch(r"portal-[0-9a-f]{10}", name) for name in names)
    assert opensearch.cluster_name(one.services_dir / "opensearch") == (
        opensearch.cluster_name(one.services_dir / "opensearch")
    )


# Two real OpenSearch nodes ----------------------------------------------------------------


def get(port: int, path: str) -> dict | list:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
        return json.load(response)


def put(port: int, path: str) -> None:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=b"{}",
        method="PUT",
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(request, timeout=60).close()


@pytest.mark.starts_nodes
def test_two_checkouts_opensearch_nodes_run_side_by_side(tmp_path):
    """Two nodes, as two checkouts start them, beside the suite's own: each its own
    cluster (neither joins the other), its own port, its indices its own; a node stopped
    and started again comes back on its port. Costs two JVMs (about 1 GB and 30 s each on
    two cores): `make test` runs it alone, after the parallel part (marker starts_nodes)."""
    jars = SERVICES_DIR / "opensearch" / "lib"
    if not opensearch.jars_ready(opensearch.Layout(tmp_path, jars), opensearch.pinned_version()):
        pytest.skip("the checkout's OpenSearch jars are not fetched yet (make services)")
    homes = [tmp_path / name / ".services" / "opensearch" for name in ("one", "two")]
    said: list[str] = []
    with ExitStack() as stack:
        node_ports = []
        for home in homes:
            stack.callback(opensearch.stop, home, log=said.append, lib=jars)
            node_ports.append(opensearch.start(home, log=said.append, lib=jars))
        one, two = node_ports
        assert one != two
        for home, port in zip(homes, node_ports, strict=True):
            assert get(port, "/")["cluster_name"] == opensearch.cluster_name(home)
            assert len(get(port, "/_cat/nodes?format=json")) == 1
        assert get(one, "/")["cluster_name"] != get(two, "/")["cluster_name"]
        put(one, "/checkout-one-index")
        assert [row["index"] for row in get(two, "/_cat/indices?format=json")] == []
        opensearch.stop(homes[0], log=said.append, lib=jars)
        assert opensearch.start(homes[0], log=said.append, lib=jars) == one
        indices = [row["index"] for row in get(one, "/_cat/indices?format=json")]
        assert indices == ["checkout-one-index"]
