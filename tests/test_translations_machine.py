"""Machine translation from the environment, and bulk "machine-translate, then review" jobs."""

import json
from http.server import BaseHTTPRequestHandler

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

from portal.settings.base import MachineTranslators, machine_translator_from_env
from translations.bulk import start_job
from translations.models import BulkTranslationJob, TranslationReview

from .factories import ContentPageFactory
from .protocol_servers import http_server

DUMMY_TRANSLATOR = {"CLASS": MachineTranslators.DUMMY}


def test_the_translator_comes_from_the_environment():
    assert machine_translator_from_env({}) is None
    assert machine_translator_from_env({}, development=True) == {
        "CLASS": MachineTranslators.GLOSSARY,
        "OPTIONS": {"CLASS": MachineTranslators.DUMMY, "OPTIONS": {}},
    }
    deepl = machine_translator_from_env({"DEEPL_API_KEY": "k:fx"})
    assert deepl == {
        "CLASS": MachineTranslators.DEEPL_WITH_GLOSSARY,
        "OPTIONS": {"AUTH_KEY": "k:fx", "API_URL": ""},
    }
    libre = machine_translator_from_env(
        {"LIBRETRANSLATE_URL": "http://mt.example/", "LIBRETRANSLATE_API_KEY": "secret"}, development=True
    )
    assert (
        libre["CLASS"] == MachineTranslators.GLOSSARY
        and libre["OPTIONS"]["CLASS"] == MachineTranslators.LIBRETRANSLATE
    )
    assert libre["OPTIONS"]["OPTIONS"]["LIBRETRANSLATE_URL"] == "http://mt.example"
    assert libre["OPTIONS"]["OPTIONS"]["API_KEY"] == "secret"


def editor_props(client, translation):
    html = client.get(reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().id])).text
    return html


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=None)
def test_without_configuration_the_machine_translate_button_is_absent(admin_client, polish_living):
    html = editor_props(admin_client, polish_living)
    assert "&quot;machineTranslator&quot;: null" in html
    assert admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[polish_living.id])
    ).status_code in (
        302,
        404,
    )
    form = admin_client.get(reverse("translations:bulk")).text
    assert "Pre-fill with machine translation" not in form


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
def test_with_the_dummy_translator_the_button_is_there(admin_client, polish_living):
    html = editor_props(admin_client, polish_living)
    assert "&quot;machineTranslator&quot;: {&quot;name&quot;: &quot;Dummy translator&quot;" in html
    assert "Pre-fill with machine translation" in admin_client.get(reverse("translations:bulk")).text


class LibreTranslateHandler(BaseHTTPRequestHandler):
    """A tiny LibreTranslate: upper-cases every text and remembers the requests."""

    requests = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.requests.append(body)
        answer = json.dumps({"translatedText": [text.upper() for text in body["q"]]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate():
    LibreTranslateHandler.requests = []
    with http_server(LibreTranslateHandler) as url:
        yield url


def test_bulk_job_through_a_real_libretranslate_server(admin_client, admin_user, living_page, libretranslate):
    child = ContentPageFactory(parent=living_page, title="Parks", slug="parks")
    config = machine_translator_from_env(
        {"LIBRETRANSLATE_URL": libretranslate, "LIBRETRANSLATE_API_KEY": "k"}
    )
    locales = Locale.objects.filter(language_code__in=["pl", "es"])
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=config):
        response = admin_client.post(
            reverse("translations:bulk"),
            {
                "page": living_page.id,
                "include_subtree": "on",
                "locales": [locale.id for locale in locales],
                "machine_translate": "on",
            },
        )
    job = BulkTranslationJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("translations:job", args=[job.id])
    assert (job.status, job.total, job.done, job.failed) == ("done", 4, 4, 0)
    assert {request["target"] for request in LibreTranslateHandler.requests} == {"pl", "es"}
    assert all(request["api_key"] == "k" for request in LibreTranslateHandler.requests)

    polish_child = child.get_translation(Locale.objects.get(language_code="pl"))
    assert not polish_child.live, "machine translations stay drafts until reviewed"
    assert polish_child.get_latest_revision_as_object().title == "PARKS"
    assert TranslationReview.objects.filter(status="needs_review").count() == 4
    assert (
        StringTranslation.objects.filter(translation_type="machine", data="A COMPACT GREEN CITY.").count()
        == 2
    )

    page = admin_client.get(reverse("translations:job", args=[job.id])).text
    assert "Needs review" in page and reverse("wagtailadmin_pages:edit", args=[polish_child.id]) in page
    assert "4 of 4 translations created" in page


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
def test_publishing_the_reviewed_translation_approves_it(
    admin_client, admin_user, living_page, django_capture_on_commit_callbacks
):
    polish = Locale.objects.get(language_code="pl")
    start_job(living_page, [polish], admin_user)
    translation = Translation.objects.get(target_locale=polish, source__object_id=living_page.translation_key)
    target = translation.get_target_instance()
    assert not target.live

    # wagtail-localize publishes when the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[target.id]), {"action": "publish"}
        )

    assert response.status_code == 302
    review = TranslationReview.objects.get(translation=translation)
    assert (review.status, review.reviewed_by) == ("approved", admin_user)
    assert Page.objects.get(id=target.id).live


@override_settings(
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR={
        "CLASS": MachineTranslators.LIBRETRANSLATE,
        "OPTIONS": {"LIBRETRANSLATE_URL": "http://127.0.0.1:9", "API_KEY": "", "TIMEOUT": 2},
    }
)
def test_an_unreachable_translation_service_fails_the_job_with_a_reason(admin_user, living_page):
    job = start_job(living_page, [Locale.objects.get(language_code="pl")], admin_user)
    job.refresh_from_db()
    assert (job.status, job.done, job.failed) == ("failed", 0, 1)
    assert "Living in Białystok → pl" in job.error
    assert not TranslationReview.objects.exists()


def test_the_bulk_form_refuses_only_the_source_locale(admin_client, living_page):
    response = admin_client.post(
        reverse("translations:bulk"), {"page": living_page.id, "locales": [living_page.locale_id]}
    )
    assert response.status_code == 200
    assert "Choose at least one locale other than the page" in response.text
    assert not BulkTranslationJob.objects.exists()


def test_bulk_translation_needs_the_submit_permission(client, django_user_model, living_page):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("editor", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("translations:bulk")).status_code in (302, 403)
    assert client.get(reverse("translations:jobs")).status_code in (302, 403)
