"""Events in calendars: iCalendar (RFC 5545) output for the subscribable feed and "add to
calendar", and the month grid the events calendar shows."""

from __future__ import annotations

import calendar as gregorian
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vText


def build_calendar(request: HttpRequest, seminars: Iterable, name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//Association portal//Events//RU")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for seminar in seminars:
        url = seminar.get_full_url(request)
        event = Event()
        event.add("uid", f"seminar-{seminar.translation_key}-{seminar.locale.language_code}@portal")
        event.add("summary", seminar.title)
        event.add("dtstart", seminar.local_starts_at)
        event.add("dtend", seminar.local_ends_at)
        event.add("dtstamp", seminar.last_published_at or timezone.now())
        event.add("description", f"{seminar.intro}\n\n{url}")
        event.add("url", url)
        location = ", ".join(part for part in (seminar.venue, seminar.address) if part)
        if not location and seminar.online_url:
            location = seminar.online_url
        if location:
            event.add("location", vText(location))
        event.add("categories", [seminar.get_kind_display()])
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def calendar_response(request: HttpRequest, seminars: Iterable, name: str, filename: str):
    body = build_calendar(request, seminars, name).to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@dataclass
class CalendarDay:
    date: dt.date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)


class MonthGrid:
    """A month as the weeks (Monday first) that cover it, each day with the events that
    take place on it in their own time zone (an event of several days on each of them)."""

    def __init__(self, year: int, month: int):
        if not 1 <= month <= 12 or not 1900 <= year <= 2999:
            raise ValueError(f"There is no month {year:04d}-{month:02d} in the calendar.")
        self.first = dt.date(year, month, 1)
        today = timezone.localdate()
        self.weeks = [
            [CalendarDay(day, day.month == month, day == today) for day in week]
            for week in gregorian.Calendar(firstweekday=0).monthdatescalendar(year, month)
        ]
        self._days = {day.date: day for week in self.weeks for day in week}
        # The widest span any time zone's local days of the grid can take.
        first_day, last_day = self.weeks[0][0].date, self.weeks[-1][-1].date
        self.starts_at = timezone.make_aware(
            dt.datetime.combine(first_day - dt.timedelta(days=1), dt.time.min)
        )
        self.ends_at = timezone.make_aware(
            dt.datetime.combine(last_day + dt.timedelta(days=2), dt.time.min)
        )

    @property
    def previous(self) -> dt.date:
        return (self.first - dt.timedelta(days=1)).replace(day=1)

    @property
    def next(self) -> dt.date:
        return (self.first + dt.timedelta(days=32)).replace(day=1)

    @property
    def weekdays(self) -> list[dt.date]:
        return [day.date for day in self.weeks[0]]

    @property
    def events_count(self) -> int:
        return len(
            {event.pk for day in self._days.values() if day.in_month for event in day.events}
        )

    def place(self, events: Iterable) -> None:
        for event in events:
            day = event.local_starts_at.date()
            # An event ending at midnight ends the day before.
            last = (event.local_ends_at - dt.timedelta(microseconds=1)).date()
            while day <= max(last, event.local_starts_at.date()):
                if day in self._days:
                    self._days[day].events.append(event)
                day += dt.timedelta(days=1)
