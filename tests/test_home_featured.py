"""What the home page features: the stories, gallery and upcoming events its editors chose, as each reader sees them."""

import datetime
import re

import pytest
from django.utils import timezone

from .conftest import publish_translation
from .factories import (
    EventIndexPageFactory,
    EventPageFactory,
    GalleryPageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    gallery_photos,
)


def feature(homes, blocks):
    """Feature `blocks` on every given home page, as wagtail-localize copies the stream into translations."""
    for home in homes:
        home.featured = blocks
        home.save_revision().publish()


def featured_stories(html):
    section = re.search(r'<section class="featured-stories".*?</section>', html, re.S)
    return re.findall(r'news-card__title"><a href="([^"]+)">([^<]+)<', section.group(0)) if section else []


def upcoming(html):
    section = re.search(r'<section class="upcoming-events".*?</section>', html, re.S)
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', section.group(0)) if section else []


@pytest.fixture
def news(home_page):
    return NewsIndexPageFactory(parent=home_page)


def stories(news, count):
    image = ImageFactory()
    return [
        NewsPageFactory(parent=news, title=f"Story {n}", date=datetime.date(2020, 1, n), hero_image=image)
        for n in range(1, count + 1)
    ]


def test_the_home_page_shows_what_its_editors_feature_in_their_order(client, translated_home, news):
    first, second, hidden = stories(news, 3)
    gallery = GalleryPageFactory(
        parent=translated_home["en"], title="Opening", photo_stream=gallery_photos([ImageFactory()])
    )
    calendar = EventIndexPageFactory(parent=translated_home["en"])
    soon = EventPageFactory(
        parent=calendar, title="Open day", start=timezone.now() + datetime.timedelta(days=3)
    )
    webinar = EventPageFactory(
        parent=calendar, title="Webinar", start=timezone.now() + datetime.timedelta(days=9)
    )
    EventPageFactory(
        parent=calendar, title="Fair", start=timezone.now() + datetime.timedelta(days=5), status="cancelled"
    )
    EventPageFactory(parent=calendar, title="Past", start=timezone.now() - datetime.timedelta(days=5))
    hidden.unpublish()
    publish_translation(news, "pl")
    polish_first = publish_translation(first, "pl")
    polish_first.title = "Historia 1"
    polish_first.save_revision().publish()
    blocks = [
        ("story", second),
        ("story", first),
        ("story", hidden),
        ("gallery", gallery),
        ("upcoming_events", {"count": 2}),
    ]
    feature(translated_home.values(), blocks)

    html = client.get("/en/").text
    assert featured_stories(html) == [("/en/news/story-2/", "Story 2"), ("/en/news/story-1/", "Story 1")]
    assert 'id="gallery-embed-' in html and ">Opening</h2>" in html
    # The next two that take place: neither the cancelled fair nor the past event.
    assert upcoming(html) == [
        (f"/en/events/{soon.slug}/", "Open day"),
        (f"/en/events/{webinar.slug}/", "Webinar"),
    ]
    # The order the editors chose: stories, then the gallery, then the events, then the latest news.
    assert (
        html.index('<section class="featured-stories"')
        < html.index('<section class="gallery-embed"')
        < html.index('<section class="upcoming-events"')
        < html.index('<section class="latest-news"')
    )

    # In Polish: the translated story in Polish, the other in English with its language; the
    # unpublished one nowhere.
    polish = client.get("/pl/").text
    assert featured_stories(polish) == [("/en/news/story-2/", "Story 2"), ("/pl/news/story-1/", "Historia 1")]
    assert re.search(
        r'<article class="news-card" lang="en">(?:(?!</article>).)*href="/en/news/story-2/"',
        polish,
        re.S,
    )
    assert "story-3" not in polish
    assert [title for _url, title in upcoming(polish)] == ["Open day", "Webinar"]


def test_a_home_page_without_features_shows_none(client, home_page, news):
    stories(news, 1)
    html = client.get("/en/").text
    assert "featured-stories" not in html and "upcoming-events" not in html and "gallery-embed" not in html


@pytest.mark.parametrize("count", [1, 3])
def test_featured_content_costs_a_fixed_number_of_queries(
    client, translated_home, news, django_assert_max_num_queries, count
):
    gallery = GalleryPageFactory(
        parent=translated_home["en"], photo_stream=gallery_photos([ImageFactory(), ImageFactory()])
    )
    calendar = EventIndexPageFactory(parent=translated_home["en"])
    for _ in range(count):
        EventPageFactory(parent=calendar)
    feature(
        translated_home.values(),
        [
            *(("story", story) for story in stories(news, count)),
            ("gallery", gallery),
            ("upcoming_events", {"count": 3}),
        ],
    )
    client.get("/en/")  # Warm the site-root and content-type caches, as any running server has.
    # The translated home page with its menu, latest news and footer needs sixteen; what it features
    # adds eleven whatever the number of stories: the chosen pages (one query per page type, two), their
    # versions for the reader (one), the specific versions shown (one per page type, two), the stories'
    # images with their renditions (two), the gallery's photos with theirs (two) and the upcoming
    # events with their section (two).
    with django_assert_max_num_queries(16 + 11):
        html = client.get("/en/").text
    assert len(featured_stories(html)) == count and len(upcoming(html)) == count
