"""Translate the environment variables of the design card into Django settings.

Kept free of Django imports so that every settings module (and the service launcher in
tools/services/) can use it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url


def env(name: str, default: str = "") -> str:
    """Return an environment variable, treating an empty value as unset."""
    value = os.environ.get(name, "")
    return value if value.strip() else default


def env_bool(name: str, default: bool = False) -> bool:
    value = env(name)
    if not value:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = env(name)
    if not value:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def env_languages(name: str, default: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Languages as "code:Name" pairs separated by commas; the first is not special (the
    default language is LANGUAGE_CODE)."""
    value = env(name)
    if not value:
        return list(default)
    languages = []
    for item in value.split(","):
        code, _, label = item.strip().partition(":")
        if code:
            languages.append((code.strip(), label.strip() or code.strip()))
    return languages


def database_config(url: str) -> dict:
    """A Django DATABASES entry for a database URL (sqlite:///…, postgres://…)."""
    config = dj_database_url.parse(url, conn_max_age=0)
    if config["ENGINE"] == "django.db.backends.postgresql":
        # Health checks let a long-lived worker survive a database restart.
        config["CONN_HEALTH_CHECKS"] = True
    elif config["ENGINE"] == "django.db.backends.sqlite3":
        # The embedded default serves pages while an import or a sign-up writes: readers
        # don't wait for writers with the WAL journal; a writer waits its turn (busy
        # timeout) instead of failing with "database is locked", and takes the write lock
        # when its transaction starts, so two transactions never deadlock upgrading theirs.
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    return config


def cache_config(url: str) -> dict:
    """A Django CACHES entry: local memory when empty, Redis or a dummy cache by URL."""
    if not url or url.startswith("locmem://"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"}
    scheme = urlsplit(url).scheme
    if scheme in {"redis", "rediss", "unix"}:
        return {"BACKEND": "core.cache.PortalRedisCache", "LOCATION": url}
    if scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ValueError(f"CACHE_URL scheme {scheme!r} is not supported (use redis:// or locmem://)")


# Wagtail's engine backends, with indices stamped with and checked for the installation's
# id (search/backends/owned.py).
SEARCH_ENGINE_BACKENDS = {
    "opensearch": "search.backends.opensearch2",
    "elasticsearch": "search.backends.elasticsearch8",
}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:10]


def checkout_installation(base_dir: Path | str) -> str:
    """The search installation id (and index prefix) of a checkout in development and
    tests: `portal-` and a hash of its folder, so that two checkouts using one engine
    node never write into each other's indices."""
    return f"portal-{_digest(str(Path(base_dir).absolute()))}"


def database_installation(database: dict) -> str:
    """The default search installation id in production: `db-` and a hash of the
    database's host, port and name — one per site, whichever host serves it."""
    where = f"{database.get('HOST') or ''}:{database.get('PORT') or ''}/{database.get('NAME')}"
    return f"db-{_digest(where)}"


def search_config(url: str, index_prefix: str = "portal", database: dict | None = None) -> dict:
    """A WAGTAILSEARCH_BACKENDS entry for SEARCH_URL.

    Empty selects Wagtail's database backend. ``opensearch://host:port`` and
    ``elasticsearch://host:port`` select the engine backends; ``opensearch+https://``
    (or ``https://…?engine=opensearch``) use TLS. Credentials in the URL are used
    (``https://user:pass@host:9200``); ``?verify_certs=false`` accepts a self-signed
    certificate and ``?index=name`` changes the index prefix. A cluster's nodes are listed
    with commas (``opensearch://10.0.0.1:9200,10.0.0.2:9200``): the client spreads its
    requests over them and, when one does not answer, sends the request to another.
    """
    if not url:
        config = {"BACKEND": "wagtail.search.backends.database"}
        if database and database.get("ENGINE") == "django.db.backends.postgresql":
            from search.analysis import POSTGRES_SEARCH_CONFIG

            config["SEARCH_CONFIG"] = POSTGRES_SEARCH_CONFIG
        return config
    from search.analysis import ENGINE_INDEX_SETTINGS

    parts = urlsplit(url)
    # urlsplit reads one host: the nodes of a cluster are split off here.
    credentials_part, _, nodes_part = parts.netloc.rpartition("@")
    nodes = [
        urlsplit(f"//{credentials_part}{'@' if credentials_part else ''}{node.strip()}")
        for node in nodes_part.split(",")
        if node.strip()
    ] or [parts]
    parts = parts._replace(netloc=nodes[0].netloc)
    scheme, _, transport = parts.scheme.partition("+")
    query = parse_qs(parts.query)
    if scheme in {"http", "https"}:
        transport = scheme
        scheme = query.get("engine", ["opensearch"])[0]
    if scheme not in SEARCH_ENGINE_BACKENDS:
        raise ValueError(
            f"SEARCH_URL scheme {parts.scheme!r} is not supported: "
            "use opensearch://host:port or elasticsearch://host:port"
        )
    transport = transport or "http"
    addresses = [(node.hostname or "127.0.0.1", node.port or 9200) for node in nodes]
    credentials = ""
    if parts.username:
        credentials = f"{parts.username}:{parts.password or ''}@"
    config = {
        "BACKEND": SEARCH_ENGINE_BACKENDS[scheme],
        # The backend reads credentials and TLS from the URL itself.
        "URLS": [
            f"{transport}://{credentials}{host}:{port}{parts.path.rstrip('/')}"
            for host, port in addresses
        ],
        # The engine backends name their indices INDEX_PREFIX + "wagtailcore_page" etc.
        "INDEX_PREFIX": query.get("index", [index_prefix])[0] + "_",
        "TIMEOUT": 10,
        "OPTIONS": {},
        "INDEX_SETTINGS": ENGINE_INDEX_SETTINGS,
        # Edits reach the engine through the search index queue (search/indexing.py), which
        # keeps them until the engine has them, rather than through Wagtail's signals.
        "AUTO_UPDATE": False,
    }
    if query.get("verify_certs", ["true"])[0].lower() == "false":
        if scheme == "elasticsearch":
            config["OPTIONS"]["verify_certs"] = False
        else:
            config["HOSTS"] = [
                {
                    "host": host,
                    "port": port,
                    "url_prefix": parts.path.rstrip("/"),
                    "use_ssl": transport == "https",
                    "verify_certs": False,
                    "http_auth": (unquote(parts.username), unquote(parts.password or ""))
                    if parts.username
                    else None,
                }
                for host, port in addresses
            ]
    return config
