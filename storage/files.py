"""The storage of document files: STORAGES["documents"], looked up when first used."""

from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty


class DocumentsStorage(LazyObject):
    """Like Django's default_storage, for the "documents" alias (private objects in object storage)."""

    def _setup(self):
        self._wrapped = storages["documents"]


_documents_storage = DocumentsStorage()


def documents_storage():
    """The FileField storage callable of the document model (kept by name in its migration)."""
    return _documents_storage


@receiver(setting_changed)
def forget_documents_storage(*, setting, **kwargs):
    if setting == "STORAGES":
        _documents_storage._wrapped = empty
