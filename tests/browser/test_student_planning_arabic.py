"""A student plans their studies in Arabic, right to left: a budget and the steps of a non-EU student."""

import re

from playwright.sync_api import expect

from .accessibility import assert_accessible


def test_arabic_student_computes_a_budget_and_gets_the_steps_of_a_non_eu_bachelor(demo_site, page):
    # The first visit of the home page renders its images: more time than a click needs.
    page.goto(f"{demo_site.url}/ar/", timeout=60_000)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    menu = page.get_by_role("navigation", name="القائمة الرئيسية")

    menu.get_by_role("link", name="تكاليف المعيشة").click()
    expect(page).to_have_url(f"{demo_site.url}/ar/cost-of-living/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text("تكاليف المعيشة")
    expect(page.get_by_role("radio", name="غرفة في سكن طلابي")).to_be_checked()
    assert_accessible(page)

    page.get_by_role("radio", name="شقة استوديو").check()
    page.get_by_role("checkbox", name="الهاتف وإنترنت الجوال").uncheck()
    page.get_by_label("أشهر إقامتك في السنة").fill("10")
    # A studio, food, the transport pass, insurance and materials: 3 000–4 600 zł a month, ten months
    # (Arabic groups thousands with its own separator). The totals follow the choices before the
    # button is pressed (costs/live-total.js), with the address of the same budget.
    totals = page.locator(".costs__totals dd")
    budget = re.compile(r"housing=studio&item=food&item=transport&item=insurance&item=materials&months=10")
    expect(totals.nth(0)).to_have_text(re.compile(r"^3\D?000–4\D?600 PLN\s*$"))
    expect(totals.nth(1)).to_have_text(re.compile(r"^30\D?000–46\D?000 PLN\s*$"))
    expect(page).to_have_url(budget)

    page.get_by_role("button", name="احسب").click()
    expect(page).to_have_url(budget)
    # No message: the choices were all understood.
    expect(page.locator(".costs__message")).to_have_count(0)
    expect(totals.nth(0)).to_have_text(re.compile(r"^3\D?000–4\D?600 PLN\s*$"))
    expect(totals.nth(1)).to_have_text(re.compile(r"^30\D?000–46\D?000 PLN\s*$"))
    expect(page.get_by_role("table", name="ميزانيتك بندًا بندًا، في الشهر")).not_to_contain_text("الهاتف")
    assert_accessible(page)

    # Months typed in Arabic-Indic digits in a link: the page says what it counted instead.
    page.goto(f"{demo_site.url}/ar/cost-of-living/?housing=studio&months=١٠")
    expect(page.locator(".costs__message")).to_have_text(
        "«١٠» ليس عددًا من الأشهر بين 1 و12: تحسب الميزانية 12 شهرًا."
    )
    expect(page.locator(".costs__totals dt").nth(1)).to_contain_text("12")
    assert_accessible(page)

    menu.get_by_role("link", name="خطواتك إلى بياويستوك").click()
    expect(page).to_have_url(f"{demo_site.url}/ar/your-steps/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.get_by_label("جنسيتك").select_option(label="دول أخرى")
    page.get_by_label("دراستك").select_option(label="الدراسة للحصول على درجة (بكالوريوس أو ماجستير)")
    page.get_by_role("button", name="اعرض خطواتي").click()
    expect(page).to_have_url(re.compile(r"citizenship=other&level=degree"))
    steps = page.get_by_role("main").get_by_role("list").first.locator("> li h3")
    expect(steps).to_have_text(
        [
            "قدّم طلب القبول",
            "قدّم طلب تأشيرة وطنية للدراسة",
            "احجز سكنك",
            "رتّب تأمينك الصحي",
            "سجّل عنوانك",
            "قدّم طلب تصريح إقامة مؤقتة",
        ]
    )
    expect(page.get_by_role("link", name="التأشيرات على موقع الحكومة البولندية")).to_have_attribute(
        "href", "https://www.gov.pl/web/diplomacy/visas"
    )
    assert_accessible(page)
