"""Translator groups: each translates and publishes into its own locale only, through the real admin."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation

from .conftest import publish_translation, translate_all


@pytest.fixture
def groups(translated_home):
    publish_translation(translated_home["en"], "es")
    call_command("create_translator_groups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return Group.objects.all()


@pytest.fixture
def polish_translator(django_user_model, groups):
    user = django_user_model.objects.create_user("ola", password="pw")
    user.groups.add(Group.objects.get(name="Translators — Polish"))
    return user


@pytest.fixture
def spanish_living(polish_living):
    translation = Translation.objects.create(
        source=polish_living.source, target_locale=Locale.objects.get(language_code="es")
    )
    translate_all(translation, prefix="ES ")
    translation.save_target(publish=True)
    return translation


def test_the_command_is_safe_to_run_again(groups):
    names = sorted(Group.objects.values_list("name", flat=True))
    call_command("create_translator_groups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert sorted(Group.objects.values_list("name", flat=True)) == names
    assert {"Translators", "Translators — Polish", "Translators — Arabic", "Translators — Ukrainian"} <= set(
        names
    )
    polish = Group.objects.get(name="Translators — Polish")
    assert polish.translator_locale.locale.language_code == "pl"
    assert {p.permission.codename for p in polish.page_permissions.all()} == {
        "add_page",
        "change_page",
        "publish_page",
    }
    assert {p.page.locale.language_code for p in polish.page_permissions.all()} == {"pl"}


def test_polish_translator_works_in_polish_only(
    client, polish_translator, polish_living, spanish_living, living_page
):
    client.force_login(polish_translator)
    polish_page = polish_living.get_target_instance()
    spanish_page = spanish_living.get_target_instance()
    segment = polish_living.source.stringsegment_set.order_by("order").first()

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[polish_page.id]))
    assert editor.status_code == 200 and 'class="js-translation-editor"' in editor.text
    edit = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[polish_living.id, segment.id]),
        "value=Miasto",
        content_type="application/x-www-form-urlencoded",
    )
    assert edit.status_code == 200
    assert StringTranslation.objects.filter(locale__language_code="pl", data="Miasto").exists()

    before = list(StringTranslation.objects.filter(locale__language_code="es").values_list("id", "data"))
    refused = [
        client.get(reverse("wagtailadmin_pages:edit", args=[living_page.id])),
        client.get(reverse("wagtailadmin_pages:edit", args=[spanish_page.id])),
        client.post(reverse("wagtailadmin_pages:edit", args=[spanish_page.id]), {"action": "publish"}),
        client.put(
            reverse("wagtail_localize:edit_string_translation", args=[spanish_living.id, segment.id]),
            "value=Ciudad",
            content_type="application/x-www-form-urlencoded",
        ),
        client.get(reverse("wagtail_localize:download_pofile", args=[spanish_living.id])),
        client.post(reverse("wagtail_localize:upload_pofile", args=[spanish_living.id]), {"next": "/admin/"}),
        client.post(reverse("wagtail_localize:machine_translate", args=[spanish_living.id])),
        client.get(reverse("wagtail_localize:submit_page_translation", args=[living_page.id])),
        client.get(reverse("translations:bulk")),
    ]
    for response in refused:
        # Wagtail answers a refused admin request with 403 or a redirect to the dashboard.
        assert response.status_code in (302, 403), response
        if response.status_code == 302:
            assert response["Location"] in ("/admin/", "/admin/pages/")
    assert (
        list(StringTranslation.objects.filter(locale__language_code="es").values_list("id", "data")) == before
    )


def test_polish_translator_publishes_the_polish_translation(
    client, polish_translator, polish_living, django_capture_on_commit_callbacks
):
    client.force_login(polish_translator)
    polish_page = polish_living.get_target_instance()
    segment = polish_living.source.stringsegment_set.get(string__data="Forests of Podlasie are close.")
    client.put(
        reverse("wagtail_localize:edit_string_translation", args=[polish_living.id, segment.id]),
        "value=Lasy Podlasia są blisko.",
        content_type="application/x-www-form-urlencoded",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[polish_page.id]), {"action": "publish"}
        )
    assert response.status_code == 302
    assert "Lasy Podlasia są blisko." in client.get("/pl/living-in-bialystok/").text
    assert Page.objects.get(id=polish_page.id).live


def test_the_admin_speaks_polish_to_a_polish_translator(client, polish_translator, polish_living):
    profile = UserProfile.get_for_user(polish_translator)
    profile.preferred_language = "pl"
    profile.save()
    client.force_login(polish_translator)
    html = client.get(reverse("wagtailadmin_home")).text
    assert '<html lang="pl"' in html
    assert "Kokpit" in html or "Strony" in html
    assert "Pokrycie tłumaczeń" in html
