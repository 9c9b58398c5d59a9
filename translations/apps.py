from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Translation workflows around wagtail-localize: PO checks, bulk machine translation, coverage."""

    name = "translations"
    verbose_name = _("Translation workflows")
    default_auto_field = "django.db.models.BigAutoField"
