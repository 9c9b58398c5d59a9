"""CSV import of partner universities: every bad input reported by line, all or nothing, re-import."""

import os
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex

from partners.importer import ImportFailed, import_partners
from partners.models import PartnerPage

from .conftest import publish_translation
from .factories import CooperationProgrammeFactory, PartnerPageFactory
from .search_helpers import result_titles

HEADER = "slug,name,native_name,country,city,website,programmes,institutions,since,latitude,longitude,description\n"
GOOD = (
    HEADER
    + "firat,Firat University,Fırat Üniversitesi,TR,Elazığ,https://www.firat.edu.tr,ka107,BUT,2016,38.67,39.2,Engineering\n"
    + 'burgos,University of Burgos,Universidad de Burgos,es,Burgos,,ka107;bilateral,,,,,"Burgos, Spain"\n'
    + ",Mansoura University,,EG,Mansoura,,,,,,,\n"
)


@pytest.fixture
def references(bialystok_university):
    return {
        "ka107": CooperationProgrammeFactory(code="ka107"),
        "bilateral": CooperationProgrammeFactory(code="bilateral"),
        "but": bialystok_university,
    }


def partners(partner_index):
    return PartnerPage.objects.child_of(partner_index)


def test_a_good_file_creates_published_partners_with_their_links(partner_index, references):
    report = import_partners(GOOD.encode())
    assert (report.created, report.updated, report.unchanged, report.errors) == (3, 0, 0, [])
    firat = partners(partner_index).get(slug="firat")
    assert firat.live and firat.country == "TR" and firat.cooperation_since == 2016
    assert firat.native_name == "Fırat Üniversitesi"
    assert list(firat.programmes.all()) == [references["ka107"]]
    assert list(firat.institutions.all()) == [references["but"]]
    assert partners(partner_index).get(slug="burgos").country == "ES"
    # Without a slug the key comes from the name.
    assert partners(partner_index).get(slug="mansoura-university").title == "Mansoura University"


def test_reimport_matches_by_slug_and_reports_unchanged_and_updated(partner_index, references):
    import_partners(GOOD.encode())
    again = import_partners(GOOD.encode())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert partners(partner_index).count() == 3

    changed = GOOD.replace(
        "Elazığ,https://www.firat.edu.tr,ka107,BUT", "Elazığ,https://firat.edu.tr,bilateral,"
    )
    report = import_partners(changed.encode())
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    firat = partners(partner_index).get(slug="firat")
    assert firat.website == "https://firat.edu.tr"
    assert list(firat.programmes.all()) == [references["bilateral"]]
    assert not firat.institutions.exists()


def test_imported_partners_join_the_page_tree_like_pages_added_by_editors(client, partner_index, references):
    first = PartnerPageFactory(parent=partner_index, slug="added-by-an-editor")
    import_partners(GOOD.encode())
    last = PartnerPageFactory(parent=partner_index, slug="added-later")
    assert Page.find_problems() == ([], [], [], [], [])
    partner_index.refresh_from_db()
    assert partner_index.numchild == 5
    assert [page.slug for page in partner_index.get_children()] == [
        "added-by-an-editor",
        "firat",
        "burgos",
        "mansoura-university",
        "added-later",
    ]
    firat = partners(partner_index).get(slug="firat")
    assert firat.url_path == f"{partner_index.url_path}firat/"
    assert (firat.draft_title, firat.content_type.model_class()) == ("Firat University", PartnerPage)
    response = client.get(firat.url)
    assert response.status_code == 200 and "Fırat Üniversitesi" in response.text
    assert (
        first.get_next_sibling().specific == firat and last.get_prev_sibling().slug == "mansoura-university"
    )


def test_coordinates_are_kept_to_the_five_decimal_places_a_page_stores(partner_index, references):
    import_partners((HEADER + "bialystok,Test University,,PL,,,,,,53.1324886,23.1688403,\n").encode())
    page = partners(partner_index).get()
    assert (page.latitude, page.longitude) == (Decimal("53.13249"), Decimal("23.16884"))


def test_site_search_finds_imported_partners_and_their_new_facts(client, partner_index, references):
    import_partners(GOOD.encode())
    assert result_titles(client.get("/en/search/?q=Mansoura")) == ["Mansoura University"]
    import_partners(
        GOOD.replace("Mansoura University,,EG,Mansoura", "Mansoura University,,EG,Dakahlia").encode()
    )
    assert result_titles(client.get("/en/search/?q=Dakahlia")) == ["Mansoura University"]


