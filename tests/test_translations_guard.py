"""Every wagtail-localize endpoint checks the translator's language and locks; bulk jobs do too."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationSource,
)

from privacy.models import ConsentSettings
from translations.bulk import start_job
from translations.guards import ENDPOINTS, UNGUARDED

from .conftest import translate_all

GUARDED = [endpoint for endpoint in ENDPOINTS if endpoint.refusal]
TRANSLATION_ENDPOINTS = [endpoint.name for endpoint in GUARDED if "translation_id" in endpoint.route]
READING = ["download_pofile", "preview_translation", "preview_translation_mode"]
CHANGING = [name for name in TRANSLATION_ENDPOINTS if name not in READING]
METHODS = {
    "edit_string_translation": "put",
    "edit_override": "put",
    "upload_pofile": "post",
    "machine_translate": "post",
    "stop_translation": "post",
    "convert_to_alias": "post",
}


def test_every_endpoint_of_wagtail_localize_is_listed_once():
    from wagtail_localize.wagtail_hooks import register_admin_urls

    [include] = register_admin_urls()
    theirs = {pattern.name for pattern in include.url_patterns}
    ours = {endpoint.name.removesuffix("_mode") for endpoint in ENDPOINTS} | set(UNGUARDED)
    assert theirs == ours


@pytest.fixture
def people(django_user_model, polish_living):
    call_command("create_translator_groups", stdout=open("/dev/null", "w"))  # noqa: SIM115

    def translator(name, language_code):
        user = django_user_model.objects.create_user(name, password="pw")
        user.groups.add(Group.objects.get(translator_locale__locale__language_code=language_code))
        return user

    office = django_user_model.objects.create_user("office", password="pw")
    office.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "submit_translation"])
    )
    return {"polish": translator("ola", "pl"), "ukrainian": translator("olena", "uk"), "office": office}


@pytest.fixture
def polish_consent(translated_home, locales):
    english = ConsentSettings.objects.create(
        locale=locales["en"], banner_text="Cookies?", necessary_description="Choice."
    )
    source, _created = TranslationSource.get_or_create_from_instance(english)
    translation = Translation.objects.create(source=source, target_locale=locales["pl"])
    translate_all(translation)
    translation.save_target()
    return translation


@pytest.fixture
def locked_polish_page(polish_living, django_user_model):
    page = polish_living.get_target_instance()
    page.locked, page.locked_by = True, django_user_model.objects.create_user("holder", password="pw")
    page.save(update_fields=["locked", "locked_by"])
    return page


def state():
    return (
        list(Translation.objects.order_by("id").values_list("id", "enabled")),
        list(StringTranslation.objects.order_by("id").values_list("id", "data")),
        SegmentOverride.objects.count(),
        list(Page.objects.order_by("id").values_list("id", "alias_of_id", "locked", "live")),
    )


def url_of(name, translation):
    endpoint = next(endpoint for endpoint in ENDPOINTS if endpoint.name == name)
    target = translation.get_target_instance()
    kwargs = {
        "translation_id": translation.id,
        "string_segment_id": translation.source.stringsegment_set.first().id,
        "overridable_segment_id": getattr(OverridableSegment.objects.first(), "id", 1),
        "mode": "default",
        "page_id": getattr(target, "pk", 0),
        "translation_source_id": translation.source_id,
        "app_label": target._meta.app_label,
        "model_name": target._meta.model_name,
        "pk": target.pk,
    }
    url = reverse(
        f"translations_{name}", kwargs={key: kwargs[key] for key in endpoint_kwargs(endpoint.route)}
    )
    return url


def endpoint_kwargs(route):
    return [part.split(">")[0].split(":")[1] for part in route.split("<")[1:]]


def call(client, name, url):
    method = METHODS.get(name, "get")
    if method == "put":
        return client.put(url, "value=Zmienione", content_type="application/x-www-form-urlencoded")
    if method == "post":
        return client.post(
            url, {"next": "/admin/", "file": SimpleUploadedFile("x.po", b'msgid ""\nmsgstr ""\n')}
        )
    return client.get(url)


def assert_refused(response, before):
    # A refusal is a 403, or (the admin's way, and the PO upload's) a redirect to the dashboard.
    assert response.status_code in (302, 403), response
    if response.status_code == 302:
        assert response["Location"] == "/admin/"
    assert state() == before


@pytest.mark.parametrize("name", TRANSLATION_ENDPOINTS + ["upload_pofile"])
def test_a_translator_of_another_language_is_refused(client, people, polish_consent, name):
    # Snippet rights are per model, so only the guard keeps the Ukrainian out of the Polish consent.
    client.force_login(people["ukrainian"])
    before = state()
    assert_refused(call(client, name, url_of(name, polish_consent)), before)


@pytest.mark.parametrize("name", CHANGING + ["upload_pofile", "convert_to_alias", "update_translations"])
def test_a_page_locked_by_someone_else_is_refused(client, people, polish_living, locked_polish_page, name):
    client.force_login(people["office"] if name == "update_translations" else people["polish"])
    before = state()
    assert_refused(call(client, name, url_of(name, polish_living)), before)


def test_reading_a_locked_translation_is_allowed(client, people, polish_living, locked_polish_page):
    client.force_login(people["polish"])
    assert call(client, "download_pofile", url_of("download_pofile", polish_living)).status_code == 200


@pytest.mark.parametrize("name", ["submit_snippet_translation", "snippets_api_detail"])
def test_snippet_endpoints_are_for_the_snippets_language(client, people, polish_consent, name):
    client.force_login(people["ukrainian"])
    before = state()
    assert_refused(call(client, name, url_of(name, polish_consent)), before)


def test_the_translator_of_the_language_stops_its_translation(client, people, polish_consent):
    client.force_login(people["polish"])
    response = client.post(url_of("stop_translation", polish_consent), {"next": "/admin/"})
    assert response.status_code == 302
    polish_consent.refresh_from_db()
    assert not polish_consent.enabled


def test_bulk_translation_leaves_locked_pages_alone(admin_user, polish_living, locked_polish_page):
    revisions = locked_polish_page.revisions.count()
    job = start_job(polish_living.source.get_source_instance(), [locked_polish_page.locale], admin_user)
    job.refresh_from_db()
    assert locked_polish_page.revisions.count() == revisions
    assert "skipped" in job.error and job.done == 0


def test_bulk_translation_does_not_restart_a_stopped_translation(admin_user, polish_living):
    polish_living.enabled = False
    polish_living.save(update_fields=["enabled"])
    polish_page = polish_living.get_target_instance()
    revisions = polish_page.revisions.count()
    job = start_job(polish_living.source.get_source_instance(), [polish_page.locale], admin_user)
    polish_living.refresh_from_db()
    job.refresh_from_db()
    assert not polish_living.enabled
    assert polish_page.revisions.count() == revisions
    assert "stopped" in job.error


def test_bulk_translation_needs_the_rights_on_the_translation(django_user_model, polish_living, locales):
    # May submit translations, may edit the English page, may not touch the Polish tree.
    from wagtail.models import GroupPagePermission

    user = django_user_model.objects.create_user("submitter", password="pw")
    group = Group.objects.create(name="English editors")
    user.groups.add(group)
    english = polish_living.source.get_source_instance()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=english.get_parent(), permission=Permission.objects.get(codename=codename)
        )
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "submit_translation"]))
    polish_page = polish_living.get_target_instance()
    revisions = polish_page.revisions.count()

    job = start_job(english, [locales["pl"], Locale.objects.get(language_code="ar")], user)

    job.refresh_from_db()
    assert polish_page.revisions.count() == revisions
    assert job.failed == 2 and job.done == 0, job.error
