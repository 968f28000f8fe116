"""iCalendar (RFC 5545) output for events: the subscribable feed and "add to calendar"."""

from __future__ import annotations

from collections.abc import Iterable

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
