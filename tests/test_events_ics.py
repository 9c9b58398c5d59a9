"""The calendar's iCalendar files: valid RFC 5545, stable UIDs, time zones, updates and cancellations."""

import datetime
import re

import icalendar
import pytest
from django.utils import timezone

from events.models import EventPage
from institutions.models import StudyProgrammePage

from .factories import EventIndexPageFactory, EventPageFactory, StudyProgrammePageFactory

URL = "/en/events/"


@pytest.fixture
def calendar(universities, home_page):
    return EventIndexPageFactory(parent=home_page)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_an_event_downloads_as_a_valid_calendar_with_its_time_zone(client, calendar, universities):
    start = datetime.datetime(2031, 3, 13, 10, tzinfo=datetime.UTC)
    event = EventPageFactory(
        parent=calendar, title="Open day", start=start, end=start + datetime.timedelta(hours=4)
    )
    response = client.get(f"{URL}ics/event/{event.pk}/")
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    parsed = parse(response)
    assert parsed["VERSION"] == "2.0"
    assert parsed["PRODID"]
    [vevent] = parsed.walk("VEVENT")
    assert vevent["UID"] == f"event-{event.translation_key}-en@study-in-bialystok"
    assert vevent["SUMMARY"] == "Open day"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert vevent.decoded("DTSTART") == start
    assert vevent.decoded("DTEND") == start + datetime.timedelta(hours=4)
    assert vevent["STATUS"] == "CONFIRMED"
    assert vevent["SEQUENCE"] == 0
    assert vevent["URL"] == f"http://testserver{event.url}"
    assert [tz["TZID"] for tz in parsed.walk("VTIMEZONE")] == ["Europe/Warsaw"]
    assert b"\r\n" in response.content and all(len(line) <= 75 for line in response.content.split(b"\r\n"))


def test_a_rescheduled_then_cancelled_event_keeps_its_uid_and_raises_its_sequence(client, calendar):
    event = EventPageFactory(parent=calendar, start=timezone.now() + datetime.timedelta(days=3))
    uid = parse(client.get(f"{URL}ics/event/{event.pk}/")).walk("VEVENT")[0]["UID"]
    event.title = "Renamed"
    event.save_revision().publish()
    assert parse(client.get(f"{URL}ics/event/{event.pk}/")).walk("VEVENT")[0]["SEQUENCE"] == 0
    event.start += datetime.timedelta(hours=2)
    event.save_revision().publish()
    event.status = "cancelled"
    event.save_revision().publish()
    [vevent] = parse(client.get(f"{URL}feed/")).walk("VEVENT")
    assert vevent["UID"] == uid
    assert vevent["SEQUENCE"] == 2
    assert vevent["STATUS"] == "CANCELLED"


def test_feeds_stay_valid_whatever_older_rows_hold(client, calendar, universities):
    # Forms refuse control characters now (core.text); rows from before the checks may hold them.
    event = EventPageFactory(
        parent=calendar,
        title="Bad title",
        summary="Line one",
        place="Hall; A, B",
        organiser=universities["but"],
    )
    EventPage.objects.filter(pk=event.pk).update(
        title="Bad\x07 title " + "long " * 48, summary="Line one\nline two\x1b"
    )
    StudyProgrammePageFactory(
        parent=universities["mub"],
        title="Medicine",
        application_deadline=timezone.localdate() + datetime.timedelta(days=9),
    )
    parsed = parse(client.get(f"{URL}feed/"))
    events = {str(vevent["SUMMARY"]): vevent for vevent in parsed.walk("VEVENT")}
    assert len(events) == 2
    title = next(summary for summary in events if summary.startswith("Bad"))
    assert "\x07" not in title and len(title) <= 250
    assert events[title]["DESCRIPTION"] == "Line one\nline two"
    assert "DTEND" not in events[title]
    deadline = events["Application deadline: Medicine"]
    assert deadline.decoded("DTSTART") == timezone.localdate() + datetime.timedelta(days=9)
    assert deadline.decoded("DTEND") == timezone.localdate() + datetime.timedelta(days=10)
    assert parsed["X-WR-CALNAME"] == "Events and deadlines | Study in Bialystok"


