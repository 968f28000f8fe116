"""Tables downloaded from the admin (reports, registration lists) as spreadsheet files:
CSV as most programs read it, CSV as Excel reads it under a Russian locale, and XLSX.

Every format writes the same tables; a cell that a spreadsheet program would run as a
formula is written as text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font


@dataclass
class Table:
    """A titled table: the title names an XLSX sheet, or a section of a CSV file that
    holds several tables."""

    title: str
    header: list[str]
    rows: list[list]


@dataclass(frozen=True)
class CsvVariant:
    delimiter: str
    decimal_separator: str
    # The suffix of the file's name, so that both variants of a report can sit together.
    name_suffix: str


# By the format code of a download link. Excel in a Russian locale splits columns on
# semicolons and reads "2,5" as a number ("2.5" as text); other programs expect commas.
CSV_VARIANTS = {
    "csv": CsvVariant(",", ".", ""),
    "excel-csv": CsvVariant(";", ",", "-excel"),
}
CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FILE_FORMATS = {**dict.fromkeys(CSV_VARIANTS, CSV_TYPE), "xlsx": XLSX_TYPE}
# The labels of download links, by format code (not translated: names of formats).
FORMAT_LABELS = {"csv": "CSV", "excel-csv": "CSV (Excel)", "xlsx": "XLSX"}


def safe_cell(value):
    """The value, with a text that a spreadsheet program would run as a formula
    (=, +, -, @ first) kept as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _csv_cell(value, variant: CsvVariant):
    if value is None:
        return ""
    if isinstance(value, float):
        return str(value).replace(".", variant.decimal_separator)
    return safe_cell(value)


def csv_bytes(tables: Sequence[Table], variant: CsvVariant) -> bytes:
    """The tables as CSV; several tables are separated by an empty row and each starts
    with its title, a single table is just its header and rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=variant.delimiter)
    for position, table in enumerate(tables):
        if position:
            writer.writerow([])
        if len(tables) > 1:
            writer.writerow([table.title])
        writer.writerow(table.header)
        writer.writerows([_csv_cell(value, variant) for value in row] for row in table.rows)
    # A byte-order mark, so that spreadsheet programs read the Cyrillic text as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(tables: Iterable[Table]) -> bytes:
    """The tables as an XLSX workbook, a sheet each, numbers kept as numbers."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        # Sheet names: at most 31 characters, none of []:*?/\
        name = table.title.translate(str.maketrans("", "", "[]:*?/\\"))[:31]
        sheet = workbook.create_sheet(title=name)
        sheet.append(table.header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([safe_cell(value) for value in row])
        for column, values in enumerate(zip(table.header, *table.rows, strict=False), start=1):
            width = max((len(str(value)) for value in values if value is not None), default=0)
            sheet.column_dimensions[sheet.cell(1, column).column_letter].width = min(60, width + 2)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def spreadsheet_response(tables: Sequence[Table], file_format: str, filename: str) -> HttpResponse:
    """The download of `tables` in one of FILE_FORMATS, named `filename` and its
    extension."""
    if file_format == "xlsx":
        data, extension = xlsx_bytes(tables), "xlsx"
    else:
        variant = CSV_VARIANTS[file_format]
        data, extension = csv_bytes(tables, variant), "csv"
        filename += variant.name_suffix
    response = HttpResponse(data, content_type=FILE_FORMATS[file_format])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response
