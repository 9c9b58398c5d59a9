"""A student reads the Training Week article, browses its photos with the keyboard and downloads
the programme in Polish."""

import re

from playwright.sync_api import expect

from .accessibility import assert_accessible

ARTICLE = "/en/news/international-training-week-2022/"


def test_student_reads_the_article_and_uses_the_lightbox_with_the_keyboard(demo_site, page):
    page.goto(f"{demo_site.url}/en/news/")
    expect(page.get_by_role("heading", level=1)).to_have_text("News")
    expect(page.get_by_role("navigation", name="Pages")).to_contain_text("Page 1 of 4")
    assert_accessible(page)

    page.get_by_role("navigation", name="Archive").get_by_role("link", name="2022").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("News: 2022")
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("^Eighth International Training Week")).click()
    expect(page).to_have_url(f"{demo_site.url}{ARTICLE}")
    expect(page.get_by_role("link", name="Detailed programme of the week")).to_be_visible()
    assert_accessible(page)

    first = page.locator(".gallery-grid__link").first
    first.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Photo viewer")
    expect(dialog).to_be_visible()
    expect(dialog.locator(".lightbox__position")).to_have_text("Photo 1 of 6")
    expect(dialog.get_by_role("img")).to_have_attribute(
        "alt", "Demo picture: pale blue circles on a background fading from dark blue to light blue"
    )
    page.keyboard.press("ArrowRight")
    expect(dialog.locator(".lightbox__position")).to_have_text("Photo 2 of 6")
    expect(dialog.locator(".lightbox__caption")).to_have_text(
        "In place of a photo of the nearly forty guests from partner universities in 18 countries."
    )
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(dialog.locator(".lightbox__position")).to_have_text("Photo 6 of 6")
    assert_accessible(page)
    # Focus stays inside the modal dialog.
    for _ in range(5):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('dialog') !== null")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(first).to_be_focused()


def test_without_javascript_each_photo_opens_on_its_own_page(demo_site, browser, page):
    gallery = f"{demo_site.url}/en/international-training-week-2022-photos/"
    page.goto(gallery)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "International Training Week 2022: opening and cultural stands"
    )
    assert_accessible(page)
    page.goto(f"{gallery}5/")
    assert_accessible(page)

    # axe needs JavaScript, so the script-free context only follows the links.
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    plain = context.new_page()
    plain.goto(gallery)
    plain.get_by_role(
        "link", name="Demo picture: cream circles on a background fading from brown to light sand"
    ).click()
    expect(plain).to_have_url(f"{gallery}5/")
    expect(plain.get_by_role("heading", level=1)).to_contain_text("photo 5 of 6")
    plain.get_by_role("link", name="Next photo").click()
    expect(plain).to_have_url(f"{gallery}6/")
    context.close()


def test_polish_article_offers_the_polish_programme(demo_site, page):
    page.goto(f"{demo_site.url}{ARTICLE}")
    page.get_by_role("link", name="polski").click()
    expect(page).to_have_url(f"{demo_site.url}/pl/news/international-training-week-2022/")
    download = page.get_by_role("link", name="Szczegółowy program tygodnia")
    expect(download).to_have_attribute("href", re.compile(r"/documents/\d+/itw-2022-program[^/]*\.pdf$"))
    expect(download).to_have_attribute("hreflang", "pl")
    response = page.request.get(demo_site.url + download.get_attribute("href"))
    assert response.headers["content-disposition"].startswith("attachment")
    assert response.body().startswith(b"%PDF")
    assert_accessible(page)
