"""The body of a news article: the shared blocks plus partner lists, downloads and galleries."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale, Page

from core.blocks import BodyStreamBlock
from documents.blocks import DocumentDownloadBlock
from galleries.blocks import GalleryEmbedBlock


class PartnerListBlock(blocks.StructBlock):
    """A list of partner universities, each linking to its page in the reader's language."""

    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=200)
    partners = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="partners.PartnerPage"), label=_("partner universities")
    )

    class Meta:
        icon = "list-ul"
        label = _("Partner universities")
        template = "news/blocks/partner_list_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        chosen = [partner for partner in value["partners"] if partner]
        # One query for all the translations instead of one `.localized` per partner.
        translations = {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(translation_key__in=[p.translation_key for p in chosen], locale=Locale.get_active())
            .specific()
        }
        context["partners"] = [
            translations.get(partner.translation_key, partner)
            for partner in chosen
            if partner.translation_key in translations or partner.live
        ]
        return context


class NewsBodyStreamBlock(BodyStreamBlock):
    partners = PartnerListBlock()
    document = DocumentDownloadBlock()
    gallery = GalleryEmbedBlock()
