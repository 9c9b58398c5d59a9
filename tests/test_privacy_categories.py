"""Cookie categories come from one registry (privacy/categories.py): adding one is one change there."""

import re
import subprocess
from pathlib import Path

import pytest
from django.core.cache import cache
from django.urls import reverse
from wagtail_localize.fields import SynchronizedField, TranslatableField

from privacy.blocks import CookieBlock
from privacy.categories import LABELS, NECESSARY, OPTIONAL_CATEGORIES
from privacy.models import ConsentRecord, ConsentSettings

ROOT = Path(__file__).resolve().parent.parent
# Content and data, not code: the demo's texts, catalogues, migrations, the tests themselves, and the
# stand-in of a third-party statistics script.
NOT_CODE = re.compile(r"^(tests|bench)/|/migrations/|/locale/|demo|^privacy/static/privacy/example-")


def code_files():
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [
        name
        for name in listed
        if name.endswith((".py", ".html", ".js", ".vcl"))
        and name != "privacy/categories.py"
        and not NOT_CODE.search(name)
    ]


def test_no_code_but_the_registry_names_an_optional_category():
    names = "|".join(category.name for category in OPTIONAL_CATEGORIES)
    # A category as a string, an attribute, a keyword or the start of a field name.
    naming = re.compile(rf"[\"']({names})[\"']|\b({names})_\w|\.({names})\b|\b({names})=")
    found = [
        f"{name}:{number}: {line.strip()}"
        for name in code_files()
        for number, line in enumerate((ROOT / name).read_text().splitlines(), 1)
        if naming.search(line)
    ]
    assert found == []


def test_every_category_has_its_fields_and_its_log_column():
    fields = {field.name for field in ConsentSettings._meta.get_fields()}
    synchronised = {
        field.field_name
        for field in ConsentSettings.translatable_fields
        if isinstance(field, SynchronizedField)
    }
    translated = {
        field.field_name
        for field in ConsentSettings.translatable_fields
        if isinstance(field, TranslatableField)
    }
    overridable = {
        field.field_name
        for field in ConsentSettings.translatable_fields
        if field.is_overridable(ConsentSettings())
    }
    for category in OPTIONAL_CATEGORIES:
        assert set(category.technical_fields) <= fields & synchronised & set(ConsentSettings.technical_fields)
        assert not set(category.technical_fields) & overridable
        assert category.description_field in fields & translated
        assert ConsentRecord._meta.get_field(category.name).get_internal_type() == "BooleanField"
    assert dict(CookieBlock.base_blocks["category"].field.choices) == LABELS
    assert NECESSARY.name in LABELS


@pytest.fixture
def every_category(home_page):
    cache.clear()
    yield ConsentSettings.objects.create(
        locale=home_page.locale,
        banner_text="Cookies?",
        necessary_description="Your choice.",
        **{
            field: value
            for number, category in enumerate(OPTIONAL_CATEGORIES)
            for field, value in (
                (category.enabled_field, True),
                (category.description_field, f"About {category.name}."),
                (category.scripts_field, f"https://tools{number}.example.org/{category.name}.js"),
            )
        },
    )
    cache.clear()


def test_every_category_is_offered_chosen_logged_and_reported(client, admin_client, every_category):
    banner = client.get("/en/").text
    for category in OPTIONAL_CATEGORIES:
        assert f'name="categories" value="{category.name}"' in banner
        assert f">{category.label}</label>" in banner

    names = [category.name for category in OPTIONAL_CATEGORIES]
    response = client.post(
        "/en/cookie-settings/",
        {"action": "choose", "categories": names, "next": "/en/"},
        HTTP_SEC_FETCH_SITE="same-origin",
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200
    assert response.json()["categories"] == sorted(names)
    assert len(response.json()["scripts"]) == len(names)
    record = ConsentRecord.objects.get()
    assert all(getattr(record, name) for name in names)

    report = admin_client.get(reverse("privacy_consent_report")).text
    for category in OPTIONAL_CATEGORIES:
        assert f"{category.label} accepted" in report

    form = admin_client.get(
        reverse("wagtailsnippets_privacy_consentsettings:edit", args=[every_category.pk])
    ).text
    for category in OPTIONAL_CATEGORIES:
        for field in (category.description_field, *category.technical_fields):
            assert f'name="{field}"' in form
