import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyStreamBlock
from core.localization import localize_one
from core.models import BasePage, IntroMixin


class EventKind(models.TextChoices):
    FAIR = "fair", _("Education fair")
    OPEN_DAY = "open-day", _("Open day")
    WEBINAR = "webinar", _("Webinar")
    INFORMATION_DAY = "information-day", _("Information day")
    OTHER = "other", _("Other event")


class Attendance(models.TextChoices):
    """schema.org's eventAttendanceMode, in the editor's words."""

    IN_PERSON = "in-person", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Takes place as planned")
    POSTPONED = "postponed", _("Postponed, new date to be announced")
    CANCELLED = "cancelled", _("Cancelled")


# Changes that calendar programs must be told about: they raise the event's SEQUENCE (RFC 5545).
SCHEDULE_FIELDS = ("start", "end", "time_zone", "status", "attendance", "place", "address", "online_url")


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("“%(value)s” is not a time zone name such as Europe/Warsaw."), params={"value": value}
        )


class EventIndexPage(RoutablePageMixin, IntroMixin, BasePage):
    """The calendar: upcoming events and application deadlines of every university and the city."""

    # The page cache purges it when any page changes (pagecache/changes.py).
    lists_pages_across_the_tree = True

    content_panels = [*BasePage.content_panels, *IntroMixin.intro_panels]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events calendar")
        verbose_name_plural = _("events calendars")

    def calendar(self, request):
        from .calendar import Calendar

        return Calendar(self, request)

    @path("")
    def upcoming(self, request):
        return self.calendar(request).render_listing("upcoming")

    @path("archive/")
    def archive(self, request):
        return self.calendar(request).render_listing("archive")

    @path("deadlines/")
    def deadlines(self, request):
        return self.calendar(request).render_listing("deadlines")

    @path("feed/")
    def feed(self, request):
        return self.calendar(request).feed()

    @path("feed/<slug:institution>/")
    def institution_feed(self, request, institution):
        return self.calendar(request).feed(institution)

    @path("ics/<slug:source>/<int:pk>/")
    def entry_ics(self, request, source, pk):
        return self.calendar(request).entry_ics(source, pk)


class EventPage(BasePage):
    """A fair, open day, webinar or information day, with "add to calendar" and a place in the feeds."""

    kind = models.CharField(_("kind of event"), max_length=20, choices=EventKind.choices, db_index=True)
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=60,
        default=settings.TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_(
            "Times are entered in Białystok time; visitors and calendars see them in this time zone."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    attendance = models.CharField(
        _("attendance"), max_length=20, choices=Attendance.choices, default=Attendance.IN_PERSON
    )
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("E.g. “Main Hall, Building A”.")
    )
    address = models.CharField(_("address"), max_length=250, blank=True)
    online_url = models.URLField(_("online link"), blank=True, help_text=_("Where participants join online."))
    organiser = models.ForeignKey(
        "institutions.InstitutionPage",
        verbose_name=_("organising university"),
        help_text=_("Leave empty for events of the city."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience = models.CharField(
        _("audience"), max_length=200, blank=True, help_text=_("E.g. “Candidates for bachelor's studies”.")
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("Shown in the calendar and in feeds.")
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)
    # Raised on every published change of SCHEDULE_FIELDS, so subscribed calendars apply it.
    sequence = models.PositiveIntegerField(default=0, editable=False)

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("time_zone")],
            heading=_("Date and time"),
        ),
        MultiFieldPanel(
            [FieldPanel("attendance"), FieldPanel("place"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("organiser"),
        FieldPanel("audience"),
        FieldPanel("registration_url"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_type = "event"
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("place"),
        index.FilterField("start"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("time_zone"),
        SynchronizedField("address"),
        SynchronizedField("online_url"),
        SynchronizedField("registration_url"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def search_date(self):
        return self.local_start.date()

    @property
    def local_start(self):
        return self.start.astimezone(zoneinfo.ZoneInfo(self.time_zone))

    @property
    def local_end(self):
        return self.end.astimezone(zoneinfo.ZoneInfo(self.time_zone)) if self.end else None

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})
        if self.attendance != Attendance.IN_PERSON and not self.online_url:
            raise ValidationError({"online_url": _("Give the link where participants join online.")})
        if self.attendance != Attendance.ONLINE and not (self.place or self.address):
            raise ValidationError({"place": _("Say where the event takes place.")})

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if self.pk and (update_fields is None or set(SCHEDULE_FIELDS) & set(update_fields)):
            stored = type(self).objects.filter(pk=self.pk).values(*SCHEDULE_FIELDS, "sequence").first()
            if stored and any(stored[name] != getattr(self, name) for name in SCHEDULE_FIELDS):
                self.sequence = stored["sequence"] + 1
                if update_fields is not None:
                    kwargs["update_fields"] = [*update_fields, "sequence"]
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        # A revision carries the sequence of its day; the page keeps counting from the stored one.
        page = super().with_content_json(content)
        page.sequence = self.sequence
        return page

    def get_context(self, request, *args, **kwargs):
        from .structured_data import event_data

        context = super().get_context(request, *args, **kwargs)
        index_page = self.get_parent().specific
        organiser = localize_one(self.organiser) if self.organiser_id else None
        context.update(
            calendar_page=index_page,
            organiser=organiser,
            ics_url=f"{index_page.get_url(request)}ics/event/{self.pk}/",
            structured_data=event_data(self, organiser, request),
        )
        return context
