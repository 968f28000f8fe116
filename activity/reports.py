"""Activity reports: what each member institution published in a period.

For one institution and a period (both ends included, in the site's time zone):

- pages published: pages of its section (in the default language) first published in the
  period, by page type — its news, events, resources and other pages, not the section and
  lists created with the institution;
- resources added: its resources first published in the period, by education level and by
  subject (a resource with two subjects counts for both);
- events held: live events it organises or co-organises that start in the period, with
  their confirmed registrations;
- time from submission to publication: the median, over the moderation workflows of its
  pages that ended in approval during the period, from submission to the final approval
  (which publishes the page);
- translation coverage: the share of its live pages that have a live translation (not an
  alias) in each other language — the current state, whatever the period.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, TaskState, WorkflowState

from association.models import (
    EducationLevel,
    Institution,
    InstitutionPage,
    NewsIndexPage,
    ResourceIndexPage,
    ResourcePage,
    SeminarIndexPage,
    SeminarPage,
    Subject,
)

MONTH, QUARTER, YEAR, CUSTOM = "month", "quarter", "year", "custom"
PRESETS = [
    (MONTH, _("This month")),
    (QUARTER, _("This quarter")),
    (YEAR, _("This year")),
    (CUSTOM, _("Dates below")),
]

# Sortable columns of the overview: query value → (row attribute, label).
COLUMNS = {
    "institution": ("sort_name", _("Institution")),
    "pages": ("pages_published", _("Pages published")),
    "resources": ("resources_added", _("Resources added")),
    "seminars": ("seminars_held", _("Events held")),
    "registrations": ("registrations", _("Registrations")),
    "review": ("median_review_days", _("Median days from submission to publication")),
    "translations": ("translation_share", _("Translated pages, %")),
}


def preset_period(preset: str, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The first and last day of the current month, quarter or year."""
    today = today or timezone.localdate()
    if preset == YEAR:
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if preset == QUARTER:
        first_month = 3 * ((today.month - 1) // 3) + 1
        start = dt.date(today.year, first_month, 1)
    else:
        start = today.replace(day=1)
        first_month = today.month
    months = 3 if preset == QUARTER else 1
    following = dt.date(
        start.year + (first_month - 1 + months) // 12, (first_month - 1 + months) % 12 + 1, 1
    )
    return start, following - dt.timedelta(days=1)


class PeriodForm(forms.Form):
    """The report's period (a preset or two dates) and the overview's sort order."""

    period = forms.ChoiceField(label=_("Period"), choices=PRESETS, required=False)
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("", "")]
        + [(key, label) for key, (_attr, label) in COLUMNS.items()]
        + [(f"-{key}", label) for key, (_attr, label) in COLUMNS.items()],
        widget=forms.HiddenInput,
    )

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        preset = cleaned.get("period") or (
            CUSTOM if cleaned.get("start") or cleaned.get("end") else MONTH
        )
        if preset == CUSTOM:
            start, end = cleaned.get("start"), cleaned.get("end")
            if not start or not end:
                raise forms.ValidationError(_("Give both dates of the period, or choose a preset."))
            if end < start:
                self.add_error("end", _("The end of the period cannot be before its start."))
                return cleaned
            if (end - start).days > 366 * 10:
                self.add_error("end", _("The period can be at most ten years long."))
                return cleaned
        else:
            start, end = preset_period(preset)
        cleaned.update(period=preset, start=start, end=end)
        return cleaned


