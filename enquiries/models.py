from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable


class Topic(models.TextChoices):
    ADMISSION = "admission", _("Admission")
    SCHOLARSHIPS = "scholarships", _("Scholarships")
    ACCOMMODATION = "accommodation", _("Accommodation")
    VISA = "visa", _("Visa and residence")
    OTHER = "other", _("Something else")


class Status(models.TextChoices):
    NEW = "new", _("New")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


def retention_days():
    """Days an enquiry is kept before `purge_enquiries` deletes it (a year by default)."""
    return getattr(settings, "ENQUIRIES_RETENTION_DAYS", 365)


# Limits of the public form, also the column sizes.
NAME_MAX_LENGTH = 100
QUESTION_MAX_LENGTH = 5000


class Enquiry(models.Model):
    """A question a student sent through the portal, kept for its office until the retention period ends."""

    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    language = models.CharField(_("language of the student"), max_length=10, choices=settings.LANGUAGES)
    name = models.CharField(pgettext_lazy("of a person", "name"), max_length=NAME_MAX_LENGTH)
    email = models.EmailField(_("e-mail"), db_index=True)
    country = models.CharField(_("country of citizenship"), max_length=2)
    # Always the institution's page in the default language: its editors' group scopes the admin.
    # Empty: the city communications office answers or forwards it.
    institution = models.ForeignKey(
        "institutions.InstitutionPage",
        verbose_name=_("institution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    programme = models.ForeignKey(
        "institutions.StudyProgrammePage",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    question = models.TextField(_("question"), max_length=QUESTION_MAX_LENGTH)

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Seen only by the office, never sent to the student.")
    )
    # Delivery: each mail is marked when the SMTP server accepted it; `send_enquiries` retries the rest.
    office_notified_at = models.DateTimeField(_("office notified"), null=True, blank=True, db_index=True)
    student_confirmed_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    delivery_attempts = models.PositiveSmallIntegerField(_("delivery attempts"), default=0)
    delivery_error = models.CharField(_("last delivery error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")
        ordering = ["-created_at"]
        permissions = [
            ("forward_enquiry", _("Can see unrouted enquiries and forward them to an institution")),
            ("manage_personal_data", _("Can export and erase enquiries by e-mail address")),
        ]

    def __str__(self):
        return f"{self.get_topic_display()}: {self.name} ({self.created_at:%Y-%m-%d})"

    @property
    def is_delivered(self):
        return bool(self.office_notified_at and self.student_confirmed_at)


class TopicAddress(Orderable):
    """Another address of an institution for one topic, instead of its international office's."""

    page = ParentalKey("institutions.InstitutionPage", related_name="enquiry_addresses")
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    email = models.EmailField(_("e-mail"))

    panels = [FieldPanel("topic"), FieldPanel("email")]

    class Meta(Orderable.Meta):
        verbose_name = _("address for a topic")
        verbose_name_plural = _("addresses for topics")
        constraints = [models.UniqueConstraint(fields=["page", "topic"], name="one_address_per_topic")]

    def __str__(self):
        return f"{self.get_topic_display()}: {self.email}"


@register_setting(icon="mail")
class EnquirySettings(BaseGenericSetting):
    """Who answers enquiries about the city, who controls the data, and where the privacy policy is."""

    city_office_email = models.EmailField(
        _("city communications office e-mail"),
        blank=True,
        help_text=_("Receives enquiries about the city or from students not sure of their university yet."),
    )
    office_language = models.CharField(
        _("language of the offices"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="pl",
        help_text=_(
            "The offices receive enquiries in this language, whatever language the student wrote in."
        ),
    )
    controller = models.CharField(
        _("data controller"),
        max_length=255,
        blank=True,
        help_text=_(
            "Who decides about the data of enquiries, with a postal address, e.g. “City of Białystok, …”."
        ),
    )
    privacy_policy = models.ForeignKey(
        "privacy.PolicyPage",
        verbose_name=_("privacy policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("city_office_email"),
        FieldPanel("office_language"),
        FieldPanel("controller"),
        PageChooserPanel("privacy_policy"),
    ]

    class Meta:
        verbose_name = _("enquiries")
