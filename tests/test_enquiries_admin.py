"""Enquiries in the admin, tested as each office uses it: every view is scoped to the user's office."""

import csv
import io
import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import timezone

from core.permissions import city_office
from enquiries.models import Enquiry, EnquirySettings

from .factories import StudyProgrammePageFactory


def enquiry(institution=None, **fields):
    now = timezone.now()
    values = {
        "language": "es",
        "name": "Lucía Pérez",
        "email": "lucia@example.es",
        "country": "ES",
        "topic": "admission",
        "question": "How do I apply?",
        "office_notified_at": now,
        "student_confirmed_at": now,
        **fields,
    }
    return Enquiry.objects.create(institution=institution, **values)


def user_in(group, username):
    user = get_user_model().objects.create_user(username=username, password="not-used")
    user.groups.add(group)
    return user


@pytest.fixture
def offices(universities):
    call_command("setup_institution_editors", stdout=io.StringIO())
    but, mub = universities["but"], universities["mub"]
    but.refresh_from_db()
    mub.refresh_from_db()
    mub.office_email = "international@mub.example"
    mub.save_revision().publish()
    return {
        "but": but,
        "mub": mub,
        "but_enquiry": enquiry(but, name="Asked BUT"),
        "mub_enquiry": enquiry(mub, name="Asked MUB"),
        "city_enquiry": enquiry(None, name="Asked the city"),
    }


def not_found(response):
    """A 404, or the language redirect that LocaleMiddleware gives a 404 outside /<lang>/."""
    if response.status_code == 302 and response["Location"].startswith("/en/admin/"):
        return True
    return response.status_code == 404


def listed_names(response):
    return {
        name for name in ("Asked BUT", "Asked MUB", "Asked the city") if name in response.content.decode()
    }


def test_an_editor_lists_opens_and_exports_only_own_enquiries(client, offices):
    client.force_login(user_in(offices["but"].editors, "but-editor"))

    listing = client.get("/admin/enquiries/")
    assert listing.status_code == 200
    assert listed_names(listing) == {"Asked BUT"}
    assert client.get(f"/admin/enquiries/edit/{offices['but_enquiry'].pk}/").status_code == 200
    for other in ("mub_enquiry", "city_enquiry"):
        assert not_found(client.get(f"/admin/enquiries/edit/{offices[other].pk}/"))
        assert not_found(client.post(f"/admin/enquiries/edit/{offices[other].pk}/", {"status": "closed"}))
    exported = client.get("/admin/enquiries/?export=csv")
    content = b"".join(exported.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [row["Name"] for row in rows] == ["Asked BUT"]
    assert client.get("/admin/enquiries/results/").status_code == 200
    assert listed_names(client.get("/admin/enquiries/results/")) == {"Asked BUT"}
    assert Enquiry.objects.get(pk=offices["mub_enquiry"].pk).status == "new"


def test_an_editor_answers_and_the_admin_records_who(client, offices):
    editor = user_in(offices["but"].editors, "but-editor")
    client.force_login(editor)
    url = f"/admin/enquiries/edit/{offices['but_enquiry'].pk}/"

    response = client.post(url, {"status": "answered", "internal_notes": "Sent the application guide."})

    assert response.status_code == 302
    answered = Enquiry.objects.get(pk=offices["but_enquiry"].pk)
    assert (answered.status, answered.answered_by, answered.internal_notes) == (
        "answered",
        editor,
        "Sent the application guide.",
    )
    assert answered.answered_at is not None
    # The question itself is read-only, and an editor cannot forward.
    client.post(url, {"status": "closed", "question": "Changed", "institution": offices["mub"].pk})
    closed = Enquiry.objects.get(pk=offices["but_enquiry"].pk)
    assert (closed.status, closed.question, closed.institution_id) == (
        "closed",
        "How do I apply?",
        offices["but"].pk,
    )
    assert closed.answered_by == editor


def test_the_city_office_sees_unrouted_enquiries_and_forwards_them(client, offices, smtp_server):
    client.force_login(user_in(city_office(), "city"))
    assert listed_names(client.get("/admin/enquiries/")) == {"Asked the city"}
    url = f"/admin/enquiries/edit/{offices['city_enquiry'].pk}/"

    response = client.post(url, {"status": "new", "institution": offices["mub"].pk, "internal_notes": ""})

    assert response.status_code == 302
    [message] = smtp_server.messages
    assert message.envelope_recipients == ["international@mub.example"]
    # Forwarded, it belongs to the university now: the city office no longer opens it.
    assert not_found(client.get(url))
    client.force_login(user_in(offices["mub"].editors, "mub-editor"))
    assert listed_names(client.get("/admin/enquiries/")) == {"Asked MUB", "Asked the city"}


def test_users_without_enquiry_rights_see_nothing(client, offices):
    group = Group.objects.create(name="Translators of something")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user_in(group, "translator"))
    assert client.get("/admin/enquiries/").status_code in {302, 403}
    assert client.get(f"/admin/enquiries/edit/{offices['but_enquiry'].pk}/").status_code in {302, 403}
    assert client.get("/admin/enquiries-personal-data/").status_code in {302, 403}


