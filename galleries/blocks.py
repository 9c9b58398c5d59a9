"""Blocks of galleries: one photo of a gallery, and a gallery embedded in another page."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from core.blocks import LocalizedPageChooserBlock
from core.localization import localize_one


class GalleryImageBlock(blocks.StructBlock):
    """A photo of a gallery with its alt text and caption, both translated per language."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("Describe what the photo shows; the image title is not read out."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Photo")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("alt_text", "").strip():
            raise StructBlockValidationError({"alt_text": ValidationError(_("Describe the photo."))})
        return value


class GalleryStreamBlock(blocks.StreamBlock):
    photo = GalleryImageBlock()

    class Meta:
        block_counts = {"photo": {"min_num": 1}}


class GalleryEmbedBlock(blocks.StructBlock):
    """A preview of a gallery inside an article, linking to the whole gallery."""

    gallery = LocalizedPageChooserBlock(label=_("gallery"), page_type="galleries.GalleryPage")

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "galleries/blocks/gallery_embed_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        gallery = localize_one(value["gallery"])
        context["gallery"] = gallery
        context["photos"] = embedded_photos(gallery) if gallery else []
        return context


def embedded_photos(gallery):
    """The first photos of `gallery`, looked up once however many blocks of a page embed it (the chooser
    blocks of a body share one object per gallery: core.localization.ChosenTogether)."""
    if not hasattr(gallery, "embedded_photos"):
        gallery.embedded_photos = gallery.photos(limit=6)
    return gallery.embedded_photos
