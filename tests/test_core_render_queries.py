"""An uncached render costs a fixed number of queries, whatever the size of the content (issue 18).

Measured as production runs (the page cache on, each URL asked for the first time, so every request
renders): the furniture (menu, footer links) comes from the cache until a site-wide change, the
page's images come with their renditions, and the page choosers of a body are localized together,
once per block type. docs/caching.md, bench/README.md.
"""

import datetime
import itertools

import pytest

from .factories import (
    ContentPageFactory,
    GalleryPageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    PolicyPageFactory,
    add_children,
    gallery_photos,
)

pytestmark = pytest.mark.usefixtures("page_cache")

NUMBERS = itertools.count(1000)


def fresh(url):
    """`url` under a query string the page cache has not seen: the request renders."""
    return f"{url}?page={next(NUMBERS)}"


@pytest.fixture
def site(translated_home):
    home = translated_home["en"]
    for number in range(4):
        ContentPageFactory(
            parent=home, title=f"Section {number}", slug=f"section-{number}", show_in_menus=True
        )
    PolicyPageFactory(parent=home)
    news = NewsIndexPageFactory(parent=home)
    partners = PartnerIndexPageFactory(parent=home)
    home.hero_image = ImageFactory()
    home.call_to_actions = [("link", {"text": "News", "page": news})]
    home.save_revision().publish()
    return {"home": home, "news": news, "partners": partners}


def add_news(site, count, start):
    image = ImageFactory()
    add_children(
        site["news"],
        [
            NewsPageFactory.build(
                title=f"News {n}",
                date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
                hero_image=image,
            )
            for n in range(start, start + count)
        ],
    )


def article_body(site, blocks):
    """A body of `blocks` × five blocks: a paragraph, an image, a call to action, a partner list and a gallery."""
    image = ImageFactory()
    partners = [PartnerPageFactory(parent=site["partners"]) for _ in range(2)]
    gallery = GalleryPageFactory(parent=site["news"], photo_stream=gallery_photos([image]))
    body = []
    for number in range(blocks):
        body += [
            ("paragraph", f"<p>Paragraph {number}.</p>"),
            ("image", {"image": ImageFactory() if number % 2 else image, "alt_text": f"Photo {number}"}),
            ("call_to_action", {"text": f"Partners {number}", "page": site["partners"]}),
            ("partners", {"heading": "Guests", "partners": partners}),
            ("gallery", {"gallery": gallery}),
        ]
    return body


def render_queries(client, url, django_assert_num_queries, expected):
    client.get(fresh(url))  # the furniture is cached once per language and site generation
    with django_assert_num_queries(expected):
        response = client.get(fresh(url))
    assert response.status_code == 200
    assert response["X-Cache"] == "miss"
    return response.text


@pytest.mark.parametrize("count", [10, 100])
def test_the_home_page_costs_15_queries_with_any_number_of_news(
    client, site, django_assert_num_queries, count
):
    add_news(site, count, start=1)
    html = render_queries(client, "/en/", django_assert_num_queries, 15)
    assert f"News {count}" in html and "Section 3" in html


@pytest.mark.parametrize("blocks", [2, 20])
def test_an_article_costs_the_same_queries_with_a_longer_body(
    client, site, django_assert_num_queries, blocks
):
    article = NewsPageFactory(parent=site["news"], title="Training Week", hero_image=ImageFactory())
    article.body = article_body(site, blocks)
    article.save_revision().publish()
    # Routing (site, locale, two levels of the tree, view restrictions) takes 10 of these, the body 9:
    # one lookup per block type (documents, partners, galleries, calls to action) and its localization.
    html = render_queries(client, article.url, django_assert_num_queries, 27)
    assert html.count("Paragraph ") == blocks and html.count('class="partner-list__item"') == 2 * blocks


def test_a_site_wide_change_refreshes_the_cached_menu_and_footer(
    client, site, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    client.get(fresh("/en/"))
    with django_assert_max_num_queries(15) as cached:
        client.get(fresh("/en/"))
    section = site["home"].get_children().get(slug="section-0").specific
    section.title = "Renamed section"
    with django_capture_on_commit_callbacks(execute=True):
        section.save_revision().publish()
    with django_assert_max_num_queries(20) as refreshed:
        html = client.get(fresh("/en/")).text
    assert "Renamed section" in html and "Section 0" not in html
    # The menu and the footer links were looked up again, once.
    assert len(refreshed) > len(cached)


def test_a_section_taken_out_of_the_menu_leaves_every_cached_menu(
    client, site, django_capture_on_commit_callbacks
):
    assert "Section 1" in client.get(fresh("/en/")).text
    section = site["home"].get_children().get(slug="section-1").specific
    section.show_in_menus = False
    with django_capture_on_commit_callbacks(execute=True):
        section.save_revision().publish()
    assert "Section 1" not in client.get(fresh("/en/")).text