def test_an_institution_feed_holds_that_institution_only(client, calendar, universities):
    EventPageFactory(parent=calendar, title="BUT open day", organiser=universities["but"])
    EventPageFactory(parent=calendar, title="MUB webinar", organiser=universities["mub"])
    EventPageFactory(parent=calendar, title="City day", organiser=None)
    parsed = parse(client.get(f"{URL}feed/but/"))
    assert [str(vevent["SUMMARY"]) for vevent in parsed.walk("VEVENT")] == ["BUT open day"]
    assert "Bialystok University of Technology" in str(parsed["X-WR-CALNAME"])
    html = client.get(URL, {"institution": "but"}).text
    assert '<link rel="alternate" type="text/calendar"' in html
    assert 'href="/en/events/feed/but/"' in html


CONTENT_LINE = re.compile(rb"^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^\x00-\x1f\x7f:;,]*)*:")


def assert_rfc5545(content):
    """Lines end in CRLF and fold within 75 octets (never inside a UTF-8 character), every unfolded
    line is NAME[;PARAM=VALUE]:VALUE without control characters, and each VEVENT has what RFC 5545
    requires of it; then the icalendar library reads it back."""
    assert content.endswith(b"\r\n") and b"\n" not in content.replace(b"\r\n", b"")
    physical = content.split(b"\r\n")[:-1]
    for line in physical:
        assert len(line) <= 75, line
        line.decode("utf-8")
    unfolded = content.replace(b"\r\n ", b"").split(b"\r\n")[:-1]
    for line in unfolded:
        assert CONTENT_LINE.match(line), line
        assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", line), line
    parsed = icalendar.Calendar.from_ical(content)
    assert parsed["VERSION"] == "2.0" and parsed["PRODID"]
    for vevent in parsed.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART"):
            assert required in vevent
    return parsed


def test_the_files_stay_rfc_5545_whatever_editors_type(client, calendar, universities):
    # Forms refuse control characters in titles (core.text); rows from before, imports and the API
    # may still hold them. A title is at most 255 characters in the database.
    event = EventPageFactory(parent=calendar, title="Dzień otwarty", organiser=universities["but"])
    title = "يوم مفتوح\x1b للطلاب الدوليين " * 10
    EventPage.objects.filter(pk=event.pk).update(
        title=title[:255],
        summary="Line one\r\nline\x7f two\x01\tend; with, commas\\ " + "ż" * 3000,
        place="Aula\x0b; Building A, room 1",
        end=None,
    )
    programme = StudyProgrammePageFactory(
        parent=universities["mub"],
        title="Medicine",
        application_deadline=timezone.localdate() + datetime.timedelta(days=9),
    )
    StudyProgrammePage.objects.filter(pk=programme.pk).update(title="Medicine\x08 " + "M" * 240)
    for url in (f"{URL}feed/", f"{URL}ics/event/{event.pk}/", f"{URL}feed/but/"):
        assert_rfc5545(client.get(url).content)
    vevent = next(
        v for v in assert_rfc5545(client.get(f"{URL}feed/").content).walk("VEVENT") if "DTEND" not in v
    )
    assert str(vevent["SUMMARY"]) == title[:255].replace("\x1b", "").strip()[:250]
    assert str(vevent["DESCRIPTION"]).startswith("Line one\nline twoend; with, commas\\ ż")
    assert len(str(vevent["DESCRIPTION"])) == 2000
    assert str(vevent["LOCATION"]) == "Aula; Building A, room 1"


def test_a_300_character_title_and_no_end_make_a_valid_event(rf, calendar):
    from events import ics
    from events.sources import Entry

    event = EventPageFactory(parent=calendar)
    entry = Entry(
        source="event",
        page=event,
        title="Ü" * 300 + "\x00",
        kind_label="Open day",
        start=event.local_start,
        time_zone=event.time_zone,
    )
    parsed = assert_rfc5545(ics.calendar_of([entry], "Ç" * 300, rf.get("/")))
    [vevent] = parsed.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Ü" * 250
    assert "DTEND" not in vevent and vevent["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert str(parsed["X-WR-CALNAME"]) == "Ç" * 250
