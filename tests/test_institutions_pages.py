"""Universities index, institution and programme pages: tree rules, rendering, JSON-LD, queries."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError

from home.models import ContentPage
from institutions.models import (
    InstitutionPage,
    ProgrammeFinderPage,
    StudyProgrammePage,
    UniversitiesIndexPage,
)

from .conftest import publish_translation
from .factories import ImageFactory, InstitutionPageFactory, StudyProgrammePageFactory, add_children


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_tree_rules(universities, home_page):
    index, finder, but = universities["index"], universities["finder"], universities["but"]
    assert not UniversitiesIndexPage.can_create_at(home_page)  # one per home page
    assert not ProgrammeFinderPage.can_create_at(home_page)
    assert InstitutionPage.can_create_at(index)
    assert not InstitutionPage.can_create_at(home_page)
    assert StudyProgrammePage.can_create_at(but)
    assert not StudyProgrammePage.can_create_at(index)
    assert not StudyProgrammePage.can_create_at(finder)
    # An institution's section may hold information pages of its own.
    assert ContentPage.can_create_at(but)
    programme = StudyProgrammePageFactory(parent=but)
    assert not ContentPage.can_create_at(programme)


def test_index_and_finder_are_allowed_again_under_a_translated_home(translated_home):
    assert UniversitiesIndexPage.can_create_at(translated_home["pl"])
    assert ProgrammeFinderPage.can_create_at(translated_home["pl"])


def test_index_lists_institutions_with_their_programme_counts(client, universities):
    StudyProgrammePageFactory.create_batch(3, parent=universities["but"])
    StudyProgrammePageFactory(parent=universities["mub"], live=False)
    html = client.get("/en/universities/").text
    assert '<a href="/en/universities/but/">Bialystok University of Technology</a>' in html
    assert "3 programmes for students from abroad" in html
    assert "0 programmes for students from abroad" in html  # the draft programme does not count


def test_index_without_institutions_shows_an_empty_state(client, home_page):
    from .factories import UniversitiesIndexPageFactory

    UniversitiesIndexPageFactory(parent=home_page)
    assert "No universities have been published yet." in client.get("/en/universities/").text


@pytest.mark.parametrize("count", [1, 10, 500])
def test_index_runs_a_bounded_number_of_queries(client, universities, django_assert_max_num_queries, count):
    for institution in (universities["but"], universities["mub"]):
        institution.logo = ImageFactory()
        institution.save_revision().publish()
        add_children(institution, StudyProgrammePageFactory.build_batch(count))
    client.get("/en/universities/")  # the first visit generates the logo renditions
    with django_assert_max_num_queries(18):
        response = client.get("/en/universities/")
    assert response.status_code == 200
    assert response.text.count(f"{count} programme{'s' if count > 1 else ''} for students from abroad") == 2


def test_institution_page_shows_contact_programmes_and_college_json_ld(client, universities):
    but = universities["but"]
    but.address = "ul. Wiejska 45A\n15-351 Białystok"
    but.office_name = "International Relations Office"
    but.office_email = "office@university.example.org"
    but.office_phone = "+48 00 000 00 00"
    but.office_hours = "Monday to Friday"
    but.body = [("paragraph", "<p>Faculties from architecture to computer science.</p>")]
    but.save_revision().publish()
    StudyProgrammePageFactory(parent=but, title="Computer Science", slug="cs")

    html = client.get("/en/universities/but/").text
    assert "<h3>International Relations Office</h3>" in html
    assert 'href="mailto:office@university.example.org"' in html
    assert 'href="tel:+48000000000"' in html
    assert "Faculties from architecture to computer science." in html
    assert '<a href="/en/universities/but/cs/">Computer Science</a>' in html
    [data] = json_ld(html)
    assert data["@type"] == "CollegeOrUniversity"
    assert data["name"] == "Bialystok University of Technology"
    assert data["sameAs"] == "https://university.example.org/"
    assert data["address"] == "ul. Wiejska 45A 15-351 Białystok"
    assert data["contactPoint"]["email"] == "office@university.example.org"


def test_programme_page_shows_its_facts_and_program_json_ld(client, universities):
    StudyProgrammePageFactory(
        parent=universities["but"],
        title="Computer Science",
        slug="cs",
        level="master",
        taught_in_polish=True,
        ects=90,
        fee_kind="amount",
        fee_amount="3000.00",
        fee_currency="EUR",
        application_deadline=datetime.date(2027, 6, 30),
        start_date=datetime.date(2027, 10, 1),
        description=[("paragraph", "<p>Algorithms and networks.</p>")],
    )
    html = client.get("/en/universities/but/cs/").text
    assert "<dd>Master&#x27;s degree</dd>" in html
    assert "<dd>English, Polish</dd>" in html
    assert "3,000 EUR per year" in html
    assert '<time datetime="2027-06-30">' in html
    assert "Algorithms and networks." in html
    assert 'href="https://university.example.org/apply/">Apply now</a>' in html
    [data] = json_ld(html)
    assert data["@type"] == "EducationalOccupationalProgram"
    assert data["inLanguage"] == ["en", "pl"]
    assert data["offers"] == {
        "@type": "Offer",
        "price": "3000.00",
        "priceCurrency": "EUR",
        "category": "Tuition",
    }
    assert data["provider"]["name"] == "Bialystok University of Technology"
    assert data["applicationDeadline"] == "2027-06-30"


def test_free_programme_says_so(client, universities):
    StudyProgrammePageFactory(parent=universities["but"], slug="free", fee_kind="free")
    html = client.get("/en/universities/but/free/").text
    assert "Free of charge" in html
    assert json_ld(html)[0]["offers"]["price"] == "0"


def test_programme_needs_a_language_and_a_complete_fee(universities):
    programme = StudyProgrammePageFactory.build(taught_in_english=False, taught_in_polish=False)
    with pytest.raises(ValidationError, match="language of instruction"):
        programme.clean()
    programme = StudyProgrammePageFactory.build(fee_kind="amount", fee_amount=None)
    with pytest.raises(ValidationError):
        programme.clean()


def test_pages_render_in_polish_with_translated_furniture(client, translated_home, universities):
    index = publish_translation(universities["index"], "pl")
    assert index.url_path.endswith("/universities/")
    publish_translation(universities["but"], "pl")
    html = client.get("/pl/universities/but/").text
    assert '<html lang="pl"' in html
    assert "Kontakt" in html
    assert "Kierunki dla studentów z zagranicy" in html


def test_institution_fields_translate_but_contacts_stay_in_sync():
    from wagtail_localize.fields import SynchronizedField, get_translatable_fields

    fields = {field.field_name: field for field in get_translatable_fields(InstitutionPage)}
    for name in ("office_email", "office_phone", "website", "slug"):
        assert isinstance(fields[name], SynchronizedField), name
    for name in ("intro", "office_name", "office_hours", "short_name", "address"):
        assert not isinstance(fields[name], SynchronizedField), name
    programme_fields = {field.field_name: field for field in get_translatable_fields(StudyProgrammePage)}
    for name in ("apply_url", "level", "field_of_study", "taught_in_english", "fee_amount", "start_date"):
        assert isinstance(programme_fields[name], SynchronizedField), name
    assert not isinstance(programme_fields["description"], SynchronizedField)


def test_institution_factory_builds_a_live_page(universities):
    assert InstitutionPageFactory(parent=universities["index"]).live
