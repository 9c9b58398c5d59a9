"""The partner directory: grouping and sorting by country per language, filters, counts, map, queries."""

import re

import pytest
from django.utils import translation

from home.models import HomePage
from partners.demo import PARTNERS
from partners.models import PartnerIndexPage, PartnerPage

from .conftest import publish_translation
from .factories import CooperationProgrammeFactory, PartnerIndexPageFactory, PartnerPageFactory, add_children


def names_in_order(html, css_class):
    return re.findall(rf'class="{css_class}"[^>]*>([^<]+)<', html)


def test_tree_rules(home_page):
    assert PartnerIndexPage.can_create_at(home_page)
    partner_index = PartnerIndexPageFactory(parent=home_page)
    # One directory per language's home page.
    assert not PartnerIndexPage.can_create_at(home_page)
    assert not PartnerIndexPage.can_create_at(partner_index)
    assert PartnerPage.can_create_at(partner_index)
    assert not PartnerPage.can_create_at(home_page)
    assert not HomePage.can_create_at(partner_index)


def test_countries_are_sorted_by_their_name_in_the_visitors_language(client, translated_home, partner_index):
    for country in ("TR", "LT", "LV", "AL"):
        PartnerPageFactory(parent=partner_index, country=country)
    english = client.get("/en/partners/").content.decode()
    assert names_in_order(english, "partner-country__name") == ["Albania", "Latvia", "Lithuania", "Türkiye"]

    publish_translation(partner_index, "pl")
    for partner in partner_index.get_children().specific():
        publish_translation(partner, "pl")
    polish = client.get("/pl/partners/").content.decode()
    # Collation puts Ł after L: a plain code-point sort would too, but also after every other letter.
    assert names_in_order(polish, "partner-country__name") == ["Albania", "Litwa", "Łotwa", "Turcja"]


@pytest.mark.parametrize(
    ("count", "language", "expected"),
    [
        (1, "en", "1 university in 1 country"),
        (2, "en", "2 universities in 2 countries"),
        (1, "pl", "1 uczelnia w 1 kraju"),
        (3, "pl", "3 uczelnie w 3 krajach"),
        (5, "pl", "5 uczelni w 5 krajach"),
        (5, "uk", "5 університетів у 5 країнах"),
        (3, "ar", "3 جامعات في 3 دول"),
    ],
)
def test_counts_use_the_plural_forms_of_each_language(count, language, expected):
    from django.template.loader import render_to_string

    with translation.override(language):
        text = render_to_string("partners/_count.html", {"universities": count, "countries": count})
    assert text.strip() == expected


def test_filters_by_country_region_programme_and_institution(client, partner_index, bialystok_university):
    ka107 = CooperationProgrammeFactory(code="ka107", name="Erasmus+ KA107")
    firat = PartnerPageFactory(
        parent=partner_index, title="Firat University", country="TR", programmes=[ka107]
    )
    burgos = PartnerPageFactory(
        parent=partner_index, title="University of Burgos", country="ES", institutions=[bialystok_university]
    )
    mansoura = PartnerPageFactory(parent=partner_index, title="Mansoura University", country="EG")

    def titles(query):
        response = client.get(f"/en/partners/{query}")
        assert response.status_code == 200
        return set(names_in_order(response.content.decode(), "partner-card__name"))

    assert titles("") == {firat.title, burgos.title, mansoura.title}
    assert titles("?country=TR") == {firat.title}
    assert titles("?region=150") == {burgos.title}
    assert titles("?region=002") == {mansoura.title}
    assert titles("?programme=ka107") == {firat.title}
    assert titles("?institution=but") == {burgos.title}
    assert titles("?region=142&programme=ka107") == {firat.title}
    assert titles("?country=PL") == set()


@pytest.mark.parametrize(
    "query",
    [
        "?country=XX",
        "?region=%3Cscript%3E",
        "?programme=nope",
        "?institution=..%2F",
        "?country=tr%00",
        "?region=150&region=x",
    ],
)
def test_unknown_filters_give_a_clear_empty_state(client, partner_index, query):
    PartnerPageFactory(parent=partner_index, country="TR")
    response = client.get(f"/en/partners/{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Some of the filters are not known" in html
    assert "partner-card__name" not in html
    assert "<script>" not in html


@pytest.mark.parametrize("query", ["?page=99999", "?page=-1", "?page=abc", "?country="])
def test_other_parameters_are_ignored(client, partner_index, query):
    PartnerPageFactory(parent=partner_index, country="TR")
    response = client.get(f"/en/partners/{query}")
    assert response.status_code == 200
    assert "partner-card__name" in response.content.decode()


def test_map_links_each_partner_country_with_a_text_label(client, partner_index):
    PartnerPageFactory(parent=partner_index, country="TR")
    PartnerPageFactory(parent=partner_index, country="TR")
    PartnerPageFactory(parent=partner_index, country="XK")
    html = client.get("/en/partners/").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert re.search(
        r'<a class="partner-map__link" href="\?country=TR" aria-label="Türkiye: 2 partner universities">', svg
    )
    assert "<title>Kosovo: 1 partner university</title>" in svg
    # Kosovo has no outline in the source map, so it gets a marker.
    assert re.search(r'href="\?country=XK"[^>]*><title>[^<]*</title><circle', svg)
    assert svg.count("partner-map__link") == 2
    assert 'style="' not in html and "<style" not in html
    # The same data as a table.
    assert re.search(r'<th scope="row"><a href="\?country=TR">Türkiye</a></th><td>2</td>', html)


def test_arabic_directory_is_right_to_left_with_arabic_country_names(client, translated_home, partner_index):
    partner = PartnerPageFactory(parent=partner_index, country="EG", title="Mansoura University")
    publish_translation(partner_index, "ar")
    publish_translation(partner, "ar")
    html = client.get("/ar/partners/").content.decode()
    assert 'dir="rtl"' in html
    assert names_in_order(html, "partner-country__name") == ["مصر"]
    assert 'aria-label="مصر:' in html


@pytest.mark.parametrize("count", [18, 500])
def test_directory_runs_a_bounded_number_of_queries(
    client, partner_index, bialystok_university, django_assert_max_num_queries, count
):
    programme = CooperationProgrammeFactory(code="ka107")
    countries = [country for _slug, country, *_rest in PARTNERS]
    partners = [
        PartnerPageFactory.build(
            country=countries[number % 18], programmes=[programme], institutions=[bialystok_university]
        )
        for number in range(count)
    ]
    add_children(partner_index, partners)
    client.get("/en/partners/")  # warm the site root cache, as any earlier visit would
    with django_assert_max_num_queries(23):
        response = client.get("/en/partners/?programme=ka107")
    assert response.content.decode().count('class="partner-card__name"') == count
