from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.models import BasePage


class Level(models.TextChoices):
    BACHELOR = "bachelor", _("Bachelor's degree")
    MASTER = "master", _("Master's degree")
    PHD = "phd", _("Doctoral (PhD) programme")
    SHORT_COURSE = "short-course", _("Short course or summer school")
    EXCHANGE = "exchange", _("Exchange semester")


class FieldOfStudy(models.TextChoices):
    """The broad fields of UNESCO's ISCED-F 2013, the same in every language."""

    EDUCATION = "education", _("Education")
    ARTS_HUMANITIES = "arts-humanities", _("Arts and humanities")
    SOCIAL_SCIENCES = "social-sciences", _("Social sciences, journalism and information")
    BUSINESS_LAW = "business-law", _("Business, administration and law")
    NATURAL_SCIENCES = "natural-sciences", _("Natural sciences, mathematics and statistics")
    ICT = "ict", _("Information and communication technologies")
    ENGINEERING = "engineering", _("Engineering, manufacturing and construction")
    AGRICULTURE = "agriculture", _("Agriculture, forestry, fisheries and veterinary")
    HEALTH = "health", _("Health and welfare")
    SERVICES = "services", _("Services")


class FeeKind(models.TextChoices):
    AMOUNT = "amount", _("Fixed amount")
    FREE = "free", _("Free of charge")
    SEE_WEBSITE = "see-website", _("See the university's website")


class Currency(models.TextChoices):
    PLN = "PLN", "PLN"
    EUR = "EUR", "EUR"
    USD = "USD", "USD"


class FeePeriod(models.TextChoices):
    YEAR = "year", _("per year")
    SEMESTER = "semester", _("per semester")
    TOTAL = "total", _("for the whole programme")


# Languages of instruction: one indexed boolean column each, so filtering and counting them is a
# plain WHERE / conditional COUNT on SQLite and PostgreSQL alike. Codes are the GET values.
TEACHING_LANGUAGES = {
    "en": ("taught_in_english", _("English")),
    "pl": ("taught_in_polish", _("Polish")),
}


class StudyProgrammePage(BasePage):
    """A degree programme, course or exchange semester that a university offers to students from abroad."""

    intro = models.TextField(_("summary"), max_length=400, help_text=_("Shown in the programme finder."))
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, db_index=True)
    field_of_study = models.CharField(
        _("field of study"), max_length=30, choices=FieldOfStudy.choices, db_index=True
    )
    taught_in_english = models.BooleanField(_("taught in English"), default=False, db_index=True)
    taught_in_polish = models.BooleanField(_("taught in Polish"), default=False, db_index=True)
    duration = models.CharField(
        pgettext_lazy("length of a study programme", "duration"),
        max_length=60,
        blank=True,
        help_text=_("E.g. “7 semesters”."),
    )
    ects = models.PositiveSmallIntegerField(_("ECTS credits"), null=True, blank=True)
    fee_kind = models.CharField(
        _("tuition fee"), max_length=20, choices=FeeKind.choices, default=FeeKind.AMOUNT
    )
    fee_amount = models.DecimalField(_("amount"), max_digits=9, decimal_places=2, null=True, blank=True)
    fee_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR, blank=True
    )
    fee_period = models.CharField(
        _("per"), max_length=10, choices=FeePeriod.choices, default=FeePeriod.YEAR, blank=True
    )
    application_deadline = models.DateField(_("application deadline"), null=True, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    apply_url = models.URLField(
        _("apply link"), help_text=_("Where students apply, e.g. the online registration.")
    )
    description = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("field_of_study")]),
        MultiFieldPanel(
            [FieldPanel("taught_in_english"), FieldPanel("taught_in_polish")],
            heading=_("Languages of instruction"),
        ),
        FieldRowPanel([FieldPanel("duration"), FieldPanel("ects")]),
        MultiFieldPanel(
            [
                FieldPanel("fee_kind"),
                FieldRowPanel(
                    [FieldPanel("fee_amount"), FieldPanel("fee_currency"), FieldPanel("fee_period")]
                ),
            ],
            heading=_("Tuition fee"),
        ),
        FieldRowPanel([FieldPanel("application_deadline"), FieldPanel("start_date")]),
        FieldPanel("apply_url"),
        FieldPanel("description"),
    ]
    search_type = "programme"
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("description"),
        index.FilterField("level"),
        index.FilterField("field_of_study"),
    ]

    parent_page_types = ["institutions.InstitutionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("study programme")
        verbose_name_plural = _("study programmes")

    def clean(self):
        super().clean()
        if not any(getattr(self, field) for field, _label in TEACHING_LANGUAGES.values()):
            raise ValidationError(_("Choose at least one language of instruction."))
        if self.fee_kind == FeeKind.AMOUNT and (self.fee_amount is None or not self.fee_currency):
            raise ValidationError(
                {"fee_amount": _("Give the amount and currency, or choose another kind of fee.")}
            )

    @property
    def teaching_languages(self):
        return [label for field, label in TEACHING_LANGUAGES.values() if getattr(self, field)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        institution = self.get_parent().specific
        context["institution"] = institution
        context["structured_data"] = self.structured_data(request, institution)
        return context

    def structured_data(self, request, institution):
        """schema.org EducationalOccupationalProgram, for search engines."""
        data = {
            "@context": "https://schema.org",
            "@type": "EducationalOccupationalProgram",
            "name": self.title,
            "description": self.intro,
            "url": request.build_absolute_uri(self.get_url(request)),
            "educationalCredentialAwarded": str(self.get_level_display()),
            "inLanguage": [
                code for code, (field, _label) in TEACHING_LANGUAGES.items() if getattr(self, field)
            ],
            "provider": {
                "@type": "CollegeOrUniversity",
                "name": institution.title,
                "url": request.build_absolute_uri(institution.get_url(request)),
            },
        }
        if self.ects:
            data["numberOfCredits"] = self.ects
        if self.application_deadline:
            data["applicationDeadline"] = self.application_deadline.isoformat()
        if self.start_date:
            data["startDate"] = self.start_date.isoformat()
        if self.fee_kind == FeeKind.FREE:
            data["offers"] = {"@type": "Offer", "price": "0", "category": "Tuition"}
        elif self.fee_kind == FeeKind.AMOUNT and self.fee_amount is not None:
            data["offers"] = {
                "@type": "Offer",
                "price": str(self.fee_amount),
                "priceCurrency": self.fee_currency,
                "category": "Tuition",
            }
        return data
