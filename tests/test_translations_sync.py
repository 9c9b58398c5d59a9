"""Sync without loss: a source edit keeps every untouched translated string; untranslated pages never get linked."""

import re
from html.parser import HTMLParser

from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import String, StringTranslation

from translations import coverage

from .conftest import publish_translation
from .factories import ContentPageFactory

OLD = "Forests of Podlasie are close."
NEW = "Forests of Podlasie begin at the city limits."


def polish_strings():
    return dict(
        StringTranslation.objects.filter(locale__language_code="pl").values_list(
            "translation_of__data", "data"
        )
    )


def test_editing_one_paragraph_keeps_every_other_polish_string(
    admin_client, admin_user, living_page, polish_living, django_capture_on_commit_callbacks
):
    before = polish_strings()
    body = living_page.body.raw_data
    body[2]["value"] = f"<p>{NEW}</p>"
    living_page.body = body
    living_page.save_revision().publish()
    polish = Locale.objects.get(language_code="pl")
    row = next(r for r in coverage.build(admin_user).rows if r.page_id == living_page.id)
    assert row.cells[polish.id].status == "outdated"

    # The editor syncs through wagtail-localize's "Sync translated pages" view.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[polish_living.source.id]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302

    after = polish_strings()
    assert {k: v for k, v in after.items() if k != OLD} == {k: v for k, v in before.items() if k != OLD}
    assert NEW not in after, "the changed paragraph waits for a translator"
    segments = polish_living.source.stringsegment_set.values_list("string__data", flat=True)
    assert NEW in segments and OLD not in segments
    total, translated = polish_living.get_progress()
    assert translated == total - 1

    row = next(r for r in coverage.build(admin_user).rows if r.page_id == living_page.id)
    assert row.cells[polish.id].status == "translated"
    editor = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[polish_living.get_target_instance().id])
    )
    assert NEW in editor.text  # shown in the editor, without a translation yet
    html = admin_client.get("/pl/living-in-bialystok/").text
    for kept in ("PL The city", "PL A green city.", "PL Student life is <b>lively</b>."):
        assert kept in html
    assert String.objects.filter(data=NEW).exists()


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []
        self.alternates = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag == "link" and attrs.get("rel") == "alternate" and attrs.get("hreflang"):
            self.alternates.append((attrs["hreflang"], attrs["href"]))


def parse(html):
    links = Links()
    links.feed(html)
    return links


def test_no_locale_links_to_a_page_that_404s(client, translated_home):
    english = translated_home["en"]
    translated = ContentPageFactory(parent=english, title="Studying", slug="studying")
    publish_translation(translated, "pl")
    ContentPageFactory(parent=translated, title="Scholarships", slug="scholarships")
    ContentPageFactory(parent=english, title="Only English", slug="only-english")
    draft = ContentPageFactory(parent=english, title="Polish draft", slug="polish-draft")
    draft.copy_for_translation(Locale.objects.get(language_code="pl"))

    seen, queue = set(), ["/en/", "/pl/", "/ar/", "/en/only-english/", "/en/studying/scholarships/"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, f"{url} answers {response.status_code}"
        links = parse(response.text)
        for href in links.hrefs + [href for _lang, href in links.alternates]:
            path = re.sub(r"^https?://(testserver|localhost)", "", href)
            if path.startswith("/") and not path.startswith(
                ("/static/", "/media/", "/admin/", "/documents/")
            ):
                queue.append(path.split("#")[0])
    assert "/pl/studying/" in seen and "/en/studying/scholarships/" in seen
    assert not any(
        url.startswith(("/pl/only-english", "/pl/polish-draft", "/pl/studying/scholarships")) for url in seen
    )
    assert client.get("/pl/only-english/").status_code == 404
    alternates = parse(client.get("/en/only-english/").text).alternates
    assert [lang for lang, _href in alternates if lang != "x-default"] == ["en"]


def submit_and_sync_queries(home, segments):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail_localize.models import TranslationSource
    from wagtail_localize.operations import translate_object

    page = ContentPageFactory(
        parent=home, body=[("paragraph", f"<p>Paragraph {i} of {segments}.</p>") for i in range(segments)]
    )
    locales = list(Locale.objects.exclude(language_code="en"))
    with CaptureQueriesContext(connection) as submit:
        translate_object(page, locales)
    body = page.body.raw_data
    body[0]["value"] = "<p>Edited.</p>"
    page.body = body
    page.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(page)
    with CaptureQueriesContext(connection) as sync:
        source.update_from_db()
        for translation in source.translations.filter(enabled=True):
            translation.save_target(publish=True)
    return len(submit), len(sync)


def test_submit_and_sync_queries_stay_within_the_benchmarked_bounds(translated_home):
    """bench/README.md: about 19 queries per segment to submit into 5 locales, 8 to sync."""
    for language in ("uk", "es", "tr"):
        publish_translation(translated_home["en"], language)
    submit_10, sync_10 = submit_and_sync_queries(translated_home["en"], 10)
    submit_30, sync_30 = submit_and_sync_queries(translated_home["en"], 30)
    assert submit_10 <= 950 and sync_10 <= 500
    assert submit_30 - submit_10 <= 20 * 22
    assert sync_30 - sync_10 <= 20 * 10
