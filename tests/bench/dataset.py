"""The benchmark's own PostgreSQL database (`portal_bench`) and search index.

The database is built once — migrated, then `load_demo --scale N --institutions M
--no-people` with the database search backend, so that its index is filled while loading —
and reused while the marker table in it records the same scale and institutions (newer
migrations are applied to it rather than rebuilding). The search engine's index is
rebuilt on every run (`update_index`), which is one of the measurements.
"""

from __future__ import annotations

import json
import re
import shutil
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
from psycopg import sql

from .common import ROOT, WORK_DIR, BenchError, manage, run_logged, say, with_database

MARKER_TABLE = "bench_dataset_marker"
# The project's apps: every top-level package of the checkout with migrations.
PROJECT_APPS = tuple(sorted(path.parent.name for path in ROOT.glob("*/migrations")))


@dataclass
class Dataset:
    name: str
    url: str
    scale: int
    institutions: int
    rebuilt: bool = False
    build_seconds: float = 0.0
    load_rate: float | None = None


def migrations_fingerprint() -> str:
    """The latest migration of each of the project's apps, as on disk."""
    latest = []
    for app in PROJECT_APPS:
        names = sorted(path.stem for path in (ROOT / app / "migrations").glob("[0-9]*.py"))
        if names:
            latest.append(f"{app}.{names[-1]}")
    return " ".join(latest)


def admin_connection(services_url: str) -> psycopg.Connection:
    return psycopg.connect(with_database(services_url, "postgres"), autocommit=True)


def database_exists(services_url: str, name: str) -> bool:
    with admin_connection(services_url) as connection:
        row = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    return row is not None


def drop_database(services_url: str, name: str, own: str = "portal_bench") -> None:
    """Drop the database `name`, which must be one of the caller's (named `own…`)."""
    if not name.startswith(own):
        raise BenchError(f"refusing to drop {name!r}: only databases named {own}… are dropped")
    with admin_connection(services_url) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def create_database(services_url: str, name: str, template: str | None = None) -> None:
    statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template:
        statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    with admin_connection(services_url) as connection:
        connection.execute(statement)


def read_marker(url: str) -> dict | None:
    try:
        with psycopg.connect(url) as connection:
            row = connection.execute(
                "SELECT to_regclass(%s) IS NOT NULL", [MARKER_TABLE]
            ).fetchone()
            if not row[0]:
                return None
            row = connection.execute(
                sql.SQL("SELECT scale, institutions, migrations FROM {}").format(
                    sql.Identifier(MARKER_TABLE)
                )
            ).fetchone()
    except psycopg.OperationalError:
        return None
    if row is None:
        return None
    return {"scale": row[0], "institutions": row[1], "migrations": row[2]}


def write_marker(url: str, marker: dict) -> None:
    with psycopg.connect(url, autocommit=True) as connection:
        table = sql.Identifier(MARKER_TABLE)
        connection.execute(
            sql.SQL(
                "CREATE TABLE IF NOT EXISTS {} (scale integer, institutions integer, "
                "migrations text, completed_at timestamptz DEFAULT now())"
            ).format(table)
        )
        connection.execute(sql.SQL("DELETE FROM {}").format(table))
        connection.execute(
            sql.SQL("INSERT INTO {} (scale, institutions, migrations) VALUES (%s, %s, %s)").format(
                table
            ),
            [marker["scale"], marker["institutions"], marker["migrations"]],
        )


def analyze(url: str) -> None:
    """Fresh planner statistics, so that query plans do not depend on when autovacuum
    last came by."""
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")


def ensure_dataset(
    services_url: str, name: str, scale: int, institutions: int, env: dict[str, str]
) -> Dataset:
    """The bench database, reused when its marker matches, otherwise (re)built.

    `env` is the environment of the project's commands (without SEARCH_URL: the loader
    fills the database backend's index)."""
    url = with_database(services_url, name)
    dataset = Dataset(name=name, url=url, scale=scale, institutions=institutions)
    wanted = {"scale": scale, "institutions": institutions, "migrations": migrations_fingerprint()}
    marker = read_marker(url) if database_exists(services_url, name) else None
    if marker == wanted:
        say(f"reusing the dataset in {name} ({scale} resources, {institutions} institutions)")
        return dataset
    if marker and (marker["scale"], marker["institutions"]) == (scale, institutions):
        # Only newer migrations: migrating forward keeps the data (a rebuild costs most of
        # the run's budget).
        say(
            f"migrating the dataset in {name} forward "
            f"({marker['migrations']} → {wanted['migrations']})"
        )
        run_logged(
            manage("migrate", "--no-input"),
            env={**env, "DATABASE_URL": url},
            log=WORK_DIR / "dataset.log",
        )
        write_marker(url, wanted)
        return dataset
    if marker is None:
        say(f"building the dataset in {name}: no complete dataset there")
    else:
        say(f"rebuilding the dataset in {name}: it holds {marker}, the run wants {wanted}")
    started = time.monotonic()
    drop_database(services_url, name)
    create_database(services_url, name)
    media = Path(env["MEDIA_ROOT"])
    shutil.rmtree(media, ignore_errors=True)
    media.mkdir(parents=True)
    log = WORK_DIR / "dataset.log"
    command_env = {**env, "DATABASE_URL": url}
    say("migrating")
    run_logged(manage("migrate", "--no-input"), env=command_env, log=log)
    say(
        f"loading the demo network and {scale} synthetic resources over {institutions} "
        f"institutions (several minutes; progress in {log})"
    )
    _, output, _ = run_logged(
        manage(
            "load_demo",
            "--scale",
            str(scale),
            "--institutions",
            str(institutions),
            "--jobs",
            "2",
            "--no-people",
        ),
        env=command_env,
        log=log,
    )
    rates = re.findall(r"^resources \[[#.]+\] (\d+)/(\d+)\s+\d+%\s+(\d+)/s", output, re.M)
    if rates:
        dataset.load_rate = float(rates[-1][2])
    say("VACUUM ANALYZE")
    analyze(url)
    write_marker(url, wanted)
    dataset.rebuilt = True
    dataset.build_seconds = time.monotonic() - started
    (WORK_DIR / "dataset.json").write_text(
        json.dumps({**wanted, "database": name, "build_seconds": round(dataset.build_seconds)})
    )
    return dataset


