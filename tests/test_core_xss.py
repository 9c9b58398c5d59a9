"""The XSS corpus (tests/xss_corpus.py) through every way text reaches a page: no payload becomes
an element or attribute, as html5lib (a browser's parser) reads the served HTML."""

from urllib.parse import urlencode

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from .factories import EventIndexPageFactory, NewsIndexPageFactory, NewsPageFactory, StudyProgrammePageFactory
from .test_core_bad_input import PUBLIC_PARAMETERS
from .xss_corpus import PAYLOADS, dangers, injected

HARMLESS = "zzqx"
FINDS = "Computer Science"  # a programme of public_site
PARAMETERS = {
    **PUBLIC_PARAMETERS,
    "/en/events/": ["institution", "kind", "month", "page", "level", "language"],
}
SOURCE = "Student life is <b>lively</b>."


def test_the_corpus_is_large_and_holds_the_payloads_of_the_issue():
    assert len(set(PAYLOADS)) >= 50
    assert "<!--><img src=x onerror=window.__xss=1>-->" in PAYLOADS
    assert "<![CDATA[><img src=x onerror=window.__xss=1>]]>" in PAYLOADS


def test_the_check_sees_what_a_browser_builds():
    # A lenient parser reads one comment; a browser, and so the check, an image with a handler.
    assert dangers("<p><!--><img src=x onerror=window.__xss=1>--></p>") == ["img onerror"]
    assert dangers('<a href=" jav&#x09;ascript:x()">x</a>') != []
    assert injected("<p>a</p>", "<p>b</p>") == []
    assert injected("<p><b>a</b></p>", "<p>b</p>") == [("b", ())]


@pytest.fixture
def public_site(universities, partner_index):
    home = universities["index"].get_parent()
    news = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=news, title="Training week")
    EventIndexPageFactory(parent=home)
    StudyProgrammePageFactory(parent=universities["but"], title="Computer Science")
    return news


@pytest.mark.parametrize("url", PARAMETERS)
def test_query_parameters_never_become_markup(client, public_site, url):
    names = PARAMETERS[url]
    # What the page shows for harmless values, finding nothing and finding something (a payload's words
    # may match a page: search then lists results, which is markup of the page's own).
    baseline = "".join(client.get(url, dict.fromkeys(names, value)).text for value in (HARMLESS, FINDS))
    assert dangers(baseline) == []
    found = {}
    for payload in PAYLOADS:
        response = client.get(url, dict.fromkeys(names, payload))
        assert response.status_code == 200, payload
        if problems := injected(response.text, baseline):
            found[payload] = problems
    assert found == {}


def test_stored_titles_and_leads_never_become_markup(client, public_site):
    # What an editor types into a title or lead field is stored as typed: the pages escape it.
    baseline_article = NewsPageFactory(parent=public_site, title=HARMLESS, lead=HARMLESS)
    urls = [public_site.url, "/en/", f"/en/search/?q={HARMLESS}"]
    baselines = {url: client.get(url).text for url in [*urls, baseline_article.url]}
    for start in range(0, len(PAYLOADS), 5):
        # Five payloads an article: the title holds what fits of them, the lead all five.
        chunk = " ".join(PAYLOADS[start : start + 5])
        title = f"{HARMLESS} {chunk}".replace("\n", " ")[:255]
        article = NewsPageFactory(parent=public_site, title=title, lead=chunk, slug=f"xss-{start}")
        shown = {url: client.get(url).text for url in urls}
        shown[baseline_article.url] = client.get(article.url).text
        assert {url: injected(html, baselines[url]) for url, html in shown.items()} == dict.fromkeys(
            shown, []
        ), chunk
        article.delete()


def test_string_edits_and_po_uploads_never_put_markup_on_the_translated_page(
    admin_client, client, polish_living
):
    segment = polish_living.source.stringsegment_set.get(string__data=SOURCE)
    edit_url = reverse("wagtail_localize:edit_string_translation", args=[polish_living.id, segment.id])
    page_url = polish_living.get_target_instance().url
    baseline = client.get(page_url).text
    po = polib.pofile(
        admin_client.get(
            reverse("wagtail_localize:download_pofile", args=[polish_living.id])
        ).content.decode()
    )
    entry = next(entry for entry in po if entry.msgid == SOURCE)
    accepted = []
    for payload in PAYLOADS:
        value = f"Życie jest <b>żywe</b>. {payload}"
        response = admin_client.put(
            edit_url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 400), payload
        entry.msgstr = value
        admin_client.post(
            reverse("wagtail_localize:upload_pofile", args=[polish_living.id]),
            {"file": SimpleUploadedFile("pl.po", str(po).encode()), "next": "/admin/"},
        )
        if StringTranslation.objects.filter(data=value).exists():
            accepted.append(payload)
            polish_living.save_target(publish=True)
            page = polish_living.get_target_instance()
            if page.has_unpublished_changes:
                page.get_latest_revision().publish()
            assert injected(client.get(page_url).text, baseline) == [], payload
    # Only payloads that a browser reads as plain text get through at all.
    assert all("<" not in payload.replace("&lt;", "") or "%3C" in payload for payload in accepted), accepted
