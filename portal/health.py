"""Readiness: whether the portal's dependencies answer, for monitoring and orchestration.

`/healthz` (home/views.py) only says the application runs. `/readyz` checks the database,
the cache, the search engine and the background work (the task queue and the search index
queue: how many wait, and for how long the oldest has waited), each with a status and its
time. It answers 503 when this node cannot serve pages (database or cache failing), so that
an orchestrator takes it out of rotation; an engine that fails or does not answer within
PORTAL_HEALTH_TIMEOUT_SECONDS, or background work piling up, make it "degraded" with 200:
pages are served and searches fall back to the database, and every node shares the same
engine, so taking them all out of rotation would only turn a slower search into an outage.
"""

from __future__ import annotations

import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Min
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from wagtail.search.backends import get_search_backend

# Background work is "degraded" beyond this many queued index updates, or when the oldest
# task due or the oldest index update has waited longer than this (no worker running).
BACKLOG_WARNING = 1000
BACKLOG_AGE_WARNING_SECONDS = 300


def health_timeout() -> float:
    """Seconds a dependency may take to answer a check before it counts as failed."""
    return settings.PORTAL_HEALTH_TIMEOUT_SECONDS


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
    from opensearchpy.exceptions import ConnectionError, ConnectionTimeout

    timeout = health_timeout()
    # `request_timeout` bounds the connection and the answer (opensearch-py hands a
    # `timeout` argument to the cluster instead, as a wait for a status); health without
    # `wait_for_*` answers at once from a live node.
    try:
        health = get_search_backend().es.cluster.health(request_timeout=timeout)
    except ConnectionTimeout:
        return {"status": "fail", "backend": "engine", "error": f"no answer within {timeout:g} s"}
    except ConnectionError as error:  # refused, unknown host, reset
        return {"status": "fail", "backend": "engine", "error": f"unreachable: {error}"[:300]}
    status = "ok" if health.get("status") in ("green", "yellow") else "degraded"
    return {"status": status, "backend": "engine", "cluster": health.get("status")}


def check_backlog() -> dict:
    from django_tasks_db.models import DBTaskResult

    from search.models import IndexQueueEntry

    now = timezone.now()
    queued_updates = IndexQueueEntry.objects.count()
    failing_updates = IndexQueueEntry.objects.filter(attempts__gt=0).count()
    oldest_update = IndexQueueEntry.objects.aggregate(oldest=Min("queued_at"))["oldest"]
    due = DBTaskResult.objects.ready()
    # A task is due from when it was enqueued, or from its `run_after` when deferred.
    oldest_due = min(
        (
            moment
            for moment in (
                due.filter(run_after__lte=now).aggregate(oldest=Min("run_after"))["oldest"],
                due.exclude(run_after__lte=now).aggregate(oldest=Min("enqueued_at"))["oldest"],
            )
            if moment is not None
        ),
        default=None,
    )
    result = {
        "tasks_waiting": due.count(),
        "oldest_task_waiting_seconds": _age(oldest_due, now),
        "tasks_running": DBTaskResult.objects.running().count(),
        "tasks_failed": DBTaskResult.objects.failed().count(),
        "search_updates_queued": queued_updates,
        "search_updates_failing": failing_updates,
        "oldest_search_update_seconds": _age(oldest_update, now),
    }
    stale = any(
        (result[age] or 0) > BACKLOG_AGE_WARNING_SECONDS
        for age in ("oldest_task_waiting_seconds", "oldest_search_update_seconds")
    )
    degraded = failing_updates or queued_updates > BACKLOG_WARNING or stale
    result["status"] = "degraded" if degraded else "ok"
    return result


def _age(moment, now) -> float | None:
    return None if moment is None else round(max((now - moment).total_seconds(), 0), 1)


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
