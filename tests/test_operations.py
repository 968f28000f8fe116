"""Operations: production settings, health endpoints, headers, account security."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from portal.logs import JsonFormatter

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


def test_readyz_reports_the_engine_healthy_when_its_node_answers(client, settings, db):
    from .search_support import Backend

    Backend("opensearch", settings)
    search = client.get("/readyz").json()["checks"]["search"]
    assert search["status"] == "ok", search
    assert search["backend"] == "engine" and search["cluster"] in ("green", "yellow")


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
