from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StorageConfig(AppConfig):
    name = "storage"
    verbose_name = _("Media storage")

    def ready(self):
        from wagtail.signals import page_published

        from .renditions import warm_renditions_on_publish

        page_published.connect(warm_renditions_on_publish, dispatch_uid="storage.warm_renditions")
