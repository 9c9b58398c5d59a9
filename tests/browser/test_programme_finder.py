"""A student filters the programme finder and opens a programme; an editor stays inside their section."""

import re

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from institutions.models import InstitutionPage

from .accessibility import assert_accessible


def test_student_filters_programmes_by_level_and_language_and_opens_one(demo_site, page):
    page.goto(f"{demo_site.url}/en/")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Find a programme").click()
    expect(page).to_have_url(f"{demo_site.url}/en/programmes/")
    expect(page.get_by_role("heading", level=2, name="7 programmes found")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("checkbox", name=re.compile(r"^Exchange semester \(2\)")).check()
    page.get_by_role("checkbox", name=re.compile(r"^English \(7\)")).check()
    page.get_by_role("button", name="Show programmes").click()

    expect(page).to_have_url(re.compile(r"level=exchange&language=en"))
    expect(page.get_by_role("heading", level=2, name="2 programmes found")).to_be_visible()
    expect(page.get_by_role("checkbox", name=re.compile(r"^Exchange semester"))).to_be_checked()
    assert_accessible(page)

    page.get_by_role("link", name="Exchange semester in engineering").click()
    expect(page).to_have_url(
        f"{demo_site.url}/en/universities/bialystok-university-of-technology/engineering-exchange-semester/"
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Exchange semester in engineering")
    expect(page.get_by_role("link", name="Apply now")).to_have_attribute("href", "https://pb.edu.pl/")
    assert_accessible(page)

    page.get_by_role("main").get_by_role("link", name="Bialystok University of Technology").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bialystok University of Technology")
    expect(page.get_by_role("heading", name="International Relations Office")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Breadcrumbs").get_by_role("link", name="Universities").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Universities")
    expect(page.get_by_role("link", name="Medical University of Białystok")).to_be_visible()
    assert_accessible(page)


def test_finder_in_polish_and_its_empty_state(demo_site, page):
    # An unknown filter value is named and ignored: every programme stays in view.
    page.goto(f"{demo_site.url}/pl/programmes/?level=xyz")
    expect(page.get_by_text("Nie ma wyboru „xyz” w filtrze „Poziom”")).to_be_visible()
    expect(page.get_by_role("heading", level=2, name="Znaleziono 7 kierunków")).to_be_visible()
    # A search that matches nothing shows the empty state and the way back.
    page.goto(f"{demo_site.url}/pl/programmes/?q=xyzxyz")
    expect(page.get_by_text("Żaden kierunek nie pasuje do tych filtrów.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Pokaż wszystkie kierunki").click()
    expect(page.get_by_role("heading", level=2, name="Znaleziono 7 kierunków")).to_be_visible()


def test_editor_is_refused_on_another_universitys_page(demo_site, page):
    but = InstitutionPage.objects.get(short_name="BUT")
    mub = InstitutionPage.objects.get(short_name="MUB")
    editor = get_user_model().objects.create_user(username="but-editor", password="a-long-test-password")
    editor.groups.add(but.editors)

    page.goto(f"{demo_site.url}/admin/login/")
    page.get_by_label("Username").fill("but-editor")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{demo_site.url}/admin/")

    page.goto(f"{demo_site.url}/admin/pages/{mub.pk}/edit/")
    expect(page.get_by_text("Sorry, you do not have permission to access this area.")).to_be_visible()
    expect(page.locator("input[name=title]")).to_have_count(0)

    page.goto(f"{demo_site.url}/admin/pages/{but.pk}/edit/")
    expect(page.locator("input[name=title]")).to_have_value("Bialystok University of Technology")
