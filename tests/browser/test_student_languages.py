"""A student reads the portal, switches language and gets right-to-left Arabic."""

from playwright.sync_api import expect

from .accessibility import assert_accessible


def test_student_switches_from_english_to_polish(demo_site, page):
    page.goto(f"{demo_site.url}/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Study in Białystok")
    assert_accessible(page)

    page.get_by_role("navigation", name="Choose a language").get_by_role("link", name="polski").click()

    expect(page).to_have_url(f"{demo_site.url}/pl/")
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    expect(page.get_by_role("heading", level=1)).to_have_text("Studiuj w Białymstoku")
    assert_accessible(page)


def test_student_keeps_the_page_when_switching_language(demo_site, page):
    page.goto(f"{demo_site.url}/en/")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Living in Białystok").click()
    expect(page).to_have_url(f"{demo_site.url}/en/living-in-bialystok/")
    assert_accessible(page)

    page.get_by_role("link", name="polski").click()
    expect(page).to_have_url(f"{demo_site.url}/pl/living-in-bialystok/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Życie w Białymstoku")
    expect(page.get_by_role("navigation", name="Menu główne")).to_be_visible()


def test_arabic_is_right_to_left_and_mirrors_the_layout(demo_site, page):
    page.goto(f"{demo_site.url}/ar/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text("ادرس في بياليستوك")
    brand = page.locator(".site-header__brand").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    # The brand starts the header on the right in Arabic, and the language switcher sits to its left.
    assert brand["x"] > switcher["x"]
    assert_accessible(page)


def test_skip_link_moves_focus_to_the_main_content(demo_site, page):
    page.goto(f"{demo_site.url}/en/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#main-content")).to_be_focused()


def test_not_found_page_is_accessible_and_localized(demo_site, page):
    response = page.goto(f"{demo_site.url}/pl/no-such-page/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Nie znaleziono strony")
    assert_accessible(page)
