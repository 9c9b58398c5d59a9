"""News index and articles: tree rules, listing, filters, archive, bad input and bounded queries."""

import datetime
import json
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from wagtail.models import Page

from galleries.models import GalleryPage
from institutions.models import InstitutionPage, UniversitiesIndexPage
from news.models import NewsIndexPage, NewsPage

from .factories import ImageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.usefixtures("media_root")


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page, intro="What happens at Białystok's universities.")


@pytest.fixture
def institution(home_page):
    universities = UniversitiesIndexPage(title="Universities", slug="universities")
    home_page.add_child(instance=universities)
    university = InstitutionPage(title="Bialystok University of Technology", slug="but", short_name="BUT")
    universities.add_child(instance=university)
    return university


def article(index, day, **fields):
    return NewsPageFactory(parent=index, date=datetime.date.fromisoformat(day), **fields)


def json_ld(html):
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]


def test_tree_rules(home_page, news_index, institution):
    assert NewsIndexPage.can_create_at(institution)
    assert not NewsIndexPage.can_create_at(home_page)  # one per parent: it exists already
    assert not NewsIndexPage.can_create_at(Page.get_first_root_node())
    assert NewsPage.can_create_at(news_index)
    assert not NewsPage.can_create_at(home_page)
    assert GalleryPage.can_create_at(home_page) and GalleryPage.can_create_at(news_index)
    assert NewsIndexPage.max_count_per_parent == 1


def test_index_lists_articles_newest_first_and_paginates(client, news_index):
    for day in range(1, 13):
        article(news_index, f"2024-03-{day:02d}", title=f"March {day}")
    html = client.get("/en/news/").text
    titles = re.findall(r'<h3 class="news-card__title"><a href="[^"]+">([^<]+)</a>', html)
    assert titles == [f"March {day}" for day in range(12, 2, -1)]
    assert "Page 1 of 2" in html and 'rel="next"' in html
    second = client.get("/en/news/?page=2").text
    assert re.findall(r'news-card__title"><a href="[^"]+">([^<]+)<', second) == ["March 2", "March 1"]


def test_index_links_its_feeds_from_the_head(client, news_index):
    head = client.get("/en/news/").text.split("</head>")[0]
    assert (
        '<link rel="alternate" type="application/rss+xml" title="News (RSS)" href="/en/news/feed/rss/">'
        in head
    )
    assert 'type="application/atom+xml"' in head and 'href="/en/news/feed/atom/"' in head


def test_filters_by_tag_year_and_institution(client, news_index, institution):
    erasmus = article(news_index, "2022-05-23", title="Training Week")
    erasmus.tags.add("Erasmus")
    erasmus.related_institutions.add(institution)
    erasmus.save_revision().publish()
    article(news_index, "2023-01-10", title="Winter school")

    def titles(query):
        return re.findall(
            r'news-card__title"><a href="[^"]+">([^<]+)<', client.get(f"/en/news/?{query}").text
        )

    assert titles("tag=erasmus") == ["Training Week"]
    assert titles("year=2023") == ["Winter school"]
    assert titles("institution=but") == ["Training Week"]
    assert titles("tag=erasmus&year=2023") == []
    html = client.get("/en/news/").text
    assert '<option value="erasmus">Erasmus</option>' in html
    assert '<option value="but">Bialystok University of Technology</option>' in html


@pytest.mark.parametrize(
    "query",
    [
        "tag=unknown",
        "year=1999",
        "year=abc",
        "year=-1",
        "institution=nowhere",
        "page=99999",
        "page=-1",
        "page=x",
    ],
)
def test_bad_filters_give_a_normal_page(client, news_index, query):
    article(news_index, "2022-05-23")
    response = client.get(f"/en/news/?{query}")
    assert response.status_code == 200
    if query.startswith(("tag", "year", "institution")):
        assert "No articles match your choice." in response.text


def test_archive_by_year_and_404_for_empty_years(client, news_index):
    article(news_index, "2022-05-23", title="Training Week")
    article(news_index, "2023-02-01", title="Later news")
    html = client.get("/en/news/2022/").text
    assert '<h1 class="news-index__title">News: 2022</h1>' in html
    assert "Training Week" in html and "Later news" not in html
    assert client.get("/en/news/2021/").status_code == 404
    assert client.get("/en/news/12345/").status_code == 404


def test_institution_news_index_shows_its_own_and_related_articles(client, news_index, institution):
    institution_news = NewsIndexPageFactory(parent=institution, title="BUT news")
    article(institution_news, "2024-01-01", title="Own article")
    related = article(news_index, "2024-01-02", title="Related article")
    related.related_institutions.add(institution)
    related.save_revision().publish()
    article(news_index, "2024-01-03", title="Unrelated article")
    html = client.get("/en/universities/but/news/").text
    assert "Own article" in html and "Related article" in html and "Unrelated article" not in html
    # The portal's index shows every article, the institution's included.
    portal = client.get("/en/news/").text
    assert "Own article" in portal and "Unrelated article" in portal


