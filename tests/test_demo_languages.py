"""The demo in every language: each section answers in the reader's language, through wagtail-localize."""

import re

import pytest
from django.conf import settings
from django.utils.html import escape
from wagtail.models import Page
from wagtail_localize.models import Translation

from core.demo import translated_languages, translation_tables
from home.demo import HOME, PAGES
from home.demo import POLISH as HOME_POLISH
from institutions.demo_content import INSTITUTIONS
from institutions.demo_content import POLISH as INSTITUTIONS_POLISH
from news.demo import INDEX_POLISH, story
from partners.demo import INDEX as PARTNER_INDEX
from partners.demo import POLISH as PARTNERS_POLISH
from privacy.demo import CONSENT, PRIVACY_POLICY
from privacy.demo import POLISH as PRIVACY_POLISH

LANGUAGES = translated_languages()

# Each section of the demo: its path below /<lang>/, and the English title its page shows there.
SECTIONS = {
    "home": ("", HOME["title"]),
    "content page": ("living-in-bialystok/", PAGES[1]["title"]),
    "news index": ("news/", "News"),
    "article": ("news/international-training-week-2022/", story.TITLE),
    "partner directory": ("partners/", PARTNER_INDEX["title"]),
    "institution": (f"universities/{INSTITUTIONS[0]['slug']}/", INSTITUTIONS[0]["title"]),
    "privacy policy": ("privacy-policy/", PRIVACY_POLICY["title"]),
}
# The tables load_demo applies: Polish beside the English text, the other languages in demo_translations/.
TABLES = {
    app: translation_tables(app, pl=polish)
    for app, polish in {
        "home": HOME_POLISH,
        "news": {**INDEX_POLISH, **story.POLISH},
        "partners": PARTNERS_POLISH,
        "institutions": INSTITUTIONS_POLISH,
        "privacy": PRIVACY_POLISH,
    }.items()
}
APP_OF = {
    "home": "home",
    "content page": "home",
    "news index": "news",
    "article": "news",
    "partner directory": "partners",
    "institution": "institutions",
    "privacy policy": "privacy",
}


def translated(app, language, english):
    return TABLES[app][language][english]


# The apps whose demo pages these tests cover (other apps bring their own demo tests).
DEMO_APPS = ["home", "institutions", "partners", "galleries", "news", "privacy"]


def heading(html):
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


def test_every_language_has_a_table_for_every_app_with_demo_pages():
    for app, tables in TABLES.items():
        assert list(tables) == LANGUAGES, app


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_answers_in_the_readers_language(client, demo, language):
    for section, (path, english) in SECTIONS.items():
        response = client.get(f"/{language}/{path}")
        assert response.status_code == 200, section
        html = response.content.decode()
        assert f'<html lang="{language}"' in html, section
        title = translated(APP_OF[section], language, english)
        assert title != english, section
        assert heading(html) == escape(title), section


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menu_names_the_sections_in_the_readers_language(client, demo, language):
    html = client.get(f"/{language}/").content.decode()
    menu = re.search(r'<nav class="main-menu".*?</nav>', html, re.S).group(0)
    for app, english in [
        ("news", "News"),
        ("partners", PARTNER_INDEX["title"]),
        ("institutions", "Universities"),
        ("home", PAGES[0]["title"]),
    ]:
        assert f">{escape(translated(app, language, english))}</a>" in menu, english
    # Each link ends with its translated title: none of these carries a language label.


def test_the_consent_banner_speaks_arabic_in_arabic(client, demo):
    html = client.get("/ar/").content.decode()
    banner = re.search(r'<p class="consent-banner__text">(.*?)</p>', html, re.S).group(1)
    assert banner == escape(translated("privacy", "ar", CONSENT["banner_text"]))


def test_every_demo_translation_is_complete_in_the_translators_editor(demo):
    translations = Translation.objects.select_related("source", "target_locale")
    assert {translation.target_locale.language_code for translation in translations} == set(LANGUAGES)
    for translation in translations:
        total, done = translation.get_progress()
        assert total == done, (translation.source, translation.target_locale)
        # The page or snippet it made exists and is the one the translators' editor opens.
        assert translation.source.get_translated_instance(translation.target_locale)


def test_every_translated_language_has_the_same_pages(demo):
    counts = {
        code: Page.objects.live()
        .filter(locale__language_code=code, content_type__app_label__in=DEMO_APPS)
        .count()
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }
    # Every translated language has the same pages; English also has the untranslated generated news.
    assert len({counts[code] for code in LANGUAGES}) == 1
    assert counts["en"] > counts["pl"]
