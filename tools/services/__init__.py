"""Start the local services the test suite and benchmarks run against, in `.services/`:
PostgreSQL (`.services/postgres`) and an OpenSearch node (`.services/opensearch`, see
`tools/services/opensearch.py`).

    python -m tools.services start   # idempotent; prints DATABASE_URL=… and SEARCH_URL=…
    python -m tools.services stop
    python -m tools.services start postgres   # or search: one service only

Each service comes back on the port it last ran on, also after `stop`
(`.services/<service>/port`, tools/services/ports.py); when something else holds that
port it moves to the next free one and says so. The ranges start at PORTAL_PG_PORT
(54329) and PORTAL_SEARCH_PORT (9251).

Progress goes to stderr so that stdout can be evaluated by a shell. Standard library only,
and nothing of the portal's apps: this runs before the project's dependencies are
importable, and the portal never imports it.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import ports

# The checkout: tools/services/__init__.py is two folders down.
ROOT = Path(__file__).resolve().parents[2]
SERVICES_DIR = Path(os.environ.get("PORTAL_SERVICES_DIR", ROOT / ".services"))
PG_DIR = SERVICES_DIR / "postgres"
PG_USER, PG_PASSWORD, PG_DATABASE = "portal", "portal", "portal"
PG_FIRST_PORT = int(os.environ.get("PORTAL_PG_PORT", "54329"))
PG_PORTS = range(PG_FIRST_PORT, PG_FIRST_PORT + 20)


def say(message: str) -> None:
    print(f"[services] {message}", file=sys.stderr, flush=True)


def fail(message: str) -> None:
    say(f"error: {message}")
    sys.exit(1)


def run(command: list[str], *, as_user: str | None = None, check: bool = True, **kwargs):
    if as_user:
        command = ["runuser", "-u", as_user, "--", *command]
    return subprocess.run(command, check=check, text=True, **kwargs)


# Wait for another apt-get (a parallel set-up) rather than fail on its lock.
APT_WAIT = ("-o", "DPkg::Lock::Timeout=600")


def apt_install(*packages: str) -> None:
    if os.geteuid() != 0:
        names = " ".join(packages)
        fail(f"{names} missing; install it (e.g. sudo apt-get install {names})")
    say(f"installing {' '.join(packages)} from Debian's packages…")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", *APT_WAIT, "update", "-qq"], env=env, stdout=subprocess.DEVNULL)
    run(
        ["apt-get", *APT_WAIT, "install", "-y", "-qq", *packages],
        env=env,
        stdout=subprocess.DEVNULL,
    )


# PostgreSQL ---------------------------------------------------------------------------


def postgres_bin() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    if not candidates:
        apt_install("postgresql", "postgresql-contrib")
        candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    if not candidates:
        fail("PostgreSQL's pg_ctl was not found after installing postgresql")
    return Path(candidates[0]).parent


def postgres_owner() -> str | None:
    """PostgreSQL refuses to run as root; as root, the cluster belongs to `postgres`."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        run(["useradd", "--system", "--home-dir", str(PG_DIR), "postgres"])
    return "postgres"


