"""The demo's universities: three institutions with programmes in English and Polish, and their editors."""

from django.contrib.auth.models import Group
from wagtail.images import get_image_model
from wagtail.models import Locale, WorkflowPage

from core.permissions import review_workflow
from institutions.models import InstitutionPage, StudyProgrammePage


def test_demo_has_the_citys_universities_in_english_and_polish(demo):
    english = InstitutionPage.objects.filter(locale__language_code="en")
    assert set(english.values_list("title", flat=True)) == {
        "Bialystok University of Technology",
        "Medical University of Białystok",
        "University of Białystok",
    }
    but = english.get(short_name="BUT")
    assert but.office_name == "International Relations Office"
    polish = Locale.objects.get(language_code="pl")
    for institution in english:
        assert institution.get_translation(polish).live
        programmes = StudyProgrammePage.objects.child_of(institution)
        assert programmes.count() >= 2 and all(programme.taught_in_english for programme in programmes)
    assert StudyProgrammePage.objects.filter(locale__language_code="pl", live=True).count() == (
        StudyProgrammePage.objects.filter(locale__language_code="en").count()
    )


def test_demo_sets_up_editors_and_reviews_one_section(demo):
    for short_name in ("BUT", "MUB", "UwB"):
        assert Group.objects.filter(name=f"{short_name} editors").exists()
    reviewed = WorkflowPage.objects.filter(workflow=review_workflow())
    assert {page.page.specific.short_name for page in reviewed} == {"MUB", "UMB"}
    but = InstitutionPage.objects.get(short_name="BUT")
    assert get_image_model().objects.filter(collection=but.collection).exists()


def test_demo_finder_and_index_render_in_polish(demo, client):
    html = client.get("/pl/programmes/").text
    assert "Informatyka" in html and "Kierunek lekarski (program MD)" in html
    assert "Znaleziono 7 kierunków" in html
    html = client.get("/pl/universities/").text
    assert "Politechnika Białostocka" in html and "Uniwersytet Medyczny w Białymstoku" in html
    assert client.get("/en/programmes/", {"level": "phd"}).text.count('class="programme-card"') == 1
