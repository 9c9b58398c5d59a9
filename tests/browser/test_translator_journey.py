"""A Polish translator translates a page in wagtail-localize's editor, round-trips a PO file and publishes."""

import os

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

from home.models import ContentPage

from .accessibility import assert_accessible

INTRO = "A compact city with palaces, parks and the forests of Podlasie at its doorstep."
REGION = "The region"


@pytest.fixture
def living(demo_site):
    english = ContentPage.objects.get(slug="living-in-bialystok", locale__language_code="en")
    polish = english.get_translation(Locale.objects.get(language_code="pl"))
    return english, polish


def log_in(page, server, username, password):
    page.goto(f"{server.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1).first).to_be_visible()


def segment(page, source_text):
    return page.locator("li", has=page.get_by_text(source_text, exact=True)).last


def test_polish_translator_translates_round_trips_a_po_file_and_publishes(demo_site, living, page, tmp_path):
    english, polish = living
    call_command("create_translator_groups", stdout=open(os.devnull, "w"))  # noqa: SIM115
    translator = get_user_model().objects.create_user("ola", password="tłumaczka-2026")
    translator.groups.add(Group.objects.get(name="Translators — Polish"))
    log_in(page, demo_site, "ola", "tłumaczka-2026")

    page.goto(f"{demo_site.url}/admin/pages/{polish.id}/edit/")
    intro = segment(page, INTRO)
    intro.get_by_role("button", name="Edit").click()
    intro.locator("textarea").fill("Zwarte miasto pałaców i parków, a lasy Podlasia tuż za progiem.")
    with page.expect_response(lambda response: "/strings/" in response.url and response.ok):
        intro.get_by_role("button", name="Save").click()
    expect(
        intro.get_by_text("Zwarte miasto pałaców i parków, a lasy Podlasia tuż za progiem.")
    ).to_be_visible()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PO file").first.click()
    po_path = tmp_path / "living-pl.po"
    download_info.value.save_as(po_path)
    po = polib.pofile(str(po_path))
    assert po.metadata["X-WagtailLocalize-TranslationID"]
    next(entry for entry in po if entry.msgid == REGION).msgstr = "Region pełen lasów"
    po.save(str(po_path))

    page.locator('input[type="file"][name="file"]').first.set_input_files(str(po_path))
    expect(page.get_by_text("Successfully imported translations from PO File.")).to_be_visible()
    expect(segment(page, REGION).get_by_text("Region pełen lasów")).to_be_visible()

    page.get_by_role("button", name="Publish in Polish").click()
    expect(page.get_by_text("Published 'Życie w Białymstoku' in Polish.")).to_be_visible()

    page.goto(f"{demo_site.url}/pl/living-in-bialystok/")
    expect(
        page.get_by_text("Zwarte miasto pałaców i parków, a lasy Podlasia tuż za progiem.")
    ).to_be_visible()
    expect(page.get_by_role("heading", name="Region pełen lasów")).to_be_visible()
    assert_accessible(page)

    # The translator cannot open the English source or another language's translation.
    page.goto(f"{demo_site.url}/admin/pages/{english.id}/edit/")
    expect(page.get_by_text("Sorry, you do not have permission to access this area.")).to_be_visible()


def test_a_source_edit_and_sync_keep_the_untouched_polish_strings(demo_site, living, page, django_user_model):
    english, polish = living
    before = dict(
        StringTranslation.objects.filter(locale__language_code="pl").values_list(
            "translation_of__data", "data"
        )
    )
    django_user_model.objects.create_superuser("editor", "editor@example.org", "redakcja-2026")
    log_in(page, demo_site, "editor", "redakcja-2026")

    page.goto(f"{demo_site.url}/admin/pages/{english.id}/edit/")
    page.get_by_role("textbox", name="Introduction").fill(
        "A compact city of palaces and parks, with forests all around."
    )
    page.locator('button[name="action-publish"]').dispatch_event("click")
    expect(page.get_by_text("has been published")).to_be_visible()

    source = TranslationSource.objects.get_for_instance(english)
    page.goto(f"{demo_site.url}/admin/localize/update/{source.id}/")
    page.get_by_label("Publish immediately").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_text("Successfully updated")).to_be_visible()

    page.goto(f"{demo_site.url}/pl/living-in-bialystok/")
    for english_text, polish_text in before.items():
        if english_text == INTRO or "<" in polish_text:
            continue
        if english_text in ("The city", "The region", "Living in Białystok"):
            expect(page.get_by_text(polish_text, exact=True).first).to_be_visible()
    paragraph = before[next(key for key in before if key.startswith("The Branicki Palace"))]
    expect(page.get_by_text(paragraph)).to_be_visible()

    page.goto(f"{demo_site.url}/admin/pages/{polish.id}/edit/")
    changed = segment(page, "A compact city of palaces and parks, with forests all around.")
    expect(changed.get_by_role("button", name="Translate")).to_be_visible()
    assert (
        dict(
            StringTranslation.objects.filter(locale__language_code="pl").values_list(
                "translation_of__data", "data"
            )
        )
        == before
    )
