"""The body of a news article: the shared blocks plus partner lists, downloads and galleries."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import BodyStreamBlock, LocalizedPageChooserBlock
from core.localization import localize
from documents.blocks import DocumentDownloadBlock
from galleries.blocks import GalleryEmbedBlock


class PartnerListBlock(blocks.StructBlock):
    """A list of partner universities, each linking to its page in the reader's language."""

    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=200)
    partners = blocks.ListBlock(
        LocalizedPageChooserBlock(page_type="partners.PartnerPage"), label=_("partner universities")
    )

    class Meta:
        icon = "list-ul"
        label = _("Partner universities")
        template = "news/blocks/partner_list_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["partners"] = localize(value["partners"])
        return context


class NewsBodyStreamBlock(BodyStreamBlock):
    partners = PartnerListBlock()
    document = DocumentDownloadBlock()
    gallery = GalleryEmbedBlock()
