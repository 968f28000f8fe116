"""Backups the portal can be rebuilt from: a database dump, the uploaded files and a
manifest with checksums, in one directory."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
POSTGRES_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"

# What a restore must bring back, counted in the manifest and checked after restoring.
COUNTED_TABLES = [
    "wagtailcore_page",
    "wagtailcore_revision",
    "wagtailcore_locale",
    "wagtail_localize_translation",
    "wagtail_localize_stringtranslation",
    "wagtailcore_grouppagepermission",
    "wagtailcore_groupcollectionpermission",
    "guardian_groupobjectpermission",
    "auth_group_permissions",
    "auth_user_groups",
    "auth_user",
    "wagtaildocs_document",
    "wagtailimages_image",
    "association_institution",
]


class BackupError(Exception):
    """The backup or restore cannot go on; the message says why."""


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def table_counts() -> dict[str, int]:
    counts = {}
    existing = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        for table in COUNTED_TABLES:
            if table in existing:
                cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # names are ours, above
                counts[table] = cursor.fetchone()[0]
    return counts


def database_settings() -> dict:
    return settings.DATABASES["default"]


def postgres_env() -> dict:
    """The environment that points pg_dump and pg_restore at the portal's database."""
    db = database_settings()
    return {
        **os.environ,
        "PGHOST": str(db.get("HOST") or "localhost"),
        "PGPORT": str(db.get("PORT") or 5432),
        "PGUSER": str(db.get("USER") or ""),
        "PGPASSWORD": str(db.get("PASSWORD") or ""),
        "PGDATABASE": str(db["NAME"]),
    }


def run(command: list[str], env: dict) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[:2000]}")


def media_root() -> Path | None:
    backend = settings.STORAGES["default"]["BACKEND"]
    if backend != "django.core.files.storage.FileSystemStorage":
        return None
    return Path(settings.MEDIA_ROOT)


def make_backup(directory: Path, progress=print) -> dict:
    """Write a backup into `directory` (new or empty) and return its manifest."""
    directory.mkdir(parents=True, exist_ok=True)
    if any(directory.iterdir()):
        raise BackupError(f"{directory} is not empty; back up into a new directory.")
    vendor = connection.vendor
    files: dict[str, dict] = {}
    if vendor == "postgresql":
        progress("dumping the PostgreSQL database…")
        target = directory / POSTGRES_DUMP
        run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "-f", str(target)],
            postgres_env(),
        )
    elif vendor == "sqlite":
        progress("copying the SQLite database…")
        target = directory / SQLITE_COPY
        source = sqlite3.connect(str(database_settings()["NAME"]))
        copy = sqlite3.connect(str(target))
        with copy:
            source.backup(copy)
        source.close()
        copy.close()
    else:
        raise BackupError(f"Backing up a {vendor} database is not supported.")
    files[target.name] = {"sha256": sha256(target), "size": target.stat().st_size}
    root = media_root()
    media_files = 0
    if root is not None and root.exists():
        progress(f"archiving uploaded files from {root}…")
        archive = directory / MEDIA_ARCHIVE
        with tarfile.open(archive, "w:gz") as tar:
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    tar.add(path, arcname=str(path.relative_to(root)))
                    media_files += 1
        files[archive.name] = {"sha256": sha256(archive), "size": archive.stat().st_size}
    manifest = {
        "format": 1,
        "created": timezone.now().isoformat(),
        "database": vendor,
        "media": "archived" if root is not None else "not archived (remote storage)",
        "media_files": media_files,
        "counts": table_counts(),
        "files": files,
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    return manifest


def read_manifest(directory: Path) -> dict:
    path = directory / MANIFEST
    if not path.exists():
        raise BackupError(f"{directory} has no {MANIFEST}: it is not a portal backup.")
    manifest = json.loads(path.read_text())
    for name, expected in manifest["files"].items():
        file = directory / name
        if not file.exists():
            raise BackupError(f"{name} is missing from the backup.")
        if sha256(file) != expected["sha256"]:
            raise BackupError(f"{name} does not match its checksum: the backup is damaged.")
    return manifest


def database_is_empty() -> bool:
    return not connection.introspection.table_names()


def restore_backup(directory: Path, force: bool = False, progress=print) -> dict:
    """Restore a backup onto an empty database (and media folder); returns the manifest."""
    manifest = read_manifest(directory)
    vendor = connection.vendor
    if manifest["database"] != vendor:
        raise BackupError(
            f"The backup holds a {manifest['database']} database; this portal uses {vendor}."
        )
    if not database_is_empty() and not force:
        raise BackupError(
            "The database is not empty. Restore onto a new, empty database (or pass --force "
            "to replace what is there)."
        )
    root = media_root()
    if root is not None and root.exists() and any(root.iterdir()) and not force:
        raise BackupError(f"{root} is not empty; restore into an empty MEDIA_ROOT.")
    if vendor == "postgresql":
        progress("restoring the PostgreSQL database…")
        command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error"]
        if force:
            command += ["--clean", "--if-exists"]
        connection.close()
        env = postgres_env()
        run([*command, "-d", env["PGDATABASE"], str(directory / POSTGRES_DUMP)], env)
    else:
        progress("restoring the SQLite database…")
        connection.close()
        shutil.copyfile(directory / SQLITE_COPY, database_settings()["NAME"])
    if root is not None and (directory / MEDIA_ARCHIVE).exists():
        progress(f"restoring uploaded files into {root}…")
        root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(directory / MEDIA_ARCHIVE, "r:gz") as tar:
            tar.extractall(root, filter="data")
    return manifest
