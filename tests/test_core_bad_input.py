"""Hostile query parameters on every public view: a normal page or a 404, never a 500."""

from urllib.parse import urljoin

import html5lib
import pytest
from django.conf import settings
from wagtail.models import Page

from .factories import NewsIndexPageFactory, NewsPageFactory, StudyProgrammePageFactory

# What visitors and scanners send: zero, huge and negative numbers, digits that are not ASCII
# ("²" passes str.isdigit() but not int(), Arabic-Indic digits pass int()), NUL and other control
# characters (PostgreSQL refuses NUL in any string), very long values and markup.
HOSTILE_VALUES = [
    "0",
    "0000",
    "99999",
    "9" * 5000,
    "-1",
    "1e3",
    "²",
    "٢٠٢٤",
    "\x00",
    "a\x00b",
    "\x1b[31m",
    "x" * 20_000,
    "' OR 1=1 --",
    '"><script>alert(1)</script>',
    "%ff",
    "",
]

PUBLIC_PARAMETERS = {
    "/en/news/": ["year", "tag", "institution", "page"],
    "/en/programmes/": ["q", "institution", "level", "language", "field", "page"],
    "/en/partners/": ["country", "region", "programme", "institution"],
    "/en/search/": ["q", "type", "all_languages", "page"],
    "/en/search/autocomplete/": ["q"],
}


@pytest.fixture
def public_site(universities, partner_index):
    news = NewsIndexPageFactory(parent=universities["index"].get_parent())
    NewsPageFactory(parent=news, title="Training week")
    StudyProgrammePageFactory(parent=universities["but"], title="Computer Science")
    return news


@pytest.mark.parametrize("url", PUBLIC_PARAMETERS)
def test_hostile_query_parameters_give_a_normal_page(client, public_site, url):
    client.raise_request_exception = False  # a crash is counted as the 500 a visitor would get
    failures = []
    for name in PUBLIC_PARAMETERS[url]:
        for value in HOSTILE_VALUES:
            query = {name: value} if name == "q" else {name: value, "q": "student"}
            status = client.get(url, query).status_code
            if status != 200:
                failures.append((name, value[:20], status))
    # The same values repeated, as lists of checkboxes send them.
    for name in PUBLIC_PARAMETERS[url]:
        status = client.get(url, {name: HOSTILE_VALUES[:10] * 5}).status_code
        if status != 200:
            failures.append((name, "repeated", status))
    assert failures == []


def test_years_that_are_not_years_are_not_found_or_match_nothing(client, public_site):
    for year in ["0000", "٢٠٢٤", "12345"]:
        assert client.get(f"/en/news/{year}/").status_code == 404, year
    for year in ["0", "0000", "99999", "²", "٢٠٢٤", "9" * 5000, "1e3"]:
        response = client.get("/en/news/", {"year": year})
        assert response.status_code == 200
        assert "No articles match your choice." in response.text
        assert "Training week" not in response.text


def get_forms(html):
    """The names of the fields of each GET form of a page, as a browser reads them."""
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    for form in tree.iter("form"):
        if form.get("method", "get").lower() == "get":
            names = {field.get("name") for tag in ("input", "select", "textarea") for field in form.iter(tag)}
            yield form.get("action") or "", sorted(name for name in names if name)


def test_no_public_url_of_the_demo_answers_500_to_hostile_input(client, demo):
    """Every live public page of the demo in English and Arabic (the same views serve every language)
    with hostile paging and years; every GET form on them (finders, filters, search) with each hostile
    value in all its fields at once."""
    client.raise_request_exception = False
    pages = Page.objects.live().public().filter(locale__language_code__in=[settings.LANGUAGE_CODE, "ar"])
    urls = sorted({page.url for page in pages.specific() if page.url})
    failures, forms = [], {}
    for url in urls:
        response = client.get(url, {"page": "²", "year": "²", "q": "\x00"})
        if response.status_code not in (200, 404):
            failures.append((url, "page, year, q", response.status_code))
        for action, names in get_forms(response.text):
            forms.setdefault((urljoin(url, action), tuple(names)), url)
    # English forms with every value, Arabic ones with the digits that are not ASCII.
    for (action, names), url in sorted(forms.items()):
        english = url.startswith(f"/{settings.LANGUAGE_CODE}/")
        for value in HOSTILE_VALUES if english else ["²", "٢٠٢٤"]:
            status = client.get(action, dict.fromkeys(names, value)).status_code
            if status not in (200, 404):
                failures.append((action, value[:20], status))
    assert len(urls) > 50 and len(forms) >= 5, (len(urls), len(forms))
    assert failures == []
