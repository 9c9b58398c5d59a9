"""The document download block: a file with its type, size, language and accessibility."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class DocumentDownloadBlock(blocks.StructBlock):
    """Links to a document and says what the reader gets before downloading it."""

    document = DocumentChooserBlock(
        label=_("document"),
        help_text=_("Translations may point to a document in their own language."),
    )
    title = blocks.CharBlock(
        label=_("link text"), required=False, max_length=200, help_text=_("The document title when empty.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "documents/blocks/document_download_block.html"
