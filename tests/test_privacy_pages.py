"""Policy pages, the accessibility statement and the legal links of the footer."""

import datetime
import re

import pytest
from django.conf import settings
from django.utils.translation import override
from wagtail.models import Page

from home.models import ContentPage
from privacy.models import AccessibilityStatementPage, PolicyPage

from .conftest import publish_translation
from .factories import AccessibilityStatementPageFactory, ContentPageFactory, PolicyPageFactory


def test_policy_pages_live_directly_under_the_home_page(home_page):
    content = ContentPageFactory(parent=home_page)
    for model in (PolicyPage, AccessibilityStatementPage):
        assert model.can_create_at(home_page)
        assert not model.can_create_at(content)
        assert not ContentPage.can_create_at(model(title="x"))
    AccessibilityStatementPageFactory(parent=home_page)
    assert not AccessibilityStatementPage.can_create_at(home_page)
    assert PolicyPage.can_create_at(home_page)


def toc_and_headings(html):
    toc = re.search(r'<nav class="policy__toc".*?</nav>', html, re.S).group(0)
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', toc)
    headings = dict(re.findall(r'<h[23] class="policy__heading" id="([^"]+)">([^<]+)</h[23]>', html))
    return links, headings


@pytest.mark.parametrize("language", ["en", "pl", "ar"])
def test_policy_page_renders_its_table_of_contents_in_every_locale(client, translated_home, language):
    policy = PolicyPageFactory(parent=translated_home["en"], slug="cookie-policy")
    page = policy if language == "en" else publish_translation(policy, language)
    response = client.get(f"/{language}/cookie-policy/")
    assert response.status_code == 200
    html = response.text
    links, headings = toc_and_headings(html)
    assert [text for _anchor, text in links] == ["Who we are", "Cookies we set", "Necessary cookies"]
    # Every entry points at a heading of the page, and the subheading is nested under its section.
    assert dict(links) == headings
    assert re.search(r"Cookies we set</a>\s*<ol", html)
    # The anchors come from block ids, so they are the same in every language.
    sections = policy.table_of_contents
    assert [anchor for anchor, _text in links] == [
        sections[0]["anchor"],
        sections[1]["anchor"],
        sections[1]["children"][0]["anchor"],
    ]
    assert f'<html lang="{language}"' in html and page.locale.language_code == language


def test_policy_page_shows_version_date_and_the_cookie_table_translated(client, translated_home):
    policy = PolicyPageFactory(
        parent=translated_home["en"], slug="cookie-policy", last_updated=datetime.date(2026, 11, 20)
    )
    publish_translation(policy, "pl")
    html = client.get("/en/cookie-policy/").text
    assert "Version 2.1" in html and '<time datetime="2026-11-20">' in html
    assert '<th scope="row"><code>sib_consent</code></th>' in html
    assert "<td>Necessary</td>" in html
    polish = client.get("/pl/cookie-policy/").text
    assert "Wersja 2.1" in polish and "Ostatnia aktualizacja" in polish
    # Retention, not the length of a programme ("Czas trwania"): the msgid has a context per meaning.
    assert '<th scope="col">Czas przechowywania</th>' in polish and "<td>Niezbędne</td>" in polish


def test_each_published_version_stays_in_the_revision_history(home_page):
    policy = PolicyPageFactory(parent=home_page)
    policy.save_revision().publish()
    policy.version = "2.2"
    policy.save_revision().publish()
    versions = [revision.as_object().version for revision in policy.revisions.order_by("created_at")]
    assert versions[-2:] == ["2.1", "2.2"]


