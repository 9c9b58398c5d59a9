"""Scholarship deadlines in the events calendar: the listing, the deadlines view, the feeds and .ics."""

import datetime
import re

import icalendar
import pytest
from django.utils import timezone
from wagtail.models import Locale

from .conftest import publish_translation
from .factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ScholarshipIndexPageFactory,
    ScholarshipPageFactory,
    StudyProgrammePageFactory,
)
from .test_events_calendar import titles

URL = "/en/events/"


def in_days(number):
    return timezone.localdate() + datetime.timedelta(days=number)


@pytest.fixture
def calendar(universities, home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def deadlines(calendar, universities, home_page):
    finder = ScholarshipIndexPageFactory(parent=home_page)
    return {
        "banach": ScholarshipPageFactory(
            parent=finder, title="Banach scholarship", level="master", deadline=in_days(12)
        ),
        "rector": ScholarshipPageFactory(
            parent=finder,
            title="Rector grant",
            level="",
            deadline=in_days(4),
            institution=universities["but"],
        ),
        "closed": ScholarshipPageFactory(parent=finder, title="Closed grant", deadline=in_days(-2)),
        "open_ended": ScholarshipPageFactory(parent=finder, title="Rolling grant", deadline=None),
        "draft": ScholarshipPageFactory(parent=finder, title="Draft grant", deadline=in_days(3), live=False),
        "programme": StudyProgrammePageFactory(
            parent=universities["mub"], title="Medicine", level="master", application_deadline=in_days(8)
        ),
        "event": EventPageFactory(
            parent=calendar, title="Open day", start=timezone.now() + datetime.timedelta(days=6)
        ),
    }


def test_open_scholarship_deadlines_are_in_the_calendar_by_date(client, deadlines):
    html = client.get(URL).text
    assert titles(html) == ["Rector grant", "Open day", "Medicine", "Banach scholarship"]
    assert "4 days left" in html and "12 days left" in html
    grant = re.search(
        r'<article class="calendar-entry calendar-entry--deadline">(?:(?!</article>).)*Rector', html, re.S
    )
    assert grant and "Application deadline:" in grant.group(0)
    assert "Scholarship" in grant.group(0)
    assert f'href="/en/events/ics/scholarship/{deadlines["rector"].pk}/"' in html
    assert "Closed grant" not in html
    assert "Closed grant" not in client.get(URL + "archive/").text


def test_kind_and_institution_filters_reach_scholarships(client, deadlines):
    assert titles(client.get(URL, {"kind": "scholarship"}).text) == ["Rector grant", "Banach scholarship"]
    assert titles(client.get(URL, {"kind": "deadline"}).text) == ["Medicine"]
    assert titles(client.get(URL, {"institution": "but"}).text) == ["Rector grant"]


def test_deadlines_view_holds_programmes_and_scholarships_for_a_level(client, deadlines):
    view = URL + "deadlines/"
    assert titles(client.get(view).text) == ["Rector grant", "Medicine", "Banach scholarship"]
    # A scholarship without a level is open to every level; one for masters is not for bachelors.
    assert titles(client.get(view, {"level": "bachelor"}).text) == ["Rector grant"]
    assert titles(client.get(view, {"level": "master"}).text) == [
        "Rector grant",
        "Medicine",
        "Banach scholarship",
    ]
    # The language a programme is taught in does not matter for a scholarship.
    assert titles(client.get(view, {"language": "pl"}).text) == ["Rector grant", "Banach scholarship"]
    assert titles(client.get(view, {"kind": "scholarship", "level": "master"}).text) == [
        "Rector grant",
        "Banach scholarship",
    ]
    response = client.get(view, {"kind": "open-day"})
    assert response.status_code == 200
    assert "There is no kind of event “open-day”" in response.text
    assert len(titles(response.text)) == 3


def test_scholarship_deadlines_are_in_the_feeds_and_download_as_ics(client, deadlines):
    feed = icalendar.Calendar.from_ical(client.get(URL + "feed/").content)
    summaries = sorted(str(vevent["SUMMARY"]) for vevent in feed.walk("VEVENT"))
    # Feeds keep the recent past, so that subscribed calendars do not lose what was there.
    assert summaries == [
        "Application deadline: Banach scholarship",
        "Application deadline: Closed grant",
        "Application deadline: Medicine",
        "Application deadline: Rector grant",
        "Open day",
    ]
    but_feed = icalendar.Calendar.from_ical(client.get(URL + "feed/but/").content)
    assert [str(vevent["SUMMARY"]) for vevent in but_feed.walk("VEVENT")] == [
        "Application deadline: Rector grant"
    ]

    rector = deadlines["rector"]
    response = client.get(f"{URL}ics/scholarship/{rector.pk}/")
    assert response["Content-Disposition"] == f'attachment; filename="{rector.slug}.ics"'
    [vevent] = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert vevent["UID"] == f"scholarship-{rector.translation_key}-en@study-in-bialystok"
    assert vevent.decoded("DTSTART") == in_days(4)
    assert vevent.decoded("DTEND") == in_days(5)
    assert vevent["TRANSP"] == "TRANSPARENT"
    assert vevent["URL"] == f"http://testserver{rector.url}"
    for missing in ("draft", "open_ended"):
        assert client.get(f"{URL}ics/scholarship/{deadlines[missing].pk}/").status_code == 404


def test_a_polish_reader_sees_the_scholarship_and_its_university_in_polish(
    client, deadlines, calendar, universities
):
    home = calendar.get_parent().specific
    publish_translation(home, "pl")
    publish_translation(calendar, "pl")
    publish_translation(universities["index"], "pl")
    polish_but = publish_translation(universities["but"], "pl")
    polish_but.title = "Politechnika Białostocka"
    polish_but.save_revision().publish()
    publish_translation(deadlines["banach"].get_parent().specific, "pl")
    banach = deadlines["banach"].copy_for_translation(Locale.objects.get(language_code="pl"))
    banach.title = "Stypendium im. Banacha"
    banach.save_revision().publish()

    html = client.get("/pl/events/deadlines/").text
    assert titles(html) == ["Rector grant", "Medicine", "Stypendium im. Banacha"]
    # Not translated yet: the English grant is marked as English, its university shown in Polish.
    assert re.search(r'<a href="/en/scholarships/[^"]+" lang="en">Rector grant</a>', html)
    assert "Politechnika Białostocka" in html
    assert "Bialystok University of Technology" not in re.sub(r"<select.*?</select>", "", html, flags=re.S)
