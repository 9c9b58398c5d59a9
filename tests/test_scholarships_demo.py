"""The scholarships demo: in the menu and the finder of every language, dated, found by who may apply."""

import pytest
from django.conf import settings
from django.utils.html import escape

from core.demo import translation_tables
from scholarships.demo import INDEX, SCHOLARSHIPS

from .test_demo_reach import menu_links

LANGUAGES = [code for code, _name in settings.LANGUAGES]
TABLES = {settings.LANGUAGE_CODE: {}, **translation_tables("scholarships")}


def shown(language, english):
    return escape(TABLES[language].get(english, english))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_finder_in_its_menu_and_every_scholarship(client, demo, language):
    menu = menu_links(client.get(f"/{language}/").text)
    assert (f"/{language}/scholarships/", TABLES[language].get(INDEX["title"], INDEX["title"])) in menu
    html = client.get(f"/{language}/scholarships/").text
    assert "language-label" not in html.split("<main", 1)[1]  # every one translated
    for scholarship in SCHOLARSHIPS:
        assert shown(language, scholarship["title"]) in html, (language, scholarship["slug"])


def test_a_ukrainian_masters_student_finds_banach_in_ukrainian(client, demo):
    html = client.get("/uk/scholarships/", {"citizenship": "UA", "level": "master"}).text
    banach, lukasiewicz, first_choice = (SCHOLARSHIPS[0], SCHOLARSHIPS[1], SCHOLARSHIPS[2])
    assert shown("uk", banach["title"]) in html
    assert shown("uk", first_choice["title"]) in html  # open to every citizenship and level
    assert shown("uk", lukasiewicz["title"]) not in html
    page = client.get(f"/uk/scholarships/{banach['slug']}/").text
    assert "Громадяни: Україна, Молдова, Грузія" in page
    assert '<time datetime="2026-11-30">' in page  # checked on
    # The translated lines of what it covers keep their line breaks (wagtail-localize's <br/>).
    assert "Щомісячна виплата на витрати на проживання.<br>" in page
    assert "&lt;br" not in page
