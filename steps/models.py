import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import CallToActionBlock
from core.models import BasePage, IntroMixin


class Citizenship(models.TextChoices):
    EU = "eu", _("EU, EEA or Switzerland")
    UKRAINE = "ukraine", _("Ukraine")
    OTHER = "other", _("Other countries")


class StudyLevel(models.TextChoices):
    DEGREE = "degree", _("Degree studies (bachelor's or master's)")
    EXCHANGE = "exchange", _("Exchange semester")
    DOCTORAL = "doctoral", _("Doctoral studies")


class StepBlock(blocks.StructBlock):
    """One thing to do on the way to Białystok, for the citizenship groups and levels it applies to."""

    title = blocks.CharBlock(label=_("title"), max_length=120)
    what_to_do = blocks.TextBlock(label=_("what to do"))
    documents = blocks.TextBlock(label=_("documents needed"), required=False)
    where = blocks.CharBlock(label=_("where"), max_length=200, required=False)
    duration = blocks.CharBlock(
        label=_("how long it takes"), max_length=120, required=False, help_text=_("E.g. “up to 6 weeks”.")
    )
    days_before_start = blocks.IntegerBlock(
        label=_("days before the semester starts"),
        min_value=-180,
        max_value=730,
        help_text=_("When to do it at the latest; a negative number of days is after the start."),
    )
    citizenship = blocks.MultipleChoiceBlock(label=_("for citizens of"), choices=Citizenship.choices)
    levels = blocks.MultipleChoiceBlock(label=_("for studies"), choices=StudyLevel.choices)
    links = blocks.ListBlock(CallToActionBlock(), label=_("links"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class StepsGuidePage(IntroMixin, BasePage):
    """Your steps to Białystok: each student's own ordered checklist, dated from the semester start."""

    semester_start = models.DateField(
        _("semester starts"), help_text=_("The steps' dates are counted back from this day.")
    )
    steps = StreamField([("step", StepBlock())], verbose_name=_("steps"))

    content_panels = [
        *BasePage.content_panels,
        *IntroMixin.intro_panels,
        FieldPanel("semester_start"),
        FieldPanel("steps"),
    ]
    search_type = "steps"
    search_type_label = _("Steps to Białystok")
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("steps")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("steps guide")
        verbose_name_plural = _("steps guides")

    def dated_steps(self, citizenship="", level=""):
        """The steps for a citizenship group and a level (empty: any), by date, each with its `date`."""
        chosen = []
        for position, block in enumerate(self.steps):
            value = block.value
            if citizenship and citizenship not in value["citizenship"]:
                continue
            if level and level not in value["levels"]:
                continue
            date = self.semester_start - datetime.timedelta(days=value["days_before_start"])
            chosen.append((date, position, block))
        return [
            {"date": date, "block": block} for date, _position, block in sorted(chosen, key=lambda s: s[:2])
        ]

    def get_context(self, request, *args, **kwargs):
        from .guide import guide_context

        context = super().get_context(request, *args, **kwargs)
        context.update(guide_context(self, request))
        return context
