"""`create_privacy_officers`: the privacy officer's group, found by its stored id, and its people."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse

from core.models import RoleGroup
from privacy.models import ConsentSettings

from .factories import ContentPageFactory


def run(*args):
    out = io.StringIO()
    call_command("create_privacy_officers", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def officer(django_user_model, home_page):
    user = django_user_model.objects.create_user("dpo", password="pw")
    assert "dpo: privacy officer" in run("--add", "dpo")
    return user


def test_the_officer_changes_consent_scripts_and_reads_the_report_but_no_page(client, officer, home_page):
    settings = ConsentSettings.objects.create(
        locale=home_page.locale, banner_text="?", necessary_description="."
    )
    page = ContentPageFactory(parent=home_page)
    client.force_login(officer)
    form = client.get(reverse("wagtailsnippets_privacy_consentsettings:edit", args=[settings.pk]))
    assert form.status_code == 200 and 'name="statistics_scripts"' in form.text
    assert client.get(reverse("privacy_consent_report")).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.id])).status_code in (302, 403)


def test_the_group_is_found_by_its_id_after_a_rename(officer):
    group = officer.groups.get()
    group.name = "Inspektorzy ochrony danych"
    group.save()
    groups = Group.objects.count()
    run()
    assert Group.objects.count() == groups
    assert officer.groups.get() == group
    assert group.permissions.filter(codename="change_consent_scripts").exists()


def test_remove_takes_the_rights_away(officer):
    assert "no longer a privacy officer" in run("--remove", "dpo")
    officer.refresh_from_db()
    assert not officer.groups.exists()
    assert not officer.has_perm("privacy.change_consent_scripts")


def test_an_unknown_user_changes_nothing(home_page):
    with pytest.raises(CommandError, match="nobody"):
        run("--add", "nobody")
    assert not RoleGroup.objects.filter(key="privacy_officers").exists()
