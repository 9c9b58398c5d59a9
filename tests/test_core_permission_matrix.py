"""The role × action table of core.permissions (docs/roles.md and the README), tried cell by cell.

One test per role, on one set-up: each cell is tried through the admin's own URL (or
wagtail-localize's) on a fresh object where the role works. An allowed cell changes the database
as asked; a denied one is refused and changes nothing.
"""

import io
import re
from pathlib import Path

import polib
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import OverridableSegment, SegmentOverride, StringTranslation

from core.permissions import ACTIONS, ROLES, city_office, privacy_officers, roles_table
from privacy.models import ConsentSettings

from .conftest import translate_live
from .factories import ContentPageFactory

ROOT = Path(__file__).parent.parent

pytestmark = pytest.mark.usefixtures("media_root")


@pytest.mark.parametrize("document", ["docs/roles.md", "README.md"])
def test_the_documented_table_is_the_role_model(document):
    with translation.override("en"):
        table = roles_table()
    assert table in (ROOT / document).read_text()


def test_every_action_has_a_check():
    assert list(CHECKS) == list(ACTIONS)


@pytest.fixture
def site(translated_home, universities, django_user_model):
    # The institutions in Polish too, so that their sections reach into the Polish tree.
    for key in ("index", "but", "mub"):
        universities[key].copy_for_translation(translated_home["pl"].locale).save_revision().publish()
    call_command("setup_institution_editors", "--review", "MUB", stdout=io.StringIO())
    call_command("create_translator_groups", stdout=io.StringIO())
    for page in universities.values():
        page.refresh_from_db()
    english = ConsentSettings.objects.create(
        locale=translated_home["en"].locale, banner_text="?", necessary_description="."
    )
    english.copy_for_translation(translated_home["pl"].locale).save()
    return {**translated_home, **universities}


def user_for(role, site, django_user_model):
    if role == "anonymous":
        return None
    if role == "administrator":
        return django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    user = django_user_model.objects.create_user(role, password="pw")
    group = {
        "institution_editor": lambda: site["but"].editors,
        "institution_editor_under_review": lambda: site["mub"].editors,
        "city_office": city_office,
        "translator": lambda: Group.objects.get(translator_locale__locale__language_code="pl"),
        "privacy_officer": privacy_officers,
    }[role]()
    user.groups.add(group)
    return user


def home_for(role, site):
    """The page under which the role works."""
    if role == "institution_editor":
        return site["but"]
    if role == "institution_editor_under_review":
        return site["mub"]
    if role == "translator":
        return site["pl"]
    return site["en"]


def leaf_for(role, site):
    """A new live page with no subpages where the role works."""
    parent = home_for(role, site)
    return ContentPageFactory(parent=parent, locale=parent.locale)


def section_for(role, site):
    """A section where the role works: a page with subpages, or a language's home page."""
    if role in ("institution_editor", "institution_editor_under_review", "translator"):
        return home_for(role, site)
    if role == "administrator":
        section = ContentPageFactory(parent=site["en"])
        ContentPageFactory(parent=section)
        return section
    return site["ar"]


def translation_for(role, site):
    """A live Polish translation (wagtail-localize) of a new English page, where the role translates."""
    parent = home_for(role, site)
    if parent.locale != site["en"].locale:
        parent = site["en"]
    return translate_live(ContentPageFactory(parent=parent), "pl")


def state(page):
    page = Page.objects.filter(id=page.id).first()
    return page and (page.live, page.locked, page.path, page.title, page.draft_title, page.alias_of_id)


def changed(before_of, act):
    before = before_of()
    act()
    return before_of() != before


def page_form(page, **changes):
    return nested_form_data(
        {"title": page.title, "slug": page.slug, "intro": page.intro, "body": streamfield([]), **changes}
    )


def check_edit(client, role, site):
    page = leaf_for(role, site)
    url = reverse("wagtailadmin_pages:edit", args=[page.id])
    client.post(url, page_form(page, title="Edited"))
    return Page.objects.get(id=page.id).draft_title == "Edited"


def check_publish(client, role, site):
    page = leaf_for(role, site)
    url = reverse("wagtailadmin_pages:edit", args=[page.id])
    client.post(url, page_form(page, title="Published", **{"action-publish": "action-publish"}))
    return Page.objects.get(id=page.id).title == "Published"


