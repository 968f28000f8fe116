"""A text progress bar for long management commands."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """Draws `label [#####.....] 120/1000 12% 340/s` on one line, redrawn in place.

    When the output is not a terminal (CI logs), it prints a line at every tenth instead.
    """

    def __init__(self, total: int, label: str = "", stream: TextIO | None = None, width: int = 30):
        self.total = max(total, 0)
        self.label = label
        self.stream = stream if stream is not None else sys.stdout
        self.width = width
        self.done = 0
        self.started = time.monotonic()
        self.interactive = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._last_tenth = -1

    def advance(self, count: int = 1) -> None:
        self.done = min(self.total, self.done + count)
        self._draw()

    def finish(self) -> None:
        self.done = self.total
        self._draw(final=True)

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def _draw(self, final: bool = False) -> None:
        fraction = self.done / self.total if self.total else 1.0
        filled = int(self.width * fraction)
        line = (
            f"{self.label} [{'#' * filled}{'.' * (self.width - filled)}] "
            f"{self.done}/{self.total} {fraction:4.0%} {self.rate():.0f}/s"
        )
        if self.interactive:
            self.stream.write("\r" + line + ("\n" if final else ""))
            self.stream.flush()
            return
        tenth = int(fraction * 10)
        if tenth != self._last_tenth:
            self._last_tenth = tenth
            self.stream.write(line + "\n")
            self.stream.flush()
