import os
import uuid

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale, Site

from .demo_snapshot import DemoSnapshot, ensure_tree_roots
from .factories import HomePageFactory
from .search_helpers import build_search_site


def publish_translation(page, language_code):
    """Translate `page` the way Wagtail does (copy_for_translation) and publish the copy."""
    translated = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    translated.save_revision().publish()
    return translated


@pytest.fixture(autouse=True)
def default_language():
    """Each test ends in the default language: a request to /pl/ leaves Polish active in its thread."""
    yield
    translation.deactivate()


@pytest.fixture(scope="session", autouse=True)
def session_media_root(tmp_path_factory):
    """Files that tests upload go to this process's own folder (one per xdist worker), never media/."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")) as overridden:
        yield overridden


@pytest.fixture
def page_cache(settings):
    """The anonymous page cache on (it is off in the test settings), starting and ending empty."""
    settings.PAGE_CACHE_TIMEOUT = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content of `load_demo`, built once per run for every xdist worker (tests/demo_snapshot.py)."""
    run_folder = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        run_folder = run_folder.parent  # the workers' folders are in the run's own folder
    with django_db_blocker.unblock():
        snapshot = DemoSnapshot.for_connection(run_folder / "demo-snapshot")
        snapshot.acquire()
    yield snapshot
    with django_db_blocker.unblock():
        snapshot.release()


@pytest.fixture
def demo(transactional_db, demo_snapshot, settings, tmp_path):
    """The database holds the demo content of `load_demo`; its media are in the test's own folder.

    `demo.output` is what `load_demo` printed when it built the snapshot.
    """
    settings.MEDIA_ROOT = demo_snapshot.restore(tmp_path / "demo-media")
    return demo_snapshot


@pytest.fixture
def database_tasks(settings, transactional_db):
    """Tasks wait in the database (django-tasks-db), with committed transactions: the worker sees them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def locales(db):
    """The portal's locales, created from settings after every migrate or flush."""
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home_page(locales):
    """The English home page as the root of the default site, replacing Wagtail's placeholder."""
    root = ensure_tree_roots()
    root.get_children().delete()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    return home


@pytest.fixture
def translated_home(home_page):
    """The home page with its Polish and Arabic translations, keyed by language code."""
    return {
        "en": home_page,
        "pl": publish_translation(home_page, "pl"),
        "ar": publish_translation(home_page, "ar"),
    }


@pytest.fixture
def search_site(translated_home):
    """Pages in English and Polish and a partner university, indexed for site search."""
    return build_search_site(translated_home)


@pytest.fixture
def smtp_server(settings):
    """Django sends e-mail over SMTP to a real server on 127.0.0.1 (aiosmtpd), read back by the test."""
    from .smtp import SMTPServer

    server = SMTPServer().start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = server.host
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    yield server
    server.stop()


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploaded files and renditions go to a temporary folder, not the project's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


# Translation workflows (translations/): a page translated through wagtail-localize.
LIVING_BODY = [
    ("heading", {"text": "The city", "level": "h2"}),
    ("paragraph", '<p>Parks and <a href="https://www.bialystok.pl/">palaces</a> everywhere.</p>'),
    ("paragraph", "<p>Forests of Podlasie are close.</p>"),
    ("paragraph", "<p>Student life is <b>lively</b>.</p>"),
    ("quote", {"quote": "A green city.", "attribution": "A student"}),
]


def translate_all(translation, prefix="PL "):
    """Translate every string segment of a wagtail-localize translation as `prefix + source`."""
    from wagtail_localize.models import StringSegment, StringTranslation

    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data},
        )


@pytest.fixture
def living_page(translated_home):
    """An English information page with a heading, three paragraphs (one with a link) and a quote."""
    from .factories import ContentPageFactory

    return ContentPageFactory(
        parent=translated_home["en"],
        title="Living in Białystok",
        slug="living-in-bialystok",
        intro="A compact green city.",
        body=LIVING_BODY,
    )


def translate_live(page, language_code):
    """The wagtail-localize translation of `page` into the language, every string translated, live."""
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=language_code)
    )
    translate_all(translation)
    translation.save_target(publish=True)
    translated = page.get_translation(translation.target_locale)
    if not translated.live:
        # Inside the test transaction wagtail-localize defers the publish to the commit.
        translated.get_latest_revision().publish()
    return translation


@pytest.fixture
def polish_living(living_page):
    """The wagtail-localize translation of `living_page` into Polish, every string translated, live."""
    return translate_live(living_page, "pl")


@pytest.fixture
def universities(home_page):
    """The universities index, the programme finder and two institutions under the English home page."""
    from .factories import (
        InstitutionPageFactory,
        ProgrammeFinderPageFactory,
        UniversitiesIndexPageFactory,
    )

    index = UniversitiesIndexPageFactory(parent=home_page)
    return {
        "index": index,
        "finder": ProgrammeFinderPageFactory(parent=home_page),
        "but": InstitutionPageFactory(
            parent=index, title="Bialystok University of Technology", slug="but", short_name="BUT"
        ),
        "mub": InstitutionPageFactory(
            parent=index, title="Medical University of Białystok", slug="mub", short_name="MUB"
        ),
    }


@pytest.fixture
def partner_index(home_page):
    """The English partner directory under the home page."""
    from .factories import PartnerIndexPageFactory

    return PartnerIndexPageFactory(parent=home_page)


@pytest.fixture
def bialystok_university(universities):
    """Bialystok University of Technology (short name BUT), under the universities index."""
    return universities["but"]


@pytest.fixture
def redis_cache(settings):
    """The default cache is the real Redis server, under a key prefix of this test alone."""
    from django.core.cache import cache

    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        }
    }
    yield cache
    cache.delete_pattern("*")
