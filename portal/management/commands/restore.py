"""Restore a backup made by `backup` onto an empty database, then rebuild the search
index."""

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, restore_backup, table_counts


class Command(BaseCommand):
    help = (
        "Restore DIR (made by `backup`) onto an empty database and MEDIA_ROOT, check its "
        "checksums and counts, and rebuild the search index."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database and media folder that are not empty",
        )
        parser.add_argument(
            "--skip-index", action="store_true", help="do not rebuild the search index"
        )

    def handle(self, *args, directory: Path, force: bool, skip_index: bool, **options):
        try:
            manifest = restore_backup(directory, force=force, progress=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
        restored = table_counts()
        different = {
            table: (count, restored.get(table))
            for table, count in manifest["counts"].items()
            if restored.get(table) != count
        }
        if different:
            raise CommandError(f"Restored counts differ from the backup's: {different}")
        self.stdout.write(f"Counts match the backup ({len(restored)} tables checked).")
        if not skip_index:
            self.stdout.write("rebuilding the search index…")
            call_command("update_index", verbosity=options["verbosity"], stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Restored from {directory}."))
