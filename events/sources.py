"""What the calendar lists: its own events, news articles with event dates and application deadlines.

Each source gives, for one language, a queryset of rows (source, pk, starts) that the calendar joins
with UNION, orders and paginates in the database, and turns one page of rows into entries.
"""

import datetime
from dataclasses import dataclass

from django.db.models import CharField, DateTimeField, F, Q, Value
from django.db.models.functions import Cast, Coalesce, Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.localization import localize, mark_languages, visible_in
from institutions.models import InstitutionPage, StudyProgrammePage
from news.models import NewsPage

from .models import EventPage, EventStatus


@dataclass
class Entry:
    """One line of the calendar, whatever page it comes from."""

    source: str
    page: object
    title: str
    kind_label: str
    start: object  # a date (all day) or an aware datetime in the entry's time zone
    end: object = None
    summary: str = ""
    place: str = ""
    online: bool = False
    status: str = EventStatus.SCHEDULED
    institution: object = None
    sequence: int = 0
    time_zone: str = ""

    @property
    def all_day(self):
        return not isinstance(self.start, datetime.datetime)

    @property
    def day(self):
        return self.start if self.all_day else self.start.date()

    @property
    def month(self):
        return self.day.replace(day=1)

    @property
    def is_deadline(self):
        return self.source == "deadline"

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def days_left(self):
        return (self.day - timezone.localdate()).days


def rows(queryset, source, starts):
    """The (source, pk, starts) rows of a queryset, unordered so that UNION can order them."""
    return (
        queryset.order_by()
        .annotate(entry_source=Value(source, output_field=CharField()), entry_start=starts)
        .values("entry_source", "pk", "entry_start")
    )


# How far back the feeds go, so that subscribed calendars keep the recent past.
FEED_PAST = datetime.timedelta(days=90)


def under_any(paths):
    """Pages in the sections of `paths` (an institution in each of its languages)."""
    condition = Q(pk__in=[])
    for section in paths:
        condition |= Q(path__startswith=section)
    return condition


class EventSource:
    name = "event"

    def rows(self, locale, when, institution, kinds):
        pages = visible_in(EventPage.objects.all(), locale)
        now = timezone.now()
        upcoming = Q(end__gte=now) | Q(end__isnull=True, start__gte=now)
        period = {"upcoming": upcoming, "archive": ~upcoming, "feed": Q(start__gte=now - FEED_PAST)}
        pages = pages.filter(period[when])
        if institution:
            pages = pages.filter(organiser__translation_key=institution.translation_key)
        if kinds:
            pages = pages.filter(kind__in=kinds)
        return rows(pages, self.name, F("start"))

    def entries(self, pks):
        pages = EventPage.objects.filter(pk__in=pks).select_related("locale", "organiser")
        pages = list(pages)
        organisers = {o.translation_key: o for o in localize([p.organiser for p in pages if p.organiser])}
        return {
            page.pk: Entry(
                source=self.name,
                page=page,
                title=page.title,
                kind_label=page.get_kind_display(),
                start=page.local_start,
                end=page.local_end,
                summary=page.summary,
                place=", ".join(part for part in (page.place, page.address) if part),
                online=page.attendance != "in-person",
                status=page.status,
                institution=organisers.get(page.organiser.translation_key) if page.organiser else None,
                sequence=page.sequence,
                time_zone=page.time_zone,
            )
            for page in pages
        }


class NewsEventSource:
    name = "news"

    def rows(self, locale, when, institution, kinds):
        pages = visible_in(NewsPage.objects.filter(event_start__isnull=False), locale)
        last_day = Coalesce("event_end", "event_start")
        today = timezone.localdate()
        period = {
            "upcoming": Q(last_day__gte=today),
            "archive": Q(last_day__lt=today),
            "feed": Q(last_day__gte=today - FEED_PAST),
        }
        pages = pages.alias(last_day=last_day).filter(period[when])
        if institution:
            related = NewsPage.objects.filter(
                related_institutions__translation_key=institution.translation_key
            )
            pages = pages.filter(Q(pk__in=related.values("pk")) | under_any(institution.section_paths))
        return rows(pages, self.name, Cast("event_start", DateTimeField()))

    def entries(self, pks):
        pages = NewsPage.objects.filter(pk__in=pks).select_related("locale")
        return {
            page.pk: Entry(
                source=self.name,
                page=page,
                title=page.title,
                kind_label=_("Event in the news"),
                start=page.event_start,
                end=page.event_end,
                summary=page.lead,
                place=page.event_place,
            )
            for page in pages
        }


class DeadlineSource:
    """The application deadline of each study programme, as an all-day entry."""

    name = "deadline"

    def programmes(self, locale, when, institution):
        pages = visible_in(StudyProgrammePage.objects.filter(application_deadline__isnull=False), locale)
        today = timezone.localdate()
        # Past deadlines are of no use to anyone: the archive keeps events only.
        period = {
            "upcoming": Q(application_deadline__gte=today),
            "archive": Q(pk__in=[]),
            "feed": Q(application_deadline__gte=today - FEED_PAST),
        }
        pages = pages.filter(period[when])
        if institution:
            pages = pages.filter(under_any(institution.section_paths))
        return pages

    def rows(self, locale, when, institution, kinds):
        return self.rows_of(self.programmes(locale, when, institution))

    def rows_of(self, programmes):
        return rows(programmes, self.name, Cast("application_deadline", DateTimeField()))

    def entries(self, pks):
        pages = list(
            StudyProgrammePage.objects.filter(pk__in=pks)
            .select_related("locale")
            .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        )
        institutions = InstitutionPage.objects.filter(path__in={page.parent_path for page in pages})
        by_path = {institution.path: institution for institution in institutions}
        return {
            page.pk: Entry(
                source=self.name,
                page=page,
                title=page.title,
                kind_label=page.get_level_display(),
                start=page.application_deadline,
                summary=page.intro,
                institution=by_path.get(page.parent_path),
            )
            for page in pages
        }


SOURCES = {source.name: source for source in (EventSource(), NewsEventSource(), DeadlineSource())}


def entries_of(page_rows, locale):
    """The entries of one page of (source, pk, starts) rows, in their order: one or two queries a source.

    A page of the default language shown to a reader of `locale` (not translated yet) is marked with
    its language, as core.localization marks what it shows.
    """
    wanted = {}
    for row in page_rows:
        wanted.setdefault(row["entry_source"], []).append(row["pk"])
    found = {name: SOURCES[name].entries(pks) for name, pks in wanted.items()}
    entries = [
        found[row["entry_source"]][row["pk"]] for row in page_rows if row["pk"] in found[row["entry_source"]]
    ]
    mark_languages([entry.page for entry in entries], locale)
    return entries