def test_article_renders_event_lead_hero_and_structured_data(client, news_index, institution):
    page = article(
        news_index,
        "2022-05-23",
        title="International Training Week",
        author="International Relations Office",
        lead="Guests from 18 countries came to Białystok.",
        event_start=datetime.date(2022, 5, 23),
        event_end=datetime.date(2022, 5, 27),
        event_place="Bialystok University of Technology",
        hero_image=ImageFactory(),
        hero_alt_text="Guests in front of the rectorate",
        body=[("quote", {"quote": "We meet to make new contacts.", "attribution": "The Vice-Rector"})],
    )
    page.related_institutions.add(institution)
    page.save_revision().publish()
    html = client.get(page.url).text
    assert '<p class="article__lead">Guests from 18 countries came to Białystok.</p>' in html
    assert '<time datetime="2022-05-23">' in html and '<time datetime="2022-05-27">' in html
    assert 'alt="Guests in front of the rectorate"' in html and 'type="image/avif"' in html
    assert "We meet to make new contacts." in html and "The Vice-Rector" in html
    assert 'href="/en/universities/but/">Bialystok University of Technology</a>' in html
    data = json_ld(html)
    article_data, event = data[0]
    assert article_data["@type"] == "NewsArticle" and article_data["datePublished"] == "2022-05-23"
    assert article_data["image"].startswith("http")
    assert event == {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "International Training Week",
        "startDate": "2022-05-23",
        "endDate": "2022-05-27",
        "url": article_data["url"],
        "location": {
            "@type": "Place",
            "name": "Bialystok University of Technology",
            "address": "Bialystok University of Technology",
        },
    }
    assert [item["name"] for item in data[1]["itemListElement"]] == [
        "Study in Białystok",
        "News",
        "International Training Week",
    ]


def test_article_without_event_has_no_event_data(client, news_index):
    page = article(news_index, "2024-01-01")
    (data, _breadcrumbs) = json_ld(client.get(page.url).text)
    assert data["@type"] == "NewsArticle"


def test_every_page_has_canonical_opengraph_and_twitter_card(client, news_index):
    page = article(news_index, "2024-01-01", title="Open day", hero_image=ImageFactory(), hero_alt_text="x")
    head = client.get(page.url + "?utm_source=x").text.split("</head>")[0]
    assert '<link rel="canonical" href="http://testserver/en/news/open-day/">' in head
    assert '<meta property="og:title" content="Open day">' in head
    assert '<meta property="og:description" content="What happened, in one sentence.">' in head
    assert '<meta name="twitter:card" content="summary_large_image">' in head
    assert re.search(r'<meta property="og:image" content="http://testserver/media/images/[^"]+\.jpg">', head)
    index_head = client.get("/en/news/").text.split("</head>")[0]
    assert '<meta name="twitter:card" content="summary">' in index_head


def test_event_end_before_start_is_rejected(news_index):
    page = NewsPage(
        title="x",
        slug="x",
        lead="x",
        event_start=datetime.date(2022, 5, 27),
        event_end=datetime.date(2022, 5, 23),
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "event_end" in error.value.message_dict


def test_home_page_shows_the_latest_news_of_its_language(client, translated_home, news_index):
    for day in range(1, 5):
        article(news_index, f"2024-04-0{day}", title=f"April {day}")
    html = client.get("/en/").text
    assert re.findall(r'news-card__title"><a href="[^"]+">([^<]+)<', html) == [
        "April 4",
        "April 3",
        "April 2",
    ]
    assert '<a href="/en/news/">All news</a>' in html
    # Not translated yet: the Polish home shows the English articles, marked as English.
    polish = client.get("/pl/").text
    assert re.findall(
        r'news-card" lang="en">\s*<div class="news-card__body">\s*<h3 class="news-card__title"><a href="/en/news/april-\d/">([^<]+)<',
        polish,
    ) == ["April 4", "April 3", "April 2"]
    assert polish.count('Język: <span lang="en">English</span>') == 3


@pytest.mark.parametrize("count", [30, 1000])
def test_index_queries_are_bounded(client, news_index, django_assert_max_num_queries, count):
    images = [ImageFactory() for _ in range(3)]
    articles = [
        NewsPage(
            title=f"Article {n}",
            slug=f"article-{n}",
            lead="Lead.",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
            hero_image=images[n % 3],
        )
        for n in range(count)
    ]
    bulk_add_children(news_index, articles)
    client.get("/en/news/")  # renditions are generated once, then found in the database
    with django_assert_max_num_queries(24):
        response = client.get("/en/news/?page=2&tag=&year=")
    assert response.status_code == 200 and response.text.count("news-card__title") == 10
    with django_assert_max_num_queries(24):
        assert client.get("/en/news/2020/").status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get("/en/news/feed/rss/").status_code == 200


def bulk_add_children(parent, pages):
    """Add many live articles quickly: one insert for the page rows, then the article rows.

    `add_child` per article would take minutes for 1,000 articles; the tree paths are computed here.
    """
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(NewsPage)
    published = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    base_pages = Page.objects.bulk_create(
        Page(
            title=page.title,
            draft_title=page.title,
            slug=page.slug,
            content_type=content_type,
            path=Page._get_path(parent.path, parent.depth + 1, parent.numchild + offset),
            depth=parent.depth + 1,
            url_path=f"{parent.url_path}{page.slug}/",
            locale_id=parent.locale_id,
            live=True,
            first_published_at=published,
            last_published_at=published,
        )
        for offset, page in enumerate(pages, start=1)
    )
    for base, page in zip(base_pages, pages, strict=True):
        page.page_ptr_id = page.pk = base.pk
        page.save_base(raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
