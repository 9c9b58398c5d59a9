"""The custom document model: accessibility metadata, the download block and safe serving."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader
from wagtail.documents import get_document_model

from documents import demo as demo_programme
from documents.blocks import DocumentDownloadBlock
from documents.demo import PROGRAMME
from documents.models import PortalDocument

from .factories import DocumentFactory

pytestmark = pytest.mark.usefixtures("media_root")


def test_portal_document_is_the_document_model():
    assert get_document_model() is PortalDocument


def test_document_is_served_as_an_attachment_with_a_restrictive_policy(client, db):
    document = DocumentFactory(title="Programme")
    assert document.url == reverse("wagtaildocs_serve", args=[document.pk, "programme.pdf"])
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_download_block_shows_type_language_accessibility_and_size(db):
    document = DocumentFactory(title="Week programme", language="pl", accessible=True, page_count=2)
    document.file_size = 1024 * 1024
    document.save()
    block = DocumentDownloadBlock()
    with translation.override("en"):
        html = block.render(block.to_python({"document": document.pk, "title": ""}))
    assert f'href="{document.url}"' in html and ">Week programme</a>" in html
    assert "(PDF, Polish, digitally accessible, 2 pages, 1.0\xa0MB)" in html
    assert 'hreflang="pl"' in html


def test_download_names_an_unchecked_document_honestly_and_offers_the_html_version(db):
    document = DocumentFactory(accessible=False, html_alternative="https://example.org/programme/")
    html = render_to_string("documents/_download.html", {"document": document, "title": "The plan"})
    assert ">The plan</a>" in html
    assert "not checked for accessibility" in html
    assert 'href="https://example.org/programme/"' in html


def test_editor_uploads_a_document_with_its_accessibility_metadata(admin_client):

    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Programme 2022",
            "file": SimpleUploadedFile("programme.pdf", b"%PDF-1.4\n", content_type="application/pdf"),
            "collection": "1",
            "language": "pl",
            "accessible": "on",
            "page_count": "3",
            "html_alternative": "",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    document = PortalDocument.objects.get(title="Programme 2022")
    assert (document.language, document.accessible, document.page_count) == ("pl", True, 3)
    assert document.file_size == 9


def structure_types(node):
    """The structure types of a tagged PDF's structure tree, in reading order."""
    node = node.get_object()
    kids = node.get("/K", [])
    kids = kids if isinstance(kids, list) else [kids]
    types = [node["/S"]] if "/S" in node else []
    for kid in kids:
        kid = kid.get_object()
        if isinstance(kid, dict):
            types += structure_types(kid)
    return types


@pytest.mark.parametrize("language", ["en", "pl"])
def test_demo_programmes_are_tagged_pdfs_in_their_language(language):
    text = PROGRAMME[language]
    pdf = PdfReader(demo_programme.FOLDER / text["filename"])
    catalog = pdf.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"] and catalog["/Lang"] == language
    assert pdf.metadata.title == text["title"] and catalog["/ViewerPreferences"]["/DisplayDocTitle"]
    tags = [tag for tag in structure_types(catalog["/StructTreeRoot"]) if tag != "/NonStruct"]
    assert tags == ["/Document", "/H1", "/P"] + ["/H2", "/P"] * len(text["days"])
    assert len(pdf.pages) == text["pages"]
    # The words come out as text, Polish letters included, for screen readers and search.
    # (Compared without white space: a line may break after a hyphen.)
    letters = "".join(pdf.pages[0].extract_text().split())
    assert all("".join(f"{day} {events}".split()) in letters for day, events in text["days"])
