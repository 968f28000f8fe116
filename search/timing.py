"""How long a request waited for the search engine, told in a `Server-Timing` header
(browsers' developer tools show it; `make bench` reads it to set the engine's share of a
search apart from the portal's own)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse


@dataclass
class EngineTime:
    calls: int = 0
    # Round trips as the portal's client sees them, and the engine's own figure ("took").
    round_trip_ms: float = 0.0
    took_ms: float = 0.0


_current: ContextVar[EngineTime | None] = ContextVar("engine_time", default=None)


@contextmanager
def engine_call() -> Iterator[EngineTime]:
    """Counts one request to the engine towards the current web request, if any."""
    started = time.perf_counter()
    spent = _current.get()
    try:
        yield spent or EngineTime()
    finally:
        if spent is not None:
            spent.calls += 1
            spent.round_trip_ms += (time.perf_counter() - started) * 1000


def count_took(response: dict) -> None:
    """Adds the engine's own time for a search answer (its `took`, in ms)."""
    spent = _current.get()
    if spent is not None:
        # A dict from opensearch-py, a mapping-like response from elasticsearch-py.
        with suppress(KeyError, TypeError):
            spent.took_ms += response["took"] or 0


class ServerTimingMiddleware:
    """Outermost: `total` is the whole of the portal's work on a request, and a page
    served from the cache shows no engine time (the header is not part of what is
    cached)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        spent = EngineTime()
        token = _current.set(spent)
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
        total = (time.perf_counter() - started) * 1000
        metrics = [f"total;dur={total:.1f}"]
        if spent.calls:
            metrics.append(f'engine;dur={spent.round_trip_ms:.1f};desc="search engine"')
            metrics.append(f'engine-took;dur={spent.took_ms:.1f};desc="inside the engine"')
        response.headers["Server-Timing"] = ", ".join(metrics)
        return response