def test_accessibility_statement_has_the_fields_of_the_model_statement(client, home_page):
    AccessibilityStatementPageFactory(
        parent=home_page,
        website_published=datetime.date(2026, 10, 1),
        non_accessible_content=[
            ("item", {"content": "Old photographs", "reason": "disproportionate_burden", "alternative": ""})
        ],
        building_accessibility="<p>Step-free entrance.</p>",
    )
    html = client.get("/en/accessibility-statement/").text
    for element_id in (
        "a11y-podmiot",
        "a11y-url",
        "a11y-data-publikacja",
        "a11y-data-aktualizacja",
        "a11y-status",
        "a11y-data-sporzadzenie",
        "a11y-ocena",
        "a11y-kontakt",
        "a11y-osoba",
        "a11y-email",
        "a11y-procedura",
        "a11y-architektura",
    ):
        assert f'id="{element_id}"' in html, element_id
    assert '<time id="a11y-data-publikacja" datetime="2026-10-01">' in html
    assert "partially compliant" in html and "Disproportionate burden" in html
    assert "Step-free entrance." in html


def footer_links(html):
    nav = re.search(r'<nav class="privacy-links".*?</nav>', html, re.S)
    return re.findall(r'href="([^"]+)">([^<]+)</a>', nav.group(0)) if nav else []


def test_footer_links_to_the_policy_pages_of_the_current_language(client, translated_home):
    policy = PolicyPageFactory(parent=translated_home["en"], title="Privacy policy", slug="privacy-policy")
    statement = AccessibilityStatementPageFactory(parent=translated_home["en"])
    polish_policy = publish_translation(policy, "pl")
    polish_policy.title = "Polityka prywatności"
    polish_policy.save_revision().publish()
    publish_translation(statement, "pl")
    assert footer_links(client.get("/en/").text) == [
        ("/en/privacy-policy/", "Privacy policy"),
        ("/en/accessibility-statement/", "Accessibility statement"),
    ]
    assert footer_links(client.get("/pl/").text) == [
        ("/pl/privacy-policy/", "Polityka prywatności"),
        ("/pl/accessibility-statement/", "Accessibility statement"),
    ]
    # Arabic has no translation yet: no link to a page that would answer 404.
    assert footer_links(client.get("/ar/").text) == []


def test_footer_hides_unpublished_policies(client, home_page):
    PolicyPageFactory(parent=home_page, title="Draft policy", live=False)
    assert footer_links(client.get("/en/").text) == []


@pytest.mark.parametrize("count", [1, 8])
def test_footer_links_cost_a_bounded_number_of_queries(
    client, home_page, django_assert_max_num_queries, count
):
    for number in range(count):
        PolicyPageFactory(parent=home_page, title=f"Policy {number}")
    client.get("/en/")  # Warm the site-root and content-type caches, as any running server has.
    # The home page with its latest news needs thirteen (two of them find the news of its section in every
    # language, for the articles not translated yet); the footer links add one, whatever their number.
    with django_assert_max_num_queries(14):
        html = client.get("/en/").text
    assert len(footer_links(html)) == count


def test_policy_pages_are_ordered_by_tree_position(home_page):
    first = PolicyPageFactory(parent=home_page, title="Privacy policy")
    second = PolicyPageFactory(parent=home_page, title="Cookie policy")
    with override("en"):
        ordered = list(Page.objects.type(PolicyPage).order_by("path"))
    assert ordered == [first.page_ptr, second.page_ptr]


def test_demo_has_the_policies_and_consent_in_every_language(client, demo):
    from privacy.models import ConsentSettings

    for slug, english, polish in (
        ("privacy-policy", "Privacy policy", "Polityka prywatności"),
        ("cookie-policy", "Cookie policy", "Polityka cookies"),
        ("accessibility-statement", "Accessibility statement", "Deklaracja dostępności"),
    ):
        assert re.search(f"<h1[^>]*>{english}</h1>", client.get(f"/en/{slug}/").text)
        assert polish in client.get(f"/pl/{slug}/").text
    cookie_policy = client.get("/pl/cookie-policy/").text
    assert "<code>sib_consent</code>" in cookie_policy and "Spis treści" in cookie_policy
    assert set(ConsentSettings.objects.values_list("locale__language_code", flat=True)) == {
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }
    polish_home = client.get("/pl/").text
    assert "Chcielibyśmy liczyć odwiedziny" in polish_home and 'href="/pl/cookie-policy/"' in polish_home
