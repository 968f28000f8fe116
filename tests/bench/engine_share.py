"""The engine's share of a search request, from the portal's `Server-Timing` header
(search/timing.py): one request after another, so that no time is spent queueing, the
client's latency is split into the engine's round trips and the portal's own work
around them (the issue's "overhead over the raw engine time")."""

from __future__ import annotations

import statistics
import time
import urllib.request
from dataclasses import dataclass

from .server import PROXY_HEADERS


@dataclass
class EngineShare:
    requests: int
    latency_ms: float  # medians over the requests
    engine_ms: float
    took_ms: float
    overhead_ms: float
    overhead_p95_ms: float


def server_timing(header: str) -> dict[str, float]:
    found = {}
    for metric in header.split(","):
        name, *params = (part.strip() for part in metric.split(";"))
        for param in params:
            if param.startswith("dur="):
                found[name] = float(param.removeprefix("dur="))
    return found


def measure_engine_share(base_url: str, paths: list[str], seconds: float) -> EngineShare:
    """Sends `paths` in turn for `seconds`; every answer must be a 200 with engine time."""
    latencies, engine, took, overhead = [], [], [], []
    deadline = time.monotonic() + seconds
    number = 0
    while time.monotonic() < deadline or not latencies:
        path = paths[number % len(paths)]
        number += 1
        request = urllib.request.Request(base_url + path, headers=PROXY_HEADERS)
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            header = response.headers.get("Server-Timing", "")
        latency = (time.perf_counter() - started) * 1000
        spent = server_timing(header)
        if "engine" not in spent:
            raise RuntimeError(f"{path}: no engine time in Server-Timing ({header!r})")
        latencies.append(latency)
        engine.append(spent["engine"])
        took.append(spent.get("engine-took", 0.0))
        overhead.append(latency - spent["engine"])
    return EngineShare(
        requests=len(latencies),
        latency_ms=statistics.median(latencies),
        engine_ms=statistics.median(engine),
        took_ms=statistics.median(took),
        overhead_ms=statistics.median(overhead),
        overhead_p95_ms=statistics.quantiles(overhead, n=20)[-1] if len(overhead) > 1 else 0.0,
    )
