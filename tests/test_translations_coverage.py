"""The coverage report: statuses per locale, filters, CSV, dashboard panel, bounded queries."""

import csv
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Locale

from home.models import ContentPage
from translations import coverage

from .conftest import publish_translation
from .factories import ContentPageFactory


def statuses(report, language_code):
    locale = Locale.objects.get(language_code=language_code)
    return {row.title: row.cells[locale.id].status for row in report.rows}


def test_statuses_translated_outdated_draft_missing(admin_user, polish_living, living_page, translated_home):
    draft = ContentPageFactory(parent=translated_home["en"], title="Draft one")
    draft.copy_for_translation(Locale.objects.get(language_code="pl"))
    ContentPageFactory(parent=translated_home["en"], title="Untranslated")

    report = coverage.build(admin_user)
    assert statuses(report, "pl") == {
        "Study in Białystok": "translated",
        "Living in Białystok": "translated",
        "Draft one": "draft",
        "Untranslated": "missing",
    }
    assert statuses(report, "uk")["Living in Białystok"] == "missing"

    living_page.intro = "Changed in English."
    living_page.save_revision().publish()
    assert statuses(coverage.build(admin_user), "pl")["Living in Białystok"] == "outdated"

    polish_living.source.update_from_db()
    assert statuses(coverage.build(admin_user), "pl")["Living in Białystok"] == "translated"


def test_cells_link_to_the_translation_editor_or_the_translate_form(admin_user, polish_living, living_page):
    report = coverage.build(admin_user)
    polish = Locale.objects.get(language_code="pl")
    row = next(row for row in report.rows if row.page_id == living_page.id)
    assert row.cells[polish.id].url == reverse(
        "wagtailadmin_pages:edit", args=[polish_living.get_target_instance().id]
    )
    uk = Locale.objects.get(language_code="uk")
    assert row.cells[uk.id].url == reverse("wagtail_localize:submit_page_translation", args=[living_page.id])


def test_report_filters_by_section_type_status_and_locale(admin_client, polish_living, living_page):
    ContentPageFactory(parent=living_page, title="Parks")
    other = ContentPageFactory(parent=living_page.get_parent(), title="Other section")
    page_type = ContentType.objects.get_for_model(ContentPage).id
    polish = Locale.objects.get(language_code="pl").id

    html = admin_client.get(reverse("translations:coverage"), {"section": living_page.id}).text
    assert "Parks</th>" in html and f"{other.title}</th>" not in html
    html = admin_client.get(reverse("translations:coverage"), {"content_type": page_type}).text
    assert "Study in Białystok</th>" not in html and "Parks</th>" in html
    html = admin_client.get(reverse("translations:coverage"), {"status": "missing", "locale": polish}).text
    assert "Parks</th>" in html and "Living in Białystok</th>" not in html


@pytest.mark.parametrize(
    "query", [{"section": "abc"}, {"status": "nonsense"}, {"locale": "-1"}, {"page": "99999"}, {"page": "-1"}]
)
def test_report_survives_garbage_filters(admin_client, polish_living, query):
    response = admin_client.get(reverse("translations:coverage"), query)
    assert response.status_code == 200
    assert "Living in Białystok" in response.text


def test_csv_export(admin_client, polish_living, living_page):
    ContentPageFactory(parent=living_page.get_parent(), title="=HYPERLINK(evil)")
    response = admin_client.get(reverse("translations:coverage"), {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    living_pl = next(r for r in rows if r["title"] == "Living in Białystok" and r["language"] == "pl")
    assert living_pl["status"] == "translated"
    assert living_pl["edit_url"].startswith("http://testserver/admin/pages/")
    assert len(rows) == 3 * 5
    assert any(r["title"] == "'=HYPERLINK(evil)" for r in rows)


def test_editors_see_only_the_pages_they_may_explore(client, django_user_model, translated_home):
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    own = ContentPageFactory(parent=translated_home["en"], title="Our faculty")
    other = ContentPageFactory(parent=translated_home["en"], title="Other university")
    ContentPageFactory(parent=other, title="Their secret draft", live=False)
    group = Group.objects.create(name="Faculty editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=own, permission=Permission.objects.get(codename="change_page")
    )
    editor = django_user_model.objects.create_user("faculty", password="x")
    editor.groups.add(group)
    client.force_login(editor)

    html = client.get(reverse("translations:coverage")).text
    assert "Our faculty</th>" in html
    assert "Their secret draft" not in html and "Other university" not in html
    exported = client.get(reverse("translations:coverage"), {"format": "csv"}).content.decode()
    assert "Our faculty" in exported and "Their secret draft" not in exported
    dashboard = client.get(reverse("wagtailadmin_home")).text
    assert "Translation coverage" in dashboard


def test_dashboard_panel_shows_the_summary(admin_client, polish_living):
    html = admin_client.get(reverse("wagtailadmin_home")).text
    assert "Translation coverage" in html
    assert f"{reverse('translations:coverage')}?locale=" in html


@pytest.mark.parametrize("count", [1, 40])
def test_report_queries_are_bounded(admin_client, translated_home, django_assert_max_num_queries, count):
    for index in range(count):
        page = ContentPageFactory(parent=translated_home["en"])
        if index % 2:
            publish_translation(page, "pl")
    with django_assert_max_num_queries(40):
        response = admin_client.get(reverse("translations:coverage"))
    assert response.status_code == 200
    with django_assert_max_num_queries(40):
        admin_client.get(reverse("translations:coverage"), {"format": "csv"})


def test_the_report_pages_with_the_listings_component_and_keeps_the_filters(admin_client, living_page):
    from .factories import add_children

    add_children(
        living_page.get_parent(),
        [
            ContentPageFactory.build(title=f"Page {number:03}", slug=f"page-{number:03}")
            for number in range(60)
        ],
    )
    first = admin_client.get(reverse("translations:coverage"), {"status": "missing"})
    assert 'aria-label="Pages of the report"' in first.text and "Page 1 of 2" in first.text
    assert "?status=missing&amp;page=2" in first.text, "the next page keeps the filter"
    second = admin_client.get(reverse("translations:coverage"), {"status": "missing", "page": "2"})
    assert "Page 2 of 2" in second.text and "Page 059</th>" in second.text
    assert "Page 000</th>" not in second.text
