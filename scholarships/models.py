from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.models import BasePage
from institutions.models.programmes import Level
from partners.countries import COUNTRY_REGION, territory_name


def validate_country_list(value):
    """Space-separated ISO 3166 codes; empty means citizens of every country may apply."""
    unknown = [code for code in value.split() if code not in COUNTRY_REGION]
    if unknown:
        raise ValidationError(
            _("Not ISO 3166 country codes: %(codes)s"), params={"codes": ", ".join(unknown)}
        )


class ScholarshipIndexPage(BasePage):
    """The scholarship finder: the scholarships a reader may apply for, by citizenship, level and
    university, nearest deadline first."""

    lists_pages_across_the_tree = True  # names universities (pagecache/changes.py)

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["scholarships.ScholarshipPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("scholarship finder")

    def get_context(self, request, *args, **kwargs):
        from .finder import ScholarshipSearch

        context = super().get_context(request, *args, **kwargs)
        search = ScholarshipSearch(self, request.GET)
        context.update(search=search, filters=search.filters(), results=search.page(request.GET.get("page")))
        return context


class ScholarshipPage(BasePage):
    """A scholarship or grant a student from abroad may apply for: who funds it, who may apply, what it pays."""

    intro = models.TextField(_("summary"), max_length=400, help_text=_("Shown in the scholarship finder."))
    funder = models.CharField(_("funder"), max_length=200)
    institution = models.ForeignKey(
        "institutions.InstitutionPage",
        verbose_name=_("university"),
        help_text=_("Leave empty for a national or international scholarship."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    level = models.CharField(
        _("level"),
        max_length=20,
        choices=Level.choices,
        blank=True,
        db_index=True,
        help_text=_("Leave empty when students of every level may apply."),
    )
    citizenship = models.CharField(
        _("citizenship"),
        max_length=800,
        blank=True,
        validators=[validate_country_list],
        help_text=_(
            "ISO 3166 two-letter codes of the countries whose citizens may apply, separated by spaces "
            "(e.g. “UA BY GE”). Leave empty when every citizenship may apply."
        ),
    )
    amount = models.CharField(
        _("amount"), max_length=200, help_text=_("E.g. “PLN 1,500 a month for up to 10 months”.")
    )
    covers = models.TextField(_("what it covers"), blank=True)
    deadline = models.DateField(_("application deadline"), null=True, blank=True, db_index=True)
    link = models.URLField(_("funder's page"), max_length=500)
    checked_on = models.DateField(
        _("checked on"), help_text=_("When an editor last compared this page with the funder's page.")
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("funder"), FieldPanel("institution")]),
        MultiFieldPanel([FieldPanel("level"), FieldPanel("citizenship")], heading=_("Who may apply")),
        FieldPanel("amount"),
        FieldPanel("covers"),
        FieldRowPanel([FieldPanel("deadline"), FieldPanel("checked_on")]),
        FieldPanel("link"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("funder"),
        index.SearchField("covers"),
        index.FilterField("level"),
    ]
    search_type = "scholarship"
    search_type_label = _("Scholarship")

    parent_page_types = ["scholarships.ScholarshipIndexPage"]
    subpage_types = []
    # Who may apply is the same in every language: translators never see the country codes.
    override_translatable_fields = [*BasePage.override_translatable_fields, SynchronizedField("citizenship")]

    class Meta:
        verbose_name = _("scholarship")

    def save(self, *args, **kwargs):
        # One canonical spelling: upper case, single spaces, each code once, in the editor's order.
        self.citizenship = " ".join(dict.fromkeys(self.citizenship.upper().split()))
        super().save(*args, **kwargs)

    @property
    def countries(self):
        """The names of the countries whose citizens may apply, in the reader's language."""
        return [territory_name(code) for code in self.citizenship.split()]
