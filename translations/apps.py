from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Translation workflows around wagtail-localize: PO checks, bulk machine translation, coverage."""

    name = "translations"
    verbose_name = _("Translation workflows")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from .bulk import approve_on_publish

        page_published.connect(approve_on_publish, dispatch_uid="translations_approve_on_publish")
