"""Activity reports in the admin, their exports and the dashboard panels, against a small
network whose figures are computed by hand below.

March 2025 (the period of most tests), institution A ("Школа А"):

- published in March: resources r1 (levels basic + secondary, subject mathematics) and r2
  (basic; mathematics + physics), news n1 and event s1 — 4 pages: 2 resources, 1 news item,
  1 event. Resource r3 (primary; physics) was published in February.
- events starting in March: s1 (in A's calendar, co-organised by B: 2 confirmed
  registrations, 1 on the waiting list, 1 cancelled) and s3 (association calendar, A
  co-organises: 1 confirmed) — 2 events, 3 registrations. s2 (B's) starts in April.
- moderation: two submissions approved in March after 2 and 4 days (median 3.0); one
  approved in February after 10 days does not count.
- translations: of A's 13 live pages (section, 3 lists, r1–r3, n1, s1, the upcoming event
  and the 3 approved news items) r1 and n1 have an English translation: 15.4 %.

Institution B ("Колледж Б"): no pages published in March, 1 event (s1) with 2 registrations,
its 6 live pages (section, 3 lists, s2 and an upcoming event) untranslated: 0.0 %.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import Client
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import Locale, Page, TaskState

from activity.reports import (
    institution_activity,
    network_summary,
    overview,
    preset_period,
    totals,
)
from association.models import (
    Institution,
    NewsIndexPage,
    ResourcePage,
    SeminarIndexPage,
)
from association.rights import ASSOCIATION_EDITORS, Role
from association.team import set_role
from core.localization import translate
from network.models import SeminarRegistration

from . import factories

MARCH = "period=custom&start=2025-03-01&end=2025-03-31"


def at(month: int, day: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, tzinfo=timezone.get_current_timezone())


def published_at(page: Page, when: dt.datetime) -> None:
    Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)


def approve_after(page: Page, user, submitted: dt.datetime, approved: dt.datetime) -> None:
    """Submit `page` to its moderation workflow and approve every step, with the times of
    the submission and the final approval set to the given ones."""
    state = page.get_workflow().start(page, user)
    while state.status == state.STATUS_IN_PROGRESS:
        state.current_task_state.approve(user=user)
        state.refresh_from_db()
    type(state).objects.filter(pk=state.pk).update(created_at=submitted)
    TaskState.objects.filter(workflow_state=state).update(finished_at=approved)


class Network:
    def __init__(self):
        User = get_user_model()
        self.office = User.objects.create_user("act-office", "office@example.ru", "pw")
        self.office.groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
        region = factories.region("activity-north", "Северный район")
        self.a = factories.institution("act-a", name="Школа А", short_name="Школа А", region=region)
        self.b = factories.institution(
            "act-b", name="Колледж Б", short_name="Колледж Б", kind=Institution.Kind.COLLEGE
        )
        self.users = {"office": self.office}
        for name, institution, role in (
            ("a_admin", self.a, Role.ADMIN),
            ("a_editor", self.a, Role.EDITOR),
            ("b_admin", self.b, Role.ADMIN),
        ):
            self.users[name] = User.objects.create_user(name, f"{name}@example.ru", "pw")
            set_role(institution, self.users[name], role)

        mathematics = factories.subject("mathematics", "Математика")
        physics = factories.subject("physics", "Физика")
        r1 = factories.resource(self.a, levels=("basic", "secondary"), subjects=[mathematics])
        r2 = factories.resource(self.a, levels=("basic",), subjects=[mathematics, physics])
        r3 = factories.resource(self.a, levels=("primary",), subjects=[physics])
        published_at(r1, at(3, 5))
        published_at(r2, at(3, 20))
        published_at(r3, at(2, 20))
        a_news = factories.institution_index(NewsIndexPage, self.a)
        n1 = factories.news(a_news, title="Новость А")
        published_at(n1, at(3, 12))
        self.a_draft = factories.news(a_news, title="Черновик школы А", live=False)

        now = timezone.now()
        a_events = factories.institution_index(SeminarIndexPage, self.a)
        b_events = factories.institution_index(SeminarIndexPage, self.b)
        s1 = factories.seminar(a_events, starts_in=at(3, 15) - now, organisers=[self.b])
        s2 = factories.seminar(b_events, starts_in=at(4, 2) - now)
        s3 = factories.seminar(starts_in=at(3, 25) - now, organisers=[self.a])
        published_at(s1, at(3, 1))
        published_at(s2, at(1, 10))
        self.a_upcoming = factories.seminar(
            a_events, title="Ближайший семинар школы А", starts_in=dt.timedelta(days=5)
        )
        published_at(self.a_upcoming, at(1, 10))
        self.b_upcoming = factories.seminar(
            b_events, title="Ближайший семинар колледжа Б", starts_in=dt.timedelta(days=6)
        )
        published_at(self.b_upcoming, at(1, 10))
        for status, count in (("confirmed", 2), ("waiting", 1), ("cancelled", 1)):
            for number in range(count):
                SeminarRegistration.objects.create(
                    seminar=s1, name="Участник", email=f"{status}{number}@example.ru", status=status
                )
        SeminarRegistration.objects.create(seminar=s3, name="Участник", email="s3@example.ru")

        for title, submitted, approved in (
            ("Заявка 1", at(3, 3), at(3, 5)),
            ("Заявка 2", at(3, 10), at(3, 14)),
            ("Заявка 3", at(2, 1), at(2, 11)),
        ):
            page = factories.news(a_news, title=title, live=False)
            approve_after(page, self.office, submitted, approved)
        # Reviewed ones were published now, outside March; one more waits in moderation.
        self.awaiting = factories.news(a_news, title="На проверке у офиса", live=False)
        self.awaiting.get_workflow().start(self.awaiting, self.users["a_editor"])
        b_news = factories.institution_index(NewsIndexPage, self.b)
        self.b_draft = factories.news(b_news, title="Черновик колледжа Б", live=False)
        self.b_awaiting = factories.news(b_news, title="Заявка колледжа Б", live=False)
        self.b_awaiting.get_workflow().start(self.b_awaiting, self.users["b_admin"])

        english = Locale.objects.get(language_code="en")
        translate(r1, english, {r1.title: "Resource one"})
        translate(n1, english, {n1.title: "News A"})

    def client(self, name: str) -> Client:
        client = Client()
        client.force_login(self.users[name])
        return client


@pytest.fixture(scope="module")
def network(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield Network()
        transaction.set_rollback(True)


@pytest.fixture
def net(network, db):
    return network


def refused(response) -> bool:
    """Wagtail's refusal: a redirect to the dashboard with a message, or 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == "/admin/"
    )


