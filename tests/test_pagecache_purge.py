"""No visitor sees stale content after a change: every kind of change purges exactly what shows it."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from pagecache import store
from pagecache.changes import page_tags
from privacy.models import ConsentSettings

from .conftest import publish_translation
from .factories import (
    ContentPageFactory,
    CooperationProgrammeFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerPageFactory,
)

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def news(translated_home):
    index = NewsIndexPageFactory(parent=translated_home["en"])
    article = NewsPageFactory(
        parent=index, title="Training week", slug="training-week", date=datetime.date(2024, 5, 6)
    )
    return index, article


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what a change leaves for its commit (the purge, Wagtail's reference index): the test's
    transaction never commits."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def cached(client, *paths):
    """Visit each path twice: the second visit must come from the cache."""
    for path in paths:
        client.get(path)
        assert client.get(path)["X-Cache"] == "hit", path


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_publishing_an_article_refreshes_it_its_listings_home_search_and_sitemap(client, news, committed):
    index, article = news
    paths = [
        "/en/news/training-week/",
        "/en/news/",
        "/en/news/2024/",
        "/en/",
        "/en/search/?q=training",
        "/sitemap.xml",
    ]
    cached(client, *paths)
    other = ContentPageFactory(parent=index.get_parent(), title="Housing", slug="housing")
    cached(client, "/en/housing/")
    with committed():
        publish(article, title="International Training Week")
    for path in paths:
        response = client.get(path)
        assert response["X-Cache"] == "miss", path
    assert "International Training Week" in client.get("/en/news/").text
    assert "International Training Week" in client.get("/en/news/2024/").text
    # Exact: an unrelated page stays cached.
    assert client.get(other.url)["X-Cache"] == "hit"


def test_unpublishing_and_deleting_remove_the_page_at_once(client, news, committed):
    index, article = news
    cached(client, "/en/news/training-week/", "/en/news/")
    with committed():
        article.unpublish()
    assert client.get("/en/news/training-week/").status_code == 404
    assert "Training week" not in client.get("/en/news/").text
    second = NewsPageFactory(parent=index, title="Open day", slug="open-day")
    cached(client, "/en/news/open-day/", "/en/news/")
    with committed():
        second.delete()
    assert client.get("/en/news/open-day/").status_code == 404
    assert "Open day" not in client.get("/en/news/").text


def test_moving_a_page_purges_its_old_address_its_children_and_both_listings(
    client, translated_home, news, committed
):
    index, article = news
    section = ContentPageFactory(parent=translated_home["en"], title="Living", slug="living")
    child = ContentPageFactory(parent=section, title="Rooms", slug="rooms")
    archive = NewsIndexPageFactory(parent=section, title="Archive", slug="archive")
    cached(client, "/en/living/rooms/", "/en/news/training-week/", "/en/news/", "/en/living/archive/")
    with committed():
        article.move(archive, pos="last-child")
    # Not the old copy: the redirect Wagtail adds to the new address.
    assert client.get("/en/news/training-week/")["Location"] == "/en/living/archive/training-week/"
    # Both listings show it (the portal's news lists every article of its language) at its new address.
    for listing in ("/en/news/", "/en/living/archive/"):
        response = client.get(listing)
        assert response["X-Cache"] == "miss" and 'href="/en/living/archive/training-week/"' in response.text
    about = ContentPageFactory(parent=translated_home["en"], title="About", slug="about")
    section.refresh_from_db()
    with committed():
        section.move(about, pos="last-child")
    assert client.get("/en/living/rooms/").status_code == 301
    child.refresh_from_db()
    assert client.get(child.url).status_code == 200


def test_reverting_and_scheduled_publishing_are_visible_at_once(client, news, committed):
    index, article = news
    publish(article, title="Training week")
    first_revision = article.latest_revision
    publish(article, title="Renamed week")
    cached(client, "/en/news/training-week/")
    with committed():
        first_revision.publish()  # what "revert" publishes
    assert ">Training week<" in client.get("/en/news/training-week/").text
    later = NewsPageFactory.build(title="Scheduled fair", slug="scheduled-fair", live=False)
    index.add_child(instance=later)
    cached(client, "/en/news/")
    later.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    later.save_revision(approved_go_live_at=later.go_live_at)
    with committed():
        call_command("publish_scheduled")
    assert "Scheduled fair" in client.get("/en/news/").text


def test_publishing_a_translation_refreshes_the_source_and_the_listings_of_its_language(
    client, news, committed
):
    index, article = news
    polish_index = publish_translation(index, "pl")
    cached(client, "/en/news/training-week/", "/pl/news/")
    with committed():
        publish_translation(article, "pl")
    source = client.get("/en/news/training-week/")
    assert source["X-Cache"] == "miss" and 'hreflang="pl"' in source.text
    assert client.get(polish_index.url)["X-Cache"] == "miss"


def test_new_menu_page_refreshes_every_page(client, translated_home, news, committed):
    cached(client, "/en/news/training-week/", "/pl/")
    ContentPageFactory(
        parent=translated_home["en"], title="Scholarships", slug="scholarships", show_in_menus=True
    )
    # Created, not yet published through a revision: the editors' publish is what purges.
    with committed():
        ContentPageFactory._meta.model.objects.get(slug="scholarships").save_revision().publish()
    assert ">Scholarships</a>" in client.get("/en/news/training-week/").text


def test_snippets_images_and_site_wide_settings_purge_the_pages_that_show_them(
    client, translated_home, committed
):
    from .factories import PartnerIndexPageFactory

    directory = PartnerIndexPageFactory(parent=translated_home["en"])
    programme = CooperationProgrammeFactory(name="Erasmus+")
    partner = PartnerPageFactory(parent=directory, title="Firat University", slug="firat")
    # Wagtail updates its reference index once the transaction commits (a task).
    with committed():
        partner.programmes.set([programme])
        partner.logo = ImageFactory(title="Firat logo")
        partner.save_revision().publish()
    unrelated = ContentPageFactory(parent=translated_home["en"], title="Housing", slug="housing")
    cached(client, "/en/partners/firat/", "/en/partners/", unrelated.url)

    programme.name = "Erasmus+ 2021–2027"
    with committed():
        programme.save()
    assert "Erasmus+ 2021–2027" in client.get("/en/partners/firat/").text
    assert client.get("/en/partners/")["X-Cache"] == "miss"
    assert client.get(unrelated.url)["X-Cache"] == "hit"

    cached(client, "/en/partners/firat/")
    partner.logo.title = "Firat University logo"
    with committed():
        partner.logo.save()
    assert client.get("/en/partners/firat/")["X-Cache"] == "miss"
    assert client.get(unrelated.url)["X-Cache"] == "hit"

    with committed():
        ConsentSettings.objects.create(
            locale=translated_home["en"].locale,
            banner_text="We count visits.",
            necessary_description="Your choice.",
        )
    assert "We count visits." in client.get(unrelated.url).text


def test_a_purge_of_something_gone_is_a_no_op(client, news, committed):
    index, article = news
    cached(client, "/en/news/")
    with committed():
        index.delete()  # and the article with it
    assert client.get("/en/news/").status_code == 404
    assert page_tags(article) == {store.ANY_PAGE_TAG}


def test_an_unreachable_front_cache_is_logged_and_never_fails_a_publish(
    client, news, committed, settings, caplog
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",  # the discard port: nothing answers there
        }
    }
    index, article = news
    cached(client, "/en/news/training-week/")
    with committed():
        publish(article, title="International Training Week")
    assert "International Training Week" in client.get("/en/news/training-week/").text
    failures = [record for record in caplog.records if record.levelname == "ERROR"]
    assert failures and all(
        "purge" in record.getMessage() or "ban" in record.getMessage() for record in failures
    )