def check_add_child(client, role, site):
    parent = section_for(role, site)
    url = reverse("wagtailadmin_pages:add", args=["home", "contentpage", parent.id])
    client.post(url, page_form(ContentPageFactory.build(), slug="added-child"))
    return Page.objects.filter(slug="added-child").exists()


def check_copy(client, role, site):
    page = leaf_for(role, site)
    data = {"new_title": "Copied", "new_slug": "copied", "new_parent_page": page.get_parent().id}
    client.post(reverse("wagtailadmin_pages:copy", args=[page.id]), data)
    return Page.objects.filter(slug="copied").exists()


def changed_by_post(client, page, url_name, data=None):
    return changed(lambda: state(page), lambda: client.post(reverse(url_name, args=[page.id]), data or {}))


def check_lock(client, role, site):
    return changed_by_post(client, leaf_for(role, site), "wagtailadmin_pages:lock")


def check_unpublish(client, role, site):
    return changed_by_post(client, leaf_for(role, site), "wagtailadmin_pages:unpublish")


def check_move(client, role, site):
    page, destination = leaf_for(role, site), leaf_for(role, site)
    url = reverse("wagtailadmin_pages:move_confirm", args=[page.id, destination.id])
    return changed(lambda: state(page), lambda: client.post(url))


def check_delete(client, role, site):
    return changed_by_post(client, leaf_for(role, site), "wagtailadmin_pages:delete")


def check_bulk_actions(client, role, site):
    page = leaf_for(role, site)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    return changed(lambda: state(page), lambda: client.post(f"{url}?id={page.id}"))


def check_delete_section(client, role, site):
    return changed_by_post(client, section_for(role, site), "wagtailadmin_pages:delete")


def translated_strings(translation):
    return list(
        StringTranslation.objects.filter(locale=translation.target_locale).order_by("id").values_list("data")
    )


def check_strings(client, role, site):
    translation = translation_for(role, site)
    segment = translation.source.stringsegment_set.get(context__path="intro")
    string_url = reverse("translations_edit_string_translation", args=[translation.id, segment.id])
    slug = OverridableSegment.objects.get(source=translation.source, context__path="slug")
    override_url = reverse("translations_edit_override", args=[translation.id, slug.id])

    def edit():
        form = "application/x-www-form-urlencoded"
        client.put(string_url, "value=Zmieniony wstęp.", content_type=form)
        client.put(override_url, "value=zmieniony", content_type=form)

    return changed(lambda: (translated_strings(translation), SegmentOverride.objects.count()), edit)


def check_po_files(client, role, site):
    translation = translation_for(role, site)
    download = client.get(reverse("translations_download_pofile", args=[translation.id]))
    if download.status_code != 200:
        return False
    po = polib.pofile(download.content.decode())
    next(entry for entry in po if entry.msgctxt == "intro").msgstr = "Wstęp z pliku PO."
    upload = reverse("translations_upload_pofile", args=[translation.id])
    file = SimpleUploadedFile("pl.po", str(po).encode())
    return changed(
        lambda: translated_strings(translation),
        lambda: client.post(upload, {"file": file, "next": "/admin/"}),
    )


def check_stop_translation(client, role, site):
    translation = translation_for(role, site)
    url = reverse("translations_stop_translation", args=[translation.id])
    client.post(url, {"next": "/admin/"})
    translation.refresh_from_db()
    return not translation.enabled


def check_convert_to_alias(client, role, site):
    page = translation_for(role, site).get_target_instance()
    url = reverse("translations_convert_to_alias", args=[page.id])
    return changed(lambda: state(page), lambda: client.post(url, {"next": "/admin/"}))


def check_bulk_translate(client, role, site):
    return client.get(reverse("translations:bulk")).status_code == 200


def check_reports(client, role, site):
    page = translation_for(role, site).source.get_source_instance()
    report = client.get(reverse("translations:coverage"))
    listed = client.get(reverse("translations:coverage"), {"format": "csv"})
    in_csv = listed.status_code == 200 and re.search(rf"^{page.id},", listed.text, re.MULTILINE)
    in_report = report.status_code == 200 and page.title in report.text
    assert bool(in_csv) == in_report, "the report and its CSV list the same pages"
    return in_report


def check_snippets(client, role, site):
    polish = ConsentSettings.objects.get(locale=site["pl"].locale)
    url = reverse("wagtailsnippets_privacy_consentsettings:edit", args=[polish.pk])
    data = {"banner_text": "Ciasteczka?", "necessary_description": "Wybór."}
    client.post(url, data)
    return ConsentSettings.objects.get(pk=polish.pk).banner_text == "Ciasteczka?"