def test_figures_of_an_institution_for_a_period(net):
    report = institution_activity(net.a, dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert report.pages_published == 4
    assert sorted(row.value for row in report.pages_by_type) == [1, 1, 2]
    assert report.resources_added == 2
    levels = {row.label: row.value for row in report.resources_by_level}
    assert levels == {"Основное общее образование": 2, "Среднее общее образование": 1}
    subjects = {row.label: row.value for row in report.resources_by_subject}
    assert subjects == {"Математика": 2, "Физика": 1}
    assert report.seminars_held == 2
    assert report.registrations == 3
    assert report.reviewed == 2
    assert report.median_review_days == 3.0
    english = report.translations[0]
    assert (english["code"], english["translated"], english["total"]) == ("en", 2, 13)
    assert english["share"] == 15.4

    other = institution_activity(net.b, dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert (other.pages_published, other.resources_added) == (0, 0)
    assert (other.seminars_held, other.registrations) == (1, 2)
    assert other.median_review_days is None
    assert (other.translations[0]["translated"], other.translations[0]["total"]) == (0, 6)


def test_a_longer_period_counts_february_too(net):
    report = institution_activity(net.a, dt.date(2025, 2, 1), dt.date(2025, 3, 31))
    assert report.resources_added == 3
    assert {row.label: row.value for row in report.resources_by_level} == {
        "Начальное общее образование": 1,
        "Основное общее образование": 2,
        "Среднее общее образование": 1,
    }
    assert report.median_review_days == 4.0  # 2, 4 and 10 days


def test_the_section_and_its_lists_are_not_counted_as_published(net):
    """Provisioning published A's section and its three lists this month; only the three
    news items approved in moderation (published now) count."""
    report = institution_activity(net.a, *preset_period("month"))
    assert report.pages_published == 3
    assert [row.value for row in report.pages_by_type] == [3]


@pytest.mark.parametrize("period", ["march", "month"])
def test_dashboard_summary_agrees_with_the_reports(net, period):
    start, end = (
        (dt.date(2025, 3, 1), dt.date(2025, 3, 31)) if period == "march" else preset_period(period)
    )
    summary = network_summary(start, end)
    expected = totals(overview(Institution.objects.all(), start, end))
    assert {key: summary[key] for key in expected} == expected
    if period == "march":
        assert expected == {
            "pages_published": 4,
            "resources_added": 2,
            "seminars_held": 2,
            "registrations": 3,
        }
        assert summary["leaders"] == [(net.a, 4)]


def test_presets_cover_the_current_month_quarter_and_year():
    today = dt.date(2025, 5, 14)
    assert preset_period("month", today) == (dt.date(2025, 5, 1), dt.date(2025, 5, 31))
    assert preset_period("quarter", today) == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    assert preset_period("year", today) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert preset_period("quarter", dt.date(2025, 12, 31)) == (
        dt.date(2025, 10, 1),
        dt.date(2025, 12, 31),
    )


def test_office_overview_lists_every_institution_sorted_by_a_column(net):
    client = net.client("office")
    page = client.get(f"/admin/activity/?{MARCH}&sort=-pages").content.decode()
    assert page.index("Школа А") < page.index("Колледж Б")
    assert 'aria-sort="descending"' in page
    page = client.get(f"/admin/activity/?{MARCH}&sort=pages").content.decode()
    assert page.index("Колледж Б") < page.index("Школа А")
    assert '<svg role="img" aria-label="Диаграмма: Опубликовано страниц' in page


def test_institution_report_page(net):
    response = net.client("office").get(f"/admin/activity/act-a/?{MARCH}")
    assert response.status_code == 200
    page = response.content.decode()
    for text in ("Основное общее образование", "Математика", "Физика", "15,4", "3,0"):
        assert text in page
    assert page.count('<svg role="img" aria-label="Диаграмма:') == 3


def test_csv_export_of_the_overview(net):
    response = net.client("office").get(f"/admin/activity/export/csv/?{MARCH}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    # One table: its header first, no title row above it.
    assert rows[0][0] == "Организация"
    by_name = {row[0]: row[1:] for row in rows[1:]}
    assert by_name["Школа А"] == ["4", "2", "2", "3", "3.0", "15.4"]
    assert by_name["Колледж Б"] == ["0", "0", "1", "2", "", "0.0"]

    # The variant for Excel in a Russian locale: semicolons and decimal commas, so that
    # the figures open as numbers in their columns.
    excel = net.client("office").get(f"/admin/activity/export/excel-csv/?{MARCH}")
    assert excel["Content-Type"].startswith("text/csv")
    assert 'filename="' in excel["Content-Disposition"]
    assert '-excel.csv"' in excel["Content-Disposition"]
    assert excel.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(excel.content.decode("utf-8-sig")), delimiter=";"))
    by_name = {row[0]: row[1:] for row in rows[1:]}
    assert by_name["Школа А"] == ["4", "2", "2", "3", "3,0", "15,4"]
    page = net.client("office").get(f"/admin/activity/?{MARCH}").content.decode()
    assert "/admin/activity/export/excel-csv/?" in page


def test_xlsx_export_of_an_institution(net):
    response = net.client("office").get(f"/admin/activity/act-a/export/xlsx/?{MARCH}")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    summary = [row[1] for row in workbook.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert summary[:6] == [4, 2, 2, 3, 2, 3.0]
    levels = dict(workbook.worksheets[2].iter_rows(min_row=2, values_only=True))
    assert levels == {"Основное общее образование": 2, "Среднее общее образование": 1}
    events = list(workbook.worksheets[4].iter_rows(min_row=2, values_only=True))
    assert sorted(row[2] for row in events) == [1, 2]


@pytest.mark.parametrize(
    "query",
    [
        "period=custom&start=2025-03-31&end=2025-03-01",
        "period=custom&start=2025-03-01",
        "start=yesterday&end=2025-03-01",
        "period=decade",
        "sort=colour",
    ],
)
def test_a_bad_period_or_sort_is_explained(net, query):
    client = net.client("office")
    for url in ("/admin/activity/", "/admin/activity/act-a/", "/admin/activity/export/csv/"):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 400
        assert 'class="error-message"' in response.content.decode() or "help-critical" in (
            response.content.decode()
        )


def test_unknown_export_format_is_refused(net):
    assert net.client("office").get(f"/admin/activity/export/pdf/?{MARCH}").status_code == 400


def test_institution_administrator_sees_only_their_own_institution(net):
    client = net.client("a_admin")
    overview = client.get(f"/admin/activity/?{MARCH}").content.decode()
    assert "Школа А" in overview and "Колледж Б" not in overview
    assert client.get(f"/admin/activity/act-a/?{MARCH}").status_code == 200
    assert client.get(f"/admin/activity/act-a/export/csv/?{MARCH}").status_code == 200
    assert refused(client.get(f"/admin/activity/act-b/?{MARCH}"))
    assert refused(client.get(f"/admin/activity/act-b/export/csv/?{MARCH}"))
    assert refused(client.get(f"/admin/activity/act-b/export/xlsx/?{MARCH}"))
    exported = client.get(f"/admin/activity/export/csv/?{MARCH}").content.decode("utf-8-sig")
    assert "Школа А" in exported and "Колледж Б" not in exported


def test_refusal_leaves_a_message(net):
    response = net.client("b_admin").get("/admin/activity/act-a/", follow=True)
    assert "act-a" not in response.redirect_chain[-1][0]
    assert any(message.level_tag == "error" for message in response.context["messages"])


def test_institution_editors_and_the_public_get_no_reports(net):
    editor = net.client("a_editor")
    for url in ("/admin/activity/", "/admin/activity/act-a/", "/admin/activity/export/csv/"):
        assert refused(editor.get(url))
        response = Client().get(url)
        assert response.status_code == 302 and "/admin/login/" in response.url


def test_reports_menu_item_by_role(net):
    assert "/admin/activity/" in net.client("office").get("/admin/").content.decode()
    assert "/admin/activity/" in net.client("a_admin").get("/admin/").content.decode()
    assert "/admin/activity/" not in net.client("a_editor").get("/admin/").content.decode()


def test_office_dashboard_shows_the_moderation_queue_and_the_month(net):
    page = net.client("office").get("/admin/").content.decode()
    assert 'id="activity-moderation-queue' in page
    queue = page[page.index('id="activity-moderation-queue') :]
    assert "На проверке у офиса" in queue and "Заявка колледжа Б" in queue
    assert "2 страницы ожидают проверки" in queue
    assert 'id="activity-month' in page
    start, _end = preset_period("month")
    assert start.strftime("%d.%m.%Y") in page


def test_institution_dashboard_shows_only_their_work(net):
    page = net.client("a_editor").get("/admin/").content.decode()
    assert 'id="activity-moderation-queue' not in page
    panel = page[page.index('id="activity-institution-work') :]
    assert "Черновик школы А" in panel
    assert "На проверке у офиса" in panel
    assert "Ближайший семинар школы А" in panel
    for other in ("Черновик колледжа Б", "Заявка колледжа Б", "Ближайший семинар колледжа Б"):
        assert other not in page

    page = net.client("b_admin").get("/admin/").content.decode()
    panel = page[page.index('id="activity-institution-work') :]
    assert "Черновик колледжа Б" in panel and "Ближайший семинар колледжа Б" in panel
    for other in ("Черновик школы А", "На проверке у офиса", "Ближайший семинар школы А"):
        assert other not in page


def test_unpublished_resources_still_count_as_added_in_their_period(net):
    """The report is a history: a resource published in March and withdrawn since was still
    added in March."""
    resource = ResourcePage.objects.filter(institution=net.a, first_published_at=at(3, 5)).get()
    resource.unpublish()
    report = institution_activity(net.a, dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert report.resources_added == 2
    assert report.translations[0]["total"] == 12
