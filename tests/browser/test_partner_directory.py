"""A student finds the partner university of their country, on the map or through the filters."""

from playwright.sync_api import expect

from .accessibility import assert_accessible


def test_student_filters_by_country_and_opens_the_partner_page(demo_site, page):
    page.goto(f"{demo_site.url}/en/partners/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Partner universities")
    expect(page.locator(".partners__count")).to_have_text("18 universities in 18 countries")
    assert_accessible(page)

    page.get_by_label("Country", exact=True).select_option(label="Türkiye")
    page.get_by_role("button", name="Show partners").click()
    expect(page).to_have_url(f"{demo_site.url}/en/partners/?country=TR&region=&programme=&institution=")
    expect(page.locator(".partners__count")).to_have_text("1 university in 1 country")
    assert_accessible(page)

    page.get_by_role("link", name="Firat University").click()
    expect(page).to_have_url(f"{demo_site.url}/en/partners/firat/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Firat University")
    assert_accessible(page)


def test_map_countries_are_links_that_filter_the_directory(demo_site, page):
    page.goto(f"{demo_site.url}/en/partners/")
    page.locator(".partner-map__svg").get_by_role("link", name="Nepal: 1 partner university").click()
    expect(page).to_have_url(f"{demo_site.url}/en/partners/?country=NP")
    expect(page.get_by_role("link", name="Kathmandu University")).to_be_visible()


def test_arabic_directory_reads_right_to_left(demo_site, page):
    # The demo translates the directory and its partners into Arabic.
    page.goto(f"{demo_site.url}/ar/partners/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    countries = page.get_by_role("heading", level=3).all_inner_texts()
    # Countries in Arabic, in Arabic alphabetical order: Tunisia (ت) before Egypt (م).
    assert countries.index("تونس") < countries.index("مصر")
    filters = page.locator(".partner-filters").bounding_box()
    first_field = page.locator(".partner-filters__field").first.bounding_box()
    # The first filter starts on the right-hand side of the form.
    assert first_field["x"] + first_field["width"] > filters["x"] + filters["width"] * 0.7
    assert_accessible(page)
