"""Readiness: whether the portal's dependencies answer, for monitoring and orchestration.

`/healthz` (home/views.py) only says the application runs. `/readyz` checks the database,
the cache, the search engine and the backlog of background work, and answers 503 when the
portal cannot serve (database or cache down); a search engine outage or a backlog makes it
"degraded" — pages are served, searches fall back to the database.
"""

from __future__ import annotations

import time
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from wagtail.search.backends import get_search_backend

BACKLOG_WARNING = 1000


def _timed(check) -> dict:
    started = time.monotonic()
    try:
        result = check() or {}
        result.setdefault("status", "ok")
    except Exception as error:  # any failure of a dependency is what is being reported
        result = {"status": "fail", "error": f"{type(error).__name__}: {error}"[:300]}
    result["ms"] = round((time.monotonic() - started) * 1000, 1)
    return result


def check_database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {}


def check_cache() -> dict:
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise RuntimeError("the cache did not return what was stored")
    cache.delete(key)
    return {}


def check_search() -> dict:
    from search.backends import uses_engine

    if not uses_engine():
        return {"status": "ok", "backend": "database"}
    # `request_timeout`: opensearch-py hands a `timeout` argument to the HTTP client, which
    # refuses "2s"; health without `wait_for_*` answers at once.
    health = get_search_backend().es.cluster.health(request_timeout=2)
    status = "ok" if health.get("status") in ("green", "yellow") else "degraded"
    return {"status": status, "backend": "engine", "cluster": health.get("status")}


def check_backlog() -> dict:
    from django_tasks_db.models import DBTaskResult

    from search.models import IndexQueueEntry

    queued_updates = IndexQueueEntry.objects.count()
    failing_updates = IndexQueueEntry.objects.filter(attempts__gt=0).count()
    waiting_tasks = DBTaskResult.objects.ready().count()
    failed_tasks = DBTaskResult.objects.failed().count()
    degraded = failing_updates or queued_updates > BACKLOG_WARNING
    return {
        "status": "degraded" if degraded else "ok",
        "search_updates_queued": queued_updates,
        "search_updates_failing": failing_updates,
        "tasks_waiting": waiting_tasks,
        "tasks_failed": failed_tasks,
    }


def readyz(request: HttpRequest) -> JsonResponse:
    checks = {
        "database": _timed(check_database),
        "cache": _timed(check_cache),
        "search": _timed(check_search),
        "tasks": _timed(check_backlog),
    }
    essential_failed = any(checks[name]["status"] == "fail" for name in ("database", "cache"))
    if essential_failed:
        status, code = "fail", 503
    elif any(check["status"] != "ok" for check in checks.values()):
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    response = JsonResponse({"status": status, "checks": checks}, status=code)
    response["Cache-Control"] = "no-store"
    return response
