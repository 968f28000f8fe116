"""`make scaleout`: the README's production layout on this machine (README, Scale-out).

    make scaleout      # or: export $(make -s services) && .venv/bin/python -m tests.scaleout.run

Starts, in `.services/scaleout/`, what a site served by several hosts has:

- two gunicorn servers (portal/gunicorn.conf.py, production settings, 2 workers each,
  ports of their own) and the background worker (`manage.py db_worker`), sharing
- one PostgreSQL database (`portal_scaleout` on the services' PostgreSQL, created at the
  start and dropped at the end, unless SCALEOUT_KEEP=1; SCALEOUT_DATABASE changes the name),
- one Redis (a private redis-server: the cache, the full-page cache included),
- an OpenSearch cluster of two nodes (the jars of `make services`, a process each, a
  cluster name and ports of their own) with one replica of every index, named to the
  portal as `SEARCH_URL=opensearch://127.0.0.1:A,127.0.0.1:B`,
- an S3-compatible server (S3Proxy from Maven Central, tests/scaleout/pom.xml) holding
  the uploads in a private bucket through django-storages (`MEDIA_STORAGE=s3`),

then checks, printing a PASS or FAIL line for each: an edit published beside server A
is on server B's pages at once (page cache included); search answers through both while
one node is stopped, and the resources published meanwhile are all found (0 lost), on the
restarted node too once the cluster is green again; a public document uploaded to the
bucket comes back through both servers, a private one through neither, and the bucket
serves nothing without credentials. Everything started is stopped at the end, also on a
failure; the exit status is 1 when a check failed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from urllib.parse import urlencode

from tests.bench.common import BenchError, stop_process, with_database
from tests.bench.dataset import create_database, drop_database
from tests.bench.server import MemoryWatch, Redis, Server, free_port

from .cluster import Cluster
from .common import PYTHON, ROOT, WORK_DIR, Checks, ScaleoutError, say
from .objectstore import ObjectStore

INDEX_PREFIX = "portal_scaleout"
PAGE_INDEX = f"{INDEX_PREFIX}_wagtailcore_page"
UPDATES_DURING_OUTAGE = 20
WAIT_SECONDS = 60  # for the worker to send an update to the engine
HOST = "127.0.0.1"  # the site's host name (ALLOWED_HOSTS), as the proxy passes it


def last_word(title: str) -> str:
    return title.rsplit(" ", 1)[1]


def recreate_database(services_url: str, name: str) -> None:
    drop_database(services_url, name, own="portal_scaleout")
    create_database(services_url, name)


class Scaleout:
    def __init__(self) -> None:
        services_url = os.environ.get("DATABASE_URL", "")
        if not services_url.startswith("postgres"):
            raise ScaleoutError("DATABASE_URL must name the services' PostgreSQL (make services)")
        self.services_url = services_url
        self.database = os.environ.get("SCALEOUT_DATABASE", "portal_scaleout")
        WORK_DIR.mkdir(parents=True, exist_ok=True)
        self.checks = Checks()
        self.memory = MemoryWatch()
        self.redis = Redis(WORK_DIR)
        self.cluster = Cluster(WORK_DIR / "opensearch")
        self.store = ObjectStore(WORK_DIR / "s3", port=free_port())
        self.media = WORK_DIR / "media"  # must stay empty: the uploads go to the bucket
        self.servers: list[Server] = []
        self.worker: subprocess.Popen | None = None

    # The layout ---------------------------------------------------------------------

    def env(self) -> dict[str, str]:
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("GUNICORN_", "DJANGO_", "AWS_"))
            and name not in {"CACHE_URL", "SEARCH_URL", "MEDIA_STORAGE"}
        }
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": "portal.settings.production",
                "SECRET_KEY": "scaleout-only-secret-key-not-for-any-real-site",
                "ALLOWED_HOSTS": HOST,
                "WAGTAILADMIN_BASE_URL": f"https://{HOST}",
                "DATABASE_URL": with_database(self.services_url, self.database),
                "CACHE_URL": self.redis.url,
                "SEARCH_URL": f"{self.cluster.url}?index={INDEX_PREFIX}",
                "MEDIA_ROOT": str(self.media),
                "STATIC_ROOT": str(WORK_DIR / "static"),
                "WEB_CONCURRENCY": "2",
                "PYTHONPATH": str(ROOT),
                **self.store.env(),
            }
        )
        return env

    def manage(self, *args: str, timeout: float = 600) -> str:
        log = WORK_DIR / "commands.log"
        with log.open("a", encoding="utf-8") as stream:
            stream.write(f"\n$ manage.py {' '.join(args)}\n")
        result = subprocess.run(
            [str(PYTHON), "manage.py", *args],
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        with log.open("a", encoding="utf-8") as stream:
            stream.write(result.stdout + result.stderr)
        if result.returncode != 0:
            raise ScaleoutError(f"manage.py {' '.join(args)} failed; see {log}:\n{result.stderr}")
        return result.stdout

    def content(self, *args: str) -> dict:
        """One editor's action, in a process of its own (tests/scaleout/content.py)."""
        result = subprocess.run(
            [str(PYTHON), "-m", "tests.scaleout.content", *args],
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if result.returncode != 0:
            raise ScaleoutError(f"content {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return json.loads(result.stdout.strip().splitlines()[-1])

    def start(self) -> None:
        say(f"starting a private Redis on port {self.redis.port}")
        self.redis.start()
        say(f"starting S3Proxy on {self.store.endpoint} (bucket in {self.store.data})")
        self.store.start()
        self.cluster.start()
        say(f"OpenSearch cluster {self.cluster.name} green on {self.cluster.url}")
        say(f"creating database {self.database}, migrating, collecting static files")
        recreate_database(self.services_url, self.database)
        self.media.mkdir(parents=True, exist_ok=True)
        self.manage("migrate", "--no-input")
        self.manage("bootstrap_site")
        self.manage("collectstatic", "--no-input", "--clear", "-v", "0")
        self.site = self.content("setup")
        self.manage("update_index")
        say("starting the background worker and two gunicorn servers")
        with (WORK_DIR / "worker.log").open("a", encoding="utf-8") as log:
            self.worker = subprocess.Popen(
                [str(PYTHON), "manage.py", "db_worker"],
                cwd=ROOT,
                env=self.env(),
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        for label in ("A", "B"):
            # Both behind one proxy, which passes the site's host name to either.
            server = Server(
                self.env(), self.memory, f"server {label}", WORK_DIR, headers={"Host": HOST}
            )
            server.start()
            self.servers.append(server)
            say(f"server {label} on {server.base_url}")

    def stop(self) -> None:
        for server in self.servers:
            server.stop()
        stop_process(self.worker)
        self.cluster.stop()
        self.store.stop()
        self.redis.stop()
        self.memory.close()
        if os.environ.get("SCALEOUT_KEEP") == "1":  # the database, for a look afterwards
            return
        try:
            drop_database(self.services_url, self.database, own="portal_scaleout")
        except Exception as error:  # the checks' verdict stands; say what is left behind
            say(f"could not drop the database {self.database}: {error}")

    # Helpers ------------------------------------------------------------------------

    def search(self, server: Server, query: str) -> tuple[int, list[str]]:
        """The status and the titles found, from the engine itself: an answer the portal
        gave from the database instead (`degraded`, while the engine fails) counts as a
        503, found nothing."""
        status, body = server.get("/api/search/?" + urlencode({"q": query, "type": "resource"}))
        if status != 200:
            return status, []
        answer = json.loads(body)
        if answer.get("degraded"):
            return 503, []
        return status, [result["title"] for result in answer["results"]]

    def found_everywhere(self, titles: list[str], token_of, deadline: float) -> list[str]:
        """The titles not found (by their own token) through both servers by `deadline`."""
        missing = list(titles)
        while missing and time.monotonic() < deadline:
            missing = [
                title
                for title in missing
                if not all(title in self.search(s, token_of(title))[1] for s in self.servers)
            ]
            if missing:
                time.sleep(1)
        return missing

    # Checks -------------------------------------------------------------------------

    def check_ready(self) -> None:
        for server in self.servers:
            status, body = server.get("/readyz")
            checks = json.loads(body).get("checks", {})
            summary = ", ".join(
                f"{name} {value.get('status')} {value.get('cluster', '')}".strip()
                for name, value in checks.items()
            )
            self.checks.check(
                status == 200 and all(v.get("status") == "ok" for v in checks.values()),
                f"{server.label}: /readyz reports every dependency ok",
                summary,
            )

    def check_shared_cache(self) -> None:
        a, b = self.servers
        listing = self.site["listing_url"]
        a.get(listing)
        _status, headers, _body = b.fetch(listing)
        self.checks.check(
            headers.get("X-Page-Cache") == "hit",
            "server B answers a page that server A rendered from the shared page cache",
            f"X-Page-Cache: {headers.get('X-Page-Cache', 'none')}",
        )
        (page,) = self.content("publish", f"Новый ресурс r{uuid.uuid4().hex[:8]}x", "1")["pages"]
        published = time.monotonic()
        for server in (b, a):
            status, headers, body = server.fetch(listing)
            self.checks.check(
                status == 200 and page["title"].encode() in body,
                f"a resource published beside the servers is on {server.label}'s listing at once",
                f"{time.monotonic() - published:.2f} s after the publish, "
                f"X-Page-Cache: {headers.get('X-Page-Cache', 'none')}",
            )
        status, body = b.get(page["url"])
        self.checks.check(status == 200, "server B serves the new resource's page", str(status))
        renamed = f"Переименованный ресурс r{uuid.uuid4().hex[:8]}"
        self.content("retitle", str(page["id"]), renamed)
        for server in (b, a):
            status, body = server.get(page["url"])
            self.checks.check(
                status == 200 and renamed.encode() in body and page["title"].encode() not in body,
                f"{server.label} shows the edited title at once (its cached copy dropped)",
            )
        missing = self.found_everywhere([renamed], last_word, time.monotonic() + WAIT_SECONDS)
        self.checks.check(
            not missing, "the worker sends the edit: /api/search/ finds it through both servers"
        )

    def check_cluster(self) -> None:
        cluster = self.cluster
        settings = cluster.nodes[0]
        from .cluster import request

        index = request(settings.http, f"/{PAGE_INDEX}/_settings")
        (body,) = index.values()
        replicas = body["settings"]["index"]["number_of_replicas"]
        health = cluster.wait_for(status="green", nodes=2)
        self.checks.check(
            replicas == "1" and health["status"] == "green",
            "the portal's indices have one replica each on a green two-node cluster",
            f"{health['active_shards']} shards, {health['number_of_nodes']} nodes",
        )
        manager = cluster.manager()
        victim = next(node for node in cluster.nodes if node is not manager)
        say(f"stopping node {victim.name} (port {victim.http}); node {manager.name} manages")
        victim.stop()
        health = cluster.health(via=manager, nodes="1")
        self.checks.check(
            health.get("number_of_nodes") == 1 and health.get("status") == "yellow",
            f"with node {victim.name} stopped the cluster is yellow on one node",
            f"status {health.get('status')}",
        )
        errors = 0
        answered = 0
        for server in self.servers:
            for _ in range(5):
                status, _titles = self.search(server, f"ресурс {uuid.uuid4().hex[:4]}")
                errors += status != 200
                answered += 1
            status, body = server.get("/readyz")
            search = json.loads(body)["checks"]["search"]
            self.checks.check(
                search.get("status") == "ok",
                f"{server.label}'s /readyz still reaches the engine",
                f"cluster {search.get('cluster')}",
            )
        self.checks.check(
            errors == 0,
            "the engine answers searches through both servers with a node down",
            f"{answered} asked, {errors} not from the engine",
        )
        marker = uuid.uuid4().hex[:6]
        started = time.monotonic()
        # "Отказ n<marker>x1" … "x20": each title a word of its own to be searched by.
        pages = self.content("publish", f"Отказ n{marker}x", str(UPDATES_DURING_OUTAGE))["pages"]
        titles = [page["title"] for page in pages]
        missing = self.found_everywhere(titles, last_word, time.monotonic() + WAIT_SECONDS)
        lost = len(missing)
        self.checks.check(
            lost == 0,
            f"{UPDATES_DURING_OUTAGE} resources published while node {victim.name} is down "
            "are found through both servers",
            f"{lost} lost, {time.monotonic() - started:.1f} s",
        )
        say(f"starting node {victim.name} again")
        restarted = time.monotonic()
        victim.start(bootstrap=False)
        health = cluster.wait_for(status="green", nodes=2)
        self.checks.check(
            health["status"] == "green",
            f"node {victim.name} rejoins and the cluster is green again",
            f"{time.monotonic() - restarted:.0f} s",
        )
        counts = {node.name: cluster.local_count(node, PAGE_INDEX) for node in cluster.nodes}
        self.checks.check(
            len(set(counts.values())) == 1,
            f"node {victim.name}'s copy holds every document the other holds",
            ", ".join(f"node {name}: {count}" for name, count in counts.items()),
        )
        missing = self.found_everywhere(titles, last_word, time.monotonic() + 10)
        self.checks.check(
            not missing,
            "after the restart all the resources published during the outage are found",
            f"{len(missing)} lost",
        )

    def check_manager_loss(self) -> None:
        """The other node of two: the one in the voting configuration. Without it the
        cluster has no manager; the remaining node's copies still answer searches, and
        writes wait in the portal's index queue until the manager is back."""
        cluster = self.cluster
        manager = cluster.manager()
        survivor = next(node for node in cluster.nodes if node is not manager)
        say(f"stopping node {manager.name}, the cluster manager (port {manager.http})")
        manager.stop()
        errors = 0
        for server in self.servers:
            for _ in range(5):
                status, _titles = self.search(server, f"ресурс {uuid.uuid4().hex[:4]}")
                errors += status != 200
        self.checks.check(
            errors == 0,
            f"without the manager (node {manager.name}) node {survivor.name} still answers "
            "searches through both servers",
            f"10 asked, {errors} not from the engine",
        )
        pages = self.content("publish", f"Без менеджера m{uuid.uuid4().hex[:6]}x", "5")["pages"]
        titles = [page["title"] for page in pages]
        time.sleep(5)
        queued = self.content("queue")["queued"]
        self.checks.check(
            queued > 0,
            "updates made without a manager wait in the portal's index queue",
            f"{queued} queued",
        )
        say(f"starting node {manager.name} again")
        restarted = time.monotonic()
        manager.start(bootstrap=False)
        cluster.wait_for(status="green", nodes=2)
        missing = self.found_everywhere(titles, last_word, time.monotonic() + WAIT_SECONDS)
        self.checks.check(
            not missing,
            f"once node {manager.name} is back the queued updates are all found",
            f"{len(missing)} lost, {time.monotonic() - restarted:.0f} s after its start",
        )

    def check_documents(self) -> None:
        documents = self.content("documents")
        public, private = documents["public"], documents["private"]
        keys = self.store.objects()
        self.checks.check(
            public["key"] in keys and private["key"] in keys,
            "uploaded documents are stored in the S3 bucket",
            f"{len(keys)} object(s) in the bucket",
        )
        on_disk = [path for path in self.media.rglob("*") if path.is_file()]
        self.checks.check(not on_disk, "nothing is written to the servers' local MEDIA_ROOT")
        for server in self.servers:
            status, body = server.get(public["url"])
            self.checks.check(
                status == 200 and body.decode(errors="replace") == public["content"],
                f"{server.label} serves the public document from the bucket",
                f"{public['url']}: {status}",
            )
            status, _body = server.get(private["url"])
            self.checks.check(
                status == 404,
                f"{server.label} refuses the private document to an anonymous visitor",
                f"{private['url']}: {status}",
            )
        self.checks.check(
            self.store.endpoint not in private["file_url"],
            "a private file's address leads to the portal, not to the bucket",
            private["file_url"],
        )
        statuses = {self.store.anonymous_status(doc["key"]) for doc in (private, public)}
        self.checks.check(
            statuses == {403},
            "the bucket serves no file without credentials",
            f"anonymous GET: {', '.join(map(str, sorted(statuses)))}",
        )

    def run(self) -> int:
        try:
            self.start()
            self.check_ready()
            self.check_shared_cache()
            self.check_cluster()
            self.check_manager_loss()
            self.check_documents()
        except (ScaleoutError, BenchError, OSError) as error:
            self.checks.check(False, "the scale-out check ran to its end", str(error))
        finally:
            say("stopping the servers, the worker, the cluster, S3Proxy and Redis")
            self.stop()
        passed, failed = len(self.checks.passed), len(self.checks.failed)
        print(f"scaleout: {passed} passed, {failed} failed", flush=True)
        return 1 if failed else 0


def main() -> None:
    try:
        scaleout = Scaleout()
    except ScaleoutError as error:
        print(f"FAIL {error}", flush=True)
        sys.exit(1)
    sys.exit(scaleout.run())


if __name__ == "__main__":
    main()
