"""Per-institution editors, tested through the Wagtail admin as the editors use it."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from core.permissions import city_office, review_workflow
from institutions.models import InstitutionPage

from .conftest import publish_translation
from .factories import ImageFactory, StudyProgrammePageFactory

REFUSED = {302, 403}


def setup_editors(*args):
    out = io.StringIO()
    call_command("setup_institution_editors", *args, stdout=out)
    return out.getvalue()


def editor_of(institution, username):
    institution.refresh_from_db()
    user = get_user_model().objects.create_user(username=username, password="not-used")
    user.groups.add(institution.editors)
    return user


def edit_data(page, **changes):
    """The institution edit form as the admin posts it, publishing the page."""
    fields = {
        "title": page.title,
        "slug": page.slug,
        "short_name": page.short_name,
        "intro": page.intro,
        "website": page.website,
        "body": streamfield([]),
        "comments": inline_formset([]),
        "enquiry_addresses": inline_formset([]),
        "action-publish": "action-publish",
        **changes,
    }
    return nested_form_data(fields)


@pytest.fixture
def sections(universities):
    setup_editors()
    but, mub = universities["but"], universities["mub"]
    but.refresh_from_db()
    mub.refresh_from_db()
    return {
        "but": but,
        "mub": mub,
        "but_programme": StudyProgrammePageFactory(parent=but, slug="cs"),
        "mub_programme": StudyProgrammePageFactory(parent=mub, slug="medicine"),
        "but_image": ImageFactory(collection=but.collection),
        "mub_image": ImageFactory(collection=mub.collection),
    }


@pytest.fixture
def but_editor(client, sections):
    client.force_login(editor_of(sections["but"], "but-editor"))
    return client


def test_command_creates_a_group_and_a_collection_per_institution(sections):
    but, mub = sections["but"], sections["mub"]
    assert but.editors.name == "BUT editors" and mub.editors.name == "MUB editors"
    assert but.collection.name == "Bialystok University of Technology"
    assert but.collection.get_parent().is_root()
    assert set(
        GroupPagePermission.objects.filter(group=but.editors).values_list("page_id", "permission__codename")
    ) == {(but.pk, "add_page"), (but.pk, "change_page"), (but.pk, "publish_page"), (but.pk, "lock_page")}
    assert set(
        GroupCollectionPermission.objects.filter(group=but.editors).values_list("collection_id", flat=True)
    ) == {but.collection.pk}
    assert but.editors.permissions.filter(codename="access_admin").exists()


def test_command_is_safe_to_re_run(sections):
    def state():
        return (
            sorted(GroupPagePermission.objects.values_list("group__name", "page_id", "permission__codename")),
            sorted(GroupCollectionPermission.objects.values_list("group__name", "collection__name")),
            sorted(InstitutionPage.objects.values_list("pk", "editors_id", "collection_id")),
        )

    before = state()
    setup_editors()
    assert state() == before


def test_renaming_an_institution_keeps_its_group(sections):
    but = sections["but"]
    but.short_name = "PB"
    but.title = "Politechnika"
    but.save_revision().publish()
    setup_editors()
    but.refresh_from_db()
    assert but.editors.name == "BUT editors"
    assert but.collection.name == "Bialystok University of Technology"


def test_editor_edits_and_publishes_own_pages(but_editor, sections):
    but = sections["but"]
    assert but_editor.get(f"/admin/pages/{but.pk}/edit/").status_code == 200
    response = but_editor.post(f"/admin/pages/{but.pk}/edit/", edit_data(but, intro="New introduction."))
    assert response.status_code == 302
    but.refresh_from_db()
    assert but.intro == "New introduction." and but.live and not but.has_unpublished_changes
    assert but.editors.name == "BUT editors"  # an edit never detaches the section from its group
    assert but_editor.get(f"/admin/pages/{sections['but_programme'].pk}/edit/").status_code == 200
    assert but_editor.get(f"/admin/pages/add/institutions/studyprogrammepage/{but.pk}/").status_code == 200
    assert but_editor.get(f"/admin/images/{sections['but_image'].pk}/").status_code == 200


def test_editor_cannot_edit_or_publish_another_university(but_editor, sections):
    mub = sections["mub"]
    assert but_editor.get(f"/admin/pages/{mub.pk}/edit/").status_code in REFUSED
    response = but_editor.post(f"/admin/pages/{mub.pk}/edit/", edit_data(mub, intro="Taken over."))
    assert response.status_code in REFUSED
    mub.refresh_from_db()
    assert mub.intro != "Taken over."
    assert all(revision.content.get("intro") != "Taken over." for revision in mub.revisions.all())
    assert but_editor.get(f"/admin/pages/{sections['mub_programme'].pk}/edit/").status_code in REFUSED
    assert (
        but_editor.get(f"/admin/pages/add/institutions/studyprogrammepage/{mub.pk}/").status_code in REFUSED
    )
    # Nor the shared pages above the sections.
    assert but_editor.get(f"/admin/pages/{mub.get_parent().pk}/edit/").status_code in REFUSED


def test_editor_cannot_unpublish_move_or_delete_another_universitys_pages(but_editor, sections):
    programme, mub = sections["mub_programme"], sections["mub"]
    assert but_editor.post(f"/admin/pages/{programme.pk}/unpublish/").status_code in REFUSED
    assert but_editor.post(f"/admin/pages/{programme.pk}/delete/").status_code in REFUSED
    assert but_editor.get(f"/admin/pages/{programme.pk}/move/").status_code in REFUSED
    response = but_editor.post(f"/admin/pages/{programme.pk}/move/{sections['but'].pk}/confirm/")
    assert response.status_code in REFUSED
    programme.refresh_from_db()
    assert programme.live and programme.get_parent().pk == mub.pk
    # Moving one's own page into another section is refused too.
    own = sections["but_programme"]
    assert but_editor.post(f"/admin/pages/{own.pk}/move/{mub.pk}/confirm/").status_code in REFUSED
    own.refresh_from_db()
    assert own.get_parent().pk == sections["but"].pk


def test_editor_cannot_touch_another_universitys_images(but_editor, sections):
    image = sections["mub_image"]
    assert but_editor.get(f"/admin/images/{image.pk}/").status_code in REFUSED
    assert but_editor.post(f"/admin/images/{image.pk}/delete/").status_code in REFUSED
    image.refresh_from_db()
    listing = but_editor.get("/admin/images/").text
    assert sections["but_image"].title in listing and image.title not in listing


def test_editors_work_on_the_translations_of_their_section(client, translated_home, sections, universities):
    publish_translation(universities["index"], "pl")
    polish_but = publish_translation(sections["but"], "pl")
    polish_mub = publish_translation(sections["mub"], "pl")
    client.force_login(editor_of(sections["but"], "but-editor"))
    assert client.get(f"/admin/pages/{polish_but.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{polish_mub.pk}/edit/").status_code in REFUSED


def test_review_can_be_switched_on_and_off_per_section(client, sections):
    mub = sections["mub"]
    output = setup_editors("--review", "MUB")
    assert "MUB: changes are reviewed" in output
    assert WorkflowPage.objects.get(page=mub).workflow == review_workflow()
    assert not WorkflowPage.objects.filter(page=sections["but"]).exists()
    codenames = set(
        GroupPagePermission.objects.filter(group=mub.editors).values_list("permission__codename", flat=True)
    )
    assert codenames == {"add_page", "change_page", "lock_page"}

    client.force_login(editor_of(mub, "mub-editor"))
    edit_form = client.get(f"/admin/pages/{mub.pk}/edit/").text
    assert 'name="action-publish"' not in edit_form
    assert 'name="action-submit"' in edit_form
    data = edit_data(mub, intro="Reviewed text.")
    del data["action-publish"]
    data["action-submit"] = "action-submit"
    assert client.post(f"/admin/pages/{mub.pk}/edit/", data).status_code == 302
    state = WorkflowState.objects.get(object_id=str(mub.pk))
    assert state.workflow == review_workflow() and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.specific.groups.get() == city_office()
    mub.refresh_from_db()
    assert mub.intro != "Reviewed text."  # not live until the city office approves

    setup_editors("--no-review", "MUB")
    assert not WorkflowPage.objects.filter(page=mub).exists()
    assert GroupPagePermission.objects.filter(group=mub.editors, permission__codename="publish_page").exists()


def test_review_follows_new_translations(translated_home, sections, universities):
    setup_editors("--review", "MUB")
    publish_translation(universities["index"], "pl")
    polish_mub = publish_translation(sections["mub"], "pl")
    assert WorkflowPage.objects.get(page=polish_mub).workflow == review_workflow()
    assert set(
        GroupPagePermission.objects.filter(group=sections["mub"].editors, page=polish_mub).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_page", "change_page", "lock_page"}


def test_unknown_short_name_is_an_error(sections):
    with pytest.raises(CommandError, match="XYZ"):
        setup_editors("--review", "XYZ")


def test_city_office_may_review_every_section(sections):
    office = city_office()
    assert GroupPagePermission.objects.filter(
        group=office, page=Page.get_first_root_node(), permission__codename="publish_page"
    ).exists()


def test_publishing_a_revision_from_before_the_setup_keeps_the_group(universities):
    but = universities["but"]
    old_revision = but.save_revision()
    setup_editors()
    Revision.objects.get(pk=old_revision.pk).publish()
    but.refresh_from_db()
    assert but.editors.name == "BUT editors" and but.collection is not None


def test_a_copied_institution_is_not_part_of_the_original_section(sections, universities):
    but = sections["but"]
    copy = but.copy(update_attrs={"slug": "but-copy", "title": "Copy"}, keep_live=False)
    copy.refresh_from_db()
    assert copy.editors is None and copy.collection is None
    assert not GroupPagePermission.objects.filter(group=but.editors, page=copy).exists()
    assert GroupPagePermission.objects.filter(group=but.editors, page=but).count() == 4


def test_city_office_is_notified_by_email_of_a_submission(client, sections, smtp_server):
    mub = sections["mub"]
    setup_editors("--review", "MUB")
    reviewer = get_user_model().objects.create_user(
        username="city-office", email="promocja@um.bialystok.example", password="not-used"
    )
    reviewer.groups.add(city_office())
    client.force_login(editor_of(mub, "mub-editor"))
    data = edit_data(mub, intro="Reviewed text.")
    del data["action-publish"]
    data["action-submit"] = "action-submit"

    assert client.post(f"/admin/pages/{mub.pk}/edit/", data).status_code == 302

    [message] = smtp_server.messages
    assert message.envelope_recipients == ["promocja@um.bialystok.example"]
    assert mub.title in message["Subject"]
    assert f"/admin/pages/{mub.pk}/" in message.get_body(("plain",)).get_content()
