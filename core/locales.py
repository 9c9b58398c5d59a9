"""Keep Wagtail's Locale rows in step with the languages configured in settings."""

from django.conf import settings


def sync_locales(using="default", **kwargs):
    """Create a Locale for every configured content language, so a new language needs no code."""
    from wagtail.models import Locale

    existing = set(Locale.objects.using(using).values_list("language_code", flat=True))
    Locale.objects.using(using).bulk_create(
        Locale(language_code=code)
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code not in existing
    )
