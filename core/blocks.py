"""Stream blocks shared by every page type that has a body."""

import copy

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images import blocks as images_blocks

from .localization import ChosenTogether, localize_one


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class ImageChooserBlock(images_blocks.ImageChooserBlock):
    """Wagtail's image chooser, whose images come with their renditions: all the images of a stream in two
    queries, and no rendition lookup per image when the page renders."""

    # It stores what ImageChooserBlock stores: migrations see an ImageChooserBlock.
    canonical_module_path = "wagtail.images.blocks.ImageChooserBlock"

    def bulk_to_python(self, values):
        images = self.model_class.objects.filter(pk__in=values).prefetch_renditions().in_bulk()
        seen, result = set(), []
        for pk in values:
            image = images.get(pk)
            # The same image twice gets two objects, as Wagtail's chooser blocks give.
            result.append(copy.copy(image) if image is not None and pk in seen else image)
            seen.add(pk)
        return result


class ImageBlock(blocks.StructBlock):
    """A content image: alt text is required unless the editor marks the image as decorative."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        label=_("decorative"),
        required=False,
        help_text=_("Tick only if the image adds nothing to the text; it then gets empty alt text."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not value.get("alt_text"):
            raise StructBlockValidationError(
                {"alt_text": ValidationError(_("Add alternative text or mark the image as decorative."))}
            )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class LocalizedPageChooserBlock(blocks.PageChooserBlock):
    """A page chooser whose value, when rendered, is what the reader sees (core.localization):
    the chosen page in the reader's language or its fallback, or None when nothing is visible.

    The stored and edited value stays the page the editor chose; a block holding a list of these
    choosers localizes the whole list with one `localize()` call.
    """

    # It stores exactly what PageChooserBlock stores: migrations see a PageChooserBlock, so switching
    # a field to this block needs none.
    canonical_module_path = "wagtail.blocks.PageChooserBlock"

    def bulk_to_python(self, values):
        # Every value of this chooser in the stream (all its blocks) is localized together on first use.
        pages = super().bulk_to_python(values)
        ChosenTogether(pages)
        return pages

    def get_context(self, value, parent_context=None):
        return super().get_context(localize_one(value) if value else None, parent_context=parent_context)


class LinkStructValue(blocks.StructValue):
    @cached_property
    def target(self):
        """The chosen page as the reader sees it, or None (then the link is external or omitted)."""
        return localize_one(self.get("page")) if self.get("page") else None

    def url(self):
        if self.get("page"):
            return self.target.url if self.target else None
        return self.get("external_url")


class CallToActionBlock(blocks.StructBlock):
    """A prominent link to a page of the portal or to another site."""

    text = blocks.CharBlock(label=_("text"), max_length=100)
    page = LocalizedPageChooserBlock(label=_("page"), required=False)
    external_url = blocks.URLBlock(label=_("external URL"), required=False)

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        value_class = LinkStructValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise StructBlockValidationError(
                non_block_errors=[ValidationError(_("Choose either a page or an external URL."))]
            )
        return value


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
