"""Import an institution's catalogue of resources from a CSV or XLSX file."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from association.importer import (
    COLUMNS,
    ImportFailed,
    ImportReport,
    ResourceImporter,
    find_institution,
    read_table,
)
from core.progress import ProgressBar


class Command(BaseCommand):
    help = (
        "Create or update the resources of the institution SLUG from FILE (CSV in UTF-8 with "
        "commas, or XLSX: first sheet, first row naming the columns "
        f"{','.join(COLUMNS)}), matching them by external_id. New resources are drafts and "
        "changes to published ones are draft revisions unless --publish is given. Rejected "
        "rows are reported and change nothing; the other rows are imported."
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
            importer = ResourceImporter(
                find_institution(institution),
                publish=publish,
                create_missing_terms=create_missing_terms,
                dry_run=dry_run,
            )
            table = read_table(content, path.name)
        except ImportFailed as error:
            raise CommandError(str(error)) from error

        bar = ProgressBar(len(table.rows), _("Rows"), self.stdout) if verbosity else None
        report = importer.run(table, progress=bar.advance if bar else None)
        if bar is not None:
            bar.finish()
        self.write_report(report)

    def write_report(self, report: ImportReport) -> None:
        for warning in report.warnings:
            self.stdout.write(self.style.WARNING(warning))
        rejected = report.rejected_rows
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
        notes = [(row, note) for row in report.rows if not row.rejected for note in row.notes]
        for row, note in notes:
            self.stdout.write(
                _("Row %(row)d (%(id)s): %(note)s")
                % {"row": row.number, "id": row.external_id, "note": note}
            )
        counts = report.counts
        summary = (
            _(
                "Created: %(created)d, updated: %(updated)d, unchanged: %(unchanged)d, "
                "rejected: %(rejected)d."
            )
            % counts
        )
        if report.dry_run:
            summary = (
                _("Dry run: nothing has been saved. This is what importing the file would do.")
                + " "
                + summary
            )
        style = self.style.WARNING if counts["rejected"] else self.style.SUCCESS
        self.stdout.write(style(summary))