@dataclass
class Reindex:
    resource_rate: float | None
    total_objects: int
    seconds: float
    total_rate: float


def engine_answers(search_url: str, timeout: float = 90) -> bool:
    """Wait until the engine of `search_url` answers (the node is shared: someone may be
    restarting it)."""
    parts = urlsplit(search_url)
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"http://{parts.hostname}:{parts.port}/", timeout=5):
                return True
        except OSError:
            if time.monotonic() > deadline:
                return False
            time.sleep(2)


def remove_orphan_indices(search_url: str, prefix: str) -> None:
    """Indices of `prefix` that no alias points to: what an interrupted rebuild left."""
    parts = urlsplit(search_url)
    base = f"http://{parts.hostname}:{parts.port}"

    def get(path: str):
        with urllib.request.urlopen(base + path, timeout=30) as response:
            return json.load(response)

    aliased = {row["index"] for row in get(f"/_cat/aliases/{prefix}_*?format=json")}
    for row in get(f"/_cat/indices/{prefix}_*?format=json"):
        name = row["index"]
        if name.startswith(f"{prefix}_") and name not in aliased:
            request = urllib.request.Request(f"{base}/{name}", method="DELETE")
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
            say(f"removed {name}, left over by an interrupted reindex")


def merge_segments(search_url: str, prefix: str) -> float:
    """Merge each bench index into one segment; the seconds it took.

    A rebuild leaves an index in a dozen segments that OpenSearch goes on merging in the
    background for minutes, which would be measured as part of the first passes and make
    their latency depend on how long ago the reindex finished. An index that has been
    live for a while has settled; this is that state, reached at once."""
    parts = urlsplit(search_url)
    started = time.monotonic()
    request = urllib.request.Request(
        f"http://{parts.hostname}:{parts.port}/{prefix}_*/_forcemerge?max_num_segments=1",
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=900) as response:
        response.read()
    return time.monotonic() - started


def database_answers(url: str, timeout: float = 90) -> bool:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with psycopg.connect(url, connect_timeout=5) as connection:
                connection.execute("SELECT 1")
            return True
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                return False
            time.sleep(2)


# What update_index prints when a service it uses went away under it.
LOST_SERVICE = ("ConnectionError", "ConnectionTimeout", "OperationalError")


def reindex(
    url: str, search_url: str, prefix: str, env: dict[str, str], attempts: int = 2
) -> Reindex:
    """`update_index --backend default` into the engine; the rates it prints. Run again
    (once) when PostgreSQL or the engine went away meanwhile: both are shared, and other
    people's work restarts them."""
    log = WORK_DIR / "reindex.log"
    log.unlink(missing_ok=True)
    for attempt in range(1, attempts + 1):
        if not engine_answers(search_url):
            raise BenchError(f"the search engine at {search_url} does not answer")
        if not database_answers(url):
            raise BenchError("the bench database does not answer")
        remove_orphan_indices(search_url, prefix)
        status, output, _ = run_logged(
            # The bench's own prefix: its indices are taken over whoever stamped them
            # (an earlier run under other settings, or before indices were stamped).
            manage("update_index", "--backend", "default", "--jobs", "2", "--claim"),
            env={**env, "DATABASE_URL": url, "SEARCH_URL": search_url},
            log=log,
            check=False,
        )
        if status == 0:
            break
        service_lost = any(sign in output for sign in LOST_SERVICE)
        if attempt == attempts or not service_lost:
            tail = "\n".join(output.splitlines()[-20:])
            raise BenchError(f"update_index failed (exit {status}); see {log}:\n{tail}")
        say("PostgreSQL or the search engine went away during the reindex: once more")
    resource_rates = re.findall(
        r"association\.ResourcePage \[[#.]+\] (\d+)/(\d+)\s+\d+%\s+(\d+)/s", output
    )
    summary = re.search(r"indexed (\d+) objects in ([\d.]+) s \((\d+)/s\)", output)
    if not summary:
        raise BenchError(f"update_index printed no summary line; see {log}")
    return Reindex(
        resource_rate=float(resource_rates[-1][2]) if resource_rates else None,
        total_objects=int(summary.group(1)),
        seconds=float(summary.group(2)),
        total_rate=float(summary.group(3)),
    )
