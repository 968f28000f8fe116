"""The corpus of each backend — the demo network of `load_demo` — built once and reused.

A corpus is rebuilt (migrate, `load_demo --no-people`) when the fingerprint of what it is
made of changes: the demo's data and code. New migrations (or dependencies) are applied
to it, and its index rebuilt, rather than rebuilding it. Its search index is rebuilt
(`update_index`) when the fingerprint of what indexing and searching depend on changes:
search/, core/ (morphology, synonyms), the page models, the settings. The fingerprints
are kept in a marker table inside the database itself, so a database that was dropped or
only half built is never mistaken for a complete one; the engine's index is recorded
there too and is rebuilt as well when it has gone from the engine.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
WORK_DIR = ROOT / ".services" / "relevance"
MARKER_TABLE = "relevance_corpus_marker"
CORPUS_SOURCES = ("demo/**/*",)
# The dependencies too: a new version of Wagtail or of another app may bring migrations.
MIGRATION_SOURCES = ("*/migrations/*.py", "pyproject.toml")
INDEX_SOURCES = ("search/**/*", "core/**/*", "association/models/*.py", "portal/settings/*.py")
STARTED = time.monotonic()


class CorpusBuildError(Exception):
    """A corpus could not be built; the message says why and where the log is."""


def say(message: str) -> None:
    print(f"[relevance {time.monotonic() - STARTED:5.0f}s] {message}", file=sys.stderr, flush=True)


def fingerprint(patterns: tuple[str, ...], extra: str = "") -> str:
    """A digest of the files matching `patterns` (paths and contents), and of `extra`."""
    digest = hashlib.sha256(extra.encode())
    files = {
        path
        for pattern in patterns
        for path in ROOT.glob(pattern)
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".mo"}
    }
    for path in sorted(files):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def corpus_key() -> str:
    return fingerprint(CORPUS_SOURCES)


def migrations_key() -> str:
    return fingerprint(MIGRATION_SOURCES)


def index_key() -> str:
    return fingerprint(INDEX_SOURCES, extra=corpus_key() + migrations_key())


def current_markers() -> dict[str, str]:
    return {"corpus": corpus_key(), "migrations": migrations_key(), "index": index_key()}


def bring_up_to_date(
    label: str, markers: dict[str, str], env: dict[str, str], log: Path, rebuild, write
) -> str | None:
    """Rebuild, migrate or reindex the corpus as its markers require; what was done."""
    wanted = current_markers()
    if markers.get("corpus") != wanted["corpus"]:
        rebuild()
        load_corpus(env, log)
        write(wanted)
        return "corpus loaded"
    if markers.get("migrations") != wanted["migrations"]:
        say(f"{label}: new migrations, migrating the corpus and rebuilding its index")
        manage(["migrate", "--no-input", "--verbosity", "0"], env, log)
        manage(["update_index"], env, log)
        write(wanted)
        return "corpus migrated, index rebuilt"
    if markers.get("index") != wanted["index"]:
        say(f"{label}: search code changed, rebuilding its index")
        manage(["update_index"], env, log)
        write(wanted)
        return "index rebuilt"
    return None


def with_database(url: str, name: str) -> str:
    """The database URL `url` with another database name."""
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def with_index_prefix(search_url: str, prefix: str) -> str:
    """SEARCH_URL with the index prefix `prefix` (other options kept)."""
    parts = urlsplit(search_url)
    query = [(name, value) for name, value in parse_qsl(parts.query) if name != "index"]
    return urlunsplit(parts._replace(query=urlencode([*query, ("index", prefix)])))


@dataclass
class Corpus:
    """A backend ready to be searched: its name and the environment of its processes."""

    name: str
    label: str
    env: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def base_env() -> dict[str, str]:
    """The development settings (inline tasks, the local cache) without the caller's search
    engine: each backend sets its own DATABASE_URL and SEARCH_URL."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"SEARCH_URL", "DATABASE_URL", "DJANGO_SETTINGS_MODULE", "CACHE_URL"}
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "PYTHONPATH": str(ROOT),
            "PAGE_CACHE_SECONDS": "0",
            "FRAGMENT_CACHE_SECONDS": "0",
        }
    )
    return env


