"""Importing an institution's catalogue of resources from a CSV or XLSX file.

Each row of the file is one resource, identified by its `external_id` within the
institution: a new identifier creates a resource in the institution's resource list (in
the default language), a known one updates that resource. Rows are checked one by one and
each is written in its own transaction, so a bad row is reported and changes nothing while
the other rows are imported. A dry run does all of it inside a transaction that is rolled
back, so the report is exactly what the import would do.

Publishing: with `publish`, new and changed resources are published. Without it, new
resources are drafts and a change to a published resource is saved as a draft revision:
the published version stays as it is until someone publishes (or submits) the draft.

The management command `import_resources` and the admin view of the same name use
`read_table` and `ResourceImporter`.
"""

from __future__ import annotations

import csv
import html
import io
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale, ReferenceIndex
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.synctree import create_aliases_for_new_page

from core.database import longest_write_transaction, make_way_for_other_writers
from core.indexing import deferred_index_updates
from core.slugs import free_slug

from .catalogue_format import COLUMNS, OPTIONAL_COLUMNS, REQUIRED_COLUMNS, SEPARATOR
from .import_rows import Publication, RowLabels, RowStatus
from .models import (
    EducationLevel,
    Institution,
    ResourceAuthor,
    ResourceIndexPage,
    ResourcePage,
    ResourcePageTag,
    ResourceType,
    Subject,
)
from .terms import TermIndex, create_term, name_key, name_language, translate_term

logger = logging.getLogger(__name__)

# What a column's parser returns when the row keeps no value from it.
_NO_VALUE = object()


# Limits of the fields the values go to (ResourcePage, ResourceAuthor, taggit's Tag, the
# taxonomy terms), checked here so that the report can say which value is too long.
MAX_TITLE = 255
MAX_ABSTRACT = 2000
MAX_EXTERNAL_ID = 100
MAX_URL = 200
MAX_AUTHOR = 150
MAX_TAG = 100
MAX_TERM_NAME = 150
MAX_PAGE_SLUG = 80
MIN_YEAR = 1900

# Rows written in one transaction, and indexed in one bulk request, by the importer.
BATCH_SIZE = 50

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the pre-2007 binary .xls format


class ImportFailed(Exception):
    """The import cannot run at all (unreadable file, missing columns, institution that
    cannot import); nothing has been written. The message says why."""


@contextmanager
def deferred_reference_index() -> Iterator[None]:
    """Within the block, Wagtail's reference index (what the admin's usage counts read)
    is not updated on each save of this thread: each object saved is indexed once, when
    the block ends without an error. A new resource is saved three times or more (the
    page, its alias, publication), each save enqueueing an update of its own."""
    saved: dict[type, set] = {}
    thread = threading.get_ident()

    def collect(sender, instance, raw=False, **kwargs):
        if not raw and threading.get_ident() == thread and ReferenceIndex.is_indexed(sender):
            saved.setdefault(sender, set()).add(instance.pk)

    uid = f"import-reference-index-{id(saved)}"
    post_save.connect(collect, weak=False, dispatch_uid=uid)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid=uid)
    for model, pks in saved.items():
        for instance in model._default_manager.filter(pk__in=pks):
            ReferenceIndex.create_or_update_for_object(instance)


# Reading the file --------------------------------------------------------------------


@dataclass
class Table:
    """The rows of a catalogue file, by known column name; `number` is the row's number in
    the file, the header being row 1."""

    file_name: str
    columns: list[str]
    unknown_columns: list[str]
    rows: list[tuple[int, dict[str, str]]]


