"""Shared helpers of the benchmark driver: paths, settings from the environment, logging,
subprocesses and the BENCH lines."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
WORK_DIR = ROOT / ".services" / "bench"
PYTHON = ROOT / ".venv" / "bin" / "python"
STARTED = time.monotonic()


class BenchError(Exception):
    """The benchmark cannot go on; the message says why."""


def say(message: str) -> None:
    elapsed = time.monotonic() - STARTED
    print(f"[bench {elapsed:6.0f}s] {message}", file=sys.stderr, flush=True)


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError as error:
        raise BenchError(f"{name} must be a whole number, not {value!r}") from error


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, "").strip() or default


def with_database(url: str, name: str) -> str:
    """The database URL `url` with another database name."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@dataclass
class Results:
    """The figures measured so far, in order; each is printed as a BENCH line at once."""

    figures: list[tuple[str, float, str]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, value: float, unit: str) -> None:
        self.figures.append((name, value, unit))
        print(f"BENCH {name} {format_value(value)} {unit}", flush=True)

    def get(self, name: str) -> float | None:
        for figure, value, _unit in self.figures:
            if figure == name:
                return value
        return None

    def fail(self, message: str) -> None:
        self.failures.append(message)
        say(f"FAILURE: {message}")


def format_value(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def run_logged(
    command: list[str],
    *,
    env: dict[str, str],
    log: Path,
    timeout: float | None = None,
    check: bool = True,
) -> tuple[int, str, float]:
    """Run `command` in the checkout, its output appended to `log` as it comes; return the
    exit status (-1 when stopped at `timeout` seconds), the output and the wall time.
    Raises BenchError when the command fails and `check` is set."""
    log.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    lines: list[str] = []
    with log.open("a", encoding="utf-8") as stream:
        stream.write(f"\n$ {' '.join(command)}\n")
        stream.flush()
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
        )

        def copy() -> None:
            for line in process.stdout:
                lines.append(line)
                stream.write(line)
                stream.flush()

        reader = threading.Thread(target=copy, daemon=True)
        reader.start()
        try:
            status = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            status = -1
        elapsed = time.monotonic() - started
        reader.join(timeout=10)
        if status == -1:
            stream.write(f"[stopped after {timeout:.0f} s]\n")
    output = "".join(lines)
    if check and status != 0:
        tail = "".join(lines[-25:])
        raise BenchError(f"{' '.join(command[:4])} … failed (exit {status}); see {log}:\n{tail}")
    return status, output, elapsed


def stop_process(process: subprocess.Popen | None, timeout: float = 20) -> None:
    """SIGTERM a process the run started, SIGKILL if it lingers."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def manage(*args: str) -> list[str]:
    return [str(PYTHON), "manage.py", *args]
