"""A Spanish-speaking student asks the Medical University about admission, its editor answers in the
admin, and another university's editor cannot see the enquiry (issue 16), on the demo content."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.utils.http import urlencode
from playwright.sync_api import expect
from wagtail.models import Locale

from enquiries.models import Enquiry
from institutions.models import InstitutionPage

from .accessibility import assert_accessible

QUESTION = "¿Cuándo empieza la admisión al programa de Medicina para estudiantes de España?"
PASSWORD = "a-long-editor-password"


def institution(short_name):
    return InstitutionPage.objects.get(short_name=short_name, locale=Locale.get_default())


def spanish_name(page):
    """The institution's name as the Spanish form and confirmation show it (its demo translation)."""
    return page.get_translation(Locale.objects.get(language_code="es")).title


def editor_of(short_name, username):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    user.groups.add(institution(short_name).editors)
    return user


def tab_to(page, selector, limit=80):
    """Press Tab until the element matching `selector` has the focus, as a keyboard user does."""
    for _press in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} is not reachable with the Tab key")


def choose_with_keyboard(page, selector, prefix, label):
    """Focus a <select> with Tab and pick `label` by typing its first letters (the type-ahead).

    The prefix is plain ASCII: Playwright inserts other characters as text, not as key presses.
    """
    tab_to(page, selector)
    page.keyboard.type(prefix)
    expect(page.locator(f"{selector} option:checked")).to_have_text(label)


def sign_in(page, base_url, username):
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{base_url}/admin/")


@pytest.fixture
def student(browser, request):
    """A Spanish browser tab; the journey runs once with JavaScript and once without."""
    context = browser.new_context(locale="es-ES", java_script_enabled=request.param)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


@pytest.mark.parametrize("student", [True, False], ids=["javascript", "no-javascript"], indirect=True)
def test_a_student_asks_the_medical_university_in_spanish_with_the_keyboard(
    demo_site, student, smtp_server, settings
):
    settings.WAGTAILADMIN_BASE_URL = demo_site.url
    settings.ENQUIRIES_MIN_FILL_SECONDS = 0
    mub = institution("MUB")

    student.goto(f"{demo_site.url}/es/ask/")
    expect(student.locator("html")).to_have_attribute("lang", "es")
    expect(student.get_by_role("heading", level=1)).to_have_text("Haz una pregunta")
    tab_to(student, "#id_name")
    student.keyboard.type("Lucía Pérez")
    tab_to(student, "#id_email")
    student.keyboard.type("lucia@example.es")
    choose_with_keyboard(student, "#id_country", "Espa", "España")
    choose_with_keyboard(student, "#id_institution", "Universidad de M", spanish_name(mub))
    choose_with_keyboard(student, "#id_topic", "Admis", "Admisión")
    tab_to(student, "#id_question")
    student.keyboard.type(QUESTION)
    tab_to(student, "button[type=submit]")
    student.keyboard.press("Enter")

    expect(student).to_have_url(f"{demo_site.url}/es/ask/sent/?{urlencode({'institution': mub.pk})}")
    expect(student.get_by_role("heading", level=1)).to_have_text("Tu pregunta se ha enviado")
    expect(student.get_by_role("main")).to_contain_text(spanish_name(mub))
    expect(student).to_have_title(re.compile("^Tu pregunta se ha enviado"))

    enquiry = Enquiry.objects.get()
    assert (enquiry.language, enquiry.name, enquiry.country, enquiry.topic, enquiry.institution_id) == (
        "es",
        "Lucía Pérez",
        "ES",
        "admission",
        mub.pk,
    )
    assert enquiry.question == QUESTION and enquiry.is_delivered
    office, confirmation = smtp_server.messages
    # The Medical University answers admission questions from its admissions office (demo routing),
    # in the offices' language (Polish), with a link to the enquiry in the admin.
    assert office.envelope_recipients == ["admission@mub.example"]
    assert office["Subject"] == "Zapytanie od studenta: Rekrutacja"
    assert office["Reply-To"] == "lucia@example.es"
    office_text = office.get_content()
    assert f"{demo_site.url}/admin/enquiries/edit/{enquiry.pk}/" in office_text
    assert "Hiszpania" in office_text and QUESTION in office_text
    assert confirmation.envelope_recipients == ["lucia@example.es"]
    assert confirmation["Subject"] == "Tu pregunta ha llegado a la oficina"
    assert spanish_name(mub) in confirmation.get_content()


