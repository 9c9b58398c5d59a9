from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.models import BasePage


class PartnerIndexPage(BasePage):
    """The directory of partner universities around the world."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner index")


class PartnerPage(BasePage):
    """A partner university abroad and what it does with Białystok's universities."""

    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166 two-letter code"))
    city = models.CharField(_("city"), max_length=100, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("country"), FieldPanel("city")]

    parent_page_types = ["partners.PartnerIndexPage"]

    class Meta:
        verbose_name = _("partner university")
        verbose_name_plural = _("partner universities")
