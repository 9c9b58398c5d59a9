"""The XSS corpus through the admin's forms: what an editor types into a title, a text, a stream
block, rich text, a URL field, a snippet or an image's or document's title never becomes an element
or attribute of the served page, as html5lib (a browser's parser) reads it."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from privacy.models import ConsentSettings

from .factories import ContentPageFactory
from .xss_corpus import PAYLOADS, injected, shapes

HARMLESS = "zzqx"
CHUNKS = [" ".join(PAYLOADS[start : start + 5]) for start in range(0, len(PAYLOADS), 5)]
# What a URL field may be given: the corpus's payloads that are no markup, or break out of a quoted
# attribute, and schemes that run script however they are spelt.
URLS = [
    *(payload for payload in PAYLOADS if payload[:1] in "\"'`" or not payload.startswith("<")),
    "JaVaScRiPt:window.__xss=1",
    " javascript:window.__xss=1",
    "java\tscript:window.__xss=1",
    "javascript&colon;window.__xss=1",
    "data:text/html,<script>window.__xss=1</script>",
    "vbscript:window.__xss=1",
    'https://example.org/"onmouseover="window.__xss=1',
]

pytestmark = pytest.mark.usefixtures("media_root")


def rich_text(text, url):
    """Draftail's contentstate, as the admin posts it: `text` with its first letter linked to `url`."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "x1",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [{"offset": 0, "length": 1, "style": "BOLD"}],
                    "entityRanges": [{"offset": 0, "length": 1, "key": 0}],
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )


def page_form(text, url="https://example.org/"):
    """Every kind of field of a content page, each holding `text` (the title what fits of it)."""
    return nested_form_data(
        {
            "title": f"{HARMLESS} {text}".replace("\n", " ")[:255],
            "slug": "xss-page",
            "intro": text,
            "body": streamfield(
                [
                    ("heading", {"text": text.replace("\n", " ")[:200], "level": "h2"}),
                    ("paragraph", rich_text(f"{HARMLESS} {text}", url)),
                    ("quote", {"quote": text, "attribution": text.replace("\n", " ")[:200]}),
                    ("call_to_action", {"text": HARMLESS, "page": "", "external_url": url}),
                ]
            ),
            "action-publish": "action-publish",
        }
    )


@pytest.fixture
def page(admin_client, home_page):
    page = ContentPageFactory(parent=home_page, slug="xss-page")
    # Text over two lines, as some payloads are: the page shows line breaks as <br>.
    form = page_form(f"{HARMLESS}\n{HARMLESS}")
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.id]), form)
    assert response.status_code == 302
    return page


def test_text_stream_and_rich_text_fields_never_become_markup(admin_client, client, page):
    url = reverse("wagtailadmin_pages:edit", args=[page.id])
    baseline = client.get("/en/xss-page/").text
    found = {}
    for chunk in CHUNKS:
        response = admin_client.post(url, page_form(chunk))
        assert response.status_code == 302, chunk
        assert Page.objects.get(id=page.id).title.startswith(f"{HARMLESS} "), chunk
        if problems := injected(client.get("/en/xss-page/").text, baseline):
            found[chunk] = problems
    assert found == {}


def test_url_fields_refuse_or_neutralise_every_payload(admin_client, client, page):
    # The link of rich text and the call to action's URL field.
    url = reverse("wagtailadmin_pages:edit", args=[page.id])
    baseline = client.get("/en/xss-page/").text
    found = {}
    for payload in URLS:
        admin_client.post(url, page_form(f"{HARMLESS}\n{HARMLESS}", url=payload))
        if problems := injected(client.get("/en/xss-page/").text, baseline):
            found[payload] = problems
    assert found == {}


def test_snippet_fields_never_become_markup(admin_client, client, home_page):
    settings = ConsentSettings.objects.create(
        locale=home_page.locale, banner_text=f"{HARMLESS}\n{HARMLESS}", necessary_description=HARMLESS
    )
    baseline = client.get("/en/").text + client.get("/en/cookie-settings/").text
    url = reverse("wagtailsnippets_privacy_consentsettings:edit", args=[settings.pk])
    found = {}
    for chunk in CHUNKS:
        data = {
            "banner_text": chunk,
            "necessary_description": chunk,
            "statistics_description": chunk,
            "statistics_enabled": "on",
            "policy_version": "1",
        }
        assert admin_client.post(url, data).status_code == 302, chunk
        shown = client.get("/en/").text + client.get("/en/cookie-settings/").text
        if problems := injected(shown, baseline):
            found[chunk] = problems
    assert found == {}


def png():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (8, 8)).save(buffer, "PNG")
    return SimpleUploadedFile("x.png", buffer.getvalue(), content_type="image/png")


def pdf():
    return SimpleUploadedFile("x.pdf", b"%PDF-1.4\n", content_type="application/pdf")


@pytest.mark.parametrize(
    ("add", "index", "file", "model"),
    [
        ("wagtailimages:add", "wagtailimages:index", png, get_image_model),
        ("wagtaildocs:add", "wagtaildocs:index", pdf, get_document_model),
    ],
    ids=["image", "document"],
)
def test_image_and_document_titles_never_become_markup_in_the_admin(
    admin_client, home_page, add, index, file, model
):
    def upload(title):
        collection = Collection.get_first_root_node().id
        data = {"title": title, "collection": collection, "file": file(), "language": "en"}
        assert admin_client.post(reverse(add), data).status_code == 302, title

    upload(HARMLESS)
    # The admin's listing shows titles in a table, links and attributes of its own.
    baseline = shapes(admin_client.get(reverse(index)).text)
    for chunk in CHUNKS:
        upload(chunk.replace("\n", " ")[:255])
    assert model().objects.count() == len(CHUNKS) + 1
    listing = admin_client.get(reverse(index), {"p": 1}).text
    assert sorted(shapes(listing) - baseline) == []
