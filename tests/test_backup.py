"""Backup and restore: a restore onto an empty database reproduces every page, revision,
translation, permission and file — compared object by object — and the search index is
rebuilt from it, on the database backend and on the engine."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import uuid

import psycopg
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page

from association.models import NewsIndexPage
from association.rights import Role
from association.team import set_role
from core.localization import translate

from . import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def admin_url(database: str) -> str:
    url = os.environ["DATABASE_URL"]
    return url.rsplit("/", 1)[0] + f"/{database}"


@pytest.fixture
def empty_database():
    name = f"restore_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url("postgres"), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(admin_url("postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(
    *args, database: str, media, check=True, settings_module="portal.settings.test", **env_vars
) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DATABASE_URL": admin_url(database),
        "MEDIA_ROOT": str(media),
    }
    env.pop("SEARCH_URL", None)
    env.update(env_vars)
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=settings.BASE_DIR,
        check=False,
    )
    if check:
        assert result.returncode == 0, result.stderr[-3000:] + result.stdout[-2000:]
    return result


def digests(root) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


COUNT_SCRIPT = """
import json
from wagtail.models import Page, Revision, GroupPagePermission
from wagtail_localize.models import Translation
from guardian.models import GroupObjectPermission
from wagtail.documents.models import Document
from django.contrib.auth.models import User
print(json.dumps({
    "pages": Page.objects.count(),
    "revisions": Revision.objects.count(),
    "translations": Translation.objects.count(),
    "page_permissions": GroupPagePermission.objects.count(),
    "object_permissions": GroupObjectPermission.objects.count(),
    "documents": Document.objects.count(),
    "titles": sorted(Page.objects.filter(depth__gt=3).values_list("title", flat=True)),
    "member": User.objects.get(username="member").groups.count(),
}))
"""


def test_a_backup_restores_onto_an_empty_database(tmp_path, empty_database):
    call_command("bootstrap_site", verbosity=0)
    institution = factories.institution("archive-school", name="Школа с архивом")
    news = factories.news(
        factories.institution_index(NewsIndexPage, institution), title="Новость для архива"
    )
    news.intro = "Вторая редакция."
    news.save_revision().publish()
    translate(news, factories.home("en").locale, {"Новость для архива": "Archived news"})
    factories.resource(institution, title="Ресурс с файлом")
    member = get_user_model().objects.create_user("member", "m@example.ru", "pw")
    set_role(institution, member, Role.EDITOR)

    backup_dir = tmp_path / "backup"
    call_command("backup", str(backup_dir), verbosity=0)
    manifest = json.loads((backup_dir / "manifest.json").read_text())
    assert manifest["counts"]["wagtailcore_page"] > 0 and manifest["media_files"] >= 1
    original_files = digests(settings.MEDIA_ROOT)

    restored_media = tmp_path / "restored-media"
    result = manage("restore", str(backup_dir), database=empty_database, media=restored_media)
    assert "Counts match" in result.stdout
    assert digests(restored_media) == original_files

    counted = manage("shell", "-c", COUNT_SCRIPT, database=empty_database, media=restored_media)
    restored = json.loads(counted.stdout.strip().splitlines()[-1])
    assert restored["titles"] == sorted(
        Page.objects.filter(depth__gt=3).values_list("title", flat=True)
    )
    assert "Archived news" in restored["titles"] and "Ресурс с файлом" in restored["titles"]
    assert restored["member"] == 1
    assert restored["translations"] >= 1 and restored["object_permissions"] >= 3
    # The restored site answers searches: the index was rebuilt.
    search = manage(
        "shell",
        "-c",
        "from search.backends.database import DatabaseResourceSearch; "
        "from search.query import ResourceQuery; from wagtail.models import Locale; "
        "print(DatabaseResourceSearch(ResourceQuery(Locale.get_default(), 'файлом')).count())",
        database=empty_database,
        media=restored_media,
    )
    assert search.stdout.strip().splitlines()[-1] == "1"

    # Object by object: every row of the content, the rights and the files' records.
    original = io.StringIO()
    call_command("dumpdata", *DUMPED, stdout=original)
    dumped = manage("dumpdata", *DUMPED, database=empty_database, media=restored_media)
    assert by_object(dumped.stdout) == by_object(original.getvalue())


# What a restore must give back exactly (the search tables are rebuilt, not restored).
DUMPED = [
    "association",
    "network",
    "auth.user",
    "auth.group",
    "guardian",
    "wagtailcore.page",
    "wagtailcore.revision",
    "wagtailcore.collection",
    "wagtailcore.grouppagepermission",
    "wagtailcore.workflowpage",
    "wagtaildocs.document",
    "wagtailimages.image",
    "wagtail_localize.translationsource",
    "wagtail_localize.translation",
]


def by_object(dump: str) -> dict[tuple[str, object], dict]:
    objects = {(item["model"], item["pk"]): item["fields"] for item in json.loads(dump)}
    assert objects, "nothing was dumped"
    return objects


ENGINE_SCRIPT = """
import json
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend
from association.models import ResourcePage
from core.visibility import listed_pages
from search.backends.engine import EngineResourceSearch
from search.query import ResourceQuery
search = EngineResourceSearch(ResourceQuery(Locale.get_default(), ""), get_search_backend())
found = search.page(0, 100)
print(json.dumps({
    "engine": sorted(getattr(found, "ids", None) or [page.pk for page in found]),
    "database": sorted(listed_pages(
        ResourcePage.objects.filter(locale=Locale.get_default())
    ).values_list("pk", flat=True)),
}))
"""


def test_the_engine_index_is_rebuilt_from_a_restored_database(tmp_path, empty_database):
    from opensearchpy import OpenSearch

    engine = os.environ.get("SEARCH_URL", "")
    assert engine, "the engine's address (SEARCH_URL) is missing"
    call_command("bootstrap_site", verbosity=0)
    institution = factories.institution("engine-school", name="Школа с индексом")
    for number in range(3):
        factories.resource(institution, title=f"Восстановленный ресурс {number}")
    backup_dir = tmp_path / "backup"
    call_command("backup", str(backup_dir), verbosity=0)

    prefix = f"restore-{uuid.uuid4().hex[:8]}"
    address = engine.replace("opensearch://", "http://", 1)
    client = OpenSearch([address])
    media = tmp_path / "restored-media"
    try:
        result = manage(
            "restore",
            str(backup_dir),
            database=empty_database,
            media=media,
            settings_module="portal.settings.dev",
            SEARCH_URL=f"{engine}?index={prefix}",
        )
        assert "Counts match" in result.stdout
        found = manage(
            "shell",
            "-c",
            ENGINE_SCRIPT,
            database=empty_database,
            media=media,
            settings_module="portal.settings.dev",
            SEARCH_URL=f"{engine}?index={prefix}",
        )
        indexed = json.loads(found.stdout.strip().splitlines()[-1])
        assert len(indexed["database"]) == 3
        assert indexed["engine"] == indexed["database"]
    finally:
        client.indices.delete(index=f"{prefix}_*", ignore_unavailable=True)


def test_restore_refuses_a_damaged_backup_or_a_database_in_use(tmp_path, empty_database):
    call_command("bootstrap_site", verbosity=0)
    backup_dir = tmp_path / "backup"
    call_command("backup", str(backup_dir), verbosity=0)
    with pytest.raises(CommandError, match="not empty"):
        call_command("backup", str(backup_dir), verbosity=0)
    # Restoring over the live database is refused.
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(backup_dir), verbosity=0)
    dump = next(backup_dir.glob("database.*"))
    dump.write_bytes(dump.read_bytes() + b"tampered")
    damaged = manage(
        "restore", str(backup_dir), database=empty_database, media=tmp_path / "m", check=False
    )
    assert damaged.returncode != 0 and "checksum" in damaged.stderr
