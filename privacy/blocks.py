"""Stream blocks of the policy pages: sections with headings, text and the table of cookies."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks

from core.blocks import BodyStreamBlock, HeadingBlock

from .categories import CHOICES, LABELS, NECESSARY


class CookieValue(blocks.StructValue):
    def category_label(self):
        return LABELS.get(self.get("category"), self.get("category"))


class CookieBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("cookie name"), max_length=100)
    purpose = blocks.TextBlock(label=_("purpose"))
    duration = blocks.CharBlock(label=pgettext_lazy("how long a cookie is kept", "duration"), max_length=100)
    category = blocks.ChoiceBlock(
        label=_("category"),
        choices=CHOICES,
        default=NECESSARY.name,
    )

    class Meta:
        icon = "list-ul"
        label = _("Cookie")
        value_class = CookieValue


class CookieTableBlock(blocks.StructBlock):
    """A table of cookies (name, purpose, duration, category) whose every cell translators translate.

    wagtail.contrib's table blocks are copied as they are between languages by wagtail-localize,
    so a typed StructBlock keeps the table translatable.
    """

    caption = blocks.CharBlock(label=pgettext_lazy("title of a table", "caption"), max_length=200)
    cookies = blocks.ListBlock(CookieBlock(), label=_("cookies"), min_num=1)

    class Meta:
        icon = "table"
        label = _("Table of cookies")
        template = "privacy/blocks/cookie_table_block.html"


class PolicyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    # The same paragraph as every other body of the portal.
    paragraph = BodyStreamBlock.base_blocks["paragraph"]
    cookie_table = CookieTableBlock()


REASON_CHOICES = [
    ("non_compliance", _("Non-compliance with the accessibility requirements")),
    ("disproportionate_burden", _("Disproportionate burden")),
    ("out_of_scope", _("Content outside the scope of the legislation")),
]


class NonAccessibleContentValue(blocks.StructValue):
    def reason_label(self):
        return dict(REASON_CHOICES).get(self.get("reason"), "")


class NonAccessibleContentBlock(blocks.StructBlock):
    """One part of the site that is not accessible, why, and what visitors can use instead."""

    content = blocks.TextBlock(label=_("content that is not accessible"))
    reason = blocks.ChoiceBlock(label=_("reason"), choices=REASON_CHOICES)
    alternative = blocks.TextBlock(label=_("accessible alternative"), required=False)

    class Meta:
        icon = "warning"
        label = _("Content that is not accessible")
        value_class = NonAccessibleContentValue
