"""The events calendar: events, news events and deadlines by month, filters, archive, bad input, queries."""

import datetime
import json
import re

import pytest
from django.utils import timezone

from .conftest import publish_translation
from .factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ScholarshipIndexPageFactory,
    ScholarshipPageFactory,
    StudyProgrammePageFactory,
    add_children,
)

URL = "/en/events/"


def titles(html):
    return re.findall(r'<h3 class="calendar-entry__title">.*?<a href="[^"]+"[^>]*>([^<]+)</a>', html, re.S)


def days(number):
    return timezone.now() + datetime.timedelta(days=number)


@pytest.fixture
def calendar(universities, home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def entries(calendar, universities, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    today = timezone.localdate()
    return {
        "webinar": EventPageFactory(
            parent=calendar,
            title="Medicine webinar",
            kind="webinar",
            attendance="online",
            online_url="https://meet.example.org/",
            place="",
            start=days(3),
            organiser=universities["mub"],
        ),
        "open_day": EventPageFactory(
            parent=calendar,
            title="BUT open day",
            start=days(40),
            end=days(40.2),
            organiser=universities["but"],
        ),
        "past": EventPageFactory(parent=calendar, title="Fair of last year", kind="fair", start=days(-300)),
        "draft": EventPageFactory(parent=calendar, title="Draft event", start=days(5), live=False),
        "news": NewsPageFactory(
            parent=news,
            title="Training week",
            event_start=today + datetime.timedelta(days=20),
            related_institutions=[universities["but"]],
        ),
        "old_news": NewsPageFactory(
            parent=news, title="Old news", event_start=today - datetime.timedelta(days=400)
        ),
        "deadline": StudyProgrammePageFactory(
            parent=universities["but"],
            title="Computer Science",
            application_deadline=today + datetime.timedelta(days=5),
        ),
        "past_deadline": StudyProgrammePageFactory(
            parent=universities["mub"],
            title="Medicine",
            application_deadline=today - datetime.timedelta(days=1),
        ),
    }


def test_upcoming_lists_events_news_events_and_deadlines_in_date_order(client, entries):
    html = client.get(URL).text
    assert titles(html) == ["Medicine webinar", "Computer Science", "Training week", "BUT open day"]
    assert "4 entries" in html
    assert "5 days left" in html
    assert "Application deadline:" in html
    month = timezone.localdate() + datetime.timedelta(days=3)
    assert f'<h3 id="month-{month:%Y-%m}" class="calendar__month-title">' in html


def test_archive_lists_past_events_newest_first_without_past_deadlines(client, entries):
    html = client.get(URL + "archive/").text
    assert titles(html) == ["Fair of last year", "Old news"]


def test_filters_by_institution_and_kind(client, entries):
    assert titles(client.get(URL, {"institution": "but"}).text) == [
        "Computer Science",
        "Training week",
        "BUT open day",
    ]
    assert titles(client.get(URL, {"kind": "webinar"}).text) == ["Medicine webinar"]
    assert titles(client.get(URL, {"kind": "deadline"}).text) == ["Computer Science"]
    assert titles(client.get(URL, {"kind": "news", "institution": "but"}).text) == ["Training week"]
    month = (timezone.localdate() + datetime.timedelta(days=40)).strftime("%Y-%m")
    assert "BUT open day" in titles(client.get(URL, {"month": month}).text)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"kind": "party"}, "There is no kind of event “party”"),
        ({"institution": "nowhere"}, "No university has the address “nowhere”"),
        ({"month": "2027-13"}, "“2027-13” is not a month such as 2027-10"),
        ({"month": "٢٠٢٧-01"}, "is not a month such as 2027-10"),
        ({"kind": "fair\x00y"}, "There is no kind of event “fairy”"),
        ({"month": "0-01"}, "“0-01” is not a month such as 2027-10"),
        ({"month": "99999-01"}, "“99999-01” is not a month such as 2027-10"),
        # The last month of year 9999 has no next month in Python's calendar: it used to be a 500.
        ({"month": "9999-12"}, "“9999-12” is not a month such as 2027-10"),
        ({"month": "²⁰²⁷-1"}, "is not a month such as 2027-10"),
        ({"page": "99999"}, "There is no page 99999: this is the last page, 1."),
    ],
)
def test_unknown_filter_values_are_named_and_ignored(client, entries, params, message):
    response = client.get(URL, {"page": "99999", **params})
    assert response.status_code == 200
    assert message in response.text
    assert "Medicine webinar" in titles(response.text)


@pytest.mark.parametrize(
    ("year", "message"),
    [
        ("0", "“0” is not a past year such as 2025"),
        ("99999", "“99999” is not a past year such as 2025"),
        ("²", "“²” is not a past year such as 2025"),
        (str(timezone.localdate().year + 1), "is not a past year such as 2025"),
    ],
)
def test_archive_names_impossible_years_and_shows_every_year(client, entries, year, message):
    response = client.get(URL + "archive/", {"year": year, "page": "12345678901234567890"})
    assert response.status_code == 200
    assert message in response.text
    assert titles(response.text) == ["Fair of last year", "Old news"]


def test_archive_by_year(client, entries):
    past = {
        "Fair of last year": days(-300).date(),
        "Old news": timezone.localdate() - datetime.timedelta(days=400),
    }
    for year in {day.year for day in past.values()}:
        expected = [title for title, day in past.items() if day.year == year]
        assert titles(client.get(URL + "archive/", {"year": str(year)}).text) == expected


