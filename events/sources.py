"""What the calendar lists: its own events, news articles with event dates, the application deadlines
of study programmes and the deadlines of scholarships.

Each kind of entry is one source. For one language a source gives a queryset of rows (source, pk,
starts) that the calendar joins with UNION, orders and paginates in the database, and it turns one
page of rows into entries. What the sources share (visibility, the period, the institution filter,
linked pages shown in the reader's language) is written once, in `Source`.
"""

import datetime
from dataclasses import dataclass

from django.db.models import CharField, DateTimeField, F, Q, Value
from django.db.models.functions import Cast, Coalesce, Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.localization import localize, mark_languages, visible_in
from institutions.models import StudyProgrammePage
from institutions.models.programmes import TEACHING_LANGUAGES
from news.models import NewsPage
from scholarships.models import ScholarshipPage

from .models import EventKind, EventPage, EventStatus


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
    # An "apply by" day: shown with the days left, transparent in calendar programs, never archived.
    is_deadline: bool = False

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
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def days_left(self):
        return (self.day - timezone.localdate()).days


# How far back the feeds go, so that subscribed calendars keep the recent past.
FEED_PAST = datetime.timedelta(days=90)
PERIODS = ("upcoming", "archive", "feed")


def under_any(paths):
    """Pages in the sections of `paths` (an institution in each of its languages)."""
    condition = Q(pk__in=[])
    for section in paths:
        condition |= Q(path__startswith=section)
    return condition


class Source:
    """One kind of calendar entry. Subclasses say which pages, which dates and how a page reads."""

    name = ""
    model = None
    # The label of the kind filter's option for this source (event pages offer their own kinds).
    label = ""
    # Entries that are over stay in the archive; deadlines that have passed are of no use to anyone.
    archived = True
    # Whether `last` is a date (all-day entries) or a datetime.
    all_day = True

    def pages(self):
        """The source's pages in every language, before visibility and period."""
        return self.model.objects.all()

    def starts(self):
        """The expression of an entry's start, as a datetime (the UNION's ordering column)."""
        raise NotImplementedError

    def last(self):
        """The expression of the last moment (date or datetime) the entry is still to come."""
        raise NotImplementedError

    def of_institution(self, institution):
        """A filter for the pages of `institution` (with its `section_paths` in every language)."""
        raise NotImplementedError

    def kind_choices(self):
        return [(self.name, self.label)]

    def of_kind(self, kind):
        """A filter for one of this source's `kind_choices()`; the source's own name keeps all."""
        return Q()

    def select(self, locale, when, institution=None, kind=""):
        """The visible pages of `locale` for one period (`PERIODS`), of an institution and kind."""
        now = timezone.localdate() if self.all_day else timezone.now()
        period = {
            "upcoming": Q(entry_last__gte=now),
            "archive": Q(entry_last__lt=now) if self.archived else Q(pk__in=[]),
            "feed": Q(entry_last__gte=now - FEED_PAST),
        }[when]
        pages = visible_in(self.pages(), locale).alias(entry_last=self.last()).filter(period)
        if institution:
            pages = pages.filter(self.of_institution(institution))
        if kind:
            pages = pages.filter(self.of_kind(kind))
        return pages

    def rows_of(self, pages):
        """The (source, pk, starts) rows of `pages`, unordered so that UNION can order them."""
        return (
            pages.order_by()
            .annotate(entry_source=Value(self.name, output_field=CharField()), entry_start=self.starts())
            .values("entry_source", "pk", "entry_start")
        )

    def rows(self, locale, when, institution=None, kind=""):
        return self.rows_of(self.select(locale, when, institution, kind))

    def entries(self, pks, locale):
        """{pk: Entry} of the pages `pks`, in a fixed number of queries."""
        raise NotImplementedError


def localized_institutions(institutions, locale):
    """{translation key: what a reader of `locale` sees of each institution}."""
    return {institution.translation_key: institution for institution in localize(institutions, locale)}


class EventSource(Source):
    name = "event"
    model = EventPage
    all_day = False

    def starts(self):
        return F("start")

    def last(self):
        return Coalesce("end", "start")

    def of_institution(self, institution):
        return Q(organiser__translation_key=institution.translation_key)

    def kind_choices(self):
        return EventKind.choices

    def of_kind(self, kind):
        return Q(kind=kind)

    def entries(self, pks, locale):
        pages = list(EventPage.objects.filter(pk__in=pks).select_related("locale", "organiser"))
        organisers = localized_institutions([page.organiser for page in pages], locale)
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


