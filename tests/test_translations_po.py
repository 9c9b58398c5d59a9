"""PO round-trips through wagtail-localize's admin views: good files import, bad ones change nothing."""

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import resolve, reverse
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from .factories import ContentPageFactory


def rows():
    return list(
        StringTranslation.objects.order_by("id").values_list("id", "data", "updated_at", "translation_type")
    )


def download(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code == 200
    return polib.pofile(response.content.decode("utf-8"))


def upload(client, translation, content, name="living-pl.po"):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.id])
    response = client.post(url, {"file": SimpleUploadedFile(name, content), "next": "/admin/"})
    assert response.status_code == 302, response.status_code
    return [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]


def first_entry(po, contains):
    return next(entry for entry in po if contains in entry.msgid)


def test_the_upload_url_is_the_checking_view(polish_living):
    url = reverse("wagtail_localize:upload_pofile", args=[polish_living.id])
    assert resolve(url).url_name == "translations_upload_pofile"


def test_a_translated_po_file_imports(admin_client, polish_living):
    po = download(admin_client, polish_living)
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(polish_living.uuid)
    entry = first_entry(po, "Forests")
    entry.msgstr = "Lasy Podlasia są blisko."
    messages = upload(admin_client, polish_living, str(po).encode())
    assert ("success", "Successfully imported translations from PO File.") in messages
    assert StringTranslation.objects.filter(data="Lasy Podlasia są blisko.").count() == 1


def test_a_file_in_another_declared_encoding_imports(admin_client, polish_living):
    po = download(admin_client, polish_living)
    first_entry(po, "Forests").msgstr = "Lasy Podlasia są blisko."
    text = str(po).replace("charset=utf-8", "charset=ISO-8859-2")
    messages = upload(admin_client, polish_living, text.encode("iso-8859-2"))
    assert messages[0][0] == "success"
    assert StringTranslation.objects.filter(data="Lasy Podlasia są blisko.").exists()


def bad_files(po, other_uuid):
    """Every broken variant of a good PO file, with a word its message must contain."""
    good = str(po)
    uuid = po.metadata["X-WagtailLocalize-TranslationID"]
    link = first_entry(po, "palaces")
    lively = first_entry(po, "lively")
    forests = first_entry(po, "Forests")

    def variant(change):
        copy = polib.pofile(good)
        change(copy)
        return str(copy).encode()

    def set_entry(msgid, msgstr):
        def change(copy):
            next(entry for entry in copy if entry.msgid == msgid).msgstr = msgstr

        return change

    def make_obsolete(copy):
        entry = next(entry for entry in copy if entry.msgid == forests.msgid)
        entry.msgstr = "ZMIENIONE przez przestarzały wpis"
        entry.obsolete = True

    return {
        "wrong page": (good.replace(uuid, other_uuid).encode(), "Information page"),
        "no header": (good.replace(f'"X-WagtailLocalize-TranslationID: {uuid}\\n"\n', "").encode(), "header"),
        "another encoding": (
            good.replace("Parks", "Parki ąę").encode("utf-16"),
            "UTF-16",
        ),
        "undeclared latin-2": (
            str(po).replace("lively", "żywe").replace("Parks", "Parki").encode("iso-8859-2"),
            "UTF-8",
        ),
        "broken syntax": (
            good.replace("\nmsgctxt", "\n<<<<<<< HEAD\nmsgctxt", 1).encode(),
            "not a valid PO file",
        ),
        "html altered": (variant(set_entry(link.msgid, link.msgstr.replace('id="a1"', 'id="a9"'))), "HTML"),
        "html unclosed": (variant(set_entry(lively.msgid, "Życie jest <b>żywe.")), "closed"),
        "placeholder": (variant(set_entry(forests.msgid, "Lasy %(city)s")), "placeholders"),
        "obsolete": (variant(make_obsolete), "obsolete"),
        "garbage": (b"\x89PNG" + bytes(range(256)) * 80_000, "MB"),
        "binary": (b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)), "not a text file"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "wrong page",
        "no header",
        "another encoding",
        "undeclared latin-2",
        "broken syntax",
        "html altered",
        "html unclosed",
        "placeholder",
        "obsolete",
        "garbage",
        "binary",
    ],
)
def test_a_bad_po_file_is_refused_with_a_clear_message_and_changes_nothing(admin_client, polish_living, case):
    other_page = ContentPageFactory(parent=polish_living.source.get_source_instance().get_parent())
    other_source, _ = TranslationSource.get_or_create_from_instance(other_page)
    other = Translation.objects.create(source=other_source, target_locale=polish_living.target_locale)
    po = download(admin_client, polish_living)
    content, word = bad_files(po, str(other.uuid))[case]
    before = rows()

    messages = upload(admin_client, polish_living, content)

    assert rows() == before
    text = " ".join(message for _level, message in messages)
    assert word in text, messages
    if case != "obsolete":
        assert [level for level, _message in messages] == ["error"]


def test_the_garbage_file_is_twenty_megabytes(polish_living):
    content = b"\x89PNG" + bytes(range(256)) * 80_000
    assert len(content) > 20_000_000


def test_an_upload_without_a_file_is_refused(admin_client, polish_living):
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[polish_living.id]), {"next": "/admin/"}
    )
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "The PO file was not imported. Choose a PO file to upload."
    ]


def test_uploads_and_edits_to_a_page_locked_by_someone_else_are_refused(
    admin_client, django_user_model, polish_living
):
    other = django_user_model.objects.create_superuser("other", "other@example.org", "pw")
    polish_page = polish_living.get_target_instance()
    polish_page.locked, polish_page.locked_by = True, other
    polish_page.save(update_fields=["locked", "locked_by"])
    po = download(admin_client, polish_living)
    first_entry(po, "Forests").msgstr = "Lasy"
    before = rows()

    messages = upload(admin_client, polish_living, str(po).encode())
    segment = polish_living.source.stringsegment_set.first()
    edit = admin_client.put(
        reverse("wagtail_localize:edit_string_translation", args=[polish_living.id, segment.id]),
        "value=Zmienione",
        content_type="application/x-www-form-urlencoded",
    )

    assert rows() == before
    assert messages[0][0] == "error" and "locked" in messages[0][1]
    # Wagtail's admin turns the refusal into a redirect with a "no permission" message.
    assert edit.status_code in (302, 403) and edit.get("Location", "/admin/") == "/admin/"


def test_publishing_a_translation_locked_by_someone_else_is_refused(
    admin_client, django_user_model, polish_living, django_capture_on_commit_callbacks
):
    other = django_user_model.objects.create_superuser("other", "other@example.org", "pw")
    polish_page = polish_living.get_target_instance()
    polish_page.locked, polish_page.locked_by = True, other
    polish_page.save(update_fields=["locked", "locked_by"])
    revisions = polish_page.revisions.count()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[polish_page.id]), {"action": "publish"}, follow=True
        )

    assert "is locked by another user; it was not changed." in response.text
    assert polish_page.revisions.count() == revisions
