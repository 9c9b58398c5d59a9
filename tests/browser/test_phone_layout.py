"""Every page type in every language on a 390 × 844 phone: the compact header and the cookie banner
leave the page's own heading on the first screen, and nothing scrolls sideways.

Arabic's phone screens are checked, with its desktop ones, in test_arabic_layout.py."""

from django.conf import settings
from playwright.sync_api import expect

from .layout import COOKIE_SETTINGS, page_type_paths, screen_problems

PHONE = {"width": 390, "height": 844}


def test_the_heading_of_every_page_type_is_on_a_phones_first_screen(demo_site, browser, tmp_path):
    paths = page_type_paths()
    problems = {}
    for language, _name in settings.LANGUAGES:
        if language == "ar":
            continue
        context = browser.new_context(locale=language, viewport=PHONE)
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        try:
            for path in paths:
                tab.goto(f"{demo_site.url}/{language}/{path}")
                # The cookie settings page is the banner's own form and shows no banner.
                assert tab.locator(".consent-banner").is_visible() == (path != COOKIE_SETTINGS), path
                name = path.strip("/").replace("/", "_").replace("?", "_") or "home"
                tab.screenshot(path=tmp_path / f"{language}-{name}-390.png")
                if found := screen_problems(tab, first_screen=PHONE["height"]):
                    problems[f"/{language}/{path}"] = found
        finally:
            context.close()
    assert not problems, problems


def test_the_phone_menu_opens_and_closes_with_and_without_javascript(demo_site, browser):
    for javascript in (True, False):
        context = browser.new_context(locale="uk", viewport=PHONE, java_script_enabled=javascript)
        tab = context.new_page()
        try:
            tab.goto(f"{demo_site.url}/uk/")
            menu = tab.get_by_role("navigation", name="Головне меню")
            expect(menu).to_be_hidden()
            toggle = tab.locator(".site-menu__toggle")
            expect(toggle).to_have_text("Меню")
            toggle.click()
            expect(menu).to_be_visible()
            expect(tab.get_by_role("navigation", name="Виберіть мову")).to_be_visible()
            if javascript:
                # The module lets Escape close the menu and returns focus to its toggle.
                menu.get_by_role("link").first.focus()
                tab.keyboard.press("Escape")
                expect(toggle).to_be_focused()
            else:
                toggle.click()
            expect(menu).to_be_hidden()
        finally:
            context.close()
