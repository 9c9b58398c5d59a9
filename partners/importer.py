"""Import partner universities from CSV: validate every row first, then write all or nothing.

The columns are documented in the README. Rows are matched to existing partner pages by `slug`
(the stable key, also the page's URL), so a second import updates instead of duplicating.

The import writes the pages' rows, not revisions. A page whose editor has a draft (Wagtail's
editor then shows the draft, and publishing it would silently undo the import) or that someone
else has locked is left as it is, with its translations: its row is listed as skipped, with why.
"""

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.log_actions import LogContext
from wagtail.models import Locale

from core import bulk
from core.text import text_problem

from .countries import COUNTRY_REGION
from .models import CooperationProgramme, PartnerIndexPage, PartnerPage

COLUMNS = (
    "slug", "name", "native_name", "country", "city", "website", "programmes", "institutions",
    "since", "latitude", "longitude", "description",
)  # fmt: skip
REQUIRED = ("name", "country")
MAX_LENGTH = {"slug": 255, "name": 255, "native_name": 255, "city": 100, "website": 200, "description": 5000}
# The columns whose text may hold line breaks; the others are one line (core.text).
MULTI_LINE = ("description",)
# The page field that each column fills (the slug aside). A column that a file leaves out leaves its
# field as it is on the partners the file updates.
COLUMN_OF_FIELD = {
    "title": "name",
    "native_name": "native_name",
    "country": "country",
    "city": "city",
    "website": "website",
    "cooperation_since": "since",
    "latitude": "latitude",
    "longitude": "longitude",
    "description": "description",
    "programmes": "programmes",
    "institutions": "institutions",
}
LINKS = ("programmes", "institutions")
FIELDS = tuple(name for name in COLUMN_OF_FIELD if name not in LINKS)
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
    # Good rows left out because their page, or a translation of it, is held: (line, message).
    skipped: list = field(default_factory=list)

    @property
    def skipped_rows(self):
        return len({line for line, _message in self.skipped})


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
        value = row.get(column, "")
        if len(value) > limit:
            problems.append(
                gettext("%(column)s is longer than %(limit)d characters") % {"column": column, "limit": limit}
            )
        elif problem := text_problem(value, single_line=column not in MULTI_LINE):
            problems.append(gettext("%(column)s: %(problem)s") % {"column": column, "problem": problem})
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
    fields = {
        "title": row["name"],
        "native_name": row.get("native_name", ""),
        "country": country,
        "city": row.get("city", ""),
        "website": website,
        "cooperation_since": int(values["since"]) if values["since"] is not None else None,
        # Coordinates are kept to the five decimal places the page stores (about a metre).
        **{
            name: values[name] and values[name].quantize(Decimal("0.00001"))
            for name in ("latitude", "longitude")
        },
        "description": row.get("description", ""),
        "programmes": {programmes[code.lower()] for code in _codes(row.get("programmes", ""))},
        "institutions": {institutions[name.lower()] for name in _codes(row.get("institutions", ""))},
    }
    return {
        "slug": slug,
        **{name: value for name, value in fields.items() if COLUMN_OF_FIELD[name] in row},
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
    """(line, clean values) of every good row, and every problem as (line, message); duplicates included."""
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
            cleaned.append((line, values))
    return cleaned, errors


def default_index():
    locale = Locale.get_default()
    return PartnerIndexPage.objects.filter(locale=locale).first()


def import_partners(data, index=None, dry_run=False, progress=None, user=None):
    """Validate the CSV `data` (bytes) and, when every row is good and not `dry_run`, write it.

    The pages are written a batch at a time (see core.bulk) by `user`, who appears in their history.
    Rows whose page or one of its translations is held (`held_reason`) are skipped and reported.

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
    new, changed = [], []
    for line, values in cleaned:
        page = existing.get(values["slug"])
        if page is None:
            new.append(values)
        elif _is_unchanged(page, values):
            report.unchanged += 1
        else:
            changed.append((line, page, values))
    translations = defaultdict(list)
    for page in (
        PartnerPage.objects.filter(translation_key__in={page.translation_key for _line, page, _v in changed})
        .exclude(locale_id=index.locale_id)
        .select_related("locale")
    ):
        translations[page.translation_key].append(page)
    to_update = []
    for line, page, values in changed:
        reasons = [
            reason
            for held in (page, *translations[page.translation_key])
            if (reason := held_reason(held, user, page))
        ]
        if reasons:
            report.skipped += [(line, reason) for reason in reasons]
        else:
            to_update.append((page, values, translations[page.translation_key]))
    report.created, report.updated = len(new), len(to_update)
    if not dry_run:
        # One import is one action of its user in the pages' history.
        with transaction.atomic(), LogContext(user=user):
            _write(index, new, to_update, user, progress)
    return report


def held_reason(page, user, source):
    """Why the import must leave `page` (`source` or one of its translations) alone, or None.

    A draft: the editor shows the latest revision when a page has unpublished changes, so
    publishing that draft later would bring back what the import replaced. A lock: the holder
    alone changes the page (a command, without a user, holds no lock).
    """
    is_source = page.pk == source.pk
    if page.has_unpublished_changes and page.latest_revision_id is not None:
        if is_source:
            return gettext(
                "“%(title)s” has changes that are not published: publish or discard them, "
                "then import this row again"
            ) % {"title": page.draft_title}
        return gettext(
            "its %(language)s translation “%(title)s” has changes that are not published: "
            "publish or discard them, then import this row again"
        ) % {"language": page.locale.get_display_name(), "title": page.draft_title}
    if page.locked and (user is None or page.locked_by_id != user.pk):
        if is_source:
            return gettext("“%(title)s” is locked: unlock it, then import this row again") % {
                "title": page.draft_title
            }
        return gettext(
            "its %(language)s translation “%(title)s” is locked: unlock it, then import this row again"
        ) % {"language": page.locale.get_display_name(), "title": page.draft_title}
    return None


def _is_unchanged(page, values):
    return all(getattr(page, name) == values[name] for name in FIELDS if name in values) and all(
        set(getattr(page, name).all()) == values[name] for name in LINKS if name in values
    )


def _write(index, new, changed, user, progress):
    """Create the new partners and update the changed ones with their translations, in batches.

    `changed` holds (page, values, translations of the page) for each page to update.
    """
    total, done = len(new) + len(changed), 0
    written = []
    for start in range(0, len(new), bulk.BATCH_SIZE):
        batch = new[start : start + bulk.BATCH_SIZE]
        pages = [
            PartnerPage(slug=values["slug"], **{name: values[name] for name in FIELDS if name in values})
            for values in batch
        ]
        bulk.add_live_children(index, pages, user)
        _set_links(list(zip(pages, batch, strict=True)))
        written += pages
        done += len(batch)
        _report_progress(progress, done, total)
    for start in range(0, len(changed), bulk.BATCH_SIZE):
        batch = changed[start : start + bulk.BATCH_SIZE]
        _update([(page, values) for page, values, _translations in batch], FIELDS, user)
        # Facts shared by every language reach the existing translations too.
        translations = [(page, values) for _source, values, pages in batch for page in pages]
        _update(translations, SYNCHRONISED, user)
        written += [page for page, _values, _translations in batch] + [page for page, _v in translations]
        done += len(batch)
        _report_progress(progress, done, total)
    bulk.update_search_index(PartnerPage, [page.pk for page in written])


def _update(pages_and_values, names, user):
    """Save the fields among `names` that differ from each page's row, and its links.

    Pages are saved in groups that changed the same fields: a re-import usually changes one or two.
    """
    groups = defaultdict(list)
    for page, values in pages_and_values:
        changed = tuple(name for name in names if name in values and getattr(page, name) != values[name])
        for name in changed:
            setattr(page, name, values[name])
        groups[changed].append(page)
    for changed, pages in groups.items():
        bulk.update_pages(pages, changed, user)
    _set_links(pages_and_values)


def _set_links(pages_and_values):
    """Replace the programmes and institutions of each page by those of its row, where the file has them."""
    for name in LINKS:
        links = [(page, values[name]) for page, values in pages_and_values if name in values]
        field = PartnerPage._meta.get_field(name)
        through = field.remote_field.through
        page_column, target_column = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        through.objects.filter(**{f"{page_column}__in": [page.pk for page, _targets in links]}).delete()
        through.objects.bulk_create(
            [
                through(**{page_column: page.pk, target_column: target.pk})
                for page, targets in links
                for target in targets
            ],
            batch_size=bulk.BATCH_SIZE,
        )


def _report_progress(progress, done, total):
    if progress:
        progress(done, total)
