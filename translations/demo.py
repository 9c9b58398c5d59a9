"""Demo translator groups, so a local admin can try the per-language translator roles at once."""

import io

from django.core.management import call_command
from wagtail.models import Locale

from .models import TranslatorLocale


def load(builder):
    # Runs after the other apps' demos, when every language has its home page.
    languages = Locale.objects.exclude(id=Locale.get_default().id).count()
    if TranslatorLocale.objects.count() < languages:
        call_command("create_translator_groups", stdout=io.StringIO())
        builder.report("translator groups (“Translators — Polish”, …)")
