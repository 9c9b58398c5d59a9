"""An editor of the city office imports partner universities from a CSV file in the admin, fixes the
file the import refused, and the student finds the new partner in the directory."""

from django.contrib.auth.models import User
from playwright.sync_api import expect

from core.permissions import city_office

from .accessibility import assert_accessible

HEADER = "slug,name,native_name,country,city,website,programmes,institutions,since\n"
ROWS = (
    "kyoto-tech,Kyoto Institute of Technology,京都工芸繊維大学,JP,Kyoto,https://www.kit.ac.jp,ka171,BUT,2024\n"
    "firat,Firat University,Fırat Üniversitesi,TR,Elazığ,https://www.firat.edu.tr,ka107,BUT,2015\n"
)


def upload(page, path, text):
    path.write_text(text, encoding="utf-8")
    page.get_by_label("CSV file").set_input_files(str(path))
    page.get_by_role("button", name="Import").click()


def test_editor_imports_partners_after_fixing_the_rows_the_import_refused(demo_site, page, tmp_path):
    editor = User.objects.create_user("office", password="a-long-office-password")
    editor.groups.add(city_office())
    page.goto(f"{demo_site.url}/admin/login/")
    page.get_by_label("Username").fill("office")
    page.get_by_label("Password").fill("a-long-office-password")
    page.get_by_role("button", name="Sign in").click()

    page.get_by_role("link", name="Import partners").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import partner universities")
    upload(page, tmp_path / "partners.csv", HEADER + ROWS.replace(",JP,", ",JA,"))
    expect(page.get_by_role("alert")).to_contain_text("1 problem found; nothing was imported.")
    expect(page.get_by_role("alert")).to_contain_text("Line 2: unknown country code “JA”")

    page.goto(f"{demo_site.url}/en/partners/")
    expect(page.locator(".partners__count")).to_have_text("18 universities in 18 countries")

    page.goto(f"{demo_site.url}/admin/partners/import/")
    upload(page, tmp_path / "partners.csv", HEADER + ROWS)
    report = page.get_by_role("status").filter(has_text="Created")
    expect(report).to_have_text("Created: 1. Updated: 1. Unchanged: 0.")

    page.goto(f"{demo_site.url}/en/partners/?country=JP")
    expect(page.locator(".partners__count")).to_have_text("1 university in 1 country")
    page.get_by_role("link", name="Kyoto Institute of Technology").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kyoto Institute of Technology")
    expect(page.get_by_role("main")).to_contain_text("Bialystok University of Technology")
    assert_accessible(page)
