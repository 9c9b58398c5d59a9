"""The machine translator that wagtail-localize offers, chosen from the environment.

Imported by the settings, so it must not import Django models.
"""

LIBRETRANSLATE = "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
DEEPL = "wagtail_localize.machine_translators.deepl.DeepLTranslator"
DUMMY = "wagtail_localize.machine_translators.dummy.DummyTranslator"


def machine_translator_from_env(environ, development=False):
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR setting: DeepL, LibreTranslate, the dummy, or None.

    DeepL wins when both services are configured; the dummy (reversed words) only serves
    development, so production without a key has no machine-translate button at all.
    """
    if environ.get("DEEPL_API_KEY"):
        return {"CLASS": DEEPL, "OPTIONS": {"AUTH_KEY": environ["DEEPL_API_KEY"]}}
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": LIBRETRANSLATE,
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"].rstrip("/"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
                "TIMEOUT": 30,
            },
        }
    if development:
        return {"CLASS": DUMMY}
    return None
