"""RSS and Atom feeds per language and per news index: well-formed XML with absolute links."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale

from .conftest import publish_translation
from .factories import NewsIndexPageFactory, NewsPageFactory

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def articles(translated_home):
    index = NewsIndexPageFactory(parent=translated_home["en"])
    first = NewsPageFactory(
        parent=index, title="Training Week", date=datetime.date(2022, 5, 23), lead="Guests came."
    )
    first.tags.add("Erasmus")
    first.save_revision().publish()
    NewsPageFactory(
        parent=index, title="Summer school", date=datetime.date(2022, 7, 1), lead="Sun & science."
    )
    publish_translation(index, "pl")
    polish = first.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish.title = "Tydzień szkoleniowy"
    polish.lead = "Przyjechali goście."
    polish.save_revision().publish()
    return index


def test_rss_feed_is_valid_xml_with_the_articles_newest_first(client, articles):
    response = client.get("/en/news/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "News | Study in Bialystok"
    assert channel.findtext("link") == "http://testserver/en/news/"
    assert channel.findtext("language") == "en"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Summer school", "Training Week"]
    assert items[0].findtext("description") == "Sun & science."
    assert items[1].findtext("link") == "http://testserver/en/news/training-week/"
    assert items[1].findtext("category") == "Erasmus"
    assert items[1].findtext("pubDate").startswith("Mon, 23 May 2022")


def test_atom_feed_is_valid_xml_with_absolute_links(client, articles):
    response = client.get("/en/news/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == "http://testserver/en/news/feed/atom/"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Summer school", "Training Week"]
    assert all(
        entry.find(f"{ATOM}link").get("href").startswith("http://testserver/en/news/") for entry in entries
    )


def test_each_language_has_its_own_feed(client, articles):
    channel = ET.fromstring(client.get("/pl/news/feed/rss/").content).find("channel")
    assert channel.findtext("language") == "pl"
    assert [item.findtext("title") for item in channel.findall("item")] == ["Tydzień szkoleniowy"]
    assert channel.find("item").findtext("link") == "http://testserver/pl/news/training-week/"


def test_feed_of_a_language_without_news_is_404(client, articles):
    assert client.get("/ar/news/feed/rss/").status_code == 404
