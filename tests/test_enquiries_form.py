"""The public enquiry form: routing, mails over real SMTP, spam defences, bad input, cookies."""

import os
import re

import pytest
from django.core.cache import cache
from django.test import Client

from core import ratelimit
from enquiries import spam
from enquiries.models import Enquiry, EnquirySettings, TopicAddress

from .factories import StudyProgrammePageFactory


@pytest.fixture(autouse=True)
def empty_cache():
    """The rate limit and spent tokens live in the cache: each test starts without them."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def offices(universities, settings):
    """Both universities with an international office address, MUB with one for admission."""
    settings.ENQUIRIES_MIN_FILL_SECONDS = 0
    but, mub = universities["but"], universities["mub"]
    but.office_email = "iro@but.example"
    but.save_revision().publish()
    mub.office_email = "international@mub.example"
    mub.save_revision().publish()
    TopicAddress.objects.create(page=mub, topic="admission", email="admissions@mub.example")
    enquiry_settings = EnquirySettings.load()
    enquiry_settings.city_office_email = "study@bialystok.example"
    enquiry_settings.controller = "City of Białystok, ul. Słonimska 1"
    enquiry_settings.save()
    return {"but": but, "mub": mub, "medicine": StudyProgrammePageFactory(parent=mub, title="Medicine")}


def form_data(**overrides):
    data = {
        "name": "Lucía Pérez",
        "email": "lucia@example.es",
        "country": "ES",
        "institution": "city",
        "programme": "",
        "topic": "admission",
        "question": "How do I apply?",
        "website": "",
        "token": spam.new_token(),
    }
    return {**data, **overrides}


def test_the_form_page_in_every_language(client, offices):
    for language in ("en", "pl", "uk", "es", "tr", "ar"):
        response = client.get(f"/{language}/ask/")
        assert response.status_code == 200
        assert f'lang="{language}"' in response.text
    response = client.get("/es/ask/")
    assert "Haz una pregunta" in response.text
    assert "City of Białystok, ul. Słonimska 1" in response.text
    # The page has a token, so it must never be cached.
    assert "no-store" in response["Cache-Control"]
    assert 'name="csrfmiddlewaretoken"' in response.text
    assert "csrftoken" in response.cookies


def test_an_enquiry_goes_to_the_topic_address_and_the_student_gets_a_confirmation(
    client, offices, smtp_server
):
    mub = offices["mub"]
    response = client.post(
        "/es/ask/", form_data(institution=str(mub.pk), programme=str(offices["medicine"].pk))
    )

    assert response.status_code == 303
    assert response["Location"] == f"/es/ask/sent/?institution={mub.pk}"
    enquiry = Enquiry.objects.get()
    assert (enquiry.institution_id, enquiry.language, enquiry.status) == (mub.pk, "es", "new")
    office, student = smtp_server.messages
    assert office.envelope_recipients == ["admissions@mub.example"]
    assert office["Reply-To"] == "lucia@example.es"
    # The office reads Polish, with a link to the enquiry in the admin.
    assert "Zapytanie" in office["Subject"]
    assert f"http://testserver/admin/enquiries/edit/{enquiry.pk}/" in office.get_content()
    assert "How do I apply?" in office.get_content()
    assert student.envelope_recipients == ["lucia@example.es"]
    assert "Medical University of Białystok" in student.get_content()
    # The confirmation is in Spanish and repeats nothing the sender typed.
    assert "Gracias" in student.get_content()
    assert "How do I apply?" not in student.get_content()
    assert enquiry.__class__.objects.get().is_delivered

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert "Medical University of Białystok" in confirmation.text
    assert not confirmation.cookies


def test_other_topics_go_to_the_international_office_and_the_city_to_its_office(client, offices, smtp_server):
    client.post("/en/ask/", form_data(institution=str(offices["mub"].pk), topic="visa"))
    client.post("/en/ask/", form_data(institution="city", topic="accommodation"))
    recipients = [message.envelope_recipients for message in smtp_server.messages]
    assert recipients == [
        ["international@mub.example"],
        ["lucia@example.es"],
        ["study@bialystok.example"],
        ["lucia@example.es"],
    ]
    assert Enquiry.objects.filter(institution__isnull=True).count() == 1


def test_a_translated_institution_page_routes_to_its_source(client, offices, smtp_server):
    from .conftest import publish_translation

    publish_translation(offices["but"].get_parent().get_parent(), "pl")
    publish_translation(offices["but"].get_parent(), "pl")
    polish = publish_translation(offices["but"], "pl")
    form = client.get(f"/pl/ask/?institution={polish.pk}")
    assert f'<option value="{offices["but"].pk}" selected>' in form.text
    client.post("/pl/ask/", form_data(institution=str(offices["but"].pk), topic="other"))
    assert smtp_server.messages[0].envelope_recipients == ["iro@but.example"]


def test_a_mail_server_that_is_down_loses_nothing(client, offices, settings, smtp_server):
    from django.core.management import call_command

    from .smtp import free_port

    settings.EMAIL_PORT = free_port()  # nothing listens there
    response = client.post("/en/ask/", form_data(institution=str(offices["but"].pk), topic="other"))

    assert response.status_code == 303
    enquiry = Enquiry.objects.get()
    assert enquiry.office_notified_at is None and enquiry.delivery_attempts == 1
    assert "ConnectionRefusedError" in enquiry.delivery_error

    settings.EMAIL_PORT = smtp_server.port
    call_command("send_enquiries", stdout=open(os.devnull, "w"))  # noqa: SIM115
    enquiry.refresh_from_db()
    assert enquiry.is_delivered and enquiry.delivery_error == ""
    assert [m.envelope_recipients for m in smtp_server.messages] == [
        ["iro@but.example"],
        ["lucia@example.es"],
    ]


def test_missing_and_invalid_fields_are_all_named_and_nothing_is_stored(client, offices):
    response = client.post(
        "/en/ask/", {"email": "not-an-address", "institution": "99999999", "topic": "spam"}
    )

    assert response.status_code == 400
    summary = re.search(r'<div class="error-summary".*?</div>', response.text, re.S).group(0)
    for field in ("name", "email", "country", "institution", "topic", "question"):
        assert f'href="#id_{field}"' in summary
        assert f'id="id_{field}_error"' in response.text
    assert 'aria-invalid="true"' in response.text
    assert 'aria-describedby="id_email_error id_email_helptext"' in response.text
    assert "autofocus" in summary
    assert Enquiry.objects.count() == 0


@pytest.mark.parametrize(
    "field,value",
    [
        ("name", "Mallory\r\nBcc: victim@example.org"),
        ("email", "mallory@example.org\r\nBcc: victim@example.org"),
        ("email", "mallory@example.org, victim@example.org"),
        ("question", "x" * 1_000_000),
        ("institution", "123456789012345678901234567890"),
        ("programme", "-1"),
    ],
)
def test_bad_input_is_refused_without_extra_recipients(client, offices, smtp_server, field, value):
    response = client.post("/en/ask/", form_data(**{field: value}))
    assert response.status_code == 400
    assert f'id="id_{field}_error"' in response.text
    assert Enquiry.objects.count() == 0
    assert smtp_server.messages == []


def test_a_programme_of_another_university_is_refused(client, offices):
    response = client.post(
        "/en/ask/", form_data(institution=str(offices["but"].pk), programme=str(offices["medicine"].pk))
    )
    assert response.status_code == 400 and 'id="id_programme_error"' in response.text


def test_markup_is_inert_in_the_page_and_the_mail(client, offices, smtp_server):
    script = "<script>alert(1)</script>"
    invalid = client.post("/en/ask/", form_data(name=script, email="bad"))
    assert script not in invalid.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in invalid.text
    client.post("/en/ask/", form_data(name="<b>Bold</b>", question=script))
    office = smtp_server.messages[0]
    assert office.get_content_type() == "text/plain"
    assert script in office.get_content()


def test_the_honeypot_and_the_minimum_fill_time_give_the_form_back(client, offices, settings):
    trapped = client.post("/en/ask/", form_data(website="http://spam.example"))
    assert trapped.status_code == 400 and 'id="id_website_error"' in trapped.text

    settings.ENQUIRIES_MIN_FILL_SECONDS = 60
    hurried = client.post("/en/ask/", form_data())
    assert hurried.status_code == 400
    assert "sent very quickly" in hurried.text
    # What the student typed is still there.
    assert "How do I apply?" in hurried.text
    assert Enquiry.objects.count() == 0


def test_a_replayed_or_forged_token_is_refused(client, offices):
    data = form_data()
    assert client.post("/en/ask/", data).status_code == 303
    replay = client.post("/en/ask/", data)
    assert replay.status_code == 400 and "already sent" in replay.text
    forged = client.post("/en/ask/", form_data(token="forged"))
    assert forged.status_code == 400 and "expired" in forged.text
    assert Enquiry.objects.count() == 1
    # The form comes back with a fresh token, so sending again works.
    token = re.search(r'name="token" value="([^"]+)"', forged.text).group(1)
    assert client.post("/en/ask/", form_data(token=token)).status_code == 303


def test_a_cross_site_post_is_refused(offices):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post("/en/ask/", form_data(), HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert Enquiry.objects.count() == 0


@pytest.fixture(params=["locmem", "redis"])
def rate_cache(request):
    """The default local-memory cache, and the real Redis of production (its own key prefix)."""
    if request.param == "redis":
        request.getfixturevalue("redis_cache")
    return request.param


def test_the_rate_limit_per_client(client, offices, settings, rate_cache):
    settings.ENQUIRIES_RATE_LIMIT = 2
    assert client.post("/en/ask/", form_data()).status_code == 303
    assert client.post("/en/ask/", form_data()).status_code == 303
    limited = client.post("/en/ask/", form_data())
    assert limited.status_code == 429 and "Please wait an hour" in limited.text
    other_client = client.post("/en/ask/", form_data(), REMOTE_ADDR="198.51.100.7")
    assert other_client.status_code == 303
    assert Enquiry.objects.count() == 3
    # The one rate limiter of the portal (core.ratelimit) keeps the counts, in the configured cache.
    assert ratelimit.count(spam.RATE_SCOPE, limited.wsgi_request, spam.RATE_WINDOW_SECONDS) == 2
    if rate_cache == "redis":
        assert len(cache.keys(f"ratelimit:{spam.RATE_SCOPE}:*")) == 2


def test_only_the_form_page_sets_a_cookie(client, offices):
    for url in ("/en/", offices["mub"].url, "/en/ask/sent/"):
        response = client.get(url, follow=True)
        assert response.status_code == 200 and not response.cookies, url


def test_unknown_preselections_are_ignored(client, offices):
    response = client.get("/en/ask/?institution=99999999999999999999&programme=²&topic=<x>")
    assert response.status_code == 200
    assert Enquiry.objects.count() == 0
    assert client.get("/en/ask/sent/?institution=999999999999999999999").status_code == 200
    assert client.get("/en/ask/sent/?institution=²").status_code == 200


def test_form_page_queries_are_bounded(client, offices, django_assert_max_num_queries):
    client.get("/en/ask/")
    with django_assert_max_num_queries(20) as small:
        client.get("/es/ask/")
    for number in range(12):
        StudyProgrammePageFactory(parent=offices["but"], title=f"Programme {number}")
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/es/ask/")


def test_purpose_controller_retention_and_policy_link(client, offices, settings, home_page):
    from .factories import PolicyPageFactory

    settings.ENQUIRIES_RETENTION_DAYS = 180
    policy = PolicyPageFactory(parent=home_page, title="Privacy policy", slug="privacy-policy")
    EnquirySettings.objects.update(privacy_policy=policy)
    response = client.get("/en/ask/")
    assert "deleted 180 days after you send it" in response.text
    assert "only to answer your question" in response.text
    assert "City of Białystok, ul. Słonimska 1" in response.text
    assert f'<a href="{policy.url}">' in response.text


def test_institution_and_programme_pages_have_a_short_form_that_preselects(client, offices):
    mub, medicine = offices["mub"], offices["medicine"]
    page = client.get(mub.url)
    assert 'action="/en/ask/" aria-labelledby="ask-short-title"' in page.text
    assert f'name="institution" value="{mub.pk}"' in page.text
    programme_page = client.get(medicine.url)
    assert f'name="programme" value="{medicine.pk}"' in programme_page.text

    form = client.get(f"/en/ask/?institution={mub.pk}&programme={medicine.pk}&topic=visa")
    assert f'<option value="{mub.pk}" selected>' in form.text
    assert f'<option value="{medicine.pk}" selected>' in form.text
    assert '<option value="visa" selected>' in form.text
