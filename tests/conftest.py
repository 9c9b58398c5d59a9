import pytest
from wagtail.models import Collection, Locale, Page, Site

from .factories import HomePageFactory


def publish_translation(page, language_code):
    """Translate `page` the way Wagtail does (copy_for_translation) and publish the copy."""
    translated = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    translated.save_revision().publish()
    return translated


def ensure_tree_roots():
    """The root page and root collection that Wagtail's migrations create and a flush removes."""
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))


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
def media_root(settings, tmp_path):
    """Uploaded files and renditions go to a temporary folder, not the project's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
