"""The partner CSV import leaves drafts and locked pages alone, and says which rows it skipped (finding 9)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from partners.importer import import_partners
from partners.models import PartnerPage

from .conftest import publish_translation
from .test_partners_import import GOOD, references  # noqa: F401 -- the fixture

NEW_FACTS = GOOD.replace("https://www.firat.edu.tr", "https://firat.edu.tr").replace(
    '"Burgos, Spain"', '"Burgos, Castile"'
)


@pytest.fixture
def imported(partner_index, references):  # noqa: F811
    import_partners(GOOD.encode())
    return {page.slug: page for page in PartnerPage.objects.child_of(partner_index)}


def fresh(page):
    return PartnerPage.objects.get(pk=page.pk)


def test_a_page_with_a_draft_keeps_it_and_its_row_is_reported(imported, admin_user):
    firat = imported["firat"]
    firat.description = "Engineering, written by the editor"
    firat.save_revision(user=admin_user)
    report = import_partners(NEW_FACTS.encode())
    assert (report.updated, report.unchanged, report.skipped_rows) == (1, 1, 1)
    [(line, message)] = report.skipped
    assert line == 2 and "Firat University" in message and "not published" in message
    assert fresh(firat).website == "https://www.firat.edu.tr"
    assert fresh(imported["burgos"]).description == "Burgos, Castile"
    # The draft is as the editor left it, and publishing it loses nothing the import wrote.
    draft = fresh(firat).get_latest_revision_as_object()
    assert draft.description == "Engineering, written by the editor"
    fresh(firat).get_latest_revision().publish()
    assert fresh(firat).description == "Engineering, written by the editor"
    # Once published, the next import updates the page.
    again = import_partners(NEW_FACTS.encode())
    assert (again.updated, again.skipped) == (1, [])
    assert fresh(firat).website == "https://firat.edu.tr"


def test_a_page_locked_by_someone_else_is_left_alone(imported, admin_user, django_user_model):
    firat = imported["firat"]
    other = django_user_model.objects.create_user("other", password="pw")
    PartnerPage.objects.filter(pk=firat.pk).update(locked=True, locked_by=other)
    report = import_partners(NEW_FACTS.encode(), user=admin_user)
    assert [(line, "locked" in message) for line, message in report.skipped] == [(2, True)]
    assert fresh(firat).website == "https://www.firat.edu.tr"
    # A command has no user, so it holds no lock either.
    assert import_partners(NEW_FACTS.encode()).skipped_rows == 1
    # The lock's holder imports into their own locked page.
    PartnerPage.objects.filter(pk=firat.pk).update(locked_by=admin_user)
    assert import_partners(NEW_FACTS.encode(), user=admin_user).skipped == []
    assert fresh(firat).website == "https://firat.edu.tr"


def test_a_held_translation_holds_the_whole_row(translated_home, partner_index, imported, admin_user):
    publish_translation(partner_index, "pl")
    polish = publish_translation(imported["firat"], "pl")
    polish.title = "Uniwersytet Firat (szkic)"
    polish.save_revision(user=admin_user)
    report = import_partners(NEW_FACTS.encode())
    [(line, message)] = report.skipped
    assert line == 2 and "Polish" in message and "Uniwersytet Firat" in message
    # Neither the source nor its Polish translation took the row's shared facts.
    assert fresh(imported["firat"]).website == fresh(polish).website == "https://www.firat.edu.tr"


def test_a_dry_run_names_the_rows_it_would_skip(imported, admin_user):
    imported["burgos"].save_revision(user=admin_user)
    report = import_partners(NEW_FACTS.encode(), dry_run=True)
    assert (report.updated, [line for line, _m in report.skipped]) == (1, [3])
    assert fresh(imported["firat"]).website == "https://www.firat.edu.tr"


def test_the_admin_report_and_the_command_list_the_skipped_rows(admin_client, imported, admin_user, tmp_path):
    imported["firat"].save_revision(user=admin_user)
    upload = SimpleUploadedFile("p.csv", NEW_FACTS.encode(), "text/csv")
    html = admin_client.post(reverse("partners_import"), {"file": upload}).content.decode()
    assert "Created: 0. Updated: 1. Unchanged: 1." in html
    assert "1 row was not imported, and its page is as it was:" in html
    assert "Line 2: “Firat University” has changes that are not published" in html

    path = tmp_path / "partners.csv"
    path.write_text(NEW_FACTS, encoding="utf-8")
    with (tmp_path / "out").open("w") as out, (tmp_path / "err").open("w") as err:
        call_command("import_partners", str(path), stdout=out, stderr=err)
    assert "0 updated, 2 unchanged, 1 skipped" in (tmp_path / "out").read_text()
    assert "line 2 skipped: “Firat University” has changes" in (tmp_path / "err").read_text()


def test_without_any_draft_or_lock_nothing_is_skipped(imported):
    report = import_partners(NEW_FACTS.encode())
    assert (report.updated, report.skipped) == (2, [])
