"""Operations: production settings, health endpoints, headers, account security."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import logging
import os
import re
import socket
import subprocess
import sys
import threading

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from portal.logs import JsonFormatter
from portal.settings.environment import search_config

from . import factories

pytestmark = pytest.mark.django_db
User = get_user_model()


def run_manage(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "k" * 30 + "0123456789abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "portal.example.org",
    "DATABASE_URL": "postgres://portal:portal@127.0.0.1:1/portal",
}


def test_production_refuses_to_start_without_its_secrets():
    env = {**PRODUCTION, "SECRET_KEY": "", "ALLOWED_HOSTS": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr and "ALLOWED_HOSTS" in result.stderr


def test_production_settings_pass_the_deployment_checks():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout


def test_healthz_is_cheap_and_readyz_reports_each_dependency(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    body = ready.json()
    assert set(body["checks"]) == {"database", "cache", "search", "tasks"}
    assert body["checks"]["database"]["status"] == "ok"
    assert body["status"] in ("ok", "degraded")


def test_readyz_reports_the_engine_healthy_when_its_node_answers(client, settings):
    from .search_support import Backend

    Backend("opensearch", settings)
    response = client.get("/readyz")
    search = response.json()["checks"]["search"]
    assert search["status"] == "ok", search
    assert search["backend"] == "engine" and search["cluster"] in ("green", "yellow")
    assert response.status_code == 200


@pytest.fixture
def stopped_node():
    """The address of an engine that is not running: a port that is taken but where
    nothing listens, so connecting is refused (and no other process can start there)."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        yield f"opensearch://127.0.0.1:{taken.getsockname()[1]}"


