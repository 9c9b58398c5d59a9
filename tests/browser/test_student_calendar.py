"""A student finds an open day in the events calendar and adds it to their calendar program."""

import datetime
import re
import zoneinfo

import icalendar
from playwright.sync_api import expect

from events.models import EventPage

from .accessibility import assert_accessible


def test_student_finds_an_open_day_and_adds_it_to_their_calendar(demo_site, page):
    page.goto(f"{demo_site.url}/en/")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Events and deadlines").click()
    expect(page).to_have_url(f"{demo_site.url}/en/events/")
    expect(page.locator('link[rel="alternate"][type="text/calendar"]')).to_have_attribute(
        "href", "/en/events/feed/"
    )
    assert_accessible(page)

    page.get_by_label("Kind").select_option(label="Open day")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"kind=open-day"))
    results = page.get_by_role("region", name=re.compile(r"^1 entry$"))
    expect(results.locator(".calendar-entry__title")).to_have_count(1)
    expect(results.get_by_role("heading", level=3, name="March 2027")).to_be_visible()
    assert_accessible(page)

    results.get_by_role("link", name="Open day for international candidates", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Open day for international candidates")
    expect(page.get_by_role("main")).to_contain_text("Main building, Aula")
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to calendar (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == "but-open-day-2027.ics"
    with open(download.path(), "rb") as saved:
        parsed = icalendar.Calendar.from_ical(saved.read())
    [vevent] = parsed.walk("VEVENT")
    event = EventPage.objects.get(slug="but-open-day-2027", locale__language_code="en")
    assert vevent["UID"] == f"event-{event.translation_key}-en@study-in-bialystok"
    assert str(vevent["SUMMARY"]) == "Open day for international candidates"
    warsaw = zoneinfo.ZoneInfo("Europe/Warsaw")
    assert vevent.decoded("DTSTART") == datetime.datetime(2027, 3, 13, 10, tzinfo=warsaw)
    assert vevent["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert vevent["STATUS"] == "CONFIRMED"
    assert "Wiejska 45A" in str(vevent["LOCATION"])
    assert [zone["TZID"] for zone in parsed.walk("VTIMEZONE")] == ["Europe/Warsaw"]
