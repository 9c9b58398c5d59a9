"""A student answers the cookie banner with the keyboard, with and without JavaScript, and reads the policies."""

import re

import pytest
from playwright.sync_api import expect

from .accessibility import assert_accessible

STATISTICS_SCRIPT = "/static/privacy/example-statistics.js"


def statistics_requests(requests):
    return [url for url in requests if url.endswith(STATISTICS_SCRIPT)]


def tab_to(page, locator, presses=15):
    """Press Tab until `locator` has the focus, as a keyboard user would."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"Tab never reached {locator}")


def cookie_names(context):
    return {cookie["name"] for cookie in context.cookies()}


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(locale="en-GB", java_script_enabled=False)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def test_accepting_with_the_keyboard_loads_statistics_only_after_consent(demo_site, page):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{demo_site.url}/en/")
    banner = page.get_by_role("region", name="Cookies and your privacy")
    expect(banner).to_be_visible()
    # The page's main content stays available next to the banner.
    expect(page.get_by_role("main")).to_be_visible()
    assert page.context.cookies() == []
    assert statistics_requests(requests) == []
    assert_accessible(page)

    page.evaluate("window.sameDocument = true")
    accept = banner.get_by_role("button", name="Accept all")
    tab_to(page, accept)
    page.keyboard.press("Enter")

    expect(banner).to_have_count(0)
    expect(page.locator("[data-consent-status]")).to_have_text(re.compile("Your choice is saved"))
    expect(page.locator("html")).to_have_attribute("data-statistics", "loaded")
    assert page.evaluate("window.sameDocument") is True, "the page was reloaded"
    assert len(statistics_requests(requests)) == 1
    assert {"sib_consent", "_sib_stats_example"} <= cookie_names(page.context)
    expect(page.locator("#main-content")).to_be_focused()

    # "Cookie settings" in the footer withdraws the consent and deletes the statistics cookie.
    page.get_by_role("link", name="Cookie settings").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Cookie settings")
    expect(page.get_by_role("checkbox", name="Statistics")).to_be_checked()
    assert_accessible(page)
    page.get_by_role("checkbox", name="Statistics").uncheck()
    page.get_by_role("button", name="Save my choice").click()
    expect(page).to_have_url(f"{demo_site.url}/en/")
    assert cookie_names(page.context) == {"sib_consent", "sib_consent_state"}
    requests.clear()
    page.reload()
    expect(page.get_by_role("region", name="Cookies and your privacy")).to_have_count(0)
    assert statistics_requests(requests) == []


def test_rejecting_without_javascript_returns_to_the_page(demo_site, no_js_page):
    page = no_js_page
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{demo_site.url}/en/living-in-bialystok/")
    banner = page.get_by_role("region", name="Cookies and your privacy")
    expect(banner).to_be_visible()
    reject = banner.get_by_role("button", name="Reject all")
    tab_to(page, reject)
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{demo_site.url}/en/living-in-bialystok/")
    expect(page.get_by_role("region", name="Cookies and your privacy")).to_have_count(0)
    assert cookie_names(page.context) == {"sib_consent", "sib_consent_state"}
    assert statistics_requests(requests) == []
    expect(page.locator(f'script[src="{STATISTICS_SCRIPT}"]')).to_have_count(0)


def test_choosing_categories_without_javascript(demo_site, no_js_page):
    page = no_js_page
    page.goto(f"{demo_site.url}/pl/")
    banner = page.get_by_role("region", name="Pliki cookie i Twoja prywatność")
    expect(banner.get_by_role("button", name="Akceptuj wszystkie")).to_be_visible()
    expect(banner.get_by_role("button", name="Odrzuć wszystkie")).to_be_visible()
    summary = banner.get_by_text("Wybierz", exact=True)
    tab_to(page, summary)
    page.keyboard.press("Enter")
    statistics = banner.get_by_role("checkbox", name="Statystyki")
    tab_to(page, statistics)
    page.keyboard.press("Space")
    save = banner.get_by_role("button", name="Zapisz mój wybór")
    tab_to(page, save)
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{demo_site.url}/pl/")
    expect(page.get_by_role("region", name="Pliki cookie i Twoja prywatność")).to_have_count(0)
    expect(page.locator(f'script[src="{STATISTICS_SCRIPT}"]')).to_have_count(1)


@pytest.mark.parametrize(
    ("language", "contents", "policy"),
    [("en", "Contents", "Cookie policy"), ("pl", "Spis treści", "Polityka cookies")],
)
def test_policy_pages_have_a_working_table_of_contents(demo_site, page, language, contents, policy):
    page.goto(f"{demo_site.url}/{language}/")
    page.get_by_role(
        "navigation", name=re.compile("Privacy and accessibility|Prywatność i dostępność")
    ).get_by_role("link", name=policy).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(policy)
    toc = page.get_by_role("navigation", name=contents)
    links = toc.get_by_role("link")
    expect(links).to_have_count(3)
    second = links.nth(1)
    target = second.get_attribute("href")
    second.click()
    expect(page).to_have_url(re.compile(f"{re.escape(target)}$"))
    expect(page.locator(target)).to_have_text(second.inner_text())
    expect(page.get_by_role("table")).to_be_visible()
    assert_accessible(page)


@pytest.mark.parametrize("language", ["en", "pl"])
def test_accessibility_statement_is_accessible(demo_site, page, language):
    page.goto(f"{demo_site.url}/{language}/accessibility-statement/")
    expect(page.locator("#a11y-data-publikacja")).to_have_attribute("datetime", "2026-10-01")
    assert_accessible(page)
