"""Demo translator groups, so a local admin can try the per-language translator roles at once."""

import io

from django.core.management import call_command
from wagtail.models import Locale

from .models import GlossaryTerm, TranslatorLocale

# Names that machine translation keeps as written in every language, and one agreed Polish name.
GLOSSARY = [
    ("Białystok", None, ""),
    ("Erasmus+", None, ""),
    ("KA107", None, ""),
    ("International Training Week", None, ""),
    ("Bialystok University of Technology", "pl", "Politechnika Białostocka"),
    ("Medical University of Białystok", "pl", "Uniwersytet Medyczny w Białymstoku"),
    ("University of Białystok", "pl", "Uniwersytet w Białymstoku"),
]


def load(builder):
    # Runs after the other apps' demos, when every language has its home page.
    languages = Locale.objects.exclude(id=Locale.get_default().id).count()
    if TranslatorLocale.objects.count() < languages:
        call_command("create_translator_groups", stdout=io.StringIO())
        builder.report("translator groups (“Translators — Polish”, …)")
    for term, language_code, rendering in GLOSSARY:
        locale = Locale.objects.get(language_code=language_code) if language_code else None
        _term, created = GlossaryTerm.objects.get_or_create(
            term=term, locale=locale, defaults={"rendering": rendering}
        )
        if created:
            builder.report(f"glossary term “{term}”")
