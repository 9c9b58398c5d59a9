"""A student finds the scholarships a Ukrainian master's student may apply for and opens one."""

import re

from playwright.sync_api import expect

from .accessibility import assert_accessible


def test_student_finds_a_scholarship_for_a_ukrainian_masters_student(demo_site, page):
    page.goto(f"{demo_site.url}/en/")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Scholarships").click()
    expect(page).to_have_url(f"{demo_site.url}/en/scholarships/")
    expect(page.get_by_role("heading", level=2, name="4 scholarships found")).to_be_visible()
    assert_accessible(page)

    citizenship = page.get_by_label("Your citizenship")
    # Banach names Ukraine; Poland My First Choice and Erasmus+ are open to every citizenship.
    expect(citizenship.locator("option[value=UA]")).to_have_text("Ukraine (3)")
    citizenship.select_option("UA")
    page.get_by_label("Your studies").select_option("master")
    page.get_by_role("button", name="Show scholarships").click()

    expect(page).to_have_url(re.compile(r"citizenship=UA&level=master"))
    expect(page.get_by_role("heading", level=2, name="2 scholarships found")).to_be_visible()
    expect(page.get_by_label("Your citizenship")).to_have_value("UA")
    expect(page.get_by_role("link", name="NAWA Ignacy Łukasiewicz Scholarship Programme")).to_have_count(0)
    expect(page.get_by_role("link", name="Erasmus+ study mobility")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="NAWA Banach Scholarship Programme").click()
    expect(page).to_have_url(f"{demo_site.url}/en/scholarships/nawa-banach/")
    expect(page.get_by_role("heading", level=1)).to_have_text("NAWA Banach Scholarship Programme")
    expect(page.get_by_text(re.compile(r"^Citizens of Ukraine, Moldova, Georgia"))).to_be_visible()
    expect(page.get_by_text("Master's degree", exact=True)).to_be_visible()
    expect(page.locator("time[datetime='2026-11-30']")).to_be_visible()  # checked on
    expect(page.get_by_role("link", name="Read the rules and apply on the funder's page")).to_have_attribute(
        "href", "https://nawa.gov.pl/en/students/foreign-students"
    )
    assert_accessible(page)


def test_an_unknown_choice_is_named_and_the_finder_still_works_in_arabic(demo_site, page):
    page.goto(f"{demo_site.url}/ar/scholarships/?citizenship=XX&level=master")
    expect(page.locator(".finder__message")).to_contain_text("«XX»")
    expect(page.locator(".finder__message")).to_have_attribute("role", "status")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert_accessible(page)
