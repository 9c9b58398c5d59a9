from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

from storage.files import documents_storage


def language_choices():
    """The portal's languages, read from settings when a form or check needs them.

    A callable, so migrations store a reference and adding a language to settings needs none.
    """
    return settings.LANGUAGES


class PortalDocument(AbstractDocument):
    """A downloadable file with what a reader needs to know before opening it: language and accessibility."""

    # Private objects in object storage, never under a public URL (STORAGES["documents"]).
    file = models.FileField(_("file"), upload_to="documents", storage=documents_storage)

    language = models.CharField(
        _("language"),
        max_length=7,
        choices=language_choices,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the document is written in."),
    )
    accessible = models.BooleanField(
        _("digitally accessible"),
        default=False,
        help_text=_(
            "Tick only if the file is tagged (headings, reading order, alternative texts) and was checked."
        ),
    )
    page_count = models.PositiveIntegerField(_("number of pages"), null=True, blank=True)
    html_alternative = models.URLField(
        _("HTML alternative"),
        blank=True,
        help_text=_("A web page with the same content, for readers who cannot use the file."),
    )

    admin_form_fields = (
        *Document.admin_form_fields,
        "language",
        "accessible",
        "page_count",
        "html_alternative",
    )

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def file_type(self):
        """The file type as readers know it: "PDF", "DOCX", …"""
        return self.file_extension.upper()
