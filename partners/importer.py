"""Import partner universities from CSV: validate every row first, then write all or nothing.

The columns are documented in the README. Rows are matched to existing partner pages by `slug`
(the stable key, also the page's URL), so a second import updates instead of duplicating.
"""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.models import Locale

from .countries import COUNTRY_REGION
from .models import CooperationProgramme, PartnerIndexPage, PartnerPage

COLUMNS = (
    "slug", "name", "native_name", "country", "city", "website", "programmes", "institutions",
    "since", "latitude", "longitude", "description",
)  # fmt: skip
REQUIRED = ("name", "country")
MAX_LENGTH = {"slug": 255, "name": 255, "native_name": 255, "city": 100, "website": 200, "description": 5000}
# The fields compared to tell an updated partner from an unchanged one.
FIELDS = (
    "title",
    "native_name",
    "country",
    "city",
    "website",
    "cooperation_since",
    "latitude",
    "longitude",
    "description",
)
SYNCHRONISED = ("native_name", "country", "website", "cooperation_since", "latitude", "longitude")


class ImportFailed(Exception):
    """The file cannot be read at all (size, encoding, header): nothing was changed."""


@dataclass
class Report:
    """What an import did, or would do: the counts and every bad row with its line number."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)


def read_rows(data):
    """The data rows of a CSV file as (line number, {column: value}); ImportFailed if unreadable."""
    if len(data) > settings.PARTNERS_IMPORT_MAX_BYTES:
        raise ImportFailed(
            gettext("The file is larger than the limit of %(limit)d bytes.")
            % {"limit": settings.PARTNERS_IMPORT_MAX_BYTES}
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailed(
            gettext("The file is not UTF-8 text (byte %(position)d).") % {"position": error.start + 1}
        ) from error
    if not text.strip():
        raise ImportFailed(gettext("The file is empty."))
    if "\x00" in text:
        raise ImportFailed(gettext("The file is not a CSV text file."))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lower() for name in next(reader)]
        unknown = [name for name in header if name not in COLUMNS]
        missing = [name for name in REQUIRED if name not in header]
        if unknown or missing or len(set(header)) != len(header):
            raise ImportFailed(
                gettext("Wrong header: the columns must be among %(columns)s, with %(required)s required.")
                % {"columns": ", ".join(COLUMNS), "required": ", ".join(REQUIRED)}
            )
        rows = []
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            values = [cell.strip() for cell in record]
            if len(values) != len(header):
                values = None
            rows.append((reader.line_num, dict(zip(header, values, strict=True)) if values else None))
    except csv.Error as error:
        raise ImportFailed(
            gettext("Line %(line)d is not valid CSV: %(error)s") % {"line": reader.line_num, "error": error}
        ) from error
    return rows


def _codes(value):
    return [part.strip() for part in value.split(";") if part.strip()]


def _number(value, low, high):
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    return number if number.is_finite() and low <= number <= high else None


def _validate_row(row, programmes, institutions):
    """The page field values of one row and the list of its problems."""
    problems = []
    for column, limit in MAX_LENGTH.items():
        if len(row.get(column, "")) > limit:
            problems.append(
                gettext("%(column)s is longer than %(limit)d characters") % {"column": column, "limit": limit}
            )
    if not row["name"]:
        problems.append(gettext("the name is missing"))
    country = row["country"].upper()
    if country not in COUNTRY_REGION:
        problems.append(gettext("unknown country code “%(code)s”") % {"code": row["country"]})
    slug = slugify(row.get("slug") or row["name"])
    if not slug:
        problems.append(gettext("no slug can be made from the name; fill the slug column"))
    website = row.get("website", "")
    try:
        if website:
            URLValidator(schemes=["http", "https"])(website)
    except ValidationError:
        problems.append(gettext("“%(url)s” is not a web address (http:// or https://)") % {"url": website})
    values = {}
    for column, (low, high) in {
        "since": (1800, 2200),
        "latitude": (-90, 90),
        "longitude": (-180, 180),
    }.items():
        raw = row.get(column, "")
        values[column] = _number(raw, low, high) if raw else None
        if raw and (values[column] is None or (column == "since" and values[column] != int(values[column]))):
            problems.append(
                gettext("%(column)s “%(value)s” is not a number from %(low)d to %(high)d")
                % {"column": column, "value": raw, "low": low, "high": high}
            )
    unknown = [code for code in _codes(row.get("programmes", "")) if code.lower() not in programmes]
    unknown += [name for name in _codes(row.get("institutions", "")) if name.lower() not in institutions]
    problems += [gettext("unknown programme or institution “%(name)s”") % {"name": name} for name in unknown]
    if problems:
        return None, problems
    return {
        "slug": slug,
        "title": row["name"],
        "native_name": row.get("native_name", ""),
        "country": country,
        "city": row.get("city", ""),
        "website": website,
        "cooperation_since": int(values["since"]) if values["since"] is not None else None,
        "latitude": values["latitude"],
        "longitude": values["longitude"],
        "description": row.get("description", ""),
        "programmes": {programmes[code.lower()] for code in _codes(row.get("programmes", ""))},
        "institutions": {institutions[name.lower()] for name in _codes(row.get("institutions", ""))},
    }, []


def _references(locale):
    """Programmes by code, and institutions by short name and by slug, in the import's locale."""
    from institutions.models import InstitutionPage

    programmes = {p.code.lower(): p for p in CooperationProgramme.objects.filter(locale=locale)}
    institutions = {}
    for page in InstitutionPage.objects.filter(locale=locale):
        institutions[page.slug.lower()] = page
        institutions[page.short_name.lower()] = page
    return programmes, institutions


