"""A student plans their studies in Polish: the calendar, a budget and their own steps."""

import re

from playwright.sync_api import expect

from .accessibility import assert_accessible


def test_polish_student_plans_from_the_calendar_to_a_budget_and_their_steps(demo_site, page):
    page.goto(f"{demo_site.url}/pl/")
    menu = page.get_by_role("navigation", name="Menu główne")
    menu.get_by_role("link", name="Wydarzenia i terminy").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wydarzenia i terminy")
    assert_accessible(page)

    menu.get_by_role("link", name="Koszty utrzymania").click()
    expect(page).to_have_url(f"{demo_site.url}/pl/cost-of-living/")
    expect(page.get_by_role("radio", name="Pokój w akademiku")).to_be_checked()
    assert_accessible(page)

    page.get_by_role("radio", name="Kawalerka").check()
    page.get_by_role("checkbox", name="Telefon i internet mobilny").uncheck()
    page.get_by_label("Miesiące pobytu w ciągu roku").fill("10")
    page.get_by_role("button", name="Oblicz").click()
    # A studio, food, the transport pass, insurance and materials: 3000–4600 zł a month, ten months.
    expect(page).to_have_url(
        re.compile(r"housing=studio&item=food&item=transport&item=insurance&item=materials&months=10")
    )
    totals = page.locator(".costs__totals dd")
    expect(totals.nth(0)).to_have_text(re.compile(r"^3\s000–4\s600 PLN\s*$"))
    expect(totals.nth(1)).to_have_text(re.compile(r"^30\s000–46\s000 PLN\s*$"))
    expect(page.get_by_role("table", name="Twój budżet pozycja po pozycji, miesięcznie")).not_to_contain_text(
        "Telefon"
    )
    assert_accessible(page)

    menu.get_by_role("link", name="Twoje kroki do Białegostoku").click()
    page.get_by_label("Twoje obywatelstwo").select_option(label="Inne kraje")
    page.get_by_label("Twoje studia").select_option(
        label="Studia (licencjackie, inżynierskie lub magisterskie)"
    )
    page.get_by_role("button", name="Pokaż moje kroki").click()
    steps = page.get_by_role("main").get_by_role("list").first.locator("> li h3")
    expect(steps).to_have_text(
        [
            "Złóż wniosek o przyjęcie",
            "Złóż wniosek o wizę krajową w celu studiów",
            "Zarezerwuj zakwaterowanie",
            "Zadbaj o ubezpieczenie zdrowotne",
            "Zamelduj się",
            "Złóż wniosek o zezwolenie na pobyt czasowy",
        ]
    )
    expect(page.get_by_role("link", name="Wizy na stronie polskiego rządu")).to_have_attribute(
        "href", "https://www.gov.pl/web/diplomacy/visas"
    )
    assert_accessible(page)
