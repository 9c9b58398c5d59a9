"""iCalendar (RFC 5545) files of calendar entries, built with the icalendar library.

Whatever editors type stays valid: control characters are dropped, long lines are folded by the
library, an event without an end is a point in time and an all-day entry ends the next day.
UIDs come from the page's translation key and language, so they survive renames and moves.
"""

import datetime

import icalendar
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from django.utils.translation import gettext

from core.params import is_control

from .models import EventStatus

PRODID = "-//Study in Bialystok//Events calendar//EN"
UID_DOMAIN = "study-in-bialystok"
STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}
MAX_TEXT = 2000


def clean(text, max_length=MAX_TEXT):
    """`text` without control characters other than line breaks, which iCalendar escapes."""
    return "".join(c for c in str(text or "") if c == "\n" or not is_control(c)).strip()[:max_length]


def uid_of(entry):
    return f"{entry.source}-{entry.page.translation_key}-{entry.page.locale.language_code}@{UID_DOMAIN}"


def event_of(entry, request):
    event = icalendar.Event()
    event.add("uid", uid_of(entry))
    stamp = entry.page.last_published_at or timezone.now()
    event.add("dtstamp", stamp.astimezone(datetime.UTC))
    event.add("last-modified", stamp.astimezone(datetime.UTC))
    title = clean(entry.title, 250)
    if entry.is_deadline:
        title = gettext("Application deadline: %(programme)s") % {"programme": title}
    event.add("summary", title)
    if entry.summary:
        event.add("description", clean(entry.summary))
    if entry.all_day:
        event.add("dtstart", entry.start)
        event.add("dtend", (entry.end or entry.start) + datetime.timedelta(days=1))
    else:
        event.add("dtstart", entry.start)
        if entry.end:
            event.add("dtend", entry.end)
    if entry.place:
        event.add("location", clean(entry.place, 500))
    # A URI is ASCII (RFC 3986): slugs in other scripts are percent-encoded.
    event.add("url", iri_to_uri(request.build_absolute_uri(entry.page.get_url(request))))
    event.add("status", STATUS.get(entry.status, "CONFIRMED"))
    event.add("sequence", entry.sequence)
    event.add("transp", "TRANSPARENT" if entry.is_deadline else "OPAQUE")
    return event


def calendar_of(entries, name, request):
    """The bytes of a VCALENDAR with one VEVENT per entry and the VTIMEZONEs their times use."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", clean(name, 250))
    for entry in entries:
        calendar.add_component(event_of(entry, request))
    calendar.add_missing_timezones()
    return calendar.to_ical()
