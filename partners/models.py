from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage, IntroMixin

from . import directory
from .countries import search_names
from .forms import CountrySelect, validate_country


class CooperationProgramme(TranslatableMixin, models.Model):
    """A programme under which partners cooperate (Erasmus+ KA171, a bilateral agreement…)."""

    code = models.SlugField(
        _("code"), max_length=40, help_text=_("Stable identifier used in filters and CSV files, e.g. ka171")
    )
    name = models.CharField(_("name"), max_length=120)

    translatable_fields = [TranslatableField("name"), SynchronizedField("code")]
    panels = [FieldPanel("name"), FieldPanel("code")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("cooperation programme")
        verbose_name_plural = _("cooperation programmes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_programme_code_per_locale")
        ]

    def __str__(self):
        return self.name


class PartnerIndexPage(IntroMixin, BasePage):
    """The directory of partner universities, grouped by country, with filters and a world map."""

    content_panels = [*BasePage.content_panels, *IntroMixin.intro_panels]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["directory"] = directory.build(self, request.GET)
        return context


class PartnerPage(BasePage):
    """A partner university abroad and what it does with Białystok's universities."""

    native_name = models.CharField(
        _("name in its own language"), max_length=255, blank=True, help_text=_("Only where it differs.")
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        db_index=True,
        validators=[validate_country],
        help_text=_("ISO 3166 two-letter code"),
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    programmes = ParentalManyToManyField(
        CooperationProgramme, verbose_name=_("cooperation programmes"), blank=True, related_name="partners"
    )
    institutions = ParentalManyToManyField(
        "institutions.InstitutionPage",
        verbose_name=_("local institutions"),
        help_text=_("The universities in Białystok that hold the agreement."),
        blank=True,
        related_name="partners",
    )
    cooperation_since = models.PositiveSmallIntegerField(
        _("cooperation since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2200)],
    )
    description = models.TextField(_("short description"), blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("native_name"),
        FieldRowPanel([FieldPanel("country", widget=CountrySelect), FieldPanel("city")]),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("programmes"), FieldPanel("institutions"), FieldPanel("cooperation_since")],
            heading=_("Cooperation"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Location")),
    ]
    search_type = "partner"
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("native_name"),
        index.SearchField("country_search_names"),
        index.SearchField("city"),
        index.SearchField("description"),
        index.FilterField("country"),
    ]
    # Facts about the university are the same in every language; names and texts are translated.
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        *(
            SynchronizedField(name)
            for name in (
                "native_name",
                "country",
                "website",
                "logo",
                "programmes",
                "institutions",
                "cooperation_since",
                "latitude",
                "longitude",
            )
        ),
    ]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner university")
        verbose_name_plural = _("partner universities")

    @classmethod
    def get_indexed_objects(cls):
        # Indexing reads country_search_names, which needs each page's locale.
        return super().get_indexed_objects().select_related("locale")

    def country_search_names(self):
        """The country by every name a student may type ("Turkey", "Türkiye"), for the search index."""
        return search_names(self.country, self.locale.language_code) if self.country else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        details = directory.partner_details(self)
        context.update(details)
        context["structured_data"] = self.structured_data(request, details)
        return context

    def structured_data(self, request, details):
        """schema.org CollegeOrUniversity, so search engines know the university and where it is."""
        data = {
            "@context": "https://schema.org",
            "@type": "CollegeOrUniversity",
            "name": self.title,
            "url": self.website or self.get_full_url(request),
            "address": {
                "@type": "PostalAddress",
                "addressCountry": self.country,
                "addressLocality": self.city,
            },
        }
        if self.native_name:
            data["alternateName"] = self.native_name
        if self.description:
            data["description"] = self.description
        if self.logo:
            data["logo"] = request.build_absolute_uri(self.logo.get_rendition("max-160x160").url)
        if self.latitude is not None and self.longitude is not None:
            data["geo"] = {"@type": "GeoCoordinates", "latitude": self.latitude, "longitude": self.longitude}
        data["memberOf"] = [
            {"@type": "ProgramMembership", "programName": programme.name}
            for programme in details["programmes"]
        ]
        return data
