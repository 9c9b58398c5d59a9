from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Portal core")

    def ready(self):
        from . import checks  # noqa: F401  (registers the deployment checks)
        from .locales import sync_locales
        from .permissions import restore_submit_translation

        post_migrate.connect(sync_locales, sender=self)
        post_migrate.connect(restore_submit_translation, sender=self)
