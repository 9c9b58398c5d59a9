"""Partner pages: details per language, linked institutions, JSON-LD, translations, search, demo."""

import io
import json
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from partners.models import PartnerPage

from .conftest import publish_translation
from .factories import CooperationProgrammeFactory, PartnerPageFactory


@pytest.fixture
def partner(translated_home, partner_index, bialystok_university):
    programme = CooperationProgrammeFactory(code="ka107", name="Erasmus+ KA107")
    polish_programme = programme.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish_programme.name = "Erasmus+ KA107 (mobilność)"
    polish_programme.save()
    return PartnerPageFactory(
        parent=partner_index,
        title="Firat University",
        slug="firat",
        native_name="Fırat Üniversitesi",
        country="TR",
        city="Elazığ",
        website="https://www.firat.edu.tr",
        cooperation_since=2016,
        programmes=[programme],
        institutions=[bialystok_university],
    )


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_partner_page_shows_details_links_and_structured_data(client, partner):
    html = client.get("/en/partners/firat/").content.decode()
    assert "Fırat Üniversitesi" in html and "Türkiye" in html and "Asia" in html
    assert '<a href="/en/universities/but/">Bialystok University of Technology</a>' in html
    assert "Erasmus+ KA107" in html
    data = json_ld(html)
    assert data["@type"] == "CollegeOrUniversity"
    assert data["name"] == "Firat University"
    assert data["alternateName"] == "Fırat Üniversitesi"
    assert data["address"]["addressCountry"] == "TR"


def test_translated_partner_keeps_programmes_and_institutions_in_the_visitors_language(client, partner):
    institution = partner.institutions.get()
    publish_translation(institution.get_parent(), "pl")
    polish_institution = publish_translation(institution, "pl")
    polish_institution.title = "Politechnika Białostocka"
    polish_institution.save_revision().publish()
    publish_translation(partner.get_parent(), "pl")
    polish = publish_translation(partner, "pl")
    assert list(polish.institutions.all()) == [institution]

    html = client.get("/pl/partners/firat/").content.decode()
    assert "Turcja" in html and "Azja" in html
    assert '<a href="/pl/universities/but/">Politechnika Białostocka</a>' in html
    assert "Erasmus+ KA107 (mobilność)" in html


def test_wagtail_localize_synchronises_the_shared_facts(partner):
    publish_translation(partner.get_parent(), "pl")
    source, _created = TranslationSource.get_or_create_from_instance(partner)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="pl")
    )
    translation.save_target(publish=True)
    polish = partner.get_translation(Locale.objects.get(language_code="pl")).specific
    assert polish.country == "TR" and polish.website == partner.website
    assert [p.code for p in polish.programmes.all()] == ["ka107"]
    assert polish.institutions.count() == 1
    segments = {segment.string.data for segment in source.stringsegment_set.select_related("string")}
    assert "Elazığ" in segments and "https://www.firat.edu.tr" not in segments


def test_country_is_searchable_by_its_names_in_the_pages_language_and_common_ones(partner):
    publish_translation(partner.get_parent(), "pl")
    polish = publish_translation(partner, "pl")
    assert partner.country_search_names() == "Türkiye Turkey Turcja"
    assert polish.country_search_names().split()[0] == "Turcja"
    polish_locale = Locale.objects.get(language_code="pl")
    assert list(PartnerPage.objects.live().filter(locale=polish_locale).search("Turcja")) == [polish]
    assert list(PartnerPage.objects.live().filter(locale=partner.locale).search("Turkey")) == [partner]
    assert list(PartnerPage.objects.live().search("Elazığ")) != []


def test_demo_creates_the_eighteen_partners_in_english_and_polish(client, demo):
    out = io.StringIO()
    english = PartnerPage.objects.filter(locale__language_code="en")
    assert english.count() == 18
    assert len(set(english.values_list("country", flat=True))) == 18
    assert all(p.programmes.filter(code="ka107").exists() for p in english)
    assert PartnerPage.objects.filter(locale__language_code="pl").count() == 18
    call_command("load_demo", stdout=out)
    assert out.getvalue().endswith("Nothing to do: the demo content is already loaded.\n")
    assert client.get("/pl/partners/?country=XK").content.decode().count("partner-card__name") == 1
    assert "18 uczelni w 18 krajach" in client.get("/pl/partners/").content.decode()


def institution_page_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_institution_page_counts_its_partners_and_links_them_in_the_directory(
    client, partner, partner_index, universities
):
    but, mub = universities["but"], universities["mub"]
    PartnerPageFactory(parent=partner_index, slug="burgos", country="ES", institutions=[but])
    PartnerPageFactory(parent=partner_index, slug="coimbra", country="PT", institutions=[mub])
    PartnerPageFactory(parent=partner_index, slug="unpublished", country="FR", institutions=[but], live=False)
    html = client.get("/en/universities/but/").text
    section = re.search(r'<section class="institution-partners".*?</section>', html, re.S).group(0)
    assert "Partner universities abroad" in section and "2 universities in 2 countries" in section
    assert 'href="/en/partners/?institution=but"' in section
    assert "2 universities in 2 countries" in client.get("/en/partners/?institution=but").text

    # The Polish page counts the Polish translations (they link the English institution).
    publish_translation(but.get_parent(), "pl")
    publish_translation(but, "pl")
    publish_translation(partner_index, "pl")
    publish_translation(partner, "pl")
    html = client.get("/pl/universities/but/").text
    assert "Uczelnie partnerskie za granicą" in html and 'href="/pl/partners/?institution=but"' in html

    # More partners, the same queries (measured on a second visit: the first fills caches).
    client.get("/en/universities/but/")
    before = institution_page_queries(client, "/en/universities/but/")
    for number in range(30):
        PartnerPageFactory(parent=partner_index, slug=f"more-{number}", institutions=[but])
    assert institution_page_queries(client, "/en/universities/but/") == before


def test_institution_without_partners_shows_no_partner_section(client, universities, partner_index):
    assert "institution-partners" not in client.get("/en/universities/mub/").text
