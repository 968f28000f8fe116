"""`make bench`: the portal's benchmarks, end to end. Prints `BENCH <name> <value> <unit>`
lines as the figures come, then a summary table. Progress goes to stderr; logs and the
generated files are in .services/bench/.

    export $(make -s services) && .venv/bin/python -m tests.bench.run

Steps: the dataset (built once, reused while it matches) and the search engine's reindex;
60 s of unmeasured searches (the engine's JVM compiles its query code); the trivial view;
each page kind uncached (the full-page cache off), cold (fresh gunicorn, empty cache) and
warm, on the engine; the search API and autocomplete on the PostgreSQL backend; the
OAI-PMH full harvest (tests/bench/oai.py); the workers' peak memory; the mixed load on 50
connections; the CSV import. Any response
other than 200 fails the run (after every step has been measured). Settings, from the
environment (defaults in brackets):

    BENCH_SCALE [100000], BENCH_INSTITUTIONS [300]    the dataset
    BENCH_DURATION [10]        seconds of each pass of a page kind
    BENCH_THREADS [2], BENCH_CONNECTIONS [8]           wrk's threads and connections
                               (the `uncached_latency` pass uses one per worker)
    BENCH_LOAD_DURATION [60], BENCH_LOAD_CONNECTIONS [50]   the mixed load
    BENCH_WORKERS [2]          gunicorn workers (WEB_CONCURRENCY)
    BENCH_IMPORT_ROWS [10000]  rows of the generated catalogue
    BENCH_IMPORT_TIMEOUT [180] seconds the import may run (it stops there and counts)
    BENCH_BUDGET [1740]        seconds the whole run may take from BENCH_STARTED_AT
                               (set by make); the import is cut short to stay within it
    BENCH_DATABASE [portal_bench], BENCH_INDEX [portal_bench]   names of the bench's own
                               database and search index prefix
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

from . import workload
from .catalogue import measure_import
from .common import (
    PYTHON,
    ROOT,
    STARTED,
    WORK_DIR,
    BenchError,
    Results,
    env_int,
    env_str,
    format_value,
    run_logged,
    say,
    with_database,
)
from .dataset import ensure_dataset, merge_segments, reindex
from .engine_share import measure_engine_share
from .oai import HARVEST_TARGET_SECONDS, PAGE_TARGET_MS, harvest
from .server import MemoryWatch, Redis, Server
from .wrk import WrkResult, ensure_wrk, run_wrk

KINDS = [
    "home",
    "news",
    "resources",
    "resource_detail",
    "institution",
    "search_api",
    "autocomplete",
]
POSTGRES_KINDS = ["search_api", "autocomplete"]
ENGINE_KINDS = ["resources", "search_api", "autocomplete"]
# Kinds whose engine time is set apart from the portal's (Server-Timing).
ENGINE_SHARE_KINDS = ["resources", "search_api", "autocomplete"]
WARM_UP_SECONDS = 5
ENGINE_WARM_UP_SECONDS = 60


class Bench:
    def __init__(self) -> None:
        self.results = Results()
        self.rows: list[tuple[str, str, WrkResult, float | None]] = []
        self.services_url = os.environ.get("DATABASE_URL", "")
        self.services_search = os.environ.get("SEARCH_URL", "")
        if not self.services_url.startswith(("postgres://", "postgresql://")):
            raise BenchError(
                "DATABASE_URL must name the PostgreSQL of `make services` (run `make bench`)."
            )
        if not self.services_search.startswith("opensearch"):
            raise BenchError("SEARCH_URL must name the OpenSearch node of `make services`.")
        self.database = env_str("BENCH_DATABASE", "portal_bench")
        if not self.database.startswith("portal_bench"):
            raise BenchError("BENCH_DATABASE must start with portal_bench (it is dropped).")
        self.index = env_str("BENCH_INDEX", "portal_bench")
        self.scale = env_int("BENCH_SCALE", 100_000)
        self.institutions = env_int("BENCH_INSTITUTIONS", 300)
        self.duration = env_int("BENCH_DURATION", 10)
        self.threads = env_int("BENCH_THREADS", 2)
        self.connections = env_int("BENCH_CONNECTIONS", 8)
        self.load_duration = env_int("BENCH_LOAD_DURATION", 60)
        self.load_connections = env_int("BENCH_LOAD_CONNECTIONS", 50)
        self.workers = env_int("BENCH_WORKERS", 2)
        self.import_rows = env_int("BENCH_IMPORT_ROWS", 10_000)
        self.import_timeout = env_int("BENCH_IMPORT_TIMEOUT", 180)
        self.budget = env_int("BENCH_BUDGET", 1740)
        started_at = env_int("BENCH_STARTED_AT", 0)
        self.started_wall = started_at or time.time() - (time.monotonic() - STARTED)
        self.search_url = self._search_url()
        self.media = WORK_DIR / "media"
        self.memory = MemoryWatch()
        self.redis = Redis()
        self.data: dict = {}

    def _search_url(self) -> str:
        parts = urlsplit(self.services_search)
        return urlunsplit(parts._replace(query=f"index={self.index}"))

    # Environments ------------------------------------------------------------------

    def command_env(self) -> dict[str, str]:
        """The project's management commands: development settings (inline tasks, so
        that index updates happen in the command), the database search backend."""
        env = {
            name: value
            for name, value in os.environ.items()
            if name not in {"SEARCH_URL", "DJANGO_SETTINGS_MODULE", "CACHE_URL"}
        }
        env["MEDIA_ROOT"] = str(self.media)
        env["PYTHONPATH"] = str(ROOT)
        return env

    def server_env(self, engine: bool, page_cache: bool = True) -> dict[str, str]:
        """The portal as production runs it, on the bench database, with Redis as its
        cache; `page_cache=False` turns the full-page cache off (PAGE_CACHE_SECONDS=0)."""
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("GUNICORN_", "DJANGO_")) and name not in {"CACHE_URL"}
        }
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": "portal.settings.production",
                "SECRET_KEY": "bench-only-secret-key-not-for-any-real-site",
                "ALLOWED_HOSTS": "127.0.0.1",
                "DATABASE_URL": with_database(self.services_url, self.database),
                "MEDIA_ROOT": str(self.media),
                "STATIC_ROOT": str(WORK_DIR / "static"),
                "WEB_CONCURRENCY": str(self.workers),
                "CACHE_URL": self.redis.url,
                "PAGE_CACHE_SECONDS": "600" if page_cache else "0",
            }
        )
        if engine:
            env["SEARCH_URL"] = self.search_url
        else:
            env.pop("SEARCH_URL", None)
        return env

    # Steps -------------------------------------------------------------------------

    def dataset(self) -> None:
        dataset = ensure_dataset(
            self.services_url, self.database, self.scale, self.institutions, self.command_env()
        )
        add = self.results.add
        if dataset.rebuilt:
            add("dataset_build_time", round(dataset.build_seconds, 1), "s")
            if dataset.load_rate is not None:
                add("load_demo_throughput", dataset.load_rate, "resources/s")
        else:
            self.results.notes.append(f"dataset reused ({self.database})")
        say(f"reindexing into the engine (index prefix {self.index}; log in {WORK_DIR})")
        rebuilt = reindex(dataset.url, self.search_url, self.index, self.command_env())
        if rebuilt.resource_rate is not None:
            add("reindex_throughput", rebuilt.resource_rate, "resources/s")
        add("reindex_objects", rebuilt.total_objects, "count")
        add("reindex_time", rebuilt.seconds, "s")
        add("reindex_total_throughput", rebuilt.total_rate, "objects/s")
        say("merging the engine's index segments")
        add("index_merge_time", round(merge_segments(self.search_url, self.index), 1), "s")

    def collectstatic(self) -> None:
        """The fingerprinted, compressed static files the production settings serve
        (WhiteNoise with the manifest storage), as the README's deployment does."""
        say("collectstatic (production settings)")
        env = {**self.server_env(engine=False), "PYTHONPATH": str(ROOT)}
        _, _, seconds = run_logged(
            [str(PYTHON), "manage.py", "collectstatic", "--no-input", "--clear", "-v", "0"],
            env=env,
            log=WORK_DIR / "collectstatic.log",
        )
        self.results.add("collectstatic_time", round(seconds, 1), "s")

    def check_static(self, server: Server) -> None:
        """A page's stylesheet is served fingerprinted, compressed and cacheable for a year."""
        status, body = server.get("/ru/")
        match = re.search(rb'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', body)
        if status != 200 or not match:
            self.results.fail("the home page links no fingerprinted stylesheet")
            return
        headers = server.head(match.group(1).decode(), {"Accept-Encoding": "gzip, br"})
        control = headers.get("Cache-Control", "")
        age = re.search(r"max-age=(\d+)", control)
        self.results.add("static_max_age", int(age.group(1)) if age else 0, "s")
        self.results.notes.append(
            f"static {match.group(1).decode()}: Cache-Control {control!r}, "
            f"Content-Encoding {headers.get('Content-Encoding', 'none')!r}"
        )

    def collect(self) -> None:
        say("collecting URLs from the dataset")
        env = {
            **self.command_env(),
            "DATABASE_URL": with_database(self.services_url, self.database),
        }
        completed = subprocess.run(
            [str(PYTHON), "-m", "tests.bench.collect"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if completed.returncode != 0:
            raise BenchError(f"collecting URLs failed:\n{completed.stderr[-3000:]}")
        self.data = json.loads(completed.stdout.strip().splitlines()[-1])
        if not self.data["resource_urls"] or not self.data["institution_urls"]:
            raise BenchError("the dataset has no live resources or institution sections")
        if not self.data["listing_basic_mathematics"]:
            raise BenchError("no resource has level=basic and subject=mathematics")
        self.kinds = workload.page_kinds(self.data)
        (WORK_DIR / "paths.json").write_text(json.dumps(self.kinds, ensure_ascii=False, indent=1))

    def clear_engine_caches(self) -> None:
        """The engine's query caches of the bench index (never the other indices)."""
        parts = urlsplit(self.services_search)
        url = f"http://{parts.hostname}:{parts.port}/{self.index}_*/_cache/clear"
        request = urllib.request.Request(url, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
        except (OSError, urllib.error.URLError) as error:
            say(f"could not clear the engine's caches: {error}")

    def server(self, engine: bool, label: str, page_cache: bool = True) -> Server:
        """A fresh gunicorn with every cache empty: Redis and the engine's query caches."""
        self.redis.flush()
        if engine:
            self.clear_engine_caches()
        return Server(self.server_env(engine, page_cache), self.memory, label)

    def measure(
        self,
        server: Server,
        name: str,
        paths: list[str],
        phase: str,
        *,
        ratio: bool = False,
        connections: int | None = None,
    ) -> WrkResult:
        connections = connections or self.connections
        say(f"{name} {phase}: {self.duration} s on {connections} connections")
        result = run_wrk(
            f"{name}_{phase}",
            server.base_url,
            paths,
            seconds=self.duration,
            threads=min(self.threads, connections),
            connections=connections,
        )
        self.report(name, phase, result, ratio=ratio)
        return result

    def report(self, name: str, phase: str, result: WrkResult, *, ratio: bool = False) -> None:
        prefix = f"{name}_{phase}" if phase else name
        add = self.results.add
        add(f"{prefix}_rps", round(result.rps, 1), "req/s")
        add(f"{prefix}_p50", round(result.p50_ms, 2), "ms")
        add(f"{prefix}_p95", round(result.p95_ms, 2), "ms")
        add(f"{prefix}_p99", round(result.p99_ms, 2), "ms")
        relative = None
        trivial = self.results.get("trivial_rps")
        if ratio and trivial:
            relative = result.rps / trivial
            add(f"{prefix}_ratio", round(relative, 3), "x")
        self.rows.append((name, phase or "—", result, relative))
        if result.errors:
            self.results.fail(
                f"{prefix}: {result.non200} responses other than 200 (statuses: "
                f"{result.statuses or '-'}) and {result.socket_errors} socket errors "
                f"out of {result.requests}"
            )

    def report_errors(self, name: str, results: list[WrkResult]) -> None:
        self.results.add(f"{name}_errors", sum(result.errors for result in results), "count")

    def check_paths(self, server: Server) -> None:
        """A few paths of every kind answer 200 before anything is measured."""
        for kind, paths in self.kinds.items():
            for path in paths[:3]:
                status, _body = server.get(path)
                if status != 200:
                    raise BenchError(f"{kind}: {path} answers {status}, not 200")

    def trivial(self) -> None:
        with self.server(engine=True, label="trivial") as server:
            self.check_paths(server)
            self.check_static(server)
            run_wrk(
                "trivial_warmup",
                server.base_url,
                ["/healthz"],
                seconds=2,
                threads=self.threads,
                connections=self.connections,
            )
            result = self.measure(server, "trivial", ["/healthz"], "")
            self.report_errors("trivial", [result])

    def warm_engine(self) -> None:
        """Unmeasured search traffic before any pass. The engine was started for this run
        and has only indexed so far: its JVM runs the query code interpreted until it has
        compiled it. An engine in service did that long ago. After 20 s of this the
        faceted listing still measured 120 / 172 ms (p50 / p95) against 79 / 124 ms a
        minute later, so the first kinds measured would pay for it. The full-page cache
        is off: with it on, every search after the first of each address was a hit that
        never reached the engine."""
        paths = [path for kind in ENGINE_KINDS for path in self.kinds[kind]]
        say(f"warming the search engine: {ENGINE_WARM_UP_SECONDS} s of searches")
        with self.server(engine=True, label="engine warm-up", page_cache=False) as server:
            run_wrk(
                "engine_warmup",
                server.base_url,
                paths,
                seconds=ENGINE_WARM_UP_SECONDS,
                threads=self.threads,
                connections=self.connections,
            )

    def warm_up(self, server: Server, name: str, paths: list[str]) -> None:
        """Unmeasured requests first: a fresh worker compiles templates and fills its
        process memory, and the engine its caches, on the first requests."""
        run_wrk(
            f"{name}_warmup",
            server.base_url,
            paths,
            seconds=WARM_UP_SECONDS,
            threads=self.threads,
            connections=self.connections,
        )

    def passes(self, name: str, paths: list[str], engine: bool) -> None:
        """Three passes of one kind: `uncached_latency` (the full-page cache off, one
        connection per worker, after a warm-up: what rendering one page costs, the targets'
        figure), `cold` (the cache on, empty at the start) and `warm` (the same server
        again, the cache filled)."""
        with self.server(engine=engine, label=f"{name} uncached", page_cache=False) as server:
            self.warm_up(server, name, paths)
            uncached = self.uncached_pass(server, name, paths)
            if engine and name in ENGINE_SHARE_KINDS:
                self.engine_share(server, name, paths)
        with self.server(engine=engine, label=name) as server:
            cold = self.measure(server, name, paths, "cold", ratio=True)
            warm = self.measure(server, name, paths, "warm", ratio=True)
        self.report_errors(name, [uncached, cold, warm])

    def engine_share(self, server: Server, name: str, paths: list[str]) -> None:
        """The portal's own time around the engine's, request by request (Server-Timing)."""
        seconds = max(self.duration / 2, 1)
        say(f"{name} engine share: {seconds:g} s of requests one after another")
        share = measure_engine_share(server.base_url, paths, seconds)
        add = self.results.add
        add(f"{name}_sequential_median", round(share.latency_ms, 2), "ms")
        add(f"{name}_engine_round_trip_median", round(share.engine_ms, 2), "ms")
        add(f"{name}_engine_took_median", round(share.took_ms, 2), "ms")
        add(f"{name}_overhead_median", round(share.overhead_ms, 2), "ms")
        add(f"{name}_overhead_95th", round(share.overhead_p95_ms, 2), "ms")

    def uncached_pass(self, server: Server, name: str, paths: list[str]) -> WrkResult:
        # As many connections as workers: no request waits behind another, so the
        # percentiles are what rendering one page takes; on 8 connections they would also
        # count the queue in front of the 2 workers.
        return self.measure(
            server, name, paths, "uncached_latency", ratio=True, connections=self.workers
        )

    def page_kinds(self) -> None:
        for kind in KINDS:
            self.passes(kind, self.kinds[kind], engine=True)

    def postgres_kinds(self) -> None:
        """The search API and autocomplete on the PostgreSQL backend, uncached only: what
        a site without the engine pays per query (cached, they cost what the engine's do)."""
        with self.server(engine=False, label="postgres uncached", page_cache=False) as server:
            for kind in POSTGRES_KINDS:
                name = f"{kind}_postgres"
                self.warm_up(server, name, self.kinds[kind])
                result = self.uncached_pass(server, name, self.kinds[kind])
                self.report_errors(name, [result])

    def oai_harvest(self) -> None:
        """Every record of the OAI-PMH endpoint, page after page, as a harvester reads them
        (its answers are never cached)."""
        with self.server(engine=False, label="oai harvest") as server:
            say("OAI-PMH: a full ListRecords harvest, one page at a time")
            run = harvest(server.base_url)
        add = self.results.add
        add("oai_harvest_time", round(run.seconds, 1), "s")
        add("oai_harvest_records", run.records, "count")
        add("oai_harvest_pages", run.pages, "count")
        add("oai_page_p50", round(run.p50_ms, 1), "ms")
        add("oai_page_p95", round(run.p95_ms, 1), "ms")
        add("oai_page_max", round(run.max_ms, 1), "ms")
        self.results.notes.append(
            f"OAI harvest: {run.records} records in {run.seconds:.0f} s "
            f"(target {HARVEST_TARGET_SECONDS} s), slowest page {run.max_ms:.0f} ms "
            f"(target {PAGE_TARGET_MS} ms)"
        )
        for error in run.errors:
            self.results.fail(f"OAI harvest: {error}")

    def load(self) -> None:
        paths = workload.mixed_paths(self.kinds)
        with self.server(engine=True, label="load50") as server:
            say(
                f"mixed load: {self.load_duration} s on {self.load_connections} connections "
                f"({len(paths)} paths in rotation)"
            )
            result = run_wrk(
                "load50",
                server.base_url,
                paths,
                seconds=self.load_duration,
                threads=self.threads,
                connections=self.load_connections,
            )
            self.report("load50", "", result)
            self.report_errors("load50", [result])

    def peak_memory(self) -> None:
        self.memory.sample()
        self.results.add("worker_peak_rss", round(self.memory.peak_mb, 1), "MB")
        self.results.add("worker_processes_seen", self.memory.workers_seen, "count")

    def catalogue_import(self) -> None:
        left = self.budget - (time.time() - self.started_wall) - 45
        limit = min(self.import_timeout, left)
        if limit < 60:
            say(f"the run's budget is nearly spent ({left:.0f} s left): importing for 60 s")
            limit = 60
        institution = self.data["demo_institution"]
        run = measure_import(
            self.services_url,
            self.database,
            institution,
            self.import_rows,
            limit,
            self.command_env(),
        )
        add = self.results.add
        add("import_throughput", round(run.rate, 2), "rows/s")
        add("import_rows", run.rows_imported, "rows")
        add("import_time", round(run.seconds, 1), "s")
        add("import_10000_rows_time", round(run.seconds_for_10000, 1), "s")
        if run.finished:
            note = f"import of {run.rows_wanted} rows finished in {run.seconds:.0f} s"
            if run.rejected_note:
                note += f" ({run.rejected_note})"
        else:
            note = (
                f"import stopped after {run.seconds:.0f} s at {run.rows_imported} of "
                f"{run.rows_wanted} rows; 10 000 rows would take about "
                f"{run.seconds_for_10000 / 60:.0f} min"
            )
        self.results.notes.append(note)
        if run.rows_imported == 0:
            self.results.fail("the import wrote no row")

    # Summary -----------------------------------------------------------------------

    def summary(self, wall: float) -> str:
        lines = ["", "Summary", ""]
        header = ("kind", "phase", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "× trivial")
        table = [header]
        for name, phase, result, relative in self.rows:
            table.append(
                (
                    name,
                    phase,
                    f"{result.rps:.1f}",
                    f"{result.p50_ms:.1f}",
                    f"{result.p95_ms:.1f}",
                    f"{result.p99_ms:.1f}",
                    str(result.errors),
                    f"{relative:.3f}" if relative is not None else "",
                )
            )
        widths = [max(len(row[column]) for row in table) for column in range(len(header))]
        for number, row in enumerate(table):
            cells = [
                cell.ljust(width) if column < 2 else cell.rjust(width)
                for column, (cell, width) in enumerate(zip(row, widths, strict=True))
            ]
            lines.append("  ".join(cells).rstrip())
            if number == 0:
                lines.append("  ".join("-" * width for width in widths))
        lines.append("")
        shown = {"_rps", "_p50", "_p95", "_p99", "_ratio", "_errors"}
        for name, value, unit in self.results.figures:
            if not any(name.endswith(suffix) for suffix in shown) or name.startswith("worker"):
                lines.append(f"{name:<28} {format_value(value):>10} {unit}")
        for note in self.results.notes:
            lines.append(f"note: {note}")
        lines.append(
            f"wall time {wall / 60:.1f} min (this driver), "
            f"{(time.time() - self.started_wall) / 60:.1f} min since make bench started; "
            f"{datetime.now().strftime('%Y-%m-%d %H:%M')}; {self.workers} sync workers, "
            f"{self.connections} connections × {self.duration} s per pass"
        )
        return "\n".join(lines)

    def run(self) -> int:
        ensure_wrk()
        WORK_DIR.mkdir(parents=True, exist_ok=True)
        (WORK_DIR / "gunicorn.log").unlink(missing_ok=True)
        self.redis.start()
        try:
            self.dataset()
            self.collectstatic()
            self.collect()
            self.trivial()
            self.warm_engine()
            self.page_kinds()
            self.postgres_kinds()
            self.oai_harvest()
            self.load()
            self.peak_memory()
            self.catalogue_import()
        finally:
            self.memory.close()
            self.redis.stop()
        wall = time.monotonic() - STARTED
        self.results.add("bench_wall_time", round(wall, 1), "s")
        print(self.summary(wall), flush=True)
        if self.results.failures:
            print("\nFAILED:", file=sys.stderr)
            for failure in self.results.failures:
                print(f"  - {failure}", file=sys.stderr)
            return 1
        return 0


def main() -> None:
    try:
        status = Bench().run()
    except BenchError as error:
        say(f"error: {error}")
        status = 2
    sys.exit(status)


if __name__ == "__main__":
    main()
