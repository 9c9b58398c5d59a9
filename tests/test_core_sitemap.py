"""sitemap.xml and robots.txt."""

import xml.etree.ElementTree as ET

from .conftest import publish_translation
from .factories import ContentPageFactory

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_live_pages_of_every_locale_with_alternates(
    client, translated_home, django_assert_max_num_queries
):
    english = ContentPageFactory(parent=translated_home["en"], slug="housing")
    publish_translation(english, "pl")
    draft = ContentPageFactory(parent=translated_home["en"], slug="draft-page")
    draft.unpublish()

    with django_assert_max_num_queries(8):
        response = client.get("/sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    tree = ET.fromstring(response.content)
    locations = [loc.text for loc in tree.findall("s:url/s:loc", NS)]
    assert sorted(locations) == sorted(
        [
            "http://testserver/en/",
            "http://testserver/pl/",
            "http://testserver/ar/",
            "http://testserver/en/housing/",
            "http://testserver/pl/housing/",
        ]
    )
    housing = next(
        url for url in tree.findall("s:url", NS) if url.find("s:loc", NS).text.endswith("/pl/housing/")
    )
    alternates = {link.get("hreflang"): link.get("href") for link in housing.findall("x:link", NS)}
    assert alternates == {
        "en": "http://testserver/en/housing/",
        "x-default": "http://testserver/en/housing/",
        "pl": "http://testserver/pl/housing/",
    }


def test_robots_txt_points_to_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
    assert "Disallow: /admin/" in response.text