def start_postgres() -> str:
    bindir = postgres_bin()
    owner = postgres_owner()
    data, sockets, log = PG_DIR / "data", PG_DIR / "run", PG_DIR / "postgres.log"
    port_file = PG_DIR / "port"
    PG_DIR.mkdir(parents=True, exist_ok=True)
    if owner:
        # The cluster's owner must be able to reach its directory.
        for parent in [*reversed(PG_DIR.parents), PG_DIR]:
            if parent.exists() and parent.stat().st_uid == 0:
                parent.chmod(parent.stat().st_mode | 0o011)
        shutil.chown(PG_DIR, owner)
    if not (data / "PG_VERSION").exists():
        say(f"creating a PostgreSQL cluster in {data}")
        data.mkdir(exist_ok=True)
        if owner:
            shutil.chown(data, owner)
        pwfile = PG_DIR / "pwfile"
        pwfile.write_text(PG_PASSWORD + "\n")
        if owner:
            shutil.chown(pwfile, owner)
        run(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                PG_USER,
                f"--pwfile={pwfile}",
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
            as_user=owner,
            stdout=subprocess.DEVNULL,
        )
        pwfile.unlink()
    sockets.mkdir(exist_ok=True)
    if owner:
        shutil.chown(sockets, owner)
    status = run(
        [str(bindir / "pg_ctl"), "-D", str(data), "status"],
        as_user=owner,
        check=False,
        capture_output=True,
    )
    if status.returncode == 0 and port_file.exists():
        port = int(port_file.read_text())
        say(f"PostgreSQL already running on port {port}")
    else:
        try:
            port = ports.choose(port_file, PG_PORTS, "PostgreSQL", log=say)
        except ports.NoFreePort as error:
            fail(str(error))
        say(f"starting PostgreSQL on 127.0.0.1:{port}")
        options = (
            f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        run(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ],
            as_user=owner,
            stdout=subprocess.DEVNULL,
        )
        ports.remember(port_file, port)
    ensure_database(port, sockets)
    return f"postgres://{PG_USER}:{PG_PASSWORD}@127.0.0.1:{port}/{PG_DATABASE}"


def ensure_database(port: int, sockets: Path) -> None:
    env = {**os.environ, "PGPASSWORD": PG_PASSWORD}
    psql = ["psql", "-h", "127.0.0.1", "-p", str(port), "-U", PG_USER, "-d", "postgres", "-tAc"]
    for _attempt in range(30):
        probe = run([*psql, "SELECT 1"], env=env, check=False, capture_output=True)
        if probe.returncode == 0:
            break
        time.sleep(1)
    else:
        fail(f"PostgreSQL does not answer on port {port}: {probe.stderr.strip()}")
    exists = run(
        [*psql, f"SELECT 1 FROM pg_database WHERE datname = '{PG_DATABASE}'"],
        env=env,
        capture_output=True,
    ).stdout.strip()
    if exists != "1":
        say(f"creating database {PG_DATABASE}")
        run([*psql, f"CREATE DATABASE {PG_DATABASE}"], env=env, stdout=subprocess.DEVNULL)


def stop_postgres() -> None:
    data = PG_DIR / "data"
    if not (data / "PG_VERSION").exists():
        return
    run(
        [str(postgres_bin() / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
        as_user=postgres_owner(),
        check=False,
        stdout=subprocess.DEVNULL,
    )


def restart_postgres() -> None:
    """Restart the running cluster in place (same port): the fault tests use it to check
    that the portal reconnects by itself."""
    run(
        [str(postgres_bin() / "pg_ctl"), "-D", str(PG_DIR / "data"), "-m", "fast", "-w", "restart"],
        as_user=postgres_owner(),
        stdout=subprocess.DEVNULL,
    )


# OpenSearch ---------------------------------------------------------------------------


def start_search() -> str:
    from . import opensearch as launcher

    try:
        port = launcher.start(SERVICES_DIR / "opensearch", log=say, install=apt_install)
    except launcher.LauncherError as error:
        fail(str(error))
    return launcher.search_url(port)


def stop_search() -> None:
    from . import opensearch as launcher

    try:
        launcher.stop(SERVICES_DIR / "opensearch", log=say)
    except launcher.LauncherError as error:
        say(f"error: {error}")


SERVICES = ("postgres", "search")


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "start"
    services = argv[1:] or list(SERVICES)
    unknown = [name for name in services if name not in SERVICES]
    if unknown:
        fail(f"unknown service {unknown[0]!r}; the services are {', '.join(SERVICES)}")
    if command == "start":
        if "postgres" in services:
            database_url = start_postgres()
            print(f"DATABASE_URL={database_url}", flush=True)
        if "search" in services:
            search_url = start_search()
            print(f"SEARCH_URL={search_url}", flush=True)
    elif command == "stop":
        if "search" in services:
            stop_search()
        if "postgres" in services:
            stop_postgres()
        say("stopped")
    else:
        fail(f"unknown command {command!r}; use start or stop")
