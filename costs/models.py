from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from core.models import BasePage, IntroMixin

from .budget import Budget, Range

# No month of a student's budget item costs more than this many złoty; it also bounds the sums.
MAX_AMOUNT = 100_000


class PriceKind(models.TextChoices):
    """What a price item is; the three kinds of housing are alternatives, the rest can be left out."""

    DORMITORY = "dormitory", _("Room in a student dormitory")
    SHARED_FLAT = "shared-flat", _("Room in a shared flat")
    STUDIO = "studio", _("Studio flat")
    FOOD = "food", _("Food")
    TRANSPORT = "transport", _("Public transport pass")
    PHONE = "phone", _("Phone and mobile internet")
    INSURANCE = "insurance", _("Health insurance")
    MATERIALS = "materials", _("Study materials")


HOUSING_KINDS = (PriceKind.DORMITORY, PriceKind.SHARED_FLAT, PriceKind.STUDIO)


class PriceItem(TranslatableMixin, Orderable):
    """One monthly price of a student's budget in złoty, with where it comes from and when it was checked."""

    page = ParentalKey("costs.CostOfLivingPage", on_delete=models.CASCADE, related_name="price_items")
    kind = models.CharField(_("item"), max_length=20, choices=PriceKind.choices)
    low = models.PositiveIntegerField(_("from (PLN a month)"), validators=[MaxValueValidator(MAX_AMOUNT)])
    high = models.PositiveIntegerField(
        _("to (PLN a month)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_AMOUNT)],
        help_text=_("Leave empty when the price is one amount."),
    )
    note = models.CharField(
        _("note"), max_length=250, blank=True, help_text=_("E.g. “Meals cooked at home, lunch at a canteen”.")
    )
    source = models.CharField(_("source"), max_length=200)
    source_url = models.URLField(_("source link"), blank=True)
    checked_on = models.DateField(_("checked on"))

    panels = [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("low"), FieldPanel("high")]),
        FieldPanel("note"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("source_url")]),
        FieldPanel("checked_on"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("price item")
        verbose_name_plural = _("price items")

    def __str__(self):
        return self.get_kind_display()

    @property
    def top(self):
        return self.high if self.high is not None else self.low

    @property
    def amounts(self):
        return Range(self.low, self.top)

    @property
    def is_housing(self):
        return self.kind in HOUSING_KINDS

    def clean(self):
        super().clean()
        if self.high is not None and self.low is not None and self.high < self.low:
            raise ValidationError({"high": _("The upper amount cannot be below the lower one.")})


class CostOfLivingPage(IntroMixin, BasePage):
    """A budget calculator: the student picks housing and costs and gets a monthly and yearly range."""

    eur_rate = models.DecimalField(
        _("złoty for one euro"),
        max_digits=6,
        decimal_places=4,
        validators=[MinValueValidator(0.01)],
        help_text=_("E.g. 4.2500, the rate the euro amounts are shown at."),
    )
    usd_rate = models.DecimalField(
        _("złoty for one US dollar"), max_digits=6, decimal_places=4, validators=[MinValueValidator(0.01)]
    )
    rates_checked_on = models.DateField(_("rates checked on"))
    rates_source = models.CharField(_("rates source"), max_length=200, help_text=_("E.g. “NBP table A”."))

    content_panels = [
        *BasePage.content_panels,
        *IntroMixin.intro_panels,
        InlinePanel("price_items", heading=_("Price items"), label=_("Price item"), min_num=1),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("eur_rate"), FieldPanel("usd_rate")]),
                FieldRowPanel([FieldPanel("rates_checked_on"), FieldPanel("rates_source")]),
            ],
            heading=_("Exchange rates"),
        ),
    ]
    search_type = "cost-of-living"
    search_type_label = _("Cost of living")
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("cost-of-living calculator")
        verbose_name_plural = _("cost-of-living calculators")

    def clean(self):
        super().clean()
        kinds = [item.kind for item in self.price_items.all()]
        repeated = sorted({kind for kind in kinds if kinds.count(kind) > 1})
        if repeated:
            raise ValidationError(
                _("Each item appears once; repeated: %(kinds)s.")
                % {"kinds": ", ".join(str(PriceKind(kind).label) for kind in repeated)}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["budget"] = Budget(self, request.GET)
        return context