def test_deadlines_view_sorted_and_filtered_by_level_and_language(client, universities, calendar):
    today = timezone.localdate()
    for title, level, english, polish, offset in [
        ("Late master", "master", True, False, 30),
        ("Early bachelor", "bachelor", True, True, 2),
        ("Polish master", "master", False, True, 10),
    ]:
        StudyProgrammePageFactory(
            parent=universities["but"],
            title=title,
            level=level,
            taught_in_english=english,
            taught_in_polish=polish,
            application_deadline=today + datetime.timedelta(days=offset),
        )
    assert titles(client.get(URL + "deadlines/").text) == ["Early bachelor", "Polish master", "Late master"]
    assert titles(client.get(URL + "deadlines/", {"level": "master", "language": "en"}).text) == [
        "Late master"
    ]
    response = client.get(URL + "deadlines/", {"level": "professor"})
    assert "There is no level “professor”" in response.text
    assert "2 days left" in response.text


def test_polish_calendar_shows_translations_and_untranslated_events_labelled(client, entries, calendar):
    publish_translation(calendar.get_parent().specific, "pl")
    publish_translation(calendar, "pl")
    webinar = entries["webinar"].copy_for_translation(locale_pl())
    webinar.title = "Webinarium medyczne"
    webinar.save_revision().publish()
    html = client.get("/pl/events/").text
    shown = titles(html)
    assert "Webinarium medyczne" in shown
    assert "Medicine webinar" not in shown
    assert "BUT open day" in shown
    assert re.search(r'<a href="/en/events/[^"]+" lang="en">BUT open day</a>', html)


def locale_pl():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="pl")


@pytest.mark.parametrize("count", [10, 500])
def test_calendar_runs_the_same_queries_at_10_and_500_items(
    client, calendar, universities, home_page, django_assert_num_queries, count
):
    # Each source has one entry a day, so every page of the listing shows all four at any count.
    news, finder = NewsIndexPageFactory(parent=home_page), ScholarshipIndexPageFactory(parent=home_page)
    today = timezone.localdate()
    add_children(
        calendar,
        [
            EventPageFactory.build(
                start=days(sign * (number + 0.5)), organiser=universities[("but", "mub")[number % 2]]
            )
            for number in range(1, count + 1)
            for sign in (1, -1)
        ],
    )
    add_children(
        news,
        [
            NewsPageFactory.build(event_start=today + datetime.timedelta(days=sign * number))
            for number in range(1, count + 1)
            for sign in (1, -1)
        ],
    )
    add_children(
        universities["but"],
        [
            StudyProgrammePageFactory.build(application_deadline=today + datetime.timedelta(days=number))
            for number in range(1, count + 1)
        ],
    )
    add_children(
        finder,
        [
            ScholarshipPageFactory.build(
                deadline=today + datetime.timedelta(days=number), institution=universities["mub"]
            )
            for number in range(1, count + 1)
        ],
    )
    # The first request of a process caches site-wide settings and content types: measure the next.
    assert client.get(URL).status_code == 200
    with django_assert_num_queries(QUERIES["upcoming"]):
        assert client.get(URL, {"page": 2}).status_code == 200
    with django_assert_num_queries(QUERIES["archive"]):
        assert client.get(URL + "archive/", {"page": 2}).status_code == 200
    with django_assert_num_queries(QUERIES["deadlines"]):
        assert client.get(URL + "deadlines/", {"level": "bachelor", "page": 2}).status_code == 200
    with django_assert_num_queries(QUERIES["feed"]):
        assert client.get(URL + "feed/").status_code == 200
    with django_assert_num_queries(QUERIES["institution feed"]):
        assert client.get(URL + "feed/but/").status_code == 200


# Header and footer included. The listing: institutions, the count and the page of the UNION, and per
# source its pages and the linked universities in the reader's language.
# Since main keeps the menu and footer links per language (f431810), each is 1–2 fewer than before.
QUERIES = {"upcoming": 25, "archive": 20, "deadlines": 22, "feed": 18, "institution feed": 17}


def test_event_page_has_event_json_ld_and_add_to_calendar(client, entries):
    webinar = entries["webinar"]
    html = client.get(webinar.url).text
    data = json.loads(re.search(r'<script type="application/ld\+json">(.+?)</script>', html).group(1))
    assert data["@type"] == "Event"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/"}
    assert data["organizer"]["name"] == "Medical University of Białystok"
    assert data["startDate"] == webinar.local_start.isoformat()
    assert f'href="/en/events/ics/event/{webinar.pk}/"' in html
    assert 'type="text/calendar"' in html


def test_drafts_are_neither_listed_nor_downloadable(client, entries):
    assert "Draft event" not in client.get(URL).text
    assert client.get(f"{URL}ics/event/{entries['draft'].pk}/").status_code == 404
    assert client.get(f"{URL}ics/nothing/1/").status_code == 404
    assert client.get(f"{URL}feed/nowhere/").status_code == 404


def test_event_rules(calendar):
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(start=days(2), end=days(1), attendance="online", place="")
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end" in error.value.message_dict or "online_url" in error.value.message_dict
    event = EventPageFactory.build(start=days(2), time_zone="Mars/Olympus")
    with pytest.raises(ValidationError):
        event.full_clean(exclude=["path", "depth", "content_type", "locale", "translation_key"])
