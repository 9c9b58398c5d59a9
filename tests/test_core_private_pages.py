"""Private pages stay private (issue 12, finding 6): a password- or login-restricted page never shows
its title or lead in a listing, feed, menu, search result or the sitemap."""

import pytest
from wagtail.models import PageViewRestriction

from .factories import (
    ContentPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerPageFactory,
    StudyProgrammePageFactory,
)

SECRET = "Confidential Erasmus budget"
LEAD = "Internal figures for the rectors only."

pytestmark = pytest.mark.usefixtures("media_root")


def restrict(page, kind):
    if kind == "password":
        return PageViewRestriction.objects.create(page=page, restriction_type="password", password="s3cret")
    return PageViewRestriction.objects.create(page=page, restriction_type="login")


@pytest.fixture(params=["password", "login"])
def restriction(request):
    return request.param


@pytest.fixture
def news_index(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, title="Training Week 2022", lead="Guests from twelve countries.")
    return index


def test_restricted_article_is_not_in_listings_or_feeds(client, news_index, restriction):
    secret = NewsPageFactory(parent=news_index, title=SECRET, lead=LEAD)
    restrict(secret, restriction)
    for url in (
        "/en/",
        "/en/news/",
        f"/en/news/{secret.date.year}/",
        "/en/news/feed/rss/",
        "/en/news/feed/atom/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.text
        assert "Training Week 2022" in text, url
        assert SECRET not in text and LEAD not in text, url
    # The article itself asks for the password or a login.
    assert SECRET not in client.get(secret.url).text


def test_restricted_section_hides_its_articles_too(client, news_index):
    NewsPageFactory(parent=news_index, title=SECRET, lead=LEAD)
    restrict(news_index, "login")
    assert SECRET not in client.get("/en/").text
    assert 'href="/en/news/"' not in client.get("/en/").text


def test_restricted_programme_is_not_in_the_finder_or_on_its_institution(client, universities, restriction):
    but = universities["but"]
    StudyProgrammePageFactory(parent=but, title="Computer Science")
    secret = StudyProgrammePageFactory(parent=but, title=SECRET)
    restrict(secret, restriction)
    for url in ("/en/programmes/", but.url, "/en/universities/"):
        text = client.get(url).text
        assert SECRET not in text, url
    assert "Computer Science" in client.get("/en/programmes/").text
    # The universities index counts only the visible programme.
    assert "1 programme" in client.get("/en/universities/").text


def test_restricted_institution_is_not_listed(client, universities, restriction):
    StudyProgrammePageFactory(parent=universities["but"], title="Computer Science")
    StudyProgrammePageFactory(parent=universities["mub"], title="Medicine")
    restrict(universities["mub"], restriction)
    for url in ("/en/universities/", "/en/programmes/"):
        text = client.get(url).text
        assert "Medical University of Białystok" not in text, url
        assert "Bialystok University of Technology" in text, url
    assert "Medicine" not in client.get("/en/programmes/").text


def test_restricted_partner_is_not_in_the_directory(client, partner_index, bialystok_university, restriction):
    visible = PartnerPageFactory(parent=partner_index, title="Firat University", country="TR")
    secret = PartnerPageFactory(parent=partner_index, title=SECRET, country="LT")
    for partner in (visible, secret):
        partner.institutions.add(bialystok_university)
        partner.save_revision().publish()
    restrict(secret, restriction)
    directory = client.get("/en/partners/").text
    assert "Firat University" in directory
    assert SECRET not in directory and "Lithuania" not in directory
    # The institution's page counts one partner in one country.
    institution = client.get(bialystok_university.url).text
    assert "?institution=but" in institution


def test_restricted_page_is_not_in_menus_search_or_sitemap(client, home_page, restriction):
    ContentPageFactory(parent=home_page, title="Housing", slug="housing")
    secret = ContentPageFactory(parent=home_page, title=SECRET, slug="budget", intro=LEAD)
    restrict(secret, restriction)
    home = client.get("/en/").text
    assert "Housing" in home and SECRET not in home
    assert SECRET not in client.get("/en/search/?q=Erasmus+budget").text
    assert "/en/budget/" not in client.get("/sitemap.xml").text