def test_the_form_and_its_confirmation_are_accessible(demo_site, browser, settings):
    settings.ENQUIRIES_MIN_FILL_SECONDS = 0
    context = browser.new_context(locale="es-ES")
    student = context.new_page()
    student.goto(f"{demo_site.url}/es/ask/")
    assert_accessible(student)

    # Sent empty: the summary takes the focus and links each error to its field.
    student.get_by_role("button", name="Enviar la pregunta").click()
    summary = student.locator("#error-summary")
    expect(summary).to_be_focused()
    summary.get_by_role("link", name=re.compile("^Tu nombre")).click()
    expect(student.locator("#id_name")).to_be_focused()
    expect(student.locator("#id_name")).to_have_attribute("aria-invalid", "true")
    assert_accessible(student)

    student.get_by_label("Tu nombre").fill("Lucía Pérez")
    student.get_by_label("Tu dirección de correo electrónico").fill("lucia@example.es")
    student.get_by_label("País de ciudadanía").select_option(label="España")
    student.get_by_label("¿Quién debe responder?").select_option(label=spanish_name(institution("MUB")))
    student.get_by_label("Tema").select_option(label="Admisión")
    student.locator("#id_question").fill(QUESTION)
    student.get_by_role("button", name="Enviar la pregunta").click()
    expect(student.get_by_role("heading", level=1)).to_have_text("Tu pregunta se ha enviado")
    assert_accessible(student)
    context.close()


def test_the_universitys_editor_answers_and_another_universitys_cannot_see_it(demo_site, page):
    mub = institution("MUB")
    enquiry = Enquiry.objects.create(
        language="es",
        name="Lucía Pérez",
        email="lucia@example.es",
        country="ES",
        institution=mub,
        topic="admission",
        question=QUESTION,
    )
    answering = editor_of("MUB", "mub-editor")
    editor_of("BUT", "but-editor")

    sign_in(page, demo_site.url, "mub-editor")
    page.goto(f"{demo_site.url}/admin/enquiries/")
    page.get_by_role("row", name=re.compile("Lucía Pérez")).get_by_role("link").first.click()
    expect(page).to_have_url(f"{demo_site.url}/admin/enquiries/edit/{enquiry.pk}/")
    expect(page.get_by_role("main")).to_contain_text(QUESTION)
    page.get_by_label("Status").select_option("answered")
    page.get_by_label("Internal notes").fill("Sent the admission calendar and the MD programme guide.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("updated")

    enquiry.refresh_from_db()
    assert (enquiry.status, enquiry.answered_by, enquiry.internal_notes) == (
        "answered",
        answering,
        "Sent the admission calendar and the MD programme guide.",
    )
    assert enquiry.answered_at is not None
    page.goto(f"{demo_site.url}/admin/enquiries/edit/{enquiry.pk}/")
    expect(page.get_by_role("main")).to_contain_text("mub-editor")

    page.context.clear_cookies()
    sign_in(page, demo_site.url, "but-editor")
    page.goto(f"{demo_site.url}/admin/enquiries/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Enquiries")
    expect(page.get_by_role("main")).not_to_contain_text("Lucía Pérez")
    opened = page.goto(f"{demo_site.url}/admin/enquiries/edit/{enquiry.pk}/")
    assert opened.status == 404
    exported = page.request.get(f"{demo_site.url}/admin/enquiries/?export=csv")
    assert exported.status == 200
    assert exported.headers["content-type"].startswith("text/csv")
    assert "Lucía Pérez" not in exported.text() and "lucia@example.es" not in exported.text()
    assert Enquiry.objects.get(pk=enquiry.pk).internal_notes.startswith("Sent the admission")
