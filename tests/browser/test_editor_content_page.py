"""A communications editor publishes an information page in the Wagtail admin."""

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from home.models import ContentPage, HomePage

from .accessibility import assert_accessible


def log_in(page, live_server, username, password):
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")


def test_editor_publishes_a_content_page(demo_site, page):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "correct horse battery")
    home = HomePage.objects.get(locale__language_code="en")
    log_in(page, demo_site, "editor", "correct horse battery")

    page.goto(f"{demo_site.url}/admin/pages/add/home/contentpage/{home.pk}/")
    page.locator("#id_title").fill("Visas and residence")
    page.locator("#id_intro").fill("What students from outside the EU need before they arrive.")
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("main").get_by_role("status").first).to_contain_text("created and published")

    published = ContentPage.objects.get(title="Visas and residence")
    assert published.live and published.locale.language_code == "en"
    page.goto(f"{demo_site.url}/en/{published.slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Visas and residence")
    assert_accessible(page)
