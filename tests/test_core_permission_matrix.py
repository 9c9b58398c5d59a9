"""The role × action table of core.permissions (and docs/roles.md), tried cell by cell in the admin.

One test per role; each cell is checked through the admin's own URL: an allowed cell succeeds, a
denied one is refused and changes nothing.
"""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from core.permissions import ACTIONS, ROLES, city_office, privacy_officers, roles_table
from privacy.models import ConsentSettings

from .factories import ContentPageFactory, StudyProgrammePageFactory

REFUSED = (302, 403)
# Cells tried in other tests, through the same endpoints: tests/test_translations_guard.py
# (translation endpoints), tests/test_core_permissions.py (moving), tests/test_privacy_consent_roles.py
# and tests/test_translations_roles.py (snippets in a translator's language).
ELSEWHERE = {"translate", "stop_translation", "move", "snippets"}


def test_the_documented_table_is_the_role_model():
    with translation.override("en"):
        table = roles_table()
    assert table in (Path(__file__).parent.parent / "docs" / "roles.md").read_text()


def test_every_action_has_a_check():
    assert set(ACTIONS) == set(CHECKS) | ELSEWHERE


@pytest.fixture
def site(translated_home, universities, django_user_model):
    out = open("/dev/null", "w")  # noqa: SIM115
    call_command("setup_institution_editors", "--review", "MUB", stdout=out)
    call_command("create_translator_groups", stdout=out)
    for page in universities.values():
        page.refresh_from_db()
    ConsentSettings.objects.create(
        locale=translated_home["en"].locale, banner_text="?", necessary_description="."
    )
    return {**translated_home, **universities}


def user_for(role, site, django_user_model):
    if role == "anonymous":
        return None
    if role == "administrator":
        return django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    user = django_user_model.objects.create_user(role, password="pw")
    group = {
        "institution_editor": lambda: site["but"].editors,
        "institution_editor_under_review": lambda: site["mub"].editors,
        "city_office": city_office,
        "translator": lambda: Group.objects.get(translator_locale__locale__language_code="pl"),
        "privacy_officer": privacy_officers,
    }[role]()
    user.groups.add(group)
    return user


def leaf_for(role, site):
    """A new live page with no subpages where the role works."""
    if role == "institution_editor":
        return StudyProgrammePageFactory(parent=site["but"])
    if role == "institution_editor_under_review":
        return StudyProgrammePageFactory(parent=site["mub"])
    if role == "translator":
        return ContentPageFactory(parent=site["pl"], locale=site["pl"].locale)
    return ContentPageFactory(parent=site["en"])


def section_for(role, site):
    """A section where the role works: a page with subpages, or a language's home page."""
    if role in ("institution_editor", "institution_editor_under_review"):
        return site["but"] if role == "institution_editor" else site["mub"]
    if role == "translator":
        return site["pl"]
    if role == "administrator":
        section = ContentPageFactory(parent=site["en"])
        ContentPageFactory(parent=section)
        return section
    return site["ar"]


def state(page):
    page = Page.objects.filter(id=page.id).first()
    return page and (page.live, page.locked, page.path)


def check_edit(client, role, site):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[leaf_for(role, site).id]))
    return response.status_code == 200


def check_publish(client, role, site):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[leaf_for(role, site).id]))
    return response.status_code == 200 and 'name="action-publish"' in response.text


def check_add_child(client, role, site):
    page = section_for(role, site)
    return client.get(reverse("wagtailadmin_pages:add_subpage", args=[page.id])).status_code == 200


def check_copy(client, role, site):
    return client.get(reverse("wagtailadmin_pages:copy", args=[leaf_for(role, site).id])).status_code == 200


def changed_by_post(client, page, url_name, data=None):
    before = state(page)
    client.post(reverse(url_name, args=[page.id]), data or {})
    return state(page) != before


def check_lock(client, role, site):
    return changed_by_post(client, leaf_for(role, site), "wagtailadmin_pages:lock")


def check_unpublish(client, role, site):
    return changed_by_post(client, leaf_for(role, site), "wagtailadmin_pages:unpublish")


def check_delete(client, role, site):
    return changed_by_post(client, leaf_for(role, site), "wagtailadmin_pages:delete")


def check_delete_section(client, role, site):
    return changed_by_post(client, section_for(role, site), "wagtailadmin_pages:delete")


def check_bulk_translate(client, role, site):
    return client.get(reverse("translations:bulk")).status_code == 200


def check_consent_scripts(client, role, site):
    settings = ConsentSettings.objects.get(locale=site["en"].locale)
    response = client.get(reverse("wagtailsnippets_privacy_consentsettings:edit", args=[settings.pk]))
    return response.status_code == 200 and 'name="statistics_scripts"' in response.text


def check_settings(client, role, site):
    return client.get(reverse("wagtailusers_users:index")).status_code == 200


def check_images(client, role, site):
    return client.get(reverse("wagtailimages:add_multiple")).status_code == 200


CHECKS = {
    "edit": check_edit,
    "publish": check_publish,
    "add_child": check_add_child,
    "copy": check_copy,
    "lock": check_lock,
    "unpublish": check_unpublish,
    "delete": check_delete,
    "delete_section": check_delete_section,
    "bulk_translate": check_bulk_translate,
    "consent_scripts": check_consent_scripts,
    "settings": check_settings,
    "images": check_images,
}


@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_do_exactly_what_the_table_says(client, site, django_user_model, role):
    user = user_for(role, site, django_user_model)
    if user is not None:
        client.force_login(user)
    allowed = ROLES[role]["actions"]
    results = {action: check(client, role, site) for action, check in CHECKS.items()}
    expected = {action: action in allowed for action in CHECKS}
    assert results == expected
