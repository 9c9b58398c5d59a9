"""Translated markup is read as a browser reads it: smuggled elements are refused on every path in."""

from urllib.parse import urlencode

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import encode_multipart
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from translations.markup import markup_problem

SMUGGLED = {
    "comment": "<!--><img src=x onerror=alert(1)>-->",
    "cdata": "<![CDATA[><img src=x onerror=alert(1)>]]>",
    "meta": '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    "processing instruction": "<?xml-stylesheet href=x?>",
    "extra attribute": '<b onclick="alert(1)">żywe</b>',
}
SOURCE = "Student life is <b>lively</b>."


def rows():
    return list(StringTranslation.objects.order_by("id").values_list("id", "data", "updated_at"))


@pytest.mark.parametrize("payload", SMUGGLED.values(), ids=SMUGGLED.keys())
def test_smuggled_markup_is_a_problem(payload):
    assert markup_problem(SOURCE, f"Życie jest <b>żywe</b>. {payload}") is not None


@pytest.mark.parametrize(
    "translation",
    ["Życie jest <b>żywe</b>.", "<b>Żywe</b> jest życie &amp; nauka < 3 & więcej", "Tom &amp Jerry <b>x</b>"],
)
def test_faithful_markup_passes(translation):
    assert markup_problem(SOURCE, translation) is None


def test_the_browsers_reading_of_a_comment_is_what_counts():
    # Python's HTMLParser sees one comment here; a browser sees an empty comment and an image.
    assert "comment" in markup_problem("x", "x<!--><b>-->")


@pytest.mark.parametrize("payload", SMUGGLED.values(), ids=SMUGGLED.keys())
def test_a_po_file_with_smuggled_markup_imports_nothing(admin_client, polish_living, payload):
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[polish_living.id]))
    po = polib.pofile(response.content.decode())
    next(entry for entry in po if entry.msgid == SOURCE).msgstr = f"Życie jest <b>żywe</b>. {payload}"
    before = rows()

    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[polish_living.id]),
        {"file": SimpleUploadedFile("pl.po", str(po).encode()), "next": "/admin/"},
    )

    messages = [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]
    assert [level for level, _text in messages] == ["error"], messages
    assert "Nothing was imported" in messages[0][1]
    assert rows() == before


@pytest.mark.parametrize("encoding", ["form", "multipart"])
@pytest.mark.parametrize("payload", SMUGGLED.values(), ids=SMUGGLED.keys())
def test_a_string_edit_with_smuggled_markup_is_refused(admin_client, polish_living, payload, encoding):
    segment = polish_living.source.stringsegment_set.get(string__data=SOURCE)
    url = reverse("wagtail_localize:edit_string_translation", args=[polish_living.id, segment.id])
    value = f"Życie jest <b>żywe</b>. {payload}"
    before = rows()

    if encoding == "form":
        response = admin_client.put(
            url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
        )
    else:
        # The translation editor sends FormData, i.e. multipart.
        response = admin_client.put(
            url,
            encode_multipart("boundary", {"value": value}),
            content_type="multipart/form-data; boundary=boundary",
        )

    assert response.status_code == 400
    assert response.json()["value"][0]
    assert rows() == before


def test_a_faithful_string_edit_is_saved(admin_client, polish_living):
    segment = polish_living.source.stringsegment_set.get(string__data=SOURCE)
    url = reverse("wagtail_localize:edit_string_translation", args=[polish_living.id, segment.id])
    response = admin_client.put(
        url,
        "value=%C5%BBycie+jest+%3Cb%3E%C5%BCywe%3C%2Fb%3E.",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert StringTranslation.objects.filter(data="Życie jest <b>żywe</b>.").exists()
