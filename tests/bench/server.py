"""The portal under gunicorn with portal/gunicorn.conf.py (the production configuration),
and a watcher of its workers' peak memory (VmHWM in /proc)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from .common import ROOT, WORK_DIR, BenchError, say, stop_process

GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
CONFIG = ROOT / "portal" / "gunicorn.conf.py"
# What the TLS-terminating proxy in front of gunicorn adds (README, Production); without
# it the production settings redirect every request to HTTPS.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def children_of(pid: int) -> list[int]:
    children = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # The command name is in parentheses and may contain spaces: split after it.
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            children.append(int(entry))
    return children


def peak_rss_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class MemoryWatch:
    """Samples the peak resident memory of every worker of the servers it is given, twice
    a second, so that a worker replaced by max_requests is measured before it goes."""

    def __init__(self, interval: float = 0.5):
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self.masters: set[int] = set()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="memory-watch", daemon=True)
        self._thread.start()

    def watch(self, master: int) -> None:
        with self._lock:
            self.masters.add(master)

    def forget(self, master: int) -> None:
        self.sample()
        with self._lock:
            self.masters.discard(master)

    def sample(self) -> None:
        with self._lock:
            masters = list(self.masters)
        for master in masters:
            for pid in children_of(master):
                peak = peak_rss_kb(pid)
                if peak is not None:
                    self.peaks[pid] = max(peak, self.peaks.get(pid, 0))

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    @property
    def peak_mb(self) -> float:
        return max(self.peaks.values(), default=0) / 1024

    @property
    def workers_seen(self) -> int:
        return len(self.peaks)


class Server:
    """One gunicorn master and its workers, started and stopped by the benchmark."""

    def __init__(
        self,
        env: dict[str, str],
        memory: MemoryWatch,
        label: str,
        work_dir: Path = WORK_DIR,
        headers: dict[str, str] | None = None,
    ):
        self.env = env
        # What the proxy in front adds to every request (`make scaleout` names the site's
        # host, as a load balancer in front of several servers passes it).
        self.headers = {**PROXY_HEADERS, **(headers or {})}
        self.memory = memory
        self.label = label
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.log = work_dir / "gunicorn.log"
        self.workers = int(env.get("WEB_CONCURRENCY", "2"))

    def start(self, timeout: float = 90) -> None:
        env = {**self.env, "GUNICORN_BIND": f"127.0.0.1:{self.port}"}
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("a", encoding="utf-8") as stream:
            stream.write(f"\n--- {self.label} on port {self.port}\n")
        stream = self.log.open("a", encoding="utf-8")
        self.process = subprocess.Popen(
            [str(GUNICORN), "--config", str(CONFIG)],
            cwd=ROOT,
            env=env,
            stdout=stream,
            stderr=stream,
            start_new_session=True,
        )
        stream.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(
                    f"gunicorn ({self.label}) exited with {self.process.returncode}; see {self.log}"
                )
            if len(children_of(self.process.pid)) >= self.workers and self._healthy():
                self.memory.watch(self.process.pid)
                return
            time.sleep(0.2)
        self.stop()
        raise BenchError(f"gunicorn ({self.label}) did not answer /healthz; see {self.log}")

    def _healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.base_url}/healthz", timeout=2) as response:
                return response.status == 200
        except (OSError, urllib.error.URLError):
            return False

    def stop(self) -> None:
        if self.process is None:
            return
        self.memory.forget(self.process.pid)
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                say(f"gunicorn ({self.label}) lingers after SIGTERM: killing it")
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None

    def get(self, path: str, timeout: float = 30) -> tuple[int, bytes]:
        """One request, for checks (not for measurements); redirects are not followed."""
        status, _headers, body = self.fetch(path, timeout)
        return status, body

    def fetch(self, path: str, timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
        """Like `get`, with the response's headers."""
        opener = urllib.request.build_opener(NoRedirect)
        request = urllib.request.Request(f"{self.base_url}{path}", headers=self.headers)
        try:
            with opener.open(request, timeout=timeout) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            with error:
                return error.code, dict(error.headers), error.read()

    def head(self, path: str, headers: dict[str, str] | None = None) -> dict[str, str]:
        """The response headers of a HEAD request of `path`."""
        request = urllib.request.Request(
            f"{self.base_url}{path}", headers={**self.headers, **(headers or {})}, method="HEAD"
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return dict(response.headers)

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


class Redis:
    """A private redis-server for the bench (the production cache, CACHE_URL), on a free
    port, without persistence; Debian's package is installed when missing."""

    def __init__(self, work_dir: Path = WORK_DIR) -> None:
        self.work_dir = work_dir
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    @staticmethod
    def binary() -> str:
        found = shutil.which("redis-server")
        if found:
            return found
        from tools.services import apt_install

        say("installing redis-server from Debian's packages")
        apt_install("redis-server")
        found = shutil.which("redis-server")
        if not found:
            raise BenchError("redis-server is still missing after apt-get install redis-server")
        return found

    def start(self) -> None:
        log = (self.work_dir / "redis.log").open("a", encoding="utf-8")
        self.process = subprocess.Popen(
            [
                self.binary(),
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--maxmemory",
                "256mb",
                "--maxmemory-policy",
                "allkeys-lru",
            ],
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                self.flush()
                return
            except OSError:
                time.sleep(0.2)
        raise BenchError(f"redis-server did not answer on port {self.port}")

    def flush(self) -> None:
        """Empty the cache (FLUSHALL over the plain protocol)."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
            sock.sendall(b"FLUSHALL\r\n")
            reply = sock.recv(64)
        if not reply.startswith(b"+OK"):
            raise OSError(f"FLUSHALL answered {reply!r}")

    def stop(self) -> None:
        stop_process(self.process, timeout=10)
        self.process = None
