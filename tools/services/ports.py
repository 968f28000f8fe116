"""The ports of a checkout's services, remembered in the service's own directory.

Each service keeps the port it last ran on in `.services/<service>/port`, and that file
outlives `stop`: the next start takes the same port again, so that the DATABASE_URL and
SEARCH_URL a developer exported (or a worker still runs with) keep naming this
checkout's services rather than whatever another checkout started there in the
meantime. Only when something else holds the remembered port does the service move, to
the next free port of its range, and says so on stderr.

Standard library only (see tools/services/__init__.py).
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable
from pathlib import Path

Log = Callable[[str], None]


class NoFreePort(RuntimeError):
    """Every port of the range is taken."""


def _say(message: str) -> None:
    print(f"[services] {message}", file=sys.stderr, flush=True)


def port_is_free(port: int) -> bool:
    """Whether nothing listens on 127.0.0.1:port and we could bind it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        if sock.connect_ex(("127.0.0.1", port)) == 0:
            return False
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def remembered(port_file: Path) -> int | None:
    """The port the service last ran on, None if it never ran (or the file is garbled)."""
    try:
        return int(Path(port_file).read_text().strip())
    except (OSError, ValueError):
        return None


def remember(port_file: Path, port: int) -> None:
    port_file = Path(port_file)
    port_file.parent.mkdir(parents=True, exist_ok=True)
    port_file.write_text(f"{port}\n")


def choose(
    port_file: Path, ports: range, service: str, *, log: Log = _say, is_free=port_is_free
) -> int:
    """The port for `service` to start on: the remembered one while it is free (even when
    it lies outside `ports`, e.g. after the range start was changed), else the first free
    port of `ports` — after the remembered one, when there is one, so that a service
    that had to move does not hop back below it — announcing the move.

    The choice is written down by the caller once the service runs (`remember`).
    """
    previous = remembered(port_file)
    if previous is not None and is_free(previous):
        return previous
    candidates = list(ports)
    if previous in candidates:
        at = candidates.index(previous)
        candidates = candidates[at + 1 :] + candidates[:at]
    port = next((p for p in candidates if is_free(p)), None)
    if port is None:
        raise NoFreePort(f"no free port for {service} in {ports.start}–{ports.stop - 1}")
    if previous is not None:
        log(f"port {previous} is taken; {service} moves to {port}")
    return port