def test_no_add_copy_or_delete_views(admin_client, offices):
    pk = offices["but_enquiry"].pk
    for url in ("/admin/enquiries/new/", f"/admin/enquiries/delete/{pk}/", f"/admin/enquiries/copy/{pk}/"):
        assert not_found(admin_client.get(url))


def test_the_admin_list_shows_unsent_enquiries(admin_client, offices):
    enquiry(offices["but"], name="Still unsent", office_notified_at=None, delivery_error="refused")
    listing = admin_client.get("/admin/enquiries/").content.decode()
    assert "Mails sent" in listing
    rows = {
        name: row
        for row in re.findall(r"<tr.*?</tr>", listing, re.S)
        for name in ("Still unsent", "Asked BUT")
        if name in row
    }
    assert "#icon-cross" in rows["Still unsent"] and "#icon-check" not in rows["Still unsent"]
    assert "#icon-check" in rows["Asked BUT"] and "#icon-cross" not in rows["Asked BUT"]


def test_the_privacy_officer_exports_and_erases_by_address(client, offices):
    officer = get_user_model().objects.create_user(username="dpo", password="not-used")
    officer.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="manage_personal_data"),
    )
    other = enquiry(offices["but"], email="someone@example.org", name="Someone else")
    client.force_login(officer)
    assert client.get("/admin/enquiries-personal-data/").status_code == 200

    export = client.post("/admin/enquiries-personal-data/", {"email": "LUCIA@example.es", "action": "export"})

    assert export["Content-Type"].startswith("application/json")
    data = json.loads(export.content)
    assert sorted(row["name"] for row in data["enquiries"]) == ["Asked BUT", "Asked MUB", "Asked the city"]
    erased = client.post("/admin/enquiries-personal-data/", {"email": "lucia@example.es", "action": "erase"})
    assert erased.status_code == 302
    assert list(Enquiry.objects.all()) == [other]
    invalid = client.post("/admin/enquiries-personal-data/", {"email": "not an address", "action": "erase"})
    assert invalid.status_code == 200 and Enquiry.objects.count() == 1


def test_purge_enquiries_deletes_those_past_the_retention_period(offices, settings):
    settings.ENQUIRIES_RETENTION_DAYS = 30
    Enquiry.objects.filter(pk=offices["but_enquiry"].pk).update(
        created_at=timezone.now() - timedelta(days=31)
    )
    out = io.StringIO()
    call_command("purge_enquiries", stdout=out)
    assert "Deleted 1 enquiries older than 30 days." in out.getvalue()
    assert not Enquiry.objects.filter(pk=offices["but_enquiry"].pk).exists()
    call_command("purge_enquiries", "--days", "0", stdout=out)
    assert Enquiry.objects.count() == 0


def test_the_admin_list_queries_are_bounded(client, offices, django_assert_max_num_queries):
    client.force_login(user_in(offices["but"].editors, "but-editor"))
    client.get("/admin/enquiries/")
    with django_assert_max_num_queries(40) as few:
        client.get("/admin/enquiries/")
    programme = StudyProgrammePageFactory(parent=offices["but"])
    for number in range(15):
        enquiry(offices["but"], name=f"Student {number}", programme=programme)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/admin/enquiries/")


def test_groups_get_their_enquiry_rights(offices):
    assert offices["but"].editors.permissions.filter(codename="change_enquiry").exists()
    assert not offices["but"].editors.permissions.filter(codename="forward_enquiry").exists()
    assert city_office().permissions.filter(codename="forward_enquiry").exists()
    assert EnquirySettings.load().office_language == "pl"
