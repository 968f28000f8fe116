"""The events calendar's month view: each day with its events, months to step through,
the list's filters, and only what the public may see."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import PageViewRestriction

from association.models import SeminarPage

from . import factories

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")


def event_on(day: dt.date, hour: int = 10, **fields) -> SeminarPage:
    starts = dt.datetime.combine(day, dt.time(hour), tzinfo=MOSCOW)
    return factories.seminar(
        starts_in=starts - timezone.now().replace(microsecond=0),
        time_zone="Europe/Moscow",
        **fields,
    )


def days_with_events(response) -> dict[str, list[str]]:
    """Each day cell's full date → the titles of its events."""
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        cell.select_one(".month__date").get_text(strip=True): [
            a.get_text(strip=True) for a in cell.select(".month__events a")
        ]
        for cell in soup.select("td.month__day--busy:not(.month__day--outside)")
    }


def test_a_month_shows_each_event_on_its_day_past_and_upcoming(client):
    event_on(dt.date(2030, 3, 10), title="Мартовский семинар")
    event_on(
        dt.date(2030, 3, 24), hour=15, title="Вебинар в конце марта", kind=SeminarPage.Kind.WEBINAR
    )
    event_on(dt.date(2030, 4, 2), title="Апрельская конференция")
    days = days_with_events(client.get("/ru/seminars/month/2030-03/"))
    assert days == {
        "Воскресенье, 10 марта": ["Мартовский семинар"],
        "Воскресенье, 24 марта": ["Вебинар в конце марта"],
    }
    english = BeautifulSoup(client.get("/en/seminars/month/2030-03/").content, "html.parser")
    assert english.select_one("#month-title").get_text(strip=True) == "March 2030"
    assert [th.abbr["title"] for th in english.select(".month th")][:2] == ["Monday", "Tuesday"]


def test_an_event_of_several_days_is_on_each_of_them(client):
    event_on(dt.date(2030, 3, 30), hours=24 * 3, title="Летняя школа")
    days = days_with_events(client.get("/ru/seminars/month/2030-03/"))
    assert days == {
        "Суббота, 30 марта": ["Летняя школа"],
        "Воскресенье, 31 марта": ["Летняя школа"],
    }
    april = days_with_events(client.get("/ru/seminars/month/2030-04/"))
    assert april == {
        "Понедельник, 1 апреля": ["Летняя школа"],
        "Вторник, 2 апреля": ["Летняя школа"],
    }


def test_months_link_to_their_neighbours_keeping_the_filters(client):
    event_on(dt.date(2030, 3, 10), title="Семинар", kind=SeminarPage.Kind.SEMINAR)
    event_on(dt.date(2030, 3, 11), title="Вебинар", kind=SeminarPage.Kind.WEBINAR)
    response = client.get("/ru/seminars/month/2030-03/?kind=webinar")
    assert days_with_events(response) == {"Понедельник, 11 марта": ["Вебинар"]}
    soup = BeautifulSoup(response.content, "html.parser")
    assert (
        soup.select_one(".month-nav a[rel=prev]")["href"]
        == "/ru/seminars/month/2030-02/?kind=webinar"
    )
    assert (
        soup.select_one(".month-nav a[rel=next]")["href"]
        == "/ru/seminars/month/2030-04/?kind=webinar"
    )
    assert soup.select_one("#month-title").get_text(strip=True).casefold() == "март 2030"
    # "Upcoming or past" means nothing in a month, so the form does not offer it.
    assert not soup.select("select[name=when]")


def test_the_list_and_the_month_link_to_each_other(client):
    soup = BeautifulSoup(client.get("/ru/seminars/").content, "html.parser")
    month_link = soup.select_one(".view-switch a[href$='/month/']")
    assert month_link.get_text(strip=True) == "Месяц"
    month = client.get(month_link["href"])
    today = timezone.localdate()
    title = (
        BeautifulSoup(month.content, "html.parser").select_one("#month-title").get_text(strip=True)
    )
    assert title.endswith(str(today.year))
    soup = BeautifulSoup(month.content, "html.parser")
    assert soup.select_one(".view-switch a[aria-current=page]").get_text(strip=True) == "Месяц"
    assert soup.select_one("[aria-current=date] .month__number").get_text(strip=True) == str(
        today.day
    )


def test_drafts_and_private_events_stay_out_of_the_month(client):
    event_on(dt.date(2030, 3, 10), title="Открытый семинар")
    draft = event_on(dt.date(2030, 3, 12), title="Черновик")
    draft.unpublish()
    private = event_on(dt.date(2030, 3, 14), title="Для своих")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="секрет")
    days = days_with_events(client.get("/ru/seminars/month/2030-03/"))
    assert days == {"Воскресенье, 10 марта": ["Открытый семинар"]}


@pytest.mark.parametrize("month", ["2030-13", "2030-00", "0001-01", "9999-12"])
def test_a_month_not_in_the_calendar_is_not_found(client, month):
    assert client.get(f"/ru/seminars/month/{month}/").status_code == 404


def test_an_empty_month_says_so_and_points_onwards(client):
    response = client.get("/ru/seminars/month/2031-07/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert "В этом месяце мероприятий нет." in soup.select_one(".month__empty").get_text()
    assert soup.select_one(".month__empty a")["href"] == "/ru/seminars/month/2031-08/"