def test_page_history_shows_who_imported_and_updated_each_partner(
    admin_client, admin_user, partner_index, references
):
    def upload(text):
        file = SimpleUploadedFile("p.csv", text.encode(), "text/csv")
        assert admin_client.post(reverse("partners_import"), {"file": file}).status_code == 200

    upload(GOOD)
    upload(GOOD.replace("Engineering", "Engineering and medicine"))
    firat = partners(partner_index).get(slug="firat")
    history = PageLogEntry.objects.filter(page=firat).order_by("id")
    assert [(entry.action, entry.user) for entry in history] == [
        ("wagtail.create", admin_user),
        ("wagtail.publish", admin_user),
        ("wagtail.publish", admin_user),
    ]
    # Each upload is one action of its user, across the pages it wrote.
    first_upload = PageLogEntry.objects.filter(uuid=history[0].uuid)
    assert first_upload.filter(action="wagtail.create").count() == 3 and history[2].uuid != history[0].uuid
    assert firat.owner == admin_user and firat.description == "Engineering and medicine"
    for view in ("wagtailadmin_pages:history", "wagtailadmin_pages:edit"):
        assert admin_client.get(reverse(view, args=[firat.pk])).status_code == 200


def test_reimport_updates_an_unpublished_partner_without_publishing_it(partner_index, references):
    import_partners(GOOD.encode())
    burgos = partners(partner_index).get(slug="burgos")
    burgos.unpublish()
    import_partners(
        GOOD.replace("Burgos,,ka107;bilateral", "Burgos,https://www.ubu.es,ka107;bilateral").encode()
    )
    burgos.refresh_from_db()
    assert not burgos.live and burgos.website == "https://www.ubu.es"
    assert PageLogEntry.objects.filter(page=burgos).latest("id").action == "wagtail.edit"


def test_import_leaves_nothing_for_the_reference_index_to_catch_up(partner_index, references):
    import_partners(GOOD.encode())
    before = ReferenceIndex.objects.count()
    for page in partners(partner_index):
        ReferenceIndex.create_or_update_for_object(page)
    assert ReferenceIndex.objects.count() == before


@pytest.mark.parametrize("rows", [20, 600])
def test_import_needs_about_one_query_per_partner_not_one_per_field(
    partner_index, references, django_assert_max_num_queries, rows
):
    # A page saved by an editor costs about thirty queries. An import costs one insert of each new
    # partner's own row, bulk statements per batch of 500 (SQLite splits them at 999 parameters),
    # and on SQLite its search backend's update of each changed entry.
    bound = rows + rows // 10 + 30
    data = (HEADER + "".join(f"p{n},Partner {n},,TR,,,ka107,BUT,,,,\n" for n in range(rows))).encode()
    with django_assert_max_num_queries(bound):
        assert import_partners(data).created == rows
    with django_assert_max_num_queries(bound):
        assert import_partners(data.replace(b",ka107,BUT,", b",bilateral,,")).updated == rows
    assert not partners(partner_index).filter(institutions__isnull=False).exists()


def test_columns_left_out_of_a_file_leave_those_facts_as_they_are(partner_index, references):
    import_partners(GOOD.encode())
    report = import_partners(b"slug,name,country,city\nfirat,Firat University,TR,Malatya\n")
    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    firat = partners(partner_index).get(slug="firat")
    assert (firat.city, firat.website, firat.cooperation_since) == (
        "Malatya",
        "https://www.firat.edu.tr",
        2016,
    )
    assert list(firat.programmes.all()) == [references["ka107"]]
    # An empty cell in a column the file has clears the fact.
    import_partners(b"slug,name,country,website,programmes\nfirat,Firat University,TR,,\n")
    firat = partners(partner_index).get(slug="firat")
    assert (firat.city, firat.website, list(firat.programmes.all())) == ("Malatya", "", [])
    assert list(firat.institutions.all()) == [references["but"]]


