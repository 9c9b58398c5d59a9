"""Every language of the demo carries the portal: its menu and footer are never empty, and lead somewhere."""

import re
from urllib.parse import urlsplit

from django.conf import settings

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def menu_links(html):
    """(href, text) of the main menu's links, the text without its language label."""
    menu = re.search(r'<nav class="main-menu[^"]*".*?</nav>', html, re.S)
    assert menu, "the page has no main menu"
    links = re.findall(r'<a class="main-menu__link" href="([^"]+)"[^>]*>(.*?)</a>', menu.group(0), re.S)
    return [(href, re.sub(r"<[^>]+>", "", text).strip()) for href, text in links]


def footer_links(html):
    footer = re.search(r'<footer class="site-footer.*?</footer>', html, re.S)
    assert footer, "the page has no footer"
    return re.findall(r'<a [^>]*href="([^"]+)"', footer.group(0))


def test_every_language_has_a_full_menu_and_footer_whose_links_answer(client, demo):
    english_menu = menu_links(client.get("/en/").content.decode())
    checked = set()
    for language in LANGUAGES:
        html = client.get(f"/{language}/").content.decode()
        menu = menu_links(html)
        footer = footer_links(html)
        # The same sections in every language, each in the reader's language: the demo translates them
        # all, so no menu item falls back to English with a language label.
        assert len(menu) == len(english_menu) >= 6, language
        assert "language-label" not in re.search(r'<nav class="main-menu.*?</nav>', html, re.S).group(0)
        for href, text in menu:
            assert href.startswith(f"/{language}/") and text, (language, href)
        if language != settings.LANGUAGE_CODE:
            assert not {text for _href, text in menu} & {text for _href, text in english_menu}, language
        # The privacy policy, the cookie policy and the accessibility statement of the language, and
        # the cookie settings.
        policies = [href for href in footer if href.startswith(f"/{language}/") and "?" not in href]
        assert len(policies) == 3, (language, footer)
        assert any(urlsplit(href).path == f"/{language}/cookie-settings/" for href in footer), footer
        for href in {href for href, _text in menu} | set(footer):
            if href in checked:
                continue
            checked.add(href)
            response = client.get(href.replace("&amp;", "&"))
            assert response.status_code == 200, (language, href, response.status_code)
    assert len(checked) >= len(LANGUAGES) * 10


def test_every_home_page_features_the_training_week_and_its_gallery_first(client, demo):
    for language in LANGUAGES:
        html = client.get(f"/{language}/").content.decode()
        stories = re.search(r'<section class="featured-stories".*?</section>', html, re.S)
        assert stories, language
        assert f'href="/{language}/news/international-training-week-2022/"' in stories.group(0), language
        gallery = re.search(r'<section class="gallery-embed".*?</section>', html, re.S)
        assert f'href="/{language}/international-training-week-2022-photos/"' in gallery.group(0)
        assert re.search(r'<section class="upcoming-events".*?<li', html, re.S), language
        # Before the latest news, which the generated articles fill.
        assert html.index('<section class="featured-stories"') < html.index('<section class="latest-news"')
