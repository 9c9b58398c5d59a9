"""Adding a language is settings and catalogues: a seventh language needs no code and no migration."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale

from core.locales import sync_locales

from .conftest import publish_translation
from .factories import ContentPageFactory

SEVEN = [*settings.LANGUAGES, ("de", "Deutsch")]


@pytest.fixture
def german(settings):
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = settings.WAGTAILADMIN_PERMITTED_LANGUAGES = (
        SEVEN
    )


def run(command, *args):
    out = io.StringIO()
    call_command(command, *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_migrations_and_the_makefile_follow_settings(german):
    # Document languages are read from settings: no migration (SystemExit(1) would mean one is missing).
    run("makemigrations", "--check", "--dry-run")
    # `make messages` makes catalogues for `manage.py list_languages`.
    assert run("list_languages").split() == ["pl", "uk", "es", "tr", "ar", "de"]
    from documents.models import PortalDocument

    assert ("de", "Deutsch") in PortalDocument._meta.get_field("language").choices


def test_locale_sync_and_the_site_build(german, client, home_page):
    sync_locales()
    assert Locale.objects.filter(language_code="de").exists()
    living = ContentPageFactory(parent=home_page, title="Living", slug="living")
    # Before any translation: the German home page says it is not translated yet and links to English.
    response = client.get("/de/")
    assert response.status_code == 404 and 'href="/en/" hreflang="en"' in response.text
    # The German home page translated: served in German, its menu labels the English page.
    publish_translation(home_page, "de")
    html = client.get("/de/").text
    assert '<html lang="de"' in html and 'hreflang="de"' in html
    assert 'lang="en">Living <span class="language-label language-label--code">EN</span>' in html
    not_yet = client.get("/de/living/")
    assert not_yet.status_code == 404 and 'href="/en/living/"' in not_yet.text
    # Search has a configuration for every language (word for word when none is named).
    assert client.get("/de/search/?q=Living").status_code == 200
    assert living.live
