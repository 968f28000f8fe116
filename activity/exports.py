"""The activity reports as tables, for the spreadsheet downloads (core/spreadsheets.py)."""

from __future__ import annotations

from django.utils import formats
from django.utils.translation import gettext as _

from core.spreadsheets import Table

from .reports import COLUMNS, InstitutionActivity


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
    return [Table(_("Activity"), header, rows)]


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
        Table(_("Summary"), [_("Figure"), _("Value")], summary),
        Table(
            _("Pages by type"),
            [_("Page type"), _("Published")],
            [[row.label, row.value] for row in report.pages_by_type],
        ),
        Table(
            _("Resources by level"),
            [_("Education level"), _("Resources")],
            [[row.label, row.value] for row in report.resources_by_level],
        ),
        Table(
            _("Resources by subject"),
            [_("Subject"), _("Resources")],
            [[row.label, row.value] for row in report.resources_by_subject],
        ),
        Table(
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
