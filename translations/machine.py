"""The machine translator that wagtail-localize offers, chosen from the environment.

Imported by the settings, so it must not import Django models.
"""

LIBRETRANSLATE = "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
DUMMY = "wagtail_localize.machine_translators.dummy.DummyTranslator"
# Every service goes through the glossary (translations/glossary.py); DeepL through its own API.
GLOSSARY = "translations.glossary.GlossaryTranslator"
DEEPL_WITH_GLOSSARY = "translations.glossary.DeepLGlossaryTranslator"


def with_glossary(service, options=None):
    return {"CLASS": GLOSSARY, "OPTIONS": {"CLASS": service, "OPTIONS": options or {}}}


def machine_translator_from_env(environ, development=False):
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR setting: DeepL, LibreTranslate, the dummy, or None.

    DeepL wins when both services are configured; the dummy (reversed words) only serves
    development, so production without a key has no machine-translate button at all.
    """
    if environ.get("DEEPL_API_KEY"):
        options = {"AUTH_KEY": environ["DEEPL_API_KEY"], "API_URL": environ.get("DEEPL_API_URL", "")}
        return {"CLASS": DEEPL_WITH_GLOSSARY, "OPTIONS": options}
    if environ.get("LIBRETRANSLATE_URL"):
        return with_glossary(
            LIBRETRANSLATE,
            {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"].rstrip("/"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
                "TIMEOUT": 30,
            },
        )
    if development:
        return with_glossary(DUMMY)
    return None
