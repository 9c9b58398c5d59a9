"""A student asks the Medical University about admission in Spanish; its editor answers in the admin;
another university's editor cannot see the enquiry."""

from django.contrib.auth.models import User
from playwright.sync_api import expect

from enquiries.models import Enquiry
from institutions.models import InstitutionPage

from .accessibility import assert_accessible


def sign_in(page, site, username, password="a-long-editor-password"):
    page.goto(f"{site.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def editor_of(short_name, username):
    institution = InstitutionPage.objects.get(short_name=short_name, locale__language_code="en")
    user = User.objects.create_user(username, password="a-long-editor-password")
    user.groups.add(institution.editors)
    return user


def test_a_student_asks_in_spanish_and_only_the_medical_university_answers(
    demo_site, page, settings, smtp_server
):
    settings.ENQUIRIES_MIN_FILL_SECONDS = 0
    page.goto(f"{demo_site.url}/es/ask/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Haz una pregunta")

    # Sent empty: the summary names every missing field, takes the focus and links to the fields.
    page.get_by_role("button", name="Enviar la pregunta").click()
    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_count(6)
    assert_accessible(page)
    summary.get_by_role("link", name="Tu pregunta").click()
    expect(page.get_by_label("Tu pregunta")).to_be_focused()

    page.get_by_label("Tu nombre").fill("Lucía Pérez")
    page.get_by_label("Tu dirección de correo electrónico").fill("lucia@example.es")
    page.get_by_label("País de ciudadanía").select_option("ES")
    page.get_by_label("¿Quién debe responder?").select_option(label="Medical University of Białystok")
    page.get_by_label("Tema").select_option(label="Admisión")
    page.get_by_label("Tu pregunta").fill("¿Cómo solicito la admisión al programa de Medicina?")
    page.get_by_role("button", name="Enviar la pregunta").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Tu pregunta se ha enviado")
    expect(page.get_by_role("main")).to_contain_text("Medical University of Białystok")
    assert_accessible(page)
    enquiry = Enquiry.objects.get()
    office, confirmation = smtp_server.messages
    assert office.envelope_recipients == ["admission@mub.example"]
    assert confirmation.envelope_recipients == ["lucia@example.es"]
    assert "Gracias" in confirmation.get_content()

    # The Medical University's editor answers it in the admin.
    editor_of("MUB", "mub-editor")
    sign_in(page, demo_site, "mub-editor")
    page.goto(f"{demo_site.url}/admin/enquiries/")
    page.get_by_role("link", name="Lucía Pérez").first.click()
    expect(page.get_by_role("main")).to_contain_text("¿Cómo solicito la admisión")
    page.get_by_label("Status").select_option(label="Answered")
    page.get_by_label("Internal notes").fill("Sent the admission guide by e-mail.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status").or_(page.locator(".messages"))).to_contain_text("updated")
    enquiry.refresh_from_db()
    assert enquiry.status == "answered" and enquiry.answered_by.username == "mub-editor"

    # Another university's editor neither lists nor opens it.
    page.context.clear_cookies()
    editor_of("BUT", "but-editor")
    sign_in(page, demo_site, "but-editor")
    page.goto(f"{demo_site.url}/admin/enquiries/")
    expect(page.get_by_role("main")).not_to_contain_text("Lucía Pérez")
    response = page.goto(f"{demo_site.url}/admin/enquiries/edit/{enquiry.pk}/")
    assert response.status == 404
    expect(page.get_by_role("main")).not_to_contain_text("¿Cómo solicito")
