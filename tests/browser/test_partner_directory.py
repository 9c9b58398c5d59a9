"""A student finds the partner university of their country, on the map or through the filters."""

from playwright.sync_api import expect
from wagtail.models import Locale

from partners.models import PartnerIndexPage, PartnerPage

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
    arabic = Locale.objects.get(language_code="ar")
    index = PartnerIndexPage.objects.get(locale__language_code="en")
    index.copy_for_translation(arabic).save_revision().publish()
    for partner in PartnerPage.objects.filter(locale__language_code="en", country__in=["EG", "TN"]):
        partner.copy_for_translation(arabic).save_revision().publish()

    page.goto(f"{demo_site.url}/ar/partners/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=3)).to_have_text(["تونس", "مصر"])
    filters = page.locator(".partner-filters").bounding_box()
    first_field = page.locator(".partner-filters__field").first.bounding_box()
    # The first filter starts on the right-hand side of the form.
    assert first_field["x"] + first_field["width"] > filters["x"] + filters["width"] * 0.7
    assert_accessible(page)