def test_reimport_carries_shared_facts_to_existing_translations(translated_home, partner_index, references):
    import_partners(GOOD.encode())
    firat = partners(partner_index).get(slug="firat")
    publish_translation(partner_index, "pl")
    polish = publish_translation(firat, "pl")
    assert list(polish.programmes.all()) == [references["ka107"]]
    import_partners(
        GOOD.replace(
            "TR,Elazığ,https://www.firat.edu.tr,ka107", "TR,Elazığ,https://firat.edu.tr,bilateral"
        ).encode()
    )
    polish = PartnerPage.objects.get(pk=polish.pk)
    assert polish.website == "https://firat.edu.tr"
    assert list(polish.programmes.all()) == [references["bilateral"]]
    assert polish.locale == Locale.objects.get(language_code="pl")


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_written(partner_index, references):
    bad = (
        HEADER
        + "ok,Good University,,TR,,,,,,,,\n"  # line 2: fine, but must not be written
        + "x1,Nowhere University,,XX,,,,,,,,\n"  # 3: unknown country
        + "x2,,,TR,,,,,,,,\n"  # 4: missing name
        + "x3,Bad URL University,,TR,,javascript:alert(1),,,,,,\n"  # 5: bad URL
        + "x4,Lost University,,TR,,,,Unknown College,,,,\n"  # 6: unknown institution
        + "x5,Odd University,,TR,,,ka999,,,,,\n"  # 7: unknown programme
        + "ok,Good University again,,TR,,,,,,,,\n"  # 8: duplicate of line 2
        + "x6,Short row,TR\n"  # 9: wrong number of fields
        + "x7,Far University,,TR,,,,,1492,95,0,\n"  # 10: year and latitude out of range
    )
    report = import_partners(bad.encode())
    lines = sorted({line for line, _message in report.errors})
    assert lines == [3, 4, 5, 6, 7, 8, 9, 10]
    messages = dict(report.errors)
    assert "XX" in messages[3]
    assert "name" in messages[4]
    assert "javascript:alert(1)" in messages[5]
    assert "Unknown College" in messages[6]
    assert "ka999" in messages[7]
    assert "line 2" in messages[8]
    assert len([line for line, _m in report.errors if line == 10]) == 2
    assert report.created == 0
    assert not partners(partner_index).exists()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"\n \n", "empty"),
        ("name,country\nCafé,FR\n".encode("latin-1"), "not UTF-8"),
        (b"name;country\nFirat;TR\n", "Wrong header"),
        (b"title,country\nFirat,TR\n", "Wrong header"),
        (b"name,country,name\nFirat,TR,x\n", "Wrong header"),
        (b"name,country\nFi\x00rat,TR\n", "not a CSV"),
        (bytes(range(256)) * 4000, "not UTF-8"),
        ("\u2603 garbage ".encode() * 100_000, "not valid CSV"),
        (b"name,country\n" + b"A" * 1_000_000 + b",TR\n", "not valid CSV"),
    ],
)
def test_unreadable_files_fail_with_a_clear_error(partner_index, references, data, expected):
    with pytest.raises(ImportFailed, match=expected):
        import_partners(data)
    assert not partners(partner_index).exists()


def test_files_over_the_size_limit_are_refused_before_reading(partner_index, settings):
    settings.PARTNERS_IMPORT_MAX_BYTES = 1000
    with pytest.raises(ImportFailed, match="larger than the limit"):
        import_partners(b"x" * 1001)


def test_dry_run_reports_without_writing(partner_index, references):
    report = import_partners(GOOD.encode(), dry_run=True)
    assert report.created == 3
    assert not partners(partner_index).exists()


def test_command_imports_and_shows_progress_on_large_files(partner_index, references, tmp_path):
    rows = "".join(f"p{n},Partner University {n},,TR,,,,,,,,\n" for n in range(1200))
    path = tmp_path / "partners.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    with open(os.devnull, "w") as null, (tmp_path / "out.txt").open("w") as out:
        call_command("import_partners", str(path), stdout=out, stderr=null)
    output = (tmp_path / "out.txt").read_text()
    assert [line.strip() for line in output.splitlines()[:3]] == [
        "500/1200 rows written",
        "1000/1200 rows written",
        "1200/1200 rows written",
    ]
    assert "1200 created, 0 updated, 0 unchanged" in output
    assert partners(partner_index).count() == 1200


def test_command_lists_bad_rows_and_fails(partner_index, references, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "x,Nowhere,,XX,,,,,,,,\n", encoding="utf-8")
    err = tmp_path / "err.txt"
    with err.open("w") as stderr, pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_partners", str(path), stderr=stderr)
    assert "line 2: unknown country code “XX”" in err.read_text()
    with pytest.raises(CommandError, match="not UTF-8"):
        path.write_bytes("name,country\nCafé,FR\n".encode("latin-1"))
        call_command("import_partners", str(path))
    assert not partners(partner_index).exists()


def test_admin_upload_imports_for_editors_and_reports(admin_client, partner_index, references):
    url = reverse("partners_import")
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"file": SimpleUploadedFile("p.csv", GOOD.encode(), "text/csv")})
    assert response.status_code == 200
    assert "Created: 3. Updated: 0. Unchanged: 0." in response.content.decode()
    bad = SimpleUploadedFile("bad.csv", (HEADER + "x,Nowhere,,XX,,,,,,,,\n").encode(), "text/csv")
    html = admin_client.post(url, {"file": bad}).content.decode()
    assert "Line 2: unknown country code" in html
    assert partners(partner_index).count() == 3


def test_admin_upload_refuses_large_files(admin_client, partner_index, settings):
    settings.PARTNERS_IMPORT_MAX_BYTES = 100
    response = admin_client.post(
        reverse("partners_import"), {"file": SimpleUploadedFile("p.csv", b"x" * 200)}
    )
    assert "the limit is 100" in response.content.decode()
    assert not partners(partner_index).exists()


def test_admin_upload_needs_permission_to_add_partners(client, django_user_model, partner_index, references):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("editor", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail turns the refusal into a redirect to the dashboard with an error message.
    response = client.get(reverse("partners_import"))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    upload = SimpleUploadedFile("p.csv", GOOD.encode(), "text/csv")
    assert client.post(reverse("partners_import"), {"file": upload}).status_code == 302
    assert not partners(partner_index).exists()
    assert "Import partners" not in client.get(reverse("wagtailadmin_home")).content.decode()