def run_python(args: list[str], env: dict[str, str], log: Path, what: str) -> None:
    """Run the checkout's Python with `args`, its output appended to `log`; a failure
    raises CorpusBuildError with `what` failed and the end of the log."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as stream:
        stream.write(f"\n$ python {' '.join(args)}\n")
        stream.flush()
        status = subprocess.call(
            [sys.executable, *args], cwd=ROOT, env=env, stdout=stream, stderr=subprocess.STDOUT
        )
    if status != 0:
        tail = "\n".join(log.read_text(encoding="utf-8").splitlines()[-15:])
        raise CorpusBuildError(f"{what} failed (exit {status}); {log}:\n{tail}")


def manage(args: list[str], env: dict[str, str], log: Path) -> None:
    """Run a management command of the checkout, its output appended to `log`."""
    run_python(["manage.py", *args], env, log, f"manage.py {' '.join(args)}")


def load_corpus(env: dict[str, str], log: Path) -> None:
    log.unlink(missing_ok=True)
    say(f"loading the demo network (a minute or two; log in {log})")
    manage(["migrate", "--no-input", "--verbosity", "0"], env, log)
    manage(["load_demo", "--no-people"], env, log)


# SQLite ------------------------------------------------------------------------------


def sqlite_markers(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    with sqlite3.connect(path) as connection:
        exists = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MARKER_TABLE]
        ).fetchone()
        if not exists:
            return {}
        return dict(connection.execute(f"SELECT name, key FROM {MARKER_TABLE}").fetchall())


def write_sqlite_markers(path: Path, markers: dict[str, str]) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(
            f"CREATE TABLE IF NOT EXISTS {MARKER_TABLE} (name TEXT PRIMARY KEY, key TEXT)"
        )
        connection.executemany(
            f"INSERT OR REPLACE INTO {MARKER_TABLE} (name, key) VALUES (?, ?)", markers.items()
        )


def sqlite_corpus(path: Path) -> Corpus:
    """The demo on a SQLite file with the database search backend (what `make run` serves)."""
    env = {
        **base_env(),
        "DATABASE_URL": f"sqlite:///{path}",
        "MEDIA_ROOT": str(WORK_DIR / "media-sqlite"),
    }
    corpus = Corpus("sqlite", "SQLite", env)

    def rebuild() -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)

    done = bring_up_to_date(
        "SQLite",
        sqlite_markers(path),
        env,
        WORK_DIR / "sqlite.log",
        rebuild,
        lambda markers: write_sqlite_markers(path, markers),
    )
    corpus.notes += [done] if done else []
    return corpus


# PostgreSQL --------------------------------------------------------------------------


def postgres_markers(url: str) -> dict[str, str] | None:
    """The markers in the database at `url`; None when there is no such database."""
    import psycopg

    try:
        with psycopg.connect(url) as connection:
            exists = connection.execute(
                "SELECT to_regclass(%s) IS NOT NULL", [MARKER_TABLE]
            ).fetchone()
            if not exists[0]:
                return {}
            return dict(connection.execute(f"SELECT name, key FROM {MARKER_TABLE}").fetchall())
    except psycopg.OperationalError as error:
        if "does not exist" in str(error):
            return None
        raise


def write_postgres_markers(url: str, markers: dict[str, str]) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(
            f"CREATE TABLE IF NOT EXISTS {MARKER_TABLE} (name text PRIMARY KEY, key text)"
        )
        for name, key in markers.items():
            connection.execute(
                f"INSERT INTO {MARKER_TABLE} (name, key) VALUES (%s, %s) "
                "ON CONFLICT (name) DO UPDATE SET key = excluded.key",
                [name, key],
            )


def recreate_database(services_url: str, name: str) -> None:
    import psycopg
    from psycopg import sql

    if "relevance" not in name:
        raise CorpusBuildError(
            f"refusing to drop {name!r}: the harness drops only *relevance* databases"
        )
    with psycopg.connect(with_database(services_url, "postgres"), autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def postgres_corpus(services_url: str, name: str) -> Corpus:
    """The demo on PostgreSQL with the database search backend (`portal_search`)."""
    url = with_database(services_url, name)
    env = {**base_env(), "DATABASE_URL": url, "MEDIA_ROOT": str(WORK_DIR / "media-postgres")}
    corpus = Corpus("postgres", "PostgreSQL", env)
    done = bring_up_to_date(
        "PostgreSQL",
        postgres_markers(url) or {},
        env,
        WORK_DIR / "postgres.log",
        lambda: recreate_database(services_url, name),
        lambda markers: write_postgres_markers(url, markers),
    )
    corpus.notes += [done] if done else []
    return corpus


# The engine ---------------------------------------------------------------------------


def engine_has_index(search_url: str, prefix: str) -> bool:
    """Whether the engine holds the prefix's page index (a missing or unreachable index
    is rebuilt, and update_index then reports what is wrong)."""
    parts = urlsplit(search_url)
    transport = "https" if "https" in parts.scheme else "http"
    address = f"{transport}://{parts.hostname}:{parts.port or 9200}/{prefix}_wagtailcore_page"
    try:
        with urllib.request.urlopen(urllib.request.Request(address, method="HEAD"), timeout=10):
            return True
    except (urllib.error.URLError, OSError):
        return False


def engine_corpus(postgres: Corpus, search_url: str, prefix: str) -> Corpus:
    """The PostgreSQL corpus searched through the engine, in its own index prefix."""
    url = with_index_prefix(search_url, prefix)
    env = {**postgres.env, "SEARCH_URL": url}
    corpus = Corpus("engine", "Engine", env)
    marker = f"engine:{prefix}"
    database = postgres.env["DATABASE_URL"]
    current = (postgres_markers(database) or {}).get(marker)
    if current != index_key() or not engine_has_index(search_url, prefix):
        say(f"engine: indexing the corpus into {prefix}_*")
        # The prefix is the harness's own: its indices are this checkout's, also those
        # built before indices were stamped with their installation (--claim).
        manage(["update_index", "--backend", "default", "--claim"], env, WORK_DIR / "engine.log")
        write_postgres_markers(database, {marker: index_key()})
        corpus.notes.append("index rebuilt")
    return corpus
