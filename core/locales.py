"""Keep Wagtail's Locale rows in step with the languages configured in settings; objects in the reader's language."""

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


def localized_by_key(objects, locale, queryset):
    """Each object's translation into `locale` (itself when untranslated), by translation key.

    One query for any number of objects: `queryset` (e.g. live pages of one type) is filtered by
    the locale and the objects' translation keys.
    """
    keys = {obj.translation_key for obj in objects}
    found = {obj.translation_key: obj for obj in queryset.filter(locale=locale, translation_key__in=keys)}
    return {obj.translation_key: found.get(obj.translation_key, obj) for obj in objects}
