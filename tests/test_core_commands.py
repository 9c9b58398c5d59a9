"""Management commands: the demo content, the local admin and the translation catalogues."""

import io
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import Translation

from home.models import ContentPage, HomePage

PROJECT = Path(settings.BASE_DIR)


def run(command, *args):
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def demo_snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "locale__language_code", "live")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
    }


def test_load_demo_builds_the_story_in_english_and_polish_through_wagtail_localize(demo):
    # The session's snapshot is what `load_demo` built on an empty database (tests/demo_snapshot.py).
    assert "Demo content loaded" in demo.output

    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage) and home.locale.language_code == "en"
    about = ContentPage.objects.get(slug="about-the-portal", locale__language_code="en")
    assert "18 countries" in about.intro
    polish_about = ContentPage.objects.get(translation_key=about.translation_key, locale__language_code="pl")
    assert polish_about.live and polish_about.title == "Jak powstał portal Study in Bialystok"
    assert Translation.objects.filter(
        source__object_id=about.translation_key, target_locale__language_code="pl"
    ).exists()
    # Every locale of the portal has a home page, Arabic included.
    assert set(HomePage.objects.values_list("locale__language_code", flat=True)) == {
        "en",
        "pl",
        "uk",
        "es",
        "tr",
        "ar",
    }


def test_load_demo_twice_changes_nothing(demo):
    before = demo_snapshot()
    output = run("load_demo")
    assert "Nothing to do" in output
    assert demo_snapshot() == before


def test_demo_pages_render_in_both_languages(client, demo):
    assert "Branicki" in client.get("/en/living-in-bialystok/").text
    polish = client.get("/pl/living-in-bialystok/")
    assert polish.status_code == 200 and "Pałac Branickich" in polish.text


@pytest.mark.django_db
def test_local_admin_is_created_only_in_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        run("create_local_admin")
    settings.DEBUG = True
    output = run("create_local_admin")
    assert "“admin”" in output
    assert get_user_model().objects.get(username="admin").is_superuser
    run("create_local_admin")
    assert get_user_model().objects.filter(username="admin").count() == 1


def catalogues(root):
    found = [*root.glob("locale/*/LC_MESSAGES/django.po"), *root.glob("*/locale/*/LC_MESSAGES/django.po")]
    return {path.relative_to(root): path for path in found}


@pytest.mark.skipif(
    not shutil.which("xgettext"), reason="GNU gettext (xgettext) is not installed: apt-get install gettext"
)
def test_catalogues_are_current_and_fully_translated(tmp_path):
    """Extract the strings again into a copy of the project: the committed catalogues must match."""
    copy = tmp_path / "project"
    shutil.copytree(
        PROJECT,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", "node_modules", "media", "staticfiles", ".git", "*.sqlite3", "bench"
        ),
    )
    result = subprocess.run(
        ["make", "-s", "messages", f"VENV={PROJECT / '.venv'}"], cwd=copy, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr

    committed = catalogues(PROJECT)
    extracted = catalogues(copy)
    assert committed.keys() == extracted.keys()
    for name, path in committed.items():
        current = {entry.msgid for entry in polib.pofile(str(path))}
        fresh = {entry.msgid for entry in polib.pofile(str(extracted[name]))}
        assert current == fresh, (
            f"{name} is stale: run `make messages` (new: {fresh - current}, gone: {current - fresh})"
        )
        untranslated = [entry.msgid for entry in polib.pofile(str(path)) if not entry.translated()]
        assert not untranslated, f"{name} has untranslated strings: {untranslated}"


def test_load_demo_creates_the_privacy_officers_group_once(demo):
    from core.models import RoleGroup
    from core.permissions import privacy_officers

    assert "privacy officers group" in demo.output
    stored = RoleGroup.objects.get(key="privacy_officers")
    assert stored.group.permissions.filter(codename="change_consent_scripts").exists()
    stored.group.name = "Inspektorzy ochrony danych"  # renamed in the admin: still the same group
    stored.group.save()
    assert "privacy officers group" not in run("load_demo")
    assert privacy_officers() == stored.group
    assert RoleGroup.objects.filter(key="privacy_officers").count() == 1
