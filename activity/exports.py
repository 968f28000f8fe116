"""The activity reports as tables, written to CSV or XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from django.http import HttpResponse
from django.utils import formats
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from .reports import COLUMNS, InstitutionActivity

# A table: (title, header, rows).
Table = tuple[str, list[str], list[list]]
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def overview_tables(reports: list[InstitutionActivity], languages: list[tuple]) -> list[Table]:
    header = [str(COLUMNS[key][1]) for key in ("institution", "pages", "resources", "seminars")]
    header += [str(COLUMNS["registrations"][1]), str(COLUMNS["review"][1])]
    header += [
        _("Translated into %(language)s, %%") % {"language": name} for _code, name in languages
    ]
    rows = []
    for report in reports:
        row = [
            report.institution.label,
            report.pages_published,
            report.resources_added,
            report.seminars_held,
            report.registrations,
            report.median_review_days,
        ]
        row += [item["share"] for item in report.translations]
        rows.append(row)
    return [(_("Activity"), header, rows)]


def institution_tables(report: InstitutionActivity) -> list[Table]:
    summary = [
        [str(COLUMNS["pages"][1]), report.pages_published],
        [str(COLUMNS["resources"][1]), report.resources_added],
        [str(COLUMNS["seminars"][1]), report.seminars_held],
        [str(COLUMNS["registrations"][1]), report.registrations],
        [_("Submissions approved"), report.reviewed],
        [str(COLUMNS["review"][1]), report.median_review_days],
    ]
    for item in report.translations:
        summary.append(
            [_("Translated into %(language)s, %%") % {"language": item["name"]}, item["share"]]
        )
    return [
        (_("Summary"), [_("Figure"), _("Value")], summary),
        (
            _("Pages by type"),
            [_("Page type"), _("Published")],
            [[row.label, row.value] for row in report.pages_by_type],
        ),
        (
            _("Resources by level"),
            [_("Education level"), _("Resources")],
            [[row.label, row.value] for row in report.resources_by_level],
        ),
        (
            _("Resources by subject"),
            [_("Subject"), _("Resources")],
            [[row.label, row.value] for row in report.resources_by_subject],
        ),
        (
            _("Events"),
            [_("Event"), _("Starts"), _("Registrations")],
            [
                [
                    item["page"].title,
                    formats.date_format(item["page"].local_starts_at, "SHORT_DATETIME_FORMAT"),
                    item["registrations"],
                ]
                for item in report.seminars
            ],
        ),
    ]


def _csv(tables: Iterable[Table]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for position, (title, header, rows) in enumerate(tables):
        if position:
            writer.writerow([])
        writer.writerow([title])
        writer.writerow(header)
        writer.writerows(["" if value is None else value for value in row] for row in rows)
    # A byte-order mark, so that spreadsheet programs read the file as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode()


def _xlsx(tables: Iterable[Table]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in tables:
        # Sheet names: at most 31 characters, none of []:*?/\
        sheet = workbook.create_sheet(title=title.translate(str.maketrans("", "", "[]:*?/\\"))[:31])
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        for column, values in enumerate(zip(header, *rows, strict=False), start=1):
            width = max(len(str(value)) for value in values if value is not None)
            sheet.column_dimensions[sheet.cell(1, column).column_letter].width = min(60, width + 2)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def export_response(tables: list[Table], file_format: str, filename: str) -> HttpResponse:
    data = _csv(tables) if file_format == "csv" else _xlsx(tables)
    response = HttpResponse(data, content_type=FORMATS[file_format])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    return response