class SlowNode(http.server.BaseHTTPRequestHandler):
    """Answers like a green OpenSearch node, but only once the test lets it (or after
    a minute): far longer than the health check waits."""

    answer = threading.Event()
    asked = threading.Event()

    def do_GET(self):
        SlowNode.asked.set()
        SlowNode.answer.wait(60)
        body = json.dumps({"cluster_name": "slow", "status": "green"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def slow_node():
    SlowNode.answer.clear()
    SlowNode.asked.clear()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SlowNode)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"opensearch://127.0.0.1:{server.server_address[1]}"
    SlowNode.answer.set()
    server.shutdown()
    server.server_close()


def test_readyz_marks_a_stopped_engine_failed_and_the_node_still_serving(
    client, settings, stopped_node
):
    settings.WAGTAILSEARCH_BACKENDS = {"default": search_config(stopped_node)}
    response = client.get("/readyz")
    body = response.json()
    search = body["checks"]["search"]
    assert search["status"] == "fail" and search["backend"] == "engine", search
    assert "refused" in search["error"].lower(), search
    # Pages are served and searches fall back to the database: degraded, not out.
    assert (response.status_code, body["status"]) == (200, "degraded")
    assert body["checks"]["database"]["status"] == body["checks"]["cache"]["status"] == "ok"


def test_an_engine_cluster_answers_while_one_of_its_listed_nodes_is_down(
    client, settings, stopped_node
):
    """SEARCH_URL lists a cluster's nodes with commas: with one of them down, every check
    still reaches the engine through the other (README, Scale-out)."""
    live = settings.TEST_SEARCH_URL
    down = stopped_node.removeprefix("opensearch://")
    settings.WAGTAILSEARCH_BACKENDS = {"default": search_config(f"{live},{down}")}
    for _attempt in range(4):  # the client starts from either node
        search = client.get("/readyz").json()["checks"]["search"]
        assert search["status"] == "ok" and search["backend"] == "engine", search


def test_readyz_gives_up_on_an_engine_that_does_not_answer(client, settings, slow_node):
    settings.WAGTAILSEARCH_BACKENDS = {"default": search_config(slow_node)}
    settings.PORTAL_HEALTH_TIMEOUT_SECONDS = 0.5
    response = client.get("/readyz")
    # The node was asked, and would have said "green" had the check waited for it.
    assert SlowNode.asked.is_set()
    search = response.json()["checks"]["search"]
    assert search == {**search, "status": "fail", "error": "no answer within 0.5 s"}
    assert (response.status_code, response.json()["status"]) == (200, "degraded")


def test_readyz_reports_the_task_queue_depth_and_its_oldest_task(client):
    from django_tasks_db.models import DBTaskResult, get_date_max

    now = timezone.now()

    def queued(**fields) -> DBTaskResult:
        task = DBTaskResult.objects.create(
            task_path="search.tasks.process_index_queue",
            args_kwargs={"args": [], "kwargs": {}},
            backend_name="default",
            run_after=fields.pop("run_after", get_date_max()),
        )
        DBTaskResult.objects.filter(pk=task.pk).update(**fields)
        return task

    assert client.get("/readyz").json()["checks"]["tasks"]["tasks_waiting"] == 0
    queued(enqueued_at=now - dt.timedelta(minutes=2))
    queued(enqueued_at=now - dt.timedelta(hours=1), run_after=now - dt.timedelta(minutes=20))
    # Deferred to later: not waiting yet.
    queued(enqueued_at=now - dt.timedelta(hours=2), run_after=now + dt.timedelta(hours=1))
    response = client.get("/readyz")
    tasks = response.json()["checks"]["tasks"]
    assert tasks["tasks_waiting"] == 2
    # Due for twenty minutes (since its run_after): no worker is taking the queue.
    assert 20 * 60 <= tasks["oldest_task_waiting_seconds"] < 60 * 60
    assert tasks["status"] == "degraded"
    assert (response.status_code, response.json()["status"]) == (200, "degraded")


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}})
def test_readyz_fails_when_the_cache_loses_what_it_stores(client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"]["status"] == "fail"


def test_security_headers_on_public_pages_and_the_admin(client):
    response = client.get("/ru/")
    policy = response["Content-Security-Policy"]
    assert (
        "script-src 'self'" in policy
        and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    )
    assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    admin_policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in admin_policy.split("script-src")[1].split(";")[0]


def test_json_logs_carry_extra_fields():
    record = logging.makeLogRecord(
        {"name": "portal.audit", "levelname": "INFO", "msg": "login", "username": "anna"}
    )
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "login" and line["username"] == "anna"
    assert line["level"] == "INFO" and line["time"]


# Accounts ----------------------------------------------------------------------------------


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_repeated_failed_logins_lock_the_account(client):
    User.objects.create_user("teacher", "t@example.ru", "Correct-Horse-42")
    statuses = [
        client.post("/admin/login/", {"username": "teacher", "password": "wrong"}).status_code
        for _ in range(3)
    ]
    # The third failure reaches the limit and locks the account at once.
    assert statuses == [200, 200, 429]
    locked = client.post("/admin/login/", {"username": "teacher", "password": "Correct-Horse-42"})
    assert locked.status_code == 429
    assert "Слишком много" in locked.content.decode() or "Too many" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # Every refused attempt is in the audit log, the one refused by the lock included.
    assert ModelLogEntry.objects.filter(action="portal.login_failed").count() == 4


def test_passwords_must_be_strong(client):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("12345678", "password1", "short"):
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("Весенний-семинар-2027")


def test_two_factor_login_requires_the_code_once_turned_on():
    user = User.objects.create_user("head", "h@example.ru", "Correct-Horse-42", is_superuser=True)
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client = Client()
    without = client.post("/admin/login/", {"username": "head", "password": "Correct-Horse-42"})
    assert without.status_code == 200
    assert "_auth_user_id" not in client.session
    wrong = client.post(
        "/admin/login/",
        {"username": "head", "password": "Correct-Horse-42", "otp_token": "000000"},
    )
    assert "_auth_user_id" not in client.session and wrong.status_code == 200
    # django-otp slows down guessing after a wrong code; a person would simply retry.
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
    device.refresh_from_db()
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    ok = client.post(
        "/admin/login/",
        {"username": "head", "password": "Correct-Horse-42", "otp_token": code},
    )
    assert ok.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert ModelLogEntry.objects.filter(action="portal.login", object_id=str(user.pk)).exists()


def test_users_without_two_factor_log_in_with_the_password_alone():
    User.objects.create_user("teacher", "t@example.ru", "Correct-Horse-42", is_superuser=True)
    client = Client()
    response = client.post("/admin/login/", {"username": "teacher", "password": "Correct-Horse-42"})
    assert response.status_code == 302


def test_permission_changes_are_audited():
    institution = factories.institution("audit-school")
    user = User.objects.create_user("member", "m@example.ru", "pw")
    user.groups.add(institution.editors_group)
    entries = ModelLogEntry.objects.filter(action="portal.permissions")
    assert entries.filter(object_id=str(user.pk)).exists()
    assert entries.filter(object_id=str(institution.editors_group.pk)).exists()


def test_staff_turn_two_factor_on_and_off_in_their_account():
    user = User.objects.create_user("head", "h@example.ru", "Correct-Horse-42", is_superuser=True)
    client = Client()
    client.force_login(user)
    page = client.get("/admin/account/two-factor/")
    assert page.status_code == 200 and "<svg" in page.content.decode()
    assert "/admin/account/two-factor/" in client.get("/admin/account/").content.decode()
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    wrong = client.post("/admin/account/two-factor/", {"otp_token": "123456"})
    assert wrong.status_code == 400
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    assert client.post("/admin/account/two-factor/", {"otp_token": code}).status_code == 302
    assert TOTPDevice.objects.get(pk=device.pk).confirmed
    refused = client.post("/admin/account/two-factor/", {"disable": "1", "password": "nope"})
    assert refused.status_code == 400 and TOTPDevice.objects.filter(user=user).exists()
    client.post("/admin/account/two-factor/", {"disable": "1", "password": "Correct-Horse-42"})
    assert not TOTPDevice.objects.filter(user=user).exists()


def test_deployment_files_run_commands_the_portal_has():
    """compose.yaml, the Dockerfile and the systemd units call management commands by name:
    renaming one must not leave a deployment that fails at start."""
    from pathlib import Path

    from django.conf import settings
    from django.core.management import get_commands

    root = Path(settings.BASE_DIR)
    files = [root / "compose.yaml", root / "Dockerfile", *sorted((root / "deploy").rglob("*"))]
    called = set()
    for path in files:
        if path.is_file():
            text = path.read_text()
            called |= set(re.findall(r'manage\.py"?,?\s+"?([a-z_]+)', text))
    assert {"migrate", "db_worker", "backup", "collectstatic", "bootstrap_site"} <= called
    assert called - set(get_commands()) == set()


def test_production_keeps_database_connections_with_health_checks():
    result = run_manage(
        "shell",
        "-c",
        "from django.db import connection as c; "
        "print(c.settings_dict['CONN_MAX_AGE'], c.settings_dict['CONN_HEALTH_CHECKS'])",
        env={**PRODUCTION, "CONN_MAX_AGE": "120"},
    )
    assert result.stdout.splitlines()[-1].split() == ["120", "True"], result.stderr


def test_production_caches_pages_only_with_a_cache_shared_by_the_workers():
    show = (
        "from django.conf import settings as s; "
        "print(s.PORTAL_PAGE_CACHE_SECONDS, s.PORTAL_FRAGMENT_CACHE_SECONDS)"
    )
    local = run_manage("shell", "-c", show, env={**PRODUCTION, "CACHE_URL": ""})
    assert local.stdout.splitlines()[-1].split() == ["0", "0"], local.stderr
    shared = run_manage(
        "shell", "-c", show, env={**PRODUCTION, "CACHE_URL": "redis://127.0.0.1:6379/1"}
    )
    assert shared.stdout.splitlines()[-1].split() == ["600", "600"], shared.stderr


def test_the_embedded_sqlite_default_has_wal_a_busy_timeout_and_immediate_writes(
    tmp_path, django_db_blocker
):
    from django.db.utils import ConnectionHandler

    from portal.settings.environment import database_config

    handler = ConnectionHandler({"default": database_config(f"sqlite:///{tmp_path / 'p.db'}")})
    connection = handler["default"]
    with django_db_blocker.unblock():
        try:
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA journal_mode")
                assert cursor.fetchone()[0] == "wal"
                cursor.execute("PRAGMA busy_timeout")
                assert cursor.fetchone()[0] == 20_000
            assert connection.transaction_mode == "IMMEDIATE"
        finally:
            connection.close()