def period_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Aware datetimes from the start of `start` to the start of the day after `end`."""
    zone = timezone.get_current_timezone()
    return (
        dt.datetime.combine(start, dt.time.min, tzinfo=zone),
        dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=zone),
    )


def confirmed_registrations(seminars: list[SeminarPage]) -> dict[int, int]:
    """Confirmed registrations of each event, made on its page in any language."""
    from network.models import SeminarRegistration

    by_key = {seminar.translation_key: seminar.pk for seminar in seminars}
    rows = (
        SeminarRegistration.objects.filter(
            seminar__translation_key__in=list(by_key),
            status=SeminarRegistration.Status.CONFIRMED,
        )
        .order_by()
        .values_list("seminar__translation_key")
        .annotate(total=Count("pk"))
    )
    return {by_key[key]: total for key, total in rows}


@dataclass
class Row:
    label: str
    value: float


@dataclass
class InstitutionActivity:
    institution: Institution
    pages_published: int = 0
    pages_by_type: list[Row] = field(default_factory=list)
    resources_added: int = 0
    resources_by_level: list[Row] = field(default_factory=list)
    resources_by_subject: list[Row] = field(default_factory=list)
    seminars: list[dict] = field(default_factory=list)
    registrations: int = 0
    reviewed: int = 0
    median_review_days: float | None = None
    translations: list[dict] = field(default_factory=list)

    @property
    def seminars_held(self) -> int:
        return len(self.seminars)

    @property
    def sort_name(self) -> str:
        return self.institution.label.casefold()

    @property
    def translation_share(self) -> float | None:
        """The coverage of the first other language (English), in per cent."""
        return self.translations[0]["share"] if self.translations else None


def _source_section(institution: Institution) -> InstitutionPage | None:
    return InstitutionPage.objects.filter(
        institution=institution, locale=Locale.get_default()
    ).first()


def _review_days(page_ids: list[int], since: dt.datetime, until: dt.datetime) -> list[float]:
    """Days from submission to final approval of the approved workflows that ended in the
    period, for pages among `page_ids`."""
    page_type = ContentType.objects.get_for_model(Page)
    states = WorkflowState.objects.filter(
        base_content_type=page_type,
        object_id__in=[str(pk) for pk in page_ids],
        status=WorkflowState.STATUS_APPROVED,
    ).annotate(
        approved_at=Max(
            "task_states__finished_at",
            filter=Q(task_states__status=TaskState.STATUS_APPROVED),
        )
    )
    days = []
    for state in states.filter(approved_at__gte=since, approved_at__lt=until):
        days.append((state.approved_at - state.created_at).total_seconds() / 86400)
    return days


def published_pages(since: dt.datetime, until: dt.datetime):
    """Pages of the default language first published in [since, until), except the
    sections and lists created with each institution (not published by it)."""
    structure = ContentType.objects.get_for_models(
        InstitutionPage, NewsIndexPage, SeminarIndexPage, ResourceIndexPage
    ).values()
    return Page.objects.filter(
        locale=Locale.get_default(), first_published_at__gte=since, first_published_at__lt=until
    ).exclude(content_type__in=list(structure))


def institution_activity(
    institution: Institution, start: dt.date, end: dt.date
) -> InstitutionActivity:
    """The figures of one institution for the period (see the module's description)."""
    since, until = period_bounds(start, end)
    report = InstitutionActivity(institution)
    section = _source_section(institution)
    if section is None:
        return report

    published = published_pages(since, until).descendant_of(section)
    report.pages_published = published.count()
    by_type = (
        published.order_by().values("content_type").annotate(total=Count("pk")).order_by("-total")
    )
    for row in by_type:
        model = ContentType.objects.get_for_id(row["content_type"]).model_class()
        label = model._meta.verbose_name_plural if model else "?"
        report.pages_by_type.append(Row(str(label).capitalize(), row["total"]))

    resources = ResourcePage.objects.filter(
        institution=institution,
        locale=section.locale,
        first_published_at__gte=since,
        first_published_at__lt=until,
    )
    report.resources_added = resources.count()
    level_counts = dict(
        resources.order_by()
        .values_list("education_levels")
        .annotate(total=Count("pk", distinct=True))
    )
    report.resources_by_level = [
        Row(str(label), level_counts[code])
        for code, label in EducationLevel.CHOICES
        if level_counts.get(code)
    ]
    subject_counts = (
        resources.exclude(subjects=None)
        .order_by()
        .values_list("subjects__slug")
        .annotate(total=Count("pk", distinct=True))
    )
    subject_names = Subject.labels()
    report.resources_by_subject = sorted(
        (Row(subject_names.get(slug, slug), total) for slug, total in subject_counts),
        key=lambda row: (-row.value, row.label.casefold()),
    )

    seminars = (
        SeminarPage.objects.live()
        .filter(locale=section.locale, starts_at__gte=since, starts_at__lt=until)
        .filter(Q(institution=institution) | Q(organisers=institution))
        .distinct()
        .order_by("starts_at")
    )
    seminars = list(seminars)
    registrations = confirmed_registrations(seminars)
    report.seminars = [
        {"page": seminar, "registrations": registrations.get(seminar.pk, 0)} for seminar in seminars
    ]
    report.registrations = sum(registrations.values())

    sections = InstitutionPage.objects.filter(institution=institution)
    page_ids = set()
    for translated_section in sections:
        page_ids.update(
            Page.objects.descendant_of(translated_section, inclusive=True).values_list(
                "pk", flat=True
            )
        )
    days = _review_days(sorted(page_ids), since, until)
    report.reviewed = len(days)
    report.median_review_days = round(statistics.median(days), 1) if days else None

    report.translations = translation_coverage(section)
    return report


def translation_coverage(section: InstitutionPage) -> list[dict]:
    """For each other language: how many of the section's live pages have a live
    translation of their own (aliases of untranslated pages do not count)."""
    live = Page.objects.descendant_of(section, inclusive=True).live()
    keys = list(live.values_list("translation_key", flat=True))
    coverage = []
    for code, name in settings.LANGUAGES:
        if code == section.locale.language_code:
            continue
        translated = (
            Page.objects.live()
            .filter(locale__language_code=code, translation_key__in=keys, alias_of__isnull=True)
            .count()
        )
        share = round(100 * translated / len(keys), 1) if keys else None
        coverage.append(
            {
                "code": code,
                "name": name,
                "translated": translated,
                "total": len(keys),
                "share": share,
            }
        )
    return coverage


def overview(institutions, start: dt.date, end: dt.date, sort: str = "") -> list:
    """One report per institution, sorted by a column of COLUMNS (`-` for descending);
    empty values sort last either way."""
    reports = [institution_activity(institution, start, end) for institution in institutions]
    key = (sort or "institution").lstrip("-")
    attribute = COLUMNS.get(key, COLUMNS["institution"])[0]
    descending = sort.startswith("-")
    present = [report for report in reports if getattr(report, attribute) is not None]
    missing = [report for report in reports if getattr(report, attribute) is None]
    present.sort(key=lambda report: report.sort_name)
    present.sort(key=lambda report: getattr(report, attribute), reverse=descending)
    return present + sorted(missing, key=lambda report: report.sort_name)


def totals(reports: list[InstitutionActivity]) -> dict:
    """The network's figures; an event co-organised by several institutions counts once."""
    events = {
        item["page"].pk: item["registrations"] for report in reports for item in report.seminars
    }
    return {
        "pages_published": sum(report.pages_published for report in reports),
        "resources_added": sum(report.resources_added for report in reports),
        "seminars_held": len(events),
        "registrations": sum(events.values()),
    }


def network_summary(start: dt.date, end: dt.date, leaders: int = 5) -> dict:
    """The network's totals for a period as `totals(overview(…))` gives them, in a few
    queries (for the dashboard), and the institutions that published most."""
    since, until = period_bounds(start, end)
    sections = {
        section.path: section.institution
        for section in InstitutionPage.objects.filter(locale=Locale.get_default())
        .exclude(institution=None)
        .select_related("institution")
    }
    published: dict[Institution, int] = {}
    for path in published_pages(since, until).values_list("path", flat=True):
        owner = next(
            (
                sections[path[:length]]
                for length in range(Page.steplen, len(path), Page.steplen)
                if path[:length] in sections
            ),
            None,
        )
        if owner is not None:
            published[owner] = published.get(owner, 0) + 1
    resources = ResourcePage.objects.filter(
        locale=Locale.get_default(),
        institution__isnull=False,
        first_published_at__gte=since,
        first_published_at__lt=until,
    ).count()
    seminars = list(
        SeminarPage.objects.live()
        .filter(locale=Locale.get_default(), starts_at__gte=since, starts_at__lt=until)
        .filter(Q(institution__isnull=False) | Q(organisers__isnull=False))
        .distinct()
    )
    ranked = sorted(published.items(), key=lambda item: (-item[1], item[0].label.casefold()))
    return {
        "pages_published": sum(published.values()),
        "resources_added": resources,
        "seminars_held": len(seminars),
        "registrations": sum(confirmed_registrations(seminars).values()),
        "leaders": ranked[:leaders],
    }


def bar_chart(rows: list[Row], unit: str = "") -> list[dict]:
    """Rows with the width of their bar in per cent of the largest value."""
    largest = max((row.value for row in rows), default=0) or 1
    return [
        {"label": row.label, "value": row.value, "width": round(100 * row.value / largest, 1)}
        for row in rows
    ]
