from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.models import BasePage


class UniversitiesIndexPage(BasePage):
    """The list of Białystok's universities."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["institutions.InstitutionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("universities index")


class InstitutionPage(BasePage):
    """A local university: the section of the tree where its own editors work."""

    short_name = models.CharField(_("short name"), max_length=30)

    content_panels = [*BasePage.content_panels, FieldPanel("short_name")]

    parent_page_types = ["institutions.UniversitiesIndexPage"]

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
