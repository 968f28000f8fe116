"""Back up the portal into a directory: database dump, uploaded files, manifest."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, make_backup


class Command(BaseCommand):
    help = (
        "Write a backup into DIR (new or empty): the database (pg_dump, or a copy of SQLite), "
        "the uploaded files and a manifest with checksums and counts."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)

    def handle(self, *args, directory: Path, **options):
        try:
            manifest = make_backup(directory, progress=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
        pages = manifest["counts"].get("wagtailcore_page", 0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written to {directory}: {pages} pages, {manifest['media_files']} files."
            )
        )