def check_consent_scripts(client, role, site):
    english = ConsentSettings.objects.get(locale=site["en"].locale)
    url = reverse("wagtailsnippets_privacy_consentsettings:edit", args=[english.pk])
    script = "https://stats.example.org/x.js"
    data = {"banner_text": "?", "necessary_description": ".", "policy_version": "1"}
    data.update({name: "on" for name in ConsentSettings.technical_fields if name.endswith("_enabled")})
    client.post(url, {**data, "statistics_scripts": script})
    return ConsentSettings.objects.get(pk=english.pk).statistics_scripts == script


def check_settings(client, role, site):
    return client.get(reverse("wagtailusers_users:index")).status_code == 200


def collection_for(role, site):
    institution = {"institution_editor": "but", "institution_editor_under_review": "mub"}.get(role)
    return site[institution].collection if institution else Collection.get_first_root_node()


def check_images(client, role, site):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (20, 10)).save(buffer, "PNG")
    data = {
        "title": "Uploaded",
        "collection": collection_for(role, site).id,
        "file": SimpleUploadedFile("up.png", buffer.getvalue(), content_type="image/png"),
    }
    client.post(reverse("wagtailimages:add"), data)
    return get_image_model().objects.filter(title="Uploaded").exists()


def check_documents(client, role, site):
    data = {
        "title": "Uploaded",
        "collection": collection_for(role, site).id,
        "file": SimpleUploadedFile("up.pdf", b"%PDF-1.4\n", content_type="application/pdf"),
        "language": "en",
    }
    client.post(reverse("wagtaildocs:add"), data)
    return get_document_model().objects.filter(title="Uploaded").exists()


CHECKS = {
    "edit": check_edit,
    "publish": check_publish,
    "add_child": check_add_child,
    "copy": check_copy,
    "lock": check_lock,
    "unpublish": check_unpublish,
    "move": check_move,
    "delete": check_delete,
    "bulk_actions": check_bulk_actions,
    "delete_section": check_delete_section,
    "strings": check_strings,
    "po_files": check_po_files,
    "stop_translation": check_stop_translation,
    "convert_to_alias": check_convert_to_alias,
    "bulk_translate": check_bulk_translate,
    "reports": check_reports,
    "snippets": check_snippets,
    "consent_scripts": check_consent_scripts,
    "settings": check_settings,
    "images": check_images,
    "documents": check_documents,
}


@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_do_exactly_what_the_table_says(client, site, django_user_model, role):
    user = user_for(role, site, django_user_model)
    if user is not None:
        client.force_login(user)
    allowed = ROLES[role]["actions"]
    results = {action: check(client, role, site) for action, check in CHECKS.items()}
    expected = {action: action in allowed for action in CHECKS}
    assert results == expected


def test_converting_to_an_alias_under_review_publishes_no_unreviewed_draft(client, site, django_user_model):
    """Issue 12 (finding 3 follow-up): wagtail-localize passes the source's latest revision to its
    alias sync, but copies the fields of the page row, which hold the published (reviewed) content.
    An editor under review who submits a draft of the source and converts a translation of it to an
    alias puts nothing of that draft online: neither in the alias nor in the source."""
    client.force_login(user_for("institution_editor_under_review", site, django_user_model))
    translation = translation_for("institution_editor_under_review", site)
    source = translation.source.get_source_instance()
    reviewed_title = source.title
    edit = reverse("wagtailadmin_pages:edit", args=[source.id])
    client.post(edit, page_form(source, title="Unreviewed draft", **{"action-submit": "action-submit"}))
    source.refresh_from_db()
    assert source.get_latest_revision().content["title"] == "Unreviewed draft"
    assert source.workflow_in_progress  # the draft waits for the city office

    target = translation.get_target_instance()
    response = client.post(reverse("translations_convert_to_alias", args=[target.id]), {"next": "/admin/"})

    assert response.status_code == 302
    target.refresh_from_db()
    source.refresh_from_db()
    assert target.alias_of_id == source.id  # the conversion itself is allowed (the matrix cell)
    assert (target.live, target.title) == (True, reviewed_title)
    assert source.title == reviewed_title
    served = client.get(target.url).content.decode()
    assert "Unreviewed draft" not in served
    assert reviewed_title in served
