from django.core.exceptions import PermissionDenied
from wagtail import hooks

from . import guards
from .models import translator_locale_ids


@hooks.register("register_admin_urls", order=-1)
def register_guarded_localize_urls():
    return guards.urls()


@hooks.register("before_edit_snippet", order=-1)
def keep_translators_in_their_locale(request, instance):
    """A translator opens snippets (and their translation editor) of their own locales only."""
    allowed = translator_locale_ids(request.user)
    locale_id = getattr(instance, "locale_id", None)
    if allowed is not None and locale_id is not None and locale_id not in allowed:
        raise PermissionDenied
