"""Gunicorn settings for production (and `make bench`, which measures this very stack).

    gunicorn -c portal/gunicorn.conf.py        # serves portal.wsgi:application

The WSGI application defaults to the production settings (portal/wsgi.py), which need
SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL in the environment. Tuning from the environment
(defaults in brackets):

    GUNICORN_BIND                 address(es) to listen on, comma-separated
                                  [127.0.0.1:$PORT]; 0.0.0.0:8000 for every interface
    PORT                          the port when GUNICORN_BIND is not set [8000]
    WEB_CONCURRENCY               sync worker processes [2]; about one per core, since
                                  the requests are CPU-bound
    GUNICORN_TIMEOUT              seconds before a silent worker is replaced [30]
    GUNICORN_MAX_REQUESTS         requests a worker serves before it is replaced [5000];
                                  0 never replaces them
    GUNICORN_MAX_REQUESTS_JITTER  random extra requests, so that the workers are not
                                  replaced together [500]
    GUNICORN_ACCESS_LOG           1 (or a file path) writes the access log to stdout (or
                                  that file) [off]
    GUNICORN_LOG_LEVEL            gunicorn's own log level, on stderr [info]
    GUNICORN_CONTROL_SOCKET       path of the control socket for `gunicornc` [none: its
                                  default path is shared by every instance of the user]

The application is loaded once in the master before the workers are forked: workers start
in milliseconds (which makes `max_requests` cheap) and share the imported code's memory.
Code changes therefore need a restart of the master, not a HUP.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


def _access_log(value: str) -> str | None:
    if value.lower() in {"", "0", "false", "no", "off"}:
        return None
    if value.lower() in {"1", "true", "yes", "on", "-", "stdout"}:
        return "-"
    return value


wsgi_app = "portal.wsgi:application"
# The checkout is the application's directory (manage.py, templates/, locale/).
chdir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

bind = [
    address.strip()
    for address in _env("GUNICORN_BIND", f"127.0.0.1:{_env('PORT', '8000')}").split(",")
    if address.strip()
]
workers = int(_env("WEB_CONCURRENCY", "2"))
worker_class = "sync"
timeout = int(_env("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30

# Replacing a worker now and then bounds the memory a long-running process accumulates;
# the jitter keeps the workers from being replaced at the same moment.
max_requests = int(_env("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = int(_env("GUNICORN_MAX_REQUESTS_JITTER", "500")) if max_requests else 0

preload_app = True

accesslog = _access_log(_env("GUNICORN_ACCESS_LOG", ""))
errorlog = "-"
loglevel = _env("GUNICORN_LOG_LEVEL", "info")
proc_name = "portal"

control_socket = _env("GUNICORN_CONTROL_SOCKET", "")
control_socket_disable = not control_socket
if not control_socket:
    del control_socket


def when_ready(server):
    """The master compiles the site's templates before the first fork: every worker,
    including each one that replaces another, starts with them compiled (Django's cached
    loader) and shares their memory."""
    if preload_app:
        _compile_site_templates(server.log)


def _compile_site_templates(log) -> None:
    from django.conf import settings
    from django.template import TemplateSyntaxError
    from django.template.loader import get_template

    for directory in settings.TEMPLATES[0]["DIRS"]:
        root = Path(directory)
        for path in sorted(root.rglob("*.html")):
            name = path.relative_to(root).as_posix()
            try:
                get_template(name)
            except TemplateSyntaxError as error:
                log.warning("Template %s does not compile: %s", name, error)


def pre_fork(server, worker):
    """Forked workers must not share the master's database connections (none should be
    open after loading the application, but a module that queried at import would leave
    one): close them in the master before forking.

    What the master has loaded lives as long as the workers, so it is kept out of their
    garbage collector's sight (gc.freeze): a full collection then neither walks those
    objects (a pause of up to a quarter of a second in a request) nor writes to their
    memory pages, which stay shared between the workers."""
    if "django.db" in sys.modules:
        from django.db import connections

        connections.close_all()
    gc.freeze()
