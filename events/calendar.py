"""The calendar's views: upcoming entries by month, the archive, the deadlines and the iCalendar files.

Filters are plain GET parameters read through core.params; a value the calendar does not know is
named in a message and ignored, so a mistyped link still shows the calendar (never a 500).
"""

import datetime

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.localization import mark_languages, visible_in
from core.params import int_param, page_param, text_param
from institutions.models import InstitutionPage
from institutions.models.programmes import TEACHING_LANGUAGES, Level

from . import ics
from .sources import DEADLINE_SOURCES, SOURCES, entries_of

PER_PAGE = 20
FEED_LENGTH = 500
MONTHS_AHEAD = 12
# The years a link may ask for: before the portal there is nothing to show, and far ahead of today
# neither; the bounds also keep date arithmetic away from the ends of Python's calendar.
MIN_YEAR = 2000
YEARS_AHEAD = 10
# The archive's year filter offers this many years, the current one first.
ARCHIVE_YEARS = 10


class Calendar:
    def __init__(self, index_page, request):
        self.index_page = index_page
        self.request = request
        self.locale = index_page.locale
        self.messages = []

    # Parameters

    def institutions(self):
        if not hasattr(self, "_institutions"):
            institutions = visible_in(InstitutionPage.objects.all(), self.locale).select_related("locale")
            self._institutions = mark_languages(institutions.order_by("title"), self.locale)
        return self._institutions

    def institution_param(self, slug):
        if not slug:
            return None
        institution = next((i for i in self.institutions() if i.slug == slug), None)
        if institution is None:
            self.messages.append(
                gettext("No university has the address “%(value)s”: the calendar shows every university.")
                % {"value": slug}
            )
            return None
        # Its section in every language, for pages filed under one of its translations.
        institution.section_paths = list(
            Page.objects.filter(translation_key=institution.translation_key).values_list("path", flat=True)
        )
        return institution

    def choice_param(self, name, choices, message):
        value = text_param(self.request.GET.get(name), 100)
        if value and value not in choices:
            self.messages.append(message % {"value": value})
            return ""
        return value

    def year_param(self, raw):
        """A year from MIN_YEAR to YEARS_AHEAD years from now in ASCII digits, else None."""
        return int_param(raw, MIN_YEAR, timezone.localdate().year + YEARS_AHEAD)

    def month_param(self):
        raw = text_param(self.request.GET.get("month"), 20)
        if not raw:
            return None
        year, _dash, month = raw.partition("-")
        year, month = self.year_param(year), int_param(month, 1, 12)
        if year is None or month is None:
            self.messages.append(
                gettext("“%(value)s” is not a month such as 2027-10: the calendar shows every month.")
                % {"value": raw}
            )
            return None
        return datetime.date(year, month, 1)

    def archive_year_param(self):
        raw = text_param(self.request.GET.get("year"), 20)
        if not raw:
            return None
        year = self.year_param(raw)
        if year is None or year > timezone.localdate().year:
            self.messages.append(
                gettext("“%(value)s” is not a past year such as 2025: the archive shows every year.")
                % {"value": raw}
            )
            return None
        return year

    def kind_choices(self, sources):
        return [choice for source in sources.values() for choice in source.kind_choices()]

    # Rows and entries

    def union(self, querysets, newest_first=False):
        querysets = [queryset for queryset in querysets if queryset is not None]
        combined = querysets[0].union(*querysets[1:], all=True) if len(querysets) > 1 else querysets[0]
        order = ("-entry_start", "-pk") if newest_first else ("entry_start", "pk")
        return combined.order_by(*order)

    def source_rows(self, when, institution=None, kind="", span=None):
        """One rows queryset per source that the kind filter keeps; `span` is (first day, day after)."""
        querysets = []
        for source in SOURCES.values():
            if kind and kind not in {value for value, _label in source.kind_choices()}:
                continue
            rows = source.rows(self.locale, when, institution, kind if kind != source.name else "")
            if span:
                rows = rows.filter(
                    entry_start__gte=local_midnight(span[0]), entry_start__lt=local_midnight(span[1])
                )
            querysets.append(rows)
        return querysets

    def page_of(self, rows):
        asked = page_param(self.request.GET.get("page"))
        page = Paginator(rows, PER_PAGE).get_page(asked)
        if asked > page.paginator.num_pages:
            self.messages.append(
                gettext("There is no page %(asked)s: this is the last page, %(last)s.")
                % {"asked": asked, "last": page.paginator.num_pages}
            )
        page.entries = entries_of(list(page.object_list), self.locale)
        return page

    # Views

    def render_listing(self, view):
        context = self.deadlines_context() if view == "deadlines" else self.events_context(view)
        page = context["results"]
        context.update(
            view=view,
            months=group_by_month(page.entries),
            messages=self.messages,
            institution_feeds=[
                (i, f"{self.index_page.get_url(self.request)}feed/{i.slug}/") for i in self.institutions()
            ],
        )
        return self.index_page.render(self.request, context_overrides=context)

    def institution_filter(self, institution, everything):
        return filter_of(
            "institution",
            _("University"),
            everything,
            [(i.slug, i.title) for i in self.institutions()],
            institution.slug if institution else "",
        )

    def kind_param(self, kinds):
        return self.choice_param(
            "kind",
            {value for value, _label in kinds},
            gettext("There is no kind of event “%(value)s”: the calendar shows every kind."),
        )

    def events_context(self, view):
        institution = self.institution_param(text_param(self.request.GET.get("institution"), 255))
        kinds = self.kind_choices(SOURCES)
        kind = self.kind_param(kinds)
        filters = [
            self.institution_filter(institution, _("All universities and the city")),
            filter_of("kind", _("Kind"), _("All kinds"), kinds, kind),
        ]
        if view == "upcoming":
            month = self.month_param()
            span = (month, next_month(month)) if month else None
            months = [timezone.localdate().replace(day=1)]
            for _step in range(MONTHS_AHEAD - 1):
                months.append(next_month(months[-1]))
            options = [(m.strftime("%Y-%m"), date_format(m, "YEAR_MONTH_FORMAT")) for m in months]
            filters.append(
                filter_of(
                    "month", _("Month"), _("All months"), options, month.strftime("%Y-%m") if month else ""
                )
            )
        else:
            year = self.archive_year_param()
            span = (datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)) if year else None
            this_year = timezone.localdate().year
            options = [(str(y), str(y)) for y in range(this_year, this_year - ARCHIVE_YEARS, -1)]
            filters.append(filter_of("year", _("Year"), _("All years"), options, str(year) if year else ""))
        rows = self.union(self.source_rows(view, institution, kind, span), newest_first=view == "archive")
        return {
            "results": self.page_of(rows),
            "filters": filters,
            "is_filtered": bool(institution or kind or span),
            "selected_institution": institution,
        }

    def deadlines_context(self):
        """Open deadlines of programmes and scholarships, by date, for a student's level and language."""
        kinds = self.kind_choices(DEADLINE_SOURCES)
        kind = self.kind_param(kinds)
        levels = Level.choices
        level = self.choice_param(
            "level",
            {value for value, _label in levels},
            gettext("There is no level “%(value)s”: the list shows every level."),
        )
        languages = [(code, label) for code, (_column, label) in TEACHING_LANGUAGES.items()]
        language = self.choice_param(
            "language",
            set(TEACHING_LANGUAGES),
            gettext("There is no language of instruction “%(value)s”: the list shows every language."),
        )
        institution = self.institution_param(text_param(self.request.GET.get("institution"), 255))
        rows = [
            source.rows_of(
                source.for_student(source.select(self.locale, "upcoming", institution), level, language)
            )
            for name, source in DEADLINE_SOURCES.items()
            if not kind or kind == name
        ]
        return {
            "results": self.page_of(self.union(rows)),
            "filters": [
                self.institution_filter(institution, _("All universities")),
                filter_of("kind", _("Kind"), _("All deadlines"), kinds, kind),
                filter_of("level", _("Level"), _("All levels"), levels, level),
                filter_of("language", _("Language of instruction"), _("All languages"), languages, language),
            ],
            "is_filtered": bool(kind or level or language or institution),
            "selected_institution": institution,
        }

    def feed(self, institution_slug=None):
        institution = None
        if institution_slug:
            institution = next((i for i in self.institutions() if i.slug == institution_slug), None)
            if institution is None:
                raise Http404
            institution = self.institution_param(institution_slug)
        rows = self.union(self.source_rows("feed", institution))[:FEED_LENGTH]
        name = (
            gettext("%(institution)s: events and deadlines | Study in Bialystok")
            % {"institution": institution.title}
            if institution
            else gettext("Events and deadlines | Study in Bialystok")
        )
        return self.ics_response(entries_of(list(rows), self.locale), name, "events.ics", attachment=False)

    def entry_ics(self, source_name, pk):
        source = SOURCES.get(source_name)
        if source is None:
            raise Http404
        # Only what this calendar lists (its language, visible, not long past) can be downloaded.
        rows = source.rows(self.locale, "feed").filter(pk=pk)
        entries = entries_of(list(rows), self.locale)
        if not entries:
            raise Http404
        return self.ics_response(entries, entries[0].title, f"{entries[0].page.slug}.ics", attachment=True)

    def ics_response(self, entries, name, filename, attachment):
        response = HttpResponse(
            ics.calendar_of(entries, name, self.request), content_type="text/calendar; charset=utf-8"
        )
        disposition = "attachment" if attachment else "inline"
        response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
        return response


def filter_of(name, label, everything, options, selected):
    """One select of a filter form (templates/components/_filter_form.html)."""
    return {"name": name, "label": label, "everything": everything, "options": options, "selected": selected}


def next_month(day):
    return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def local_midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def group_by_month(entries):
    """[(first day of the month, [entries])] in the entries' order."""
    months = []
    for entry in entries:
        if not months or months[-1][0] != entry.month:
            months.append((entry.month, []))
        months[-1][1].append(entry)
    return months
