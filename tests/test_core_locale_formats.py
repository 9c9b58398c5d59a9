"""Dates and numbers in the reader's format: Django's locale formats, completed for Arabic, and no
template that spells a date format out by hand."""

import datetime
import re
from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import translation

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = {".venv", "node_modules", "staticfiles", "media", "var", ".git"}
# Machine-readable formats: the datetime attribute of <time> and element ids.
MACHINE_FORMATS = {"Y-m-d", "c", "Y-m"}
DATE_FILTER = re.compile(r"\|date:\s*(['\"])(?P<format>[^'\"]*)\1")


def render(source, **context):
    return Template(source).render(Context(context))


def hand_written_date_formats(text):
    """The formats of |date filters in `text` that are neither a named locale format nor machine-readable."""
    return [
        found["format"]
        for found in DATE_FILTER.finditer(text)
        if not found["format"].endswith("_FORMAT") and found["format"] not in MACHINE_FORMATS
    ]


def public_templates():
    for path in (
        path
        for top in ROOT.iterdir()
        if top.is_dir() and top.name not in SKIPPED
        for path in top.rglob("*.html")
    ):
        parts = set(path.relative_to(ROOT).parts)
        if parts & SKIPPED or "admin" in parts or "wagtailadmin" in parts:
            continue
        yield path


@pytest.mark.parametrize(
    ("language", "amount", "moment"),
    [
        ("ar", "4.600", "23 مايو، 2022، 2:05 م"),
        ("pl", "4\xa0600", "23 maja 2022 14:05"),
        ("en", "4,600", "May 23, 2022, 2:05 p.m."),
    ],
)
def test_amounts_and_moments_use_the_languages_format(language, amount, moment):
    with translation.override(language):
        html = render(
            '{{ amount|floatformat:"0g" }}|{{ moment|date:"DATETIME_FORMAT" }}',
            amount=4600,
            moment=datetime.datetime(2022, 5, 23, 14, 5),
        )
    assert html == f"{amount}|{moment}"


def test_the_check_finds_a_date_format_written_by_hand():
    assert hand_written_date_formats('{{ page.date|date:"j F Y" }} {{ d|date:"DATE_FORMAT" }}') == ["j F Y"]
    assert hand_written_date_formats("<time datetime=\"{{ d|date:'Y-m-d' }}\">") == []


def test_public_templates_show_dates_only_in_the_locales_formats():
    found = {
        str(path.relative_to(ROOT)): formats
        for path in public_templates()
        if (formats := hand_written_date_formats(path.read_text()))
    }
    assert not found, f"Dates formatted by hand (use DATE_FORMAT, TIME_FORMAT, …): {found}"
