"""The consent settings' technical fields: one value in every language, changed by privacy officers only."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, Translation, TranslationSource

from privacy.models import ConsentSettings

from .conftest import translate_all

EVIL = "https://evil.example/x.js"
TECHNICAL = {
    "policy_version": "3",
    "statistics_enabled": True,
    "statistics_scripts": "https://stats.example.org/js/script.js",
    "statistics_cookie_prefixes": "_pk_",
    "marketing_enabled": False,
    "marketing_scripts": "",
    "marketing_cookie_prefixes": "",
}


def technical(settings):
    settings.refresh_from_db()
    return {name: getattr(settings, name) for name in TECHNICAL}


@pytest.fixture
def english(translated_home):
    return ConsentSettings.objects.create(
        locale=translated_home["en"].locale,
        banner_text="We would like to count visits.",
        necessary_description="Remember your choice.",
        statistics_description="Counting visits.",
        **TECHNICAL,
    )


@pytest.fixture
def polish_translation(english):
    source, _created = TranslationSource.get_or_create_from_instance(english)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="pl")
    )
    translate_all(translation)
    translation.save_target()
    return translation


@pytest.fixture
def polish(polish_translation, english):
    return english.get_translation(polish_translation.target_locale)


@pytest.fixture
def polish_translator(django_user_model, polish_translation):
    call_command("create_translator_groups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    user = django_user_model.objects.create_user("ola", password="pw")
    user.groups.add(Group.objects.get(translator_locale__locale__language_code="pl"))
    return user


def snippet_editor(django_user_model, name, *codenames):
    user = django_user_model.objects.create_user(name, password="pw")
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "change_consentsettings", *codenames])
    )
    return user


def form_data(settings, **changes):
    data = {
        "banner_text": settings.banner_text,
        "necessary_description": settings.necessary_description,
        "statistics_description": settings.statistics_description,
        "marketing_description": settings.marketing_description,
        "cookie_policy_page": "",
        **{name: value for name, value in TECHNICAL.items() if value is not False},
        **changes,
    }
    return {name: value for name, value in data.items() if value is not False}


def edit_url(settings):
    return reverse("wagtailsnippets_privacy_consentsettings:edit", args=[settings.pk])


def test_technical_fields_are_not_overridable_in_the_translation_editor(polish_translation):
    overridable = set(
        OverridableSegment.objects.filter(source=polish_translation.source).values_list(
            "context__path", flat=True
        )
    )
    assert not overridable & set(TECHNICAL)


@pytest.mark.parametrize("who", ["polish translator", "administrator"])
def test_after_stop_synchronising_a_translation_cannot_change_them(
    client, admin_user, polish_translator, polish_translation, polish, english, who
):
    user = polish_translator if who == "polish translator" else admin_user
    client.force_login(user)
    stop = client.post(
        reverse("wagtail_localize:stop_translation", args=[polish_translation.id]), {"next": edit_url(polish)}
    )
    assert stop.status_code == 302
    polish_translation.refresh_from_db()
    assert not polish_translation.enabled

    form = client.get(edit_url(polish))
    assert form.status_code == 200
    assert 'name="banner_text"' in form.text and 'name="statistics_scripts"' not in form.text
    response = client.post(
        edit_url(polish),
        form_data(
            polish, banner_text="Chcemy liczyć wizyty.", statistics_scripts=EVIL, marketing_enabled="on"
        ),
    )

    assert response.status_code == 302
    polish.refresh_from_db()
    assert polish.banner_text == "Chcemy liczyć wizyty."
    assert technical(polish) == TECHNICAL == technical(english)


def test_an_editor_without_the_privacy_permission_changes_words_not_scripts(
    client, django_user_model, english, polish
):
    client.force_login(snippet_editor(django_user_model, "editor"))
    assert 'name="statistics_scripts"' not in client.get(edit_url(english)).text
    client.post(edit_url(english), form_data(english, banner_text="Cookies?", statistics_scripts=EVIL))
    english.refresh_from_db()
    assert english.banner_text == "Cookies?"
    assert technical(english) == TECHNICAL == technical(polish)


def test_a_privacy_officer_changes_them_in_the_source_for_every_language(
    client, django_user_model, english, polish
):
    client.force_login(snippet_editor(django_user_model, "officer", "change_consent_scripts"))
    response = client.post(
        edit_url(english), form_data(english, statistics_scripts="/static/privacy/example-statistics.js")
    )
    assert response.status_code == 302
    assert technical(english)["statistics_scripts"] == "/static/privacy/example-statistics.js"
    assert technical(polish) == technical(english)