def _normalise_column(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def _cell_text(value) -> str:
    if value is None:
        return ""
    # Spreadsheets store whole numbers (years, numeric identifiers) as floats.
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _csv_records(content: bytes) -> list[list[str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailed(
            _(
                "The file is neither an XLSX workbook nor CSV text in UTF-8. Save the CSV "
                "in the UTF-8 encoding, or upload an XLSX workbook."
            )
        ) from error
    if "\x00" in text:
        raise ImportFailed(_("The file is neither a CSV file nor an XLSX workbook."))
    try:
        return [
            [cell.strip() for cell in record]
            for record in csv.reader(io.StringIO(text, newline=""), delimiter=",")
        ]
    except csv.Error as error:
        raise ImportFailed(
            _("The file could not be read as CSV: %(error)s") % {"error": error}
        ) from error


def _xlsx_records(content: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl signals a damaged file with many exception types
        raise ImportFailed(_("The file is not a valid XLSX workbook.")) from error
    try:
        sheet = workbook.worksheets[0]
        # Start at row 1 explicitly so that row numbers are the sheet's own.
        return [
            [_cell_text(value) for value in row]
            for row in sheet.iter_rows(min_row=1, values_only=True)
        ]
    except Exception as error:
        raise ImportFailed(_("The file is not a valid XLSX workbook.")) from error
    finally:
        workbook.close()


def read_table(content: bytes, file_name: str = "") -> Table:
    """Read a CSV (UTF-8, comma-separated, with or without a BOM) or XLSX file (its first
    sheet) whose first row names the columns. Raises ImportFailed if it can't be read."""
    if not content.strip():
        raise ImportFailed(_("The file is empty."))
    lowered = file_name.lower()
    if content.startswith(OLE2_MAGIC) or lowered.endswith(".xls"):
        raise ImportFailed(
            _("Old Excel workbooks (.xls) are not supported; save the file as XLSX or CSV.")
        )
    if content.startswith(ZIP_MAGIC) or lowered.endswith(".xlsx"):
        records = _xlsx_records(content)
    else:
        records = _csv_records(content)

    numbered = [(number, record) for number, record in enumerate(records, start=1)]
    # Blank lines before the header and blank rows anywhere are layout, not data.
    numbered = [(number, record) for number, record in numbered if any(record)]
    if not numbered:
        raise ImportFailed(_("The file is empty."))
    _header_number, header = numbered[0]

    positions: dict[str, int] = {}
    unknown: list[str] = []
    for position, raw_name in enumerate(header):
        name = _normalise_column(raw_name)
        if not name:
            continue
        if name not in COLUMNS:
            unknown.append(raw_name.strip())
        elif name in positions:
            raise ImportFailed(
                _("The column “%(column)s” appears more than once in the first row.")
                % {"column": name}
            )
        else:
            positions[name] = position
    missing = [name for name in REQUIRED_COLUMNS if name not in positions]
    if missing:
        message = _(
            "Required columns are missing: %(missing)s. The first row must name the columns; "
            "the required ones are %(required)s."
        ) % {"missing": ", ".join(missing), "required": ", ".join(REQUIRED_COLUMNS)}
        if len(header) == 1 and ";" in header[0]:
            message += " " + _(
                "The columns seem to be separated by semicolons; separate them by commas, "
                "or upload an XLSX workbook."
            )
        raise ImportFailed(message)

    rows = []
    for number, record in numbered[1:]:
        values = {
            name: record[position] if position < len(record) else ""
            for name, position in positions.items()
        }
        rows.append((number, values))
    if not rows:
        raise ImportFailed(_("The file has a header but no rows to import."))
    columns = [name for name in COLUMNS if name in positions]
    return Table(file_name=file_name, columns=columns, unknown_columns=unknown, rows=rows)


# The report ----------------------------------------------------------------------------


@dataclass
class RowResult(RowLabels):
    """What happened to one row: its status, why it was rejected, and remarks."""

    number: int
    external_id: str
    title: str
    status: str = ""
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    page_id: int | None = None
    # What a written row left on the site: one of Publication's values.
    publication: str = ""

    @property
    def rejected(self) -> bool:
        return self.status == RowStatus.REJECTED


@dataclass
class ImportReport:
    """The row-by-row outcome of an import, with the file-level warnings."""

    institution: Institution
    file_name: str
    dry_run: bool
    publish: bool
    rows: list[RowResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Rows not reached because the import's time limit ran out (see ResourceImporter).
    rows_left: int = 0
    # The first row handled, when the rows before it were skipped (`start_row`).
    start_row: int = 0
    # Whether the import was stopped (cancelled) before its last row.
    cancelled: bool = False

    @property
    def stopped_after(self) -> int | None:
        """The number of the last row handled, when the time limit stopped the import."""
        return self.rows[-1].number if self.rows_left and self.rows else None

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(RowStatus.ALL, 0)
        for row in self.rows:
            counts[row.status] += 1
        return counts

    @property
    def rejected_rows(self) -> list[RowResult]:
        return [row for row in self.rows if row.rejected]


# Taxonomy terms --------------------------------------------------------------------------


def _language_name(locale_id: int) -> str:
    code = Locale.objects.get(pk=locale_id).language_code
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


class TermLookup:
    """Finds subjects or resource types by slug or by name in any language (association.
    terms) and answers with the term in the language of the resources (`locale`)."""

    def __init__(self, model: type[Subject] | type[ResourceType], locale: Locale):
        self.model = model
        self.locale = locale
        self.index = TermIndex(model)

    def reload(self) -> None:
        self.index.reload()

    def find(self, value: str) -> list:
        """The translation keys of the terms `value` may mean: none, one, or several when
        it is ambiguous."""
        return self.index.find(value)

    def term(self, key):
        """The term of `key` in the resources' language, None if it has no name there."""
        return self.index.term(key, self.locale.pk)

    def languages_of(self, key) -> str:
        return ", ".join(_language_name(locale_id) for locale_id in self.index.terms[key])

    def translate(self, key):
        """The term of `key` translated into the resources' language, waiting for its
        translation (wagtail-localize) and named as in its own language until then."""
        terms = self.index.terms[key]
        source = terms.get(Locale.get_default().pk) or next(iter(terms.values()))
        term = translate_term(source, self.locale)
        self.index.add(term)
        return term

    def create(self, name: str):
        """A new term in the language of `name`, with its translations into the other
        languages; returns it in the resources' language and the language it is in."""
        language = name_language(name)
        terms = create_term(self.model, name, self.index.free_slug(name), language)
        for term in terms.values():
            self.index.add(term)
        return terms[self.locale.pk], language


class TagLookup:
    """The tags of an import by name, each looked up (or created) once per import rather
    than once per row. A tag created for a row that is then rolled back is forgotten with
    it (`forget_new`), so that no later row refers to it."""

    def __init__(self):
        self.model = ResourcePageTag.tag_model()
        self.by_name: dict[str, object] = {}
        self.new: list[str] = []

    def get(self, names: list[str]) -> list:
        missing = [name for name in names if name not in self.by_name]
        if missing:
            for tag in self.model.objects.filter(name__in=missing):
                self.by_name[tag.name] = tag
            for name in missing:
                if name not in self.by_name:
                    self.by_name[name] = self.model.objects.create(name=name)
                    self.new.append(name)
        return [self.by_name[name] for name in names]

    def keep_new(self) -> None:
        self.new.clear()

    def forget_new(self) -> None:
        for name in self.new:
            self.by_name.pop(name, None)
        self.new.clear()


# Rows ------------------------------------------------------------------------------------


@dataclass
class ParsedRow:
    """The checked values of a row; only the columns of the file are set (`present`)."""

    external_id: str
    present: set[str]
    values: dict = field(default_factory=dict)
    # Terms to create when the row is written (with create_missing_terms): the name as
    # given and, for a term that only lacks the resources' language, its translation key.
    new_subjects: list[tuple] = field(default_factory=list)
    new_resource_type: tuple | None = None


def _split(cell: str) -> list[str]:
    """The distinct items of a multi-valued cell, in order (compared case-insensitively)."""
    items, seen = [], set()
    for item in cell.split(SEPARATOR):
        item = " ".join(item.split())
        if item and name_key(item) not in seen:
            seen.add(name_key(item))
            items.append(item)
    return items


def _paragraphs(text: str) -> list[str]:
    """One paragraph per non-empty line: spreadsheet cells break paragraphs with a single
    line break as often as with a blank line."""
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def body_blocks(text: str) -> list[tuple[str, str]]:
    """The body's paragraphs as (block type, HTML) pairs of the StreamField."""
    # Quotes need no escaping in element text; leaving them as they are keeps the HTML as
    # the admin's rich text editor writes it, so an edit there is no spurious difference.
    return [
        ("paragraph", f"<p>{html.escape(paragraph, quote=False)}</p>")
        for paragraph in _paragraphs(text)
    ]


def _quote(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _format_validation_error(error: ValidationError) -> list[str]:
    if not hasattr(error, "error_dict"):
        return list(error.messages)
    messages = []
    for name, errors in error.message_dict.items():
        try:
            label = str(ResourcePage._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:  # a non-field error
            label = name
        for message in errors:
            messages.append(f"{label}: {message}" if name != "__all__" else message)
    return messages


class ResourceImporter:
    """Imports the rows of a Table into an institution's resource list.

    `user` is the person importing (None from the command line): revisions and the audit
    log are theirs. Whether they may publish or create terms is the caller's decision.

    With `time_limit` (seconds), no row is started once that time has passed since the
    start (one row at least is handled); the report counts the rows left. A web request
    must answer before the server gives up on it, and in a large section each new
    resource takes a fair part of a second. `start_row` (a row number of the file, the
    header being row 1) skips the rows before it: importing the same file again from the
    row after the last one handled goes on where the time ran out.
    """

    def __init__(
        self,
        institution: Institution,
        *,
        user=None,
        publish: bool = False,
        create_missing_terms: bool = False,
        dry_run: bool = False,
        time_limit: float | None = None,
        start_row: int | None = None,
        batch_size: int | None = None,
    ):
        if not institution.is_active:
            raise ImportFailed(
                _(
                    "The membership of %(institution)s is suspended; resources cannot be "
                    "imported into its section."
                )
                % {"institution": institution.name}
            )
        self.institution = institution
        self.user = user if user is not None and user.is_authenticated else None
        self.publish = publish
        self.create_missing_terms = create_missing_terms
        self.dry_run = dry_run
        self.time_limit = time_limit
        self.start_row = start_row or 0
        self.batch_size = max(batch_size or BATCH_SIZE, 1)
        index = resource_list(institution)
        if index is None:
            raise ImportFailed(
                _("%(institution)s has no resource list in the default language.")
                % {"institution": institution.name}
            )
        self.index = index

    # Running -------------------------------------------------------------------------

    def run(
        self,
        table: Table,
        progress: Callable[[], None] | None = None,
        *,
        on_batch: Callable[[list[RowResult]], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import every row of `table`; `progress` is called after each row, `on_batch`
        with the results of each batch once it is written (committed, unless this is a dry
        run), and `should_stop` before each batch but the first: when it answers True
        the import ends there (`report.cancelled`), the batches written staying written."""
        report = ImportReport(
            institution=self.institution,
            file_name=table.file_name,
            dry_run=self.dry_run,
            publish=self.publish,
            start_row=self.start_row,
        )
        if table.unknown_columns:
            report.warnings.append(
                _("Unknown columns were ignored: %(columns)s.")
                % {"columns": ", ".join(table.unknown_columns)}
            )
        absent = [name for name in COLUMNS if name not in table.columns]
        if absent:
            report.warnings.append(
                _(
                    "The file has no columns %(columns)s: new resources get no value for "
                    "them, existing resources keep theirs."
                )
                % {"columns": ", ".join(absent)}
            )
        if self.dry_run:
            # Everything is written and then undone, terms included, so the report
            # shows what the import would really do.
            with transaction.atomic():
                self._run(table, report, progress, on_batch, should_stop)
                transaction.set_rollback(True)
        else:
            self._run(table, report, progress, on_batch, should_stop)
        if not self.dry_run:
            log(
                instance=self.institution,
                action="association.import",
                user=self.user,
                data={
                    **report.counts,
                    "rows_left": report.rows_left,
                    "start_row": report.start_row,
                    "file": table.file_name,
                    "published": self.publish,
                    "cancelled": report.cancelled,
                },
            )
        return report

    def _run(self, table: Table, report: ImportReport, progress, on_batch, should_stop) -> None:
        deadline = None if self.time_limit is None else time.monotonic() + self.time_limit
        self.tag_lookup = TagLookup()
        self.levels = {level.code: level for level in EducationLevel.objects.all()}
        # The resources' language: the terms they refer to are in it.
        self.subjects = TermLookup(Subject, self.index.locale)
        self.resource_types = TermLookup(ResourceType, self.index.locale)
        self.taken_slugs = set(self.index.get_children().values_list("slug", flat=True))

        occurrences: dict[str, list[int]] = {}
        for number, values in table.rows:
            external_id = values.get("external_id", "")
            if external_id:
                occurrences.setdefault(external_id, []).append(number)
        self.existing: dict[str, list[ResourcePage]] = {}
        for page in ResourcePage.objects.child_of(self.index).filter(
            external_id__in=list(occurrences)
        ):
            self.existing.setdefault(page.external_id, []).append(page)

        rows = [(number, values) for number, values in table.rows if number >= self.start_row]
        # On SQLite a batch also ends once it has held the database's one write lock for a
        # writer's slice, so that other writers (sign-ups, editors) wait no longer.
        slice_seconds = longest_write_transaction()
        handled = 0
        while handled < len(rows):
            if handled and should_stop is not None and should_stop():
                report.cancelled = True
                report.rows_left = len(rows) - handled
                return
            results: list[RowResult] = []
            started = time.monotonic()
            # One transaction per batch, a savepoint per row (`_write`): a bad row is rolled
            # back alone, and the database commits once per batch instead of once per row.
            # Each page is saved several times while it is created (the page, its
            # revision, its alias in the other languages): the search index gets the
            # batch's pages once, in one bulk request, and Wagtail's reference index
            # once each, at the end of the batch.
            with transaction.atomic(), deferred_index_updates(), deferred_reference_index():
                for number, values in rows[handled : handled + self.batch_size]:
                    results.append(self._row(number, values, table, occurrences))
                    handled += 1
                    if progress is not None:
                        progress()
                    now = time.monotonic()
                    if deadline is not None and now >= deadline:
                        break
                    if slice_seconds is not None and now - started >= slice_seconds:
                        break
            make_way_for_other_writers()
            report.rows.extend(results)
            if on_batch is not None:
                on_batch(results)
            if deadline is not None and time.monotonic() >= deadline:
                report.rows_left = len(rows) - handled
                return

    def _row(self, number: int, values: dict, table: Table, occurrences: dict) -> RowResult:
        result = RowResult(
            number=number,
            external_id=values.get("external_id", ""),
            title=values.get("title", ""),
        )
        parsed = self._parse(values, set(table.columns), result)
        rows_of_id = occurrences.get(result.external_id, [])
        if len(rows_of_id) > 1:
            result.reasons.append(
                _("external_id “%(id)s” appears more than once in the file (rows %(rows)s)")
                % {
                    "id": _quote(result.external_id),
                    "rows": ", ".join(str(row) for row in rows_of_id),
                }
            )
        pages = self.existing.get(result.external_id, [])
        if len(pages) > 1:
            result.reasons.append(
                _("several resources of this institution already have this external_id")
            )
        if result.reasons:
            result.status = RowStatus.REJECTED
        else:
            self._write(parsed, pages[0] if pages else None, result)
        return result

    # Checking a row ------------------------------------------------------------------

    def _parse(self, values: dict[str, str], present: set[str], result: RowResult) -> ParsedRow:
        """The row's values, checked column by column; each problem is added to the row's
        reasons. A column the file lacks gives no value."""
        parsed = ParsedRow(external_id=values.get("external_id", ""), present=present)
        reasons = result.reasons
        if not parsed.external_id:
            reasons.append(_("external_id is missing"))
        elif len(parsed.external_id) > MAX_EXTERNAL_ID:
            reasons.append(
                _("external_id is longer than %(max)d characters") % {"max": MAX_EXTERNAL_ID}
            )
        parsed.values["title"] = self._parse_title(values.get("title", ""), parsed, reasons)
        for column in OPTIONAL_COLUMNS:
            if column in present:
                value = getattr(self, f"_parse_{column}")(values[column], parsed, reasons)
                if value is not _NO_VALUE:
                    parsed.values[column] = value
        return parsed

    # One method per column: the value to keep, or _NO_VALUE when there is none to keep.

    def _parse_title(self, text: str, parsed: ParsedRow, reasons: list) -> str:
        title = " ".join(text.split())
        if not title:
            reasons.append(_("title is missing"))
        elif len(title) > MAX_TITLE:
            reasons.append(_("title is longer than %(max)d characters") % {"max": MAX_TITLE})
        return title

    def _parse_abstract(self, text: str, parsed: ParsedRow, reasons: list) -> str:
        abstract = text.replace("\r\n", "\n").strip()
        if not abstract:
            reasons.append(_("abstract is missing"))
        elif len(abstract) > MAX_ABSTRACT:
            reasons.append(_("abstract is longer than %(max)d characters") % {"max": MAX_ABSTRACT})
        return abstract

    def _parse_body(self, text: str, parsed: ParsedRow, reasons: list):
        return body_blocks(text)

    def _parse_authors(self, text: str, parsed: ParsedRow, reasons: list) -> list[str]:
        authors = _split(text)
        for name in authors:
            if len(name) > MAX_AUTHOR:
                reasons.append(
                    _("the author name “%(name)s” is longer than %(max)d characters")
                    % {"name": _quote(name), "max": MAX_AUTHOR}
                )
        return authors

    def _parse_education_levels(self, text: str, parsed: ParsedRow, reasons: list) -> list:
        levels = []
        for code in _split(text):
            level = self.levels.get(code.lower())
            if level is None:
                reasons.append(
                    _("unknown education level “%(code)s”; the levels are %(allowed)s")
                    % {"code": _quote(code), "allowed": ", ".join(self.levels)}
                )
            else:
                levels.append(level)
        return levels

    def _resolve(self, lookup: TermLookup, name: str, kind: dict, reasons: list):
        """The term `name` means, in the resources' language: the term, or ("new", None)
        or ("translate", key) for a term to create when the row is written, or None (the
        reason is in `reasons`). `kind` holds the messages of the taxonomy."""
        found = lookup.find(name)
        if len(found) > 1:
            reasons.append(kind["ambiguous"] % {"name": _quote(name)})
            return None
        if found:
            term = lookup.term(found[0])
            if term is not None:
                return term
            if self.create_missing_terms:
                return ("translate", found[0])
            reasons.append(
                kind["untranslated"]
                % {
                    "name": _quote(name),
                    "languages": lookup.languages_of(found[0]),
                    "language": _language_name(lookup.locale.pk),
                }
            )
            return None
        if not self.create_missing_terms:
            reasons.append(kind["unknown"] % {"name": _quote(name)})
        elif len(name) > MAX_TERM_NAME:
            reasons.append(kind["too_long"] % {"name": _quote(name), "max": MAX_TERM_NAME})
        else:
            return ("new", None)
        return None

    def _parse_subjects(self, text: str, parsed: ParsedRow, reasons: list) -> list:
        kind = {
            "ambiguous": _("“%(name)s” matches several subjects; give the slug instead"),
            "unknown": _("unknown subject “%(name)s”"),
            "untranslated": _(
                "the subject “%(name)s” exists in %(languages)s only, not in %(language)s; "
                "translate it or import with the option to create missing terms"
            ),
            "too_long": _("the new subject “%(name)s” is longer than %(max)d characters"),
        }
        subjects = []
        for name in _split(text):
            found = self._resolve(self.subjects, name, kind, reasons)
            if isinstance(found, tuple):
                parsed.new_subjects.append((name, found[1]))
            elif found is not None and found not in subjects:
                subjects.append(found)
        return subjects

    def _parse_resource_type(self, text: str, parsed: ParsedRow, reasons: list):
        kind = {
            "ambiguous": _("“%(name)s” matches several resource types; give the slug instead"),
            "unknown": _("unknown resource type “%(name)s”"),
            "untranslated": _(
                "the resource type “%(name)s” exists in %(languages)s only, not in "
                "%(language)s; translate it or import with the option to create missing terms"
            ),
            "too_long": _("the new resource type “%(name)s” is longer than %(max)d characters"),
        }
        name = " ".join(text.split())
        if not name:
            reasons.append(_("resource type is missing"))
            return _NO_VALUE
        found = self._resolve(self.resource_types, name, kind, reasons)
        if isinstance(found, tuple):
            parsed.new_resource_type = (name, found[1])
        elif found is not None:
            return found
        return _NO_VALUE

    def _parse_year(self, text: str, parsed: ParsedRow, reasons: list):
        text = text.strip()
        latest = timezone.localdate().year + 1
        if not text:
            reasons.append(_("year is missing"))
        elif not re.fullmatch(r"\d{1,4}", text) or not MIN_YEAR <= int(text) <= latest:
            reasons.append(
                _("year “%(value)s” is not a whole number from %(min)d to %(max)d")
                % {"value": _quote(text), "min": MIN_YEAR, "max": latest}
            )
        else:
            return int(text)
        return _NO_VALUE

    def _parse_language(self, text: str, parsed: ParsedRow, reasons: list) -> str:
        language = text.strip().lower() or ResourcePage.Language.RUSSIAN
        if language not in ResourcePage.Language.values:
            reasons.append(
                _("language “%(value)s” is not one of %(allowed)s")
                % {"value": _quote(text), "allowed": ", ".join(ResourcePage.Language.values)}
            )
        return language

    def _parse_url(self, text: str, parsed: ParsedRow, reasons: list) -> str:
        url = text.strip()
        if not url:
            reasons.append(_("url is missing (imported resources have no document)"))
        elif len(url) > MAX_URL:
            reasons.append(_("url is longer than %(max)d characters") % {"max": MAX_URL})
        else:
            try:
                URLValidator(schemes=["http", "https"])(url)
            except ValidationError:
                reasons.append(
                    _("url “%(value)s” is not a valid web address (http or https)")
                    % {"value": _quote(url)}
                )
        return url

    def _parse_tags(self, text: str, parsed: ParsedRow, reasons: list) -> list[str]:
        tags = _split(text)
        for tag in tags:
            if len(tag) > MAX_TAG:
                reasons.append(
                    _("the tag “%(name)s” is longer than %(max)d characters")
                    % {"name": _quote(tag), "max": MAX_TAG}
                )
        return tags

    def _reasons_for_new_page(self, parsed: ParsedRow) -> list[str]:
        """A column the file lacks gives no value; a new resource needs these."""
        reasons = []
        present = parsed.present
        if "abstract" not in present:
            reasons.append(_("abstract is missing"))
        if "resource_type" not in present:
            reasons.append(_("resource type is missing"))
        if "year" not in present:
            reasons.append(_("year is missing"))
        if "url" not in present:
            reasons.append(_("url is missing (imported resources have no document)"))
        return reasons

    # Writing a row -------------------------------------------------------------------

    def _write(self, parsed: ParsedRow, page: ResourcePage | None, result: RowResult) -> None:
        if page is None:
            reasons = self._reasons_for_new_page(parsed)
            if reasons:
                result.reasons.extend(reasons)
                result.status = RowStatus.REJECTED
                return
        creates_terms = bool(parsed.new_subjects or parsed.new_resource_type)
        try:
            with transaction.atomic():
                notes = self._create_terms(parsed)
                if page is None:
                    self._create(parsed, result)
                else:
                    self._update(parsed, page, result)
                result.notes[:0] = notes
        except ValidationError as error:
            result.status = RowStatus.REJECTED
            result.reasons.extend(_format_validation_error(error))
        except DatabaseError as error:
            logger.warning("Import row %s could not be saved: %s", result.number, error)
            result.status = RowStatus.REJECTED
            result.reasons.append(
                _("the row could not be saved: %(error)s") % {"error": str(error).strip()}
            )
        except Exception:
            # Report the row and go on with the others; the details go to the server log.
            logger.exception("Import row %s could not be saved", result.number)
            result.status = RowStatus.REJECTED
            result.reasons.append(
                _("the row could not be saved because of an internal error; see the server log")
            )
        make_way_for_other_writers()
        if not result.rejected:
            self.tag_lookup.keep_new()
        else:
            self.tag_lookup.forget_new()
            result.notes.clear()
            result.page_id = None
            result.publication = ""
            if creates_terms:
                # The terms this row created were rolled back with it.
                self.subjects.reload()
                self.resource_types.reload()

    def _new_term(self, lookup: TermLookup, name: str, key, messages: dict) -> tuple:
        """The term to create for `name` (or to translate, `key`) and the report's note."""
        if key is not None:
            term = lookup.term(key)
            if term is not None:  # translated for an earlier row of the file
                return term, None
            term = lookup.translate(key)
            return term, messages["translated"] % {
                "name": name,
                "language": _language_name(lookup.locale.pk),
            }
        # An earlier row (or value) of the file may have created it already.
        found = lookup.find(name)
        if found and lookup.term(found[0]) is not None:
            return lookup.term(found[0]), None
        term, language = lookup.create(name)
        language_name = _language_name(Locale.objects.get(language_code=language).pk)
        return term, messages["created"] % {"name": name, "language": language_name}

    def _create_terms(self, parsed: ParsedRow) -> list[str]:
        notes = []
        subject_messages = {
            "created": _(
                "new subject “%(name)s” created (%(language)s); its translations into the "
                "other languages wait in the translation editor"
            ),
            "translated": _(
                "the subject “%(name)s” got a translation into %(language)s, named as in "
                "its own language until someone translates it"
            ),
        }
        type_messages = {
            "created": _(
                "new resource type “%(name)s” created (%(language)s); its translations into "
                "the other languages wait in the translation editor"
            ),
            "translated": _(
                "the resource type “%(name)s” got a translation into %(language)s, named as "
                "in its own language until someone translates it"
            ),
        }
        for name, key in parsed.new_subjects:
            term, note = self._new_term(self.subjects, name, key, subject_messages)
            if term not in parsed.values["subjects"]:
                parsed.values["subjects"].append(term)
            if note:
                notes.append(note)
        if parsed.new_resource_type:
            name, key = parsed.new_resource_type
            term, note = self._new_term(self.resource_types, name, key, type_messages)
            parsed.values["resource_type"] = term
            if note:
                notes.append(note)
        parsed.new_subjects, parsed.new_resource_type = [], None
        return notes

    def _free_slug(self, title: str) -> str:
        return free_slug(title, self.taken_slugs, MAX_PAGE_SLUG, "resource")

    def _create(self, parsed: ParsedRow, result: RowResult) -> None:
        values = parsed.values
        page = ResourcePage(
            title=values["title"],
            slug=self._free_slug(values["title"]),
            external_id=parsed.external_id,
            abstract=values["abstract"],
            body=[("paragraph", RichText(html)) for _type, html in values.get("body", [])],
            resource_type=values["resource_type"],
            language=values.get("language", ResourcePage.Language.RUSSIAN),
            year=values["year"],
            external_url=values["url"],
            owner=self.user,
            live=False,
        )
        page.authors = [ResourceAuthor(name=name) for name in values.get("authors", [])]
        page.education_levels = values.get("education_levels", [])
        page.subjects = values.get("subjects", [])
        page.tags.set(self.tag_lookup.get(values.get("tags", [])))
        self.index.add_child(instance=page)
        self.taken_slugs.add(page.slug)
        # As the admin's page creation does: a revision, the log entry, publication if
        # asked, then the aliases in the other languages' trees.
        revision = page.save_revision(user=self.user, log_action=False)
        log(instance=page, action="wagtail.create", user=self.user, content_changed=True)
        if self.publish:
            revision.publish(user=self.user)
            # Publishing works on a copy; the aliases are made from this instance.
            page.refresh_from_db()
            result.publication = Publication.PUBLISHED
        else:
            result.publication = Publication.DRAFT
        create_aliases_for_new_page(page)
        result.status = RowStatus.CREATED
        result.page_id = page.pk

    def _differences(self, current: ResourcePage, parsed: ParsedRow) -> list[str]:
        values, changed = parsed.values, []
        if current.title != values["title"]:
            changed.append("title")
        if "abstract" in values and current.abstract != values["abstract"]:
            changed.append("abstract")
        if "body" in values:
            blocks = [(block["type"], block["value"]) for block in current.body.raw_data]
            if blocks != values["body"]:
                changed.append("body")
        if "authors" in values and [a.name for a in current.authors.all()] != values["authors"]:
            changed.append("authors")
        if "education_levels" in values and {
            level.pk for level in current.education_levels.all()
        } != {level.pk for level in values["education_levels"]}:
            changed.append("education_levels")
        if "subjects" in values and {term.pk for term in current.subjects.all()} != {
            term.pk for term in values["subjects"]
        }:
            changed.append("subjects")
        if "resource_type" in values and current.resource_type_id != values["resource_type"].pk:
            changed.append("resource_type")
        if "year" in values and current.year != values["year"]:
            changed.append("year")
        if "language" in values and current.language != values["language"]:
            changed.append("language")
        if "url" in values and current.external_url != values["url"]:
            changed.append("url")
        if "tags" in values and {tag.name for tag in current.tags.all()} != set(values["tags"]):
            changed.append("tags")
        return changed

    def _apply(self, current: ResourcePage, parsed: ParsedRow, changed: list[str]) -> None:
        values = parsed.values
        for name in ("title", "abstract", "year", "language"):
            if name in changed:
                setattr(current, name, values[name])
        if "url" in changed:
            current.external_url = values["url"]
        if "body" in changed:
            current.body = [("paragraph", RichText(html)) for _type, html in values["body"]]
        if "resource_type" in changed:
            current.resource_type = values["resource_type"]
        if "education_levels" in changed:
            current.education_levels = values["education_levels"]
        if "subjects" in changed:
            current.subjects = values["subjects"]
        if "tags" in changed:
            current.tags.set(self.tag_lookup.get(values["tags"]))
        if "authors" in changed:
            # Keep the authors who stay (with their affiliations, typed in the admin).
            existing = {author.name: author for author in current.authors.all()}
            current.authors = [
                existing.get(name) or ResourceAuthor(name=name) for name in values["authors"]
            ]

    def _check_lock(self, page: ResourcePage) -> None:
        lock = page.get_lock()
        if lock is not None and (self.user is None or lock.for_user(self.user)):
            raise ValidationError(_("the resource is locked in the admin; it was not changed"))

    def _update(self, parsed: ParsedRow, page: ResourcePage, result: RowResult) -> None:
        result.page_id = page.pk
        # Compare with the latest revision, which is what editors see and work on, so
        # that a draft someone is preparing is neither lost nor counted as a change.
        current = page.get_latest_revision_as_object()
        changed = self._differences(current, parsed)
        if not changed:
            if self.publish and (not page.live or page.has_unpublished_changes):
                self._check_lock(page)
                revision = page.get_latest_revision() or current.save_revision(user=self.user)
                revision.publish(user=self.user)
                result.status = RowStatus.UPDATED
                result.publication = Publication.PUBLISHED
                result.notes.append(
                    _("the values were already there; the latest revision was published")
                )
            else:
                result.status = RowStatus.UNCHANGED
            return
        self._check_lock(page)
        self._apply(current, parsed, changed)
        revision = current.save_revision(user=self.user, log_action=True)
        if self.publish:
            revision.publish(user=self.user)
            result.publication = Publication.PUBLISHED
        elif page.live:
            result.publication = Publication.DRAFT_OF_LIVE
        else:
            result.publication = Publication.DRAFT
        result.status = RowStatus.UPDATED


def resource_list(institution: Institution) -> ResourceIndexPage | None:
    """The institution's resource list in the default language, where imports go."""
    section = institution.page
    if section is None:
        return None
    return ResourceIndexPage.objects.child_of(section).filter(locale=Locale.get_default()).first()


def find_institution(slug: str) -> Institution:
    """The institution of `slug`, or ImportFailed with a clear message."""
    institution = Institution.objects.filter(slug=slug).first()
    if institution is None:
        raise ImportFailed(_("There is no institution “%(slug)s”.") % {"slug": slug})
    return institution
