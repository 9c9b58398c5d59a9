"""Titles and names: one line, no control characters, their field's length, in every input path.

The paths are the admin page and snippet forms, a PO upload, a string edit in the translation
editor and the partner CSV import (core.text holds the rule); whatever an older row still holds,
the RSS and Atom feeds stay well-formed XML.
"""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlencode

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import StringTranslation

from core.text import text_problem, xml_safe
from news.models import NewsPage
from partners.importer import import_partners
from partners.models import CooperationProgramme

from .factories import CooperationProgrammeFactory, NewsIndexPageFactory, NewsPageFactory

ATOM = "{http://www.w3.org/2005/Atom}"
CONTROL = ["\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\n", "\t"]


@pytest.mark.parametrize("character", CONTROL, ids=[f"U+{ord(c):04X}" for c in CONTROL])
def test_a_title_refuses_every_control_character(character):
    assert text_problem(f"Training{character}Week")


def test_text_keeps_line_breaks_and_tabs_but_no_other_control_character():
    assert text_problem("Line one\nline two\tand a tab", single_line=False) is None
    assert text_problem("Line one\x0bline two", single_line=False)


def test_a_title_longer_than_its_field_names_both_lengths():
    problem = text_problem("A" * 300_000, max_length=255)
    assert "300,000" in problem and "255" in problem
    assert text_problem("A" * 255, max_length=255) is None


def page_form(page, **changes):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([]),
            "action-publish": "action-publish",
            **changes,
        }
    )


def test_the_admin_page_form_refuses_a_control_character_in_the_title(admin_client, living_page):
    url = reverse("wagtailadmin_pages:edit", args=[living_page.id])
    refused = admin_client.post(url, page_form(living_page, title="Living\x1bin Białystok"))
    assert refused.status_code == 200
    assert "control characters" in refused.content.decode()
    assert Page.objects.get(id=living_page.id).title == "Living in Białystok"

    accepted = admin_client.post(url, page_form(living_page, title="Living in Białystok today"))
    assert accepted.status_code == 302
    assert Page.objects.get(id=living_page.id).title == "Living in Białystok today"


def test_the_admin_snippet_form_refuses_a_control_character_in_a_name(admin_client, home_page):
    programme = CooperationProgrammeFactory(code="ka171", name="Erasmus+ KA171")
    url = reverse("wagtailsnippets_partners_cooperationprogramme:edit", args=[programme.pk])
    refused = admin_client.post(url, {"name": "Erasmus+\x07KA171", "code": "ka171"})
    assert refused.status_code == 200
    assert "control characters" in refused.content.decode()
    assert CooperationProgramme.objects.get(pk=programme.pk).name == "Erasmus+ KA171"


def title_segment(translation):
    return translation.source.stringsegment_set.select_related("string").get(context__path="title")


def upload(client, translation, po):
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]),
        {"file": SimpleUploadedFile("pl.po", str(po).encode()), "next": "/admin/"},
    )
    assert response.status_code == 302
    return [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]


def stored(translation, segment):
    return StringTranslation.objects.get(
        translation_of=segment.string, context=segment.context, locale=translation.target_locale
    ).data


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Ż" * 300_000, "300,000 characters long"), ("Życie\x1bw Białymstoku", "control characters")],
    ids=["300,000 characters", "control character"],
)
def test_a_po_upload_leaves_out_a_bad_title_and_imports_the_rest(
    admin_client, polish_living, title, expected
):
    segment = title_segment(polish_living)
    before = stored(polish_living, segment)
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[polish_living.id]))
    po = polib.pofile(response.content.decode())
    next(entry for entry in po if entry.msgctxt == "title").msgstr = title
    next(entry for entry in po if "Forests" in entry.msgid).msgstr = "Lasy Podlasia są blisko."

    messages = upload(admin_client, polish_living, po)

    assert ("success", "Successfully imported translations from PO File.") in messages
    errors = [text for level, text in messages if level == "error"]
    assert len(errors) == 1 and expected in errors[0] and "Living in Białystok" in errors[0]
    assert stored(polish_living, segment) == before
    assert StringTranslation.objects.filter(data="Lasy Podlasia są blisko.").exists()


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Ż" * 300_000, "300,000 characters long"), ("Życie\x1bw Białymstoku", "control characters")],
    ids=["300,000 characters", "control character"],
)
def test_a_string_edit_refuses_a_bad_title(admin_client, polish_living, title, expected):
    segment = title_segment(polish_living)
    before = stored(polish_living, segment)
    url = reverse("wagtail_localize:edit_string_translation", args=[polish_living.id, segment.id])
    content_type = "application/x-www-form-urlencoded"

    response = admin_client.put(url, urlencode({"value": title}), content_type=content_type)

    assert response.status_code == 400
    assert expected in response.json()["value"][0]
    assert stored(polish_living, segment) == before
    good = admin_client.put(url, urlencode({"value": "Życie w Białymstoku"}), content_type=content_type)
    assert good.status_code == 200
    assert stored(polish_living, segment) == "Życie w Białymstoku"


CSV_HEADER = "slug,name,country,city,description\n"


def test_the_partner_import_refuses_control_characters_in_names(partner_index):
    report = import_partners(
        (
            CSV_HEADER
            + "firat,Firat\x1bUniversity,TR,Elazığ,\n"  # line 2: control character in the name
            + "burgos,University of Burgos,ES,Bur\tgos,\n"  # 3: a tab in the city
            + 'mansoura,Mansoura University,EG,,"Two lines\x0bwith a vertical tab"\n'  # 4: in the description
        ).encode()
    )
    assert sorted(line for line, _message in report.errors) == [2, 3, 4]
    messages = dict(report.errors)
    assert messages[2].startswith("name: ") and "control characters" in messages[2]
    assert messages[3].startswith("city: ")
    assert messages[4].startswith("description: ")
    assert report.created == 0


def test_the_partner_import_keeps_line_breaks_in_a_description(partner_index):
    report = import_partners((CSV_HEADER + 'firat,Firat University,TR,,"Two\nlines"\n').encode())
    assert (report.created, report.errors) == (1, [])


@pytest.fixture
def older_rows(translated_home):
    """Articles whose title, lead and author hold control characters from before the checks."""
    index = NewsIndexPageFactory(parent=translated_home["en"])
    article = NewsPageFactory(parent=index, title="Training Week", date=datetime.date(2022, 5, 23))
    NewsPage.objects.filter(id=article.id).update(
        title="Training\x1b Week\x1f", lead="Guests\x0b came.\ufffe", author="Office\x07"
    )
    return index


@pytest.mark.parametrize("feed", ["rss", "atom"])
def test_a_control_character_never_reaches_a_feed(client, older_rows, feed):
    response = client.get(f"/en/news/feed/{feed}/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    if feed == "rss":
        item = root.find("channel/item")
        title, description = item.findtext("title"), item.findtext("description")
    else:
        entry = root.find(f"{ATOM}entry")
        title, description = entry.findtext(f"{ATOM}title"), entry.findtext(f"{ATOM}summary")
    assert (title, description) == ("Training Week", "Guests came.")


def test_xml_safe_keeps_line_breaks_tabs_and_every_letter():
    assert xml_safe("Życie\tw\nBiałymstoku – ٢٠٢٦ 🎓") == "Życie\tw\nBiałymstoku – ٢٠٢٦ 🎓"