def validate(rows, locale):
    """Clean values of every row, and every problem as (line, message); duplicates included."""
    programmes, institutions = _references(locale)
    cleaned, errors, seen = [], [], {}
    for line, row in rows:
        if row is None:
            errors.append((line, gettext("the number of fields differs from the header")))
            continue
        values, problems = _validate_row(row, programmes, institutions)
        if values and values["slug"] in seen:
            problems = [
                gettext("duplicate of line %(line)d (same slug “%(slug)s”)")
                % {"line": seen[values["slug"]], "slug": values["slug"]}
            ]
        errors += [(line, problem) for problem in problems]
        if not problems:
            seen[values["slug"]] = line
            cleaned.append(values)
    return cleaned, errors


def default_index():
    locale = Locale.get_default()
    return PartnerIndexPage.objects.filter(locale=locale).first()


def import_partners(data, index=None, dry_run=False, progress=None):
    """Validate the CSV `data` (bytes) and, when every row is good and not `dry_run`, write it.

    Returns:
        A Report. Raises ImportFailed when the file cannot be read or there is no partner index.
    """
    index = index or default_index()
    if index is None:
        raise ImportFailed(gettext("There is no partner index page to import into."))
    rows = read_rows(data)
    cleaned, errors = validate(rows, index.locale)
    report = Report(errors=errors)
    if errors:
        return report
    existing = {
        page.slug: page
        for page in PartnerPage.objects.child_of(index).prefetch_related("programmes", "institutions")
    }
    with transaction.atomic():
        for number, values in enumerate(cleaned, start=1):
            _write(index, existing.get(values["slug"]), values, report, dry_run)
            if progress:
                progress(number, len(cleaned))
        if dry_run:
            transaction.set_rollback(True)
    return report


def _write(index, page, values, report, dry_run):
    """Create or update one partner page, live at once.

    Imported facts are saved straight to the live page in one write, without a revision: three
    writes per page (draft, revision, publish) made a 2,000-row import take minutes.
    """
    programmes, institutions = values.pop("programmes"), values.pop("institutions")
    now = timezone.now()
    if page is None:
        report.created += 1
        if not dry_run:
            page = PartnerPage(
                locale=index.locale, live=True, first_published_at=now, last_published_at=now, **values
            )
            page.programmes.set(programmes)
            page.institutions.set(institutions)
            index.add_child(instance=page)
        return
    same = all(getattr(page, name) == values[name] for name in FIELDS) and (
        set(page.programmes.all()) == programmes and set(page.institutions.all()) == institutions
    )
    if same:
        report.unchanged += 1
        return
    report.updated += 1
    if dry_run:
        return
    _save_live(page, FIELDS, values, programmes, institutions, now)
    # Facts shared by every language reach the existing translations too.
    for translation in page.get_translations().specific():
        _save_live(translation, SYNCHRONISED, values, programmes, institutions, now)


def _save_live(page, names, values, programmes, institutions, now):
    for name in names:
        setattr(page, name, values[name])
    page.programmes.set(programmes)
    page.institutions.set(institutions)
    page.last_published_at = now
    page.save()
