"""How far each locale has come: per source page, whether its translation is live, stale, a draft or missing.

A constant number of queries whatever the number of pages: everything is read with
`values()` and joined in Python.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation, TranslationSource

TRANSLATED, OUTDATED, DRAFT, MISSING = "translated", "outdated", "draft", "missing"
STATUS_LABELS = {
    TRANSLATED: _("Translated"),
    OUTDATED: _("Out of date"),
    DRAFT: _("Draft, not published"),
    MISSING: _("Missing"),
}
SECTION_DEPTH = 3


@dataclass
class Cell:
    status: str
    url: str

    @property
    def label(self):
        return STATUS_LABELS[self.status]


@dataclass
class Row:
    page_id: int
    title: str
    url_path: str
    content_type: str
    section: str
    cells: dict = field(default_factory=dict)

    def in_order(self, locales):
        return [self.cells[locale.id] for locale in locales]


@dataclass
class Coverage:
    locales: list
    rows: list
    sections: list
    content_types: list

    def summary(self):
        """Per locale: the locale and the number of pages in each status."""
        counts = {locale.id: Counter() for locale in self.locales}
        for row in self.rows:
            for locale_id, cell in row.cells.items():
                counts[locale_id][cell.status] += 1
        return [
            (locale, {status: counts[locale.id][status] for status in STATUS_LABELS})
            for locale in self.locales
        ]


def build(user, section=None, content_type=None, status=None, locale=None):
    """The coverage of the pages of the default locale that `user` may see, optionally filtered.

    Args:
        user: only pages this user may explore in the admin, in the source language or in any of
            its translations (another institution's pages and drafts are not theirs to see).
        section: id of a top-level page (a child of the home page); only pages below it.
        content_type: id of a page content type.
        status: keep pages with at least one cell in this status.
        locale: id of a target locale; report that locale only.
    """
    default = Locale.get_default()
    locales = [loc for loc in Locale.objects.order_by("language_code") if loc.id != default.id]
    visible_keys = PagePermissionPolicy().explorable_instances(user).values("translation_key")
    all_sources = Page.objects.filter(locale=default, depth__gt=1, translation_key__in=visible_keys)
    section_pages = list(
        all_sources.filter(depth=SECTION_DEPTH).order_by("path").values("id", "title", "path")
    )
    type_ids = set(all_sources.values_list("content_type_id", flat=True).distinct())
    content_types = sorted((ContentType.objects.get_for_id(i) for i in type_ids), key=lambda ct: str(ct.name))

    sources = all_sources
    if section is not None:
        chosen = next((s for s in section_pages if s["id"] == section), None)
        sources = sources.filter(path__startswith=chosen["path"]) if chosen else sources.none()
    if content_type is not None:
        sources = sources.filter(content_type_id=content_type)
    if locale is not None:
        locales = [loc for loc in locales if loc.id == locale]
    sources = list(
        sources.order_by("path").values(
            "id", "title", "path", "url_path", "translation_key", "content_type_id", "last_published_at"
        )
    )
    keys = [page["translation_key"] for page in sources]
    targets = {
        (page["translation_key"], page["locale_id"]): page
        for page in Page.objects.filter(translation_key__in=keys, locale__in=locales).values(
            "id", "translation_key", "locale_id", "live", "alias_of_id"
        )
    }
    synced = dict(
        TranslationSource.objects.filter(object_id__in=keys).values_list("object_id", "last_updated_at")
    )
    enabled = set(
        Translation.objects.filter(Q(source__object_id__in=keys) & Q(enabled=True)).values_list(
            "source__object_id", "target_locale_id"
        )
    )
    section_titles = {s["path"]: s["title"] for s in section_pages}
    rows = []
    for page in sources:
        row = Row(
            page_id=page["id"],
            title=page["title"],
            url_path=page["url_path"],
            content_type=str(ContentType.objects.get_for_id(page["content_type_id"]).name),
            section=section_titles.get(page["path"][: SECTION_DEPTH * Page.steplen], ""),
        )
        for target_locale in locales:
            row.cells[target_locale.id] = _cell(
                page, targets.get((page["translation_key"], target_locale.id)), synced, enabled, target_locale
            )
        row.ordered = row.in_order(locales)
        if status is None or any(cell.status == status for cell in row.cells.values()):
            rows.append(row)
    return Coverage(locales=locales, rows=rows, sections=section_pages, content_types=content_types)


def _cell(page, target, synced, enabled, locale):
    key = page["translation_key"]
    if target is None or target["alias_of_id"]:
        return Cell(MISSING, reverse("wagtail_localize:submit_page_translation", args=[page["id"]]))
    url = reverse("wagtailadmin_pages:edit", args=[target["id"]])
    if not target["live"]:
        return Cell(DRAFT, url)
    last_sync = synced.get(key)
    if (
        (key, locale.id) in enabled
        and last_sync is not None
        and page["last_published_at"] is not None
        and page["last_published_at"] > last_sync
    ):
        return Cell(OUTDATED, url)
    return Cell(TRANSLATED, url)