class NewsEventSource(Source):
    name = "news"
    model = NewsPage
    label = _("Events in the news")

    def pages(self):
        return NewsPage.objects.filter(event_start__isnull=False)

    def starts(self):
        return Cast("event_start", DateTimeField())

    def last(self):
        return Coalesce("event_end", "event_start")

    def of_institution(self, institution):
        related = NewsPage.objects.filter(related_institutions__translation_key=institution.translation_key)
        return Q(pk__in=related.values("pk")) | under_any(institution.section_paths)

    def entries(self, pks, locale):
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


class DeadlineSource(Source):
    """The application deadline of each study programme, as an all-day entry."""

    name = "deadline"
    model = StudyProgrammePage
    label = _("Study programme deadlines")
    archived = False

    def pages(self):
        return StudyProgrammePage.objects.filter(application_deadline__isnull=False)

    def starts(self):
        return Cast("application_deadline", DateTimeField())

    def last(self):
        return F("application_deadline")

    def of_institution(self, institution):
        return under_any(institution.section_paths)

    def for_student(self, pages, level, language):
        """The deadlines view's filters: the programme's level and a language it is taught in."""
        if level:
            pages = pages.filter(level=level)
        if language:
            pages = pages.filter(**{TEACHING_LANGUAGES[language][0]: True})
        return pages

    def entries(self, pks, locale):
        pages = list(
            StudyProgrammePage.objects.filter(pk__in=pks)
            .select_related("locale")
            .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        )
        # A programme's parent is its university; plain page rows hold all an entry shows of it.
        parents = {
            parent.path: parent
            for parent in Page.objects.filter(path__in={page.parent_path for page in pages})
        }
        shown = localized_institutions(parents.values(), locale)
        return {
            page.pk: Entry(
                source=self.name,
                page=page,
                title=page.title,
                kind_label=page.get_level_display(),
                start=page.application_deadline,
                summary=page.intro,
                institution=shown.get(parents[page.parent_path].translation_key)
                if page.parent_path in parents
                else None,
                is_deadline=True,
            )
            for page in pages
        }


class ScholarshipSource(Source):
    """The application deadline of each scholarship, as an all-day entry."""

    name = "scholarship"
    model = ScholarshipPage
    label = _("Scholarship deadlines")
    archived = False

    def pages(self):
        return ScholarshipPage.objects.filter(deadline__isnull=False)

    def starts(self):
        return Cast("deadline", DateTimeField())

    def last(self):
        return F("deadline")

    def of_institution(self, institution):
        return Q(institution__translation_key=institution.translation_key)

    def for_student(self, pages, level, language):
        """The deadlines view's filters: a scholarship without a level is open to every level; none
        depends on the language a programme is taught in, so that filter keeps them all."""
        if level:
            pages = pages.filter(Q(level=level) | Q(level=""))
        return pages

    def entries(self, pks, locale):
        pages = list(ScholarshipPage.objects.filter(pk__in=pks).select_related("locale", "institution"))
        institutions = localized_institutions([page.institution for page in pages], locale)
        return {
            page.pk: Entry(
                source=self.name,
                page=page,
                title=page.title,
                kind_label=_("Scholarship"),
                start=page.deadline,
                summary=page.intro,
                institution=institutions.get(page.institution.translation_key) if page.institution else None,
                is_deadline=True,
            )
            for page in pages
        }


SOURCES = {
    source.name: source
    for source in (EventSource(), NewsEventSource(), DeadlineSource(), ScholarshipSource())
}
DEADLINE_SOURCES = {name: source for name, source in SOURCES.items() if not source.archived}


def entries_of(page_rows, locale):
    """The entries of one page of (source, pk, starts) rows, in their order: a fixed number of queries
    a source (its pages, and the linked institutions in the reader's language).

    A page of the default language shown to a reader of `locale` (not translated yet) is marked with
    its language, as core.localization marks what it shows.
    """
    wanted = {}
    for row in page_rows:
        wanted.setdefault(row["entry_source"], []).append(row["pk"])
    found = {name: SOURCES[name].entries(pks, locale) for name, pks in wanted.items()}
    entries = [
        found[row["entry_source"]][row["pk"]] for row in page_rows if row["pk"] in found[row["entry_source"]]
    ]
    mark_languages([entry.page for entry in entries], locale)
    return entries
