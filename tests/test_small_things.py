"""Small things a visitor notices: a past event offers no "Add to calendar", the home
page's title names the association once."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from . import factories

pytestmark = pytest.mark.django_db


def test_only_upcoming_events_offer_add_to_calendar(client):
    upcoming = factories.seminar(title="Будущий семинар")
    past = factories.seminar(title="Прошедший семинар", starts_in=-dt.timedelta(days=7))
    ics = "a[href$='event.ics']"
    assert BeautifulSoup(client.get(upcoming.url).content, "html.parser").select(ics)
    assert not BeautifulSoup(client.get(past.url).content, "html.parser").select(ics)


def test_home_title_names_the_association_once(client):
    from home.models import SiteSettings

    for language in ("ru", "en"):
        soup = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
        title = soup.title.get_text(strip=True)
        name = SiteSettings.objects.filter(locale__language_code=language).first()
        name = name.association_name if name else title
        assert title.count(name) == 1, title


def test_the_demos_own_upcoming_events_take_sign_ups_on_the_portal():
    from demo import content

    upcoming = [item for item in content.SEMINARS if item["days_from_now"] > 0]
    on_portal = [item for item in upcoming if not item["registration_url"]]
    # The loader turns on the portal's registration for exactly these.
    assert all(not item["registration_url"] for item in upcoming if item["institution"] is None)
    assert len(on_portal) >= len(upcoming) // 2
