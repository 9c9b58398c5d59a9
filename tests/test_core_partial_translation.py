"""Partial translation degrades gracefully: menus reach every section in every language, a page not
translated yet says so, and hreflang, the switcher and the sitemap name only real translations."""

import re

import pytest

from .conftest import publish_translation
from .factories import ContentPageFactory


def menu(html):
    """(title, lang attribute, label) of each main-menu link."""
    nav = re.search(r'<nav class="main-menu".*?</nav>', html, re.S).group(0)
    return [
        (title.strip(), lang, label)
        for lang, title, label in re.findall(
            r'<a class="main-menu__link" href="[^"]+"(?: aria-current="[^"]+")?(?: lang="(\w+)")?>([^<]+)'
            r'(?:<span class="language-label language-label--code">(\w+)</span>)?</a>',
            nav,
        )
    ]


@pytest.fixture
def sections(translated_home):
    living = ContentPageFactory(parent=translated_home["en"], title="Living", slug="living")
    polish = publish_translation(living, "pl")
    polish.title = "Życie"
    polish.save_revision().publish()
    visas = ContentPageFactory(parent=translated_home["en"], title="Visas", slug="visas")
    return {"living": living, "polish_living": polish, "visas": visas}


def test_menus_of_every_language_list_every_section(client, sections):
    assert menu(client.get("/en/").text) == [("Living", "", ""), ("Visas", "", "")]
    assert menu(client.get("/pl/").text) == [("Życie", "", ""), ("Visas", "en", "EN")]
    # Arabic has a home page and nothing else yet: the English sections, labelled.
    assert menu(client.get("/ar/").text) == [("Living", "en", "EN"), ("Visas", "en", "EN")]


def test_a_page_not_translated_yet_says_so_in_the_readers_language(client, sections):
    response = client.get("/pl/visas/")
    assert response.status_code == 404
    html = response.text
    assert "Ta strona nie jest jeszcze przetłumaczona" in html
    assert '<li lang="en"><a href="/en/visas/" hreflang="en">Visas</a> (English)</li>' in html
    # hreflang and the switcher name the real translation only.
    assert re.findall(r'<link rel="alternate" hreflang="(\w+)"', html) == ["en"]
    arabic = client.get("/ar/living/").text
    assert "هذه الصفحة لم تُترجم بعد" in arabic
    assert 'href="/en/living/"' in arabic and 'href="/pl/living/"' in arabic


def test_unknown_paths_and_languages_stay_plain_404s(client, sections):
    missing = client.get("/pl/no-such-page/")
    assert missing.status_code == 404 and "Nie znaleziono strony" in missing.text
    unknown = client.get("/xx/visas/", follow=True)
    assert unknown.status_code == 404
    assert '<html lang="en"' in unknown.text and "Page not found" in unknown.text


def test_unpublished_or_deleted_source_leaves_no_dangling_link(client, sections):
    sections["living"].unpublish()
    polish = client.get("/pl/living/").text
    assert 'hreflang="en"' not in polish.split("</head>")[0]
    assert 'href="http://testserver/en/living/"' not in polish
    # The English menu no longer names the section; the Polish one still names its live translation.
    assert ("Living", "", "") not in menu(client.get("/en/").text)
    assert ("Życie", "", "") in menu(client.get("/pl/").text)
    assert "/en/living/" not in client.get("/sitemap.xml").text
    # A page not translated and then unpublished is no longer offered from other languages.
    sections["visas"].unpublish()
    assert "Visas" not in client.get("/pl/").text
    assert client.get("/pl/visas/").status_code == 404
    assert "Ta strona nie jest jeszcze przetłumaczona" not in client.get("/pl/visas/").text
    sections["visas"].delete()
    assert client.get("/pl/").status_code == 200
