"""Import an institution's catalogue of resources from a CSV or XLSX file."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from association.importer import (
    BATCH_SIZE,
    COLUMNS,
    ImportFailed,
    RowStatus,
    find_institution,
    read_table,
)
from association.importjobs import DuplicateImport, create_job, run_job
from association.models import ImportJob
from core.progress import ProgressBar


class Command(BaseCommand):
    help = (
        "Create or update the resources of the institution SLUG from FILE (CSV in UTF-8 with "
        "commas, or XLSX: first sheet, first row naming the columns "
        f"{','.join(COLUMNS)}), matching them by external_id. New resources are drafts and "
        "changes to published ones are draft revisions unless --publish is given. Rejected "
        "rows are reported and change nothing; the other rows are imported. The import runs "
        "here, through the same job runner as the admin's background imports, and is listed "
        "among the institution's imports."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the CSV or XLSX file")
        parser.add_argument(
            "--institution", required=True, metavar="SLUG", help="the institution's identifier"
        )
        parser.add_argument(
            "--publish", action="store_true", help="publish new and changed resources"
        )
        parser.add_argument(
            "--create-missing-terms",
            action="store_true",
            help=(
                "create unknown subjects and resource types: a name is looked up in every "
                "language (any case, ё as е); a new one is created in the language it is "
                "written in (Cyrillic: Russian, Latin: English) and translated into the "
                "other languages through wagtail-localize with nothing translated yet "
                "(the translation editor shows it as waiting, and it carries the original "
                "name until then); the resource gets the term in its own language"
            ),
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=None,
            metavar="N",
            help=(
                "rows written in one transaction and indexed in one request (default "
                f"{BATCH_SIZE}; on SQLite a batch also ends after a fraction of a second, "
                "so that other writers get their turn)"
            ),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check the file and report what would happen, without saving anything",
        )

    def handle(
        self,
        *args,
        file: str,
        institution: str,
        publish: bool,
        create_missing_terms: bool,
        dry_run: bool,
        batch_size: int | None,
        verbosity: int,
        **options,
    ):
        path = Path(file)
        try:
            content = path.read_bytes()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(path)s: %(error)s") % {"path": file, "error": error.strerror}
            ) from error
        try:
            target = find_institution(institution)
            # Checked before a job is stored, so that a bad file is an error at once.
            table = read_table(content, path.name)
            job = create_job(
                target,
                content,
                path.name,
                publish=publish,
                create_missing_terms=create_missing_terms,
                dry_run=dry_run,
            )
        except ImportFailed as error:
            raise CommandError(str(error)) from error
        except DuplicateImport as error:
            raise CommandError(
                _("This file is already being imported into %(institution)s (job %(job)s).")
                % {"institution": target.name, "job": error.job.pk if error.job else "?"}
            ) from error

        # The same code path as the admin's background imports, run here in the foreground.
        bar = ProgressBar(len(table.rows), _("Rows"), self.stdout) if verbosity else None
        job = run_job(job.pk, progress=bar.advance if bar else None, batch_size=batch_size)
        if bar is not None:
            bar.finish()
        if job.status == ImportJob.Status.FAILED:
            raise CommandError(job.error)
        self.write_report(job)

    def write_report(self, job: ImportJob) -> None:
        for warning in job.warnings:
            self.stdout.write(self.style.WARNING(warning))
        rows = list(job.rows.all())
        rejected = [row for row in rows if row.status == RowStatus.REJECTED]
        if rejected:
            self.stdout.write(_("Rejected rows:"))
            headers = [_("Row"), "external_id", _("Reasons")]
            lines = [
                [str(row.number), row.external_id or "—", "; ".join(row.reasons)]
                for row in rejected
            ]
            widths = [
                max(len(headers[column]), *(len(line[column]) for line in lines))
                for column in range(2)
            ]
            for line in [headers, *lines]:
                self.stdout.write(
                    f"  {line[0]:>{widths[0]}}  {line[1]:<{widths[1]}}  {line[2]}".rstrip()
                )
        notes = [
            (row, note) for row in rows if row.status != RowStatus.REJECTED for note in row.notes
        ]
        for row, note in notes:
            self.stdout.write(
                _("Row %(row)d (%(id)s): %(note)s")
                % {"row": row.number, "id": row.external_id, "note": note}
            )
        counts = job.counts
        summary = (
            _(
                "Created: %(created)d, updated: %(updated)d, unchanged: %(unchanged)d, "
                "rejected: %(rejected)d."
            )
            % counts
        )
        if job.dry_run:
            summary = (
                _("Dry run: nothing has been saved. This is what importing the file would do.")
                + " "
                + summary
            )
        style = self.style.WARNING if counts["rejected"] else self.style.SUCCESS
        self.stdout.write(style(summary))
