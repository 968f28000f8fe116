"""Shared helpers of the scale-out check: paths, logging and the PASS/FAIL lines."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

from tests.bench.common import PYTHON, ROOT, STARTED

WORK_DIR = ROOT / ".services" / "scaleout"
__all__ = ["PYTHON", "ROOT", "WORK_DIR", "Checks", "ScaleoutError", "say"]


class ScaleoutError(Exception):
    """The check cannot go on; the message says why."""


def say(message: str) -> None:
    elapsed = time.monotonic() - STARTED
    print(f"[scaleout {elapsed:5.0f}s] {message}", file=sys.stderr, flush=True)


@dataclass
class Checks:
    """The checks run so far; each prints a PASS or FAIL line at once."""

    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        line = f"{'PASS' if ok else 'FAIL'} {what}" + (f" ({detail})" if detail else "")
        print(line, flush=True)
        (self.passed if ok else self.failed).append(what)
        return ok
