"""Language prefixes, redirects, hreflang, the language switcher and localized error pages."""

import re

import pytest

from .factories import ContentPageFactory


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        (None, "/en/"),
        ("pl-PL,pl;q=0.9,en;q=0.8", "/pl/"),
        ("ar", "/ar/"),
        ("fr-FR,fr;q=0.9", "/en/"),
        ("%%%;q=abc,,;", "/en/"),
        ("x" * 600, "/en/"),
    ],
)
def test_root_redirects_to_the_best_language(client, home_page, accept_language, expected):
    headers = {"Accept-Language": accept_language} if accept_language else {}
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("pl", "ltr"), ("ar", "rtl")])
def test_html_carries_language_and_direction(client, translated_home, language, direction):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{direction}">' in response.text


def test_unknown_language_prefix_ends_in_an_english_404(client, home_page):
    response = client.get("/xx/", follow=True)
    assert response.status_code == 404
    assert '<html lang="en" dir="ltr">' in response.text
    assert "Page not found" in response.text


def test_page_without_translation_is_404_in_that_language(client, translated_home):
    ContentPageFactory(parent=translated_home["en"], slug="visas", title="Visas")
    assert client.get("/en/visas/").status_code == 200
    response = client.get("/pl/visas/")
    assert response.status_code == 404
    # Not a bare 404 page: it says so in Polish and links to the English page (docs/localization.md).
    assert "Ta strona nie jest jeszcze przetłumaczona" in response.text
    assert 'href="/en/visas/" hreflang="en"' in response.text


def test_language_without_home_page_is_404(client, translated_home):
    assert client.get("/uk/").status_code == 404


def test_hreflang_lists_real_translations_and_x_default(client, translated_home):
    response = client.get("/pl/")
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', response.text))
    assert alternates == {
        "en": "http://testserver/en/",
        "x-default": "http://testserver/en/",
        "pl": "http://testserver/pl/",
        "ar": "http://testserver/ar/",
    }


def test_language_switcher_links_to_this_pages_translations(client, translated_home):
    from .conftest import publish_translation

    english = ContentPageFactory(parent=translated_home["en"], slug="housing", title="Housing")
    publish_translation(english, "pl")
    response = client.get("/en/housing/")
    switcher = response.text.split('class="language-switcher"')[1].split("</nav>")[0]
    assert 'href="http://testserver/pl/housing/" lang="pl" hreflang="pl"' in switcher
    assert 'href="http://testserver/en/housing/" lang="en" hreflang="en" aria-current="true"' in switcher
    # No Arabic translation of this page: the switcher does not offer a link that would 404.
    assert "/ar/" not in switcher


def test_main_menu_shows_the_pages_of_the_current_locale(client, translated_home):
    from .conftest import publish_translation

    english = ContentPageFactory(parent=translated_home["en"], title="Scholarships", slug="scholarships")
    polish = publish_translation(english, "pl")
    polish.title = "Stypendia"
    polish.save_revision().publish()
    ContentPageFactory(parent=translated_home["en"], title="Hidden", slug="hidden", show_in_menus=False)

    english_menu = client.get("/en/").text.split('class="main-menu"')[1].split("</nav>")[0]
    polish_menu = client.get("/pl/").text.split('class="main-menu"')[1].split("</nav>")[0]
    assert 'href="/en/scholarships/"' in english_menu and "Scholarships" in english_menu
    assert "Hidden" not in english_menu
    assert 'href="/pl/scholarships/"' in polish_menu and "Stypendia" in polish_menu


def test_current_menu_item_is_marked(client, home_page):
    ContentPageFactory(parent=home_page, title="Housing", slug="housing")
    response = client.get("/en/housing/")
    assert 'href="/en/housing/" aria-current="page"' in response.text


def test_server_error_page_is_localized(rf):
    from django.utils import translation

    from monitoring.errors import server_error

    with translation.override("pl"):
        response = server_error(rf.get("/pl/"))
    assert response.status_code == 500
    assert '<html lang="pl" dir="ltr">' in response.content.decode()
    assert "Coś poszło nie tak" in response.content.decode()


def test_database_outage_page_is_a_localized_503(rf):
    from django.db import OperationalError

    from monitoring.errors import server_error

    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = server_error(rf.get("/ar/news/"))
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert '<html lang="ar" dir="rtl">' in response.content.decode()
    assert "البوابة غير متاحة مؤقتًا" in response.content.decode()
