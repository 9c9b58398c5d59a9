"""A student searches in Polish: suggestions by keyboard, the results page, no results."""

from playwright.sync_api import expect

from .accessibility import assert_accessible


def test_student_picks_a_suggestion_with_the_keyboard(demo_site, page):
    page.goto(f"{demo_site.url}/pl/")
    box = page.get_by_role("combobox", name="Szukaj")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.focus()
    page.keyboard.type("nauka polskiego", delay=40)

    listbox = page.get_by_role("listbox", name="Podpowiedzi")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    option = listbox.get_by_role("option").first
    expect(option).to_contain_text("Nauka polskiego")
    expect(page.locator(".site-search__status")).to_contain_text("Podpowiedzi:")

    page.keyboard.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", "site-search-listbox-option-0")
    expect(option).to_have_attribute("aria-selected", "true")
    assert_accessible(page)

    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{demo_site.url}/pl/learning-polish/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nauka polskiego")


def test_escape_closes_the_suggestions(demo_site, page):
    page.goto(f"{demo_site.url}/pl/")
    box = page.get_by_role("combobox", name="Szukaj")
    box.focus()
    page.keyboard.type("życie", delay=40)
    expect(page.get_by_role("listbox", name="Podpowiedzi")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_role("listbox", name="Podpowiedzi")).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_value("życie")


def test_student_searches_in_polish_and_opens_a_result(demo_site, page):
    page.goto(f"{demo_site.url}/pl/")
    box = page.get_by_role("combobox", name="Szukaj")
    box.focus()
    page.keyboard.type("Erasmus")
    page.keyboard.press("Enter")

    expect(page).to_have_url(f"{demo_site.url}/pl/search/?q=Erasmus")
    expect(page.get_by_role("heading", level=1)).to_have_text("Szukaj")
    recommended = page.get_by_role("region", name="Polecane")
    # The editors' pick for "erasmus" (search/demo.py) is the Training Week article, in Polish.
    expect(recommended.get_by_role("link")).to_have_text(
        "Ósmy Międzynarodowy Tydzień Szkoleniowy: partnerzy z 18 krajów na Politechnice Białostockiej"
    )
    results = page.locator(".search-results")
    expect(results.locator("mark").first).to_have_text("Erasmus")
    assert_accessible(page)

    recommended.get_by_role("link").click()
    expect(page).to_have_url(f"{demo_site.url}/pl/news/international-training-week-2022/")
    expect(page.locator("html")).to_have_attribute("lang", "pl")


def test_no_results_suggest_all_languages(demo_site, page):
    page.goto(f"{demo_site.url}/pl/search/?q=kangur")
    expect(page.get_by_text("Nic nie pasuje do „kangur”")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Szukaj we wszystkich językach").click()
    expect(page).to_have_url(f"{demo_site.url}/pl/search/?q=kangur&all_languages=1")
    expect(page.get_by_text("Nic nie pasuje do „kangur” w żadnym języku.")).to_be_visible()
    assert_accessible(page)
