"""Many pages written at once, for imports.

`parent.add_child(instance=page)` costs about thirty queries a page: validation, tree bookkeeping,
the audit log and the search and reference index tasks. That suits an editor saving one page; an
import of 2,000 rows took a minute. These helpers do the same bookkeeping a batch at a time.

The caller validates the values first (lengths, choices, slugs unique among the siblings) and holds
a transaction. The pages get no revision: new pages go live as imported, updates reach the database
row (Wagtail's editor shows that row unless the page has an unpublished draft), and the history
records both under the active LogContext. The reference index is not updated: callers write no
foreign keys that it tracks (images, snippets, pages in stream fields), or must update it themselves.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from treebeard.exceptions import PathOverflow
from wagtail.log_actions import get_active_log_context
from wagtail.models import Page, PageLogEntry
from wagtail.search.backends import get_search_backends_with_name

logger = logging.getLogger(__name__)

BATCH_SIZE = 500


def add_live_children(parent, pages, user=None):
    """Insert the unsaved `pages`, all of one page class, as live children of `parent`, after its last child."""
    if not pages:
        return
    now = timezone.now()
    parent = Page.objects.select_for_update().get(pk=parent.pk)  # one writer of this branch at a time
    last_child = parent.get_last_child()
    first_position = last_child._get_lastpos_in_path() + 1 if last_child else 1
    depth = parent.depth + 1
    if len(Page._int2str(first_position + len(pages) - 1)) > Page.steplen:
        raise PathOverflow(f"No room for {len(pages)} more children under {parent.path}")
    content_type = ContentType.objects.get_for_model(type(pages[0]))
    for position, page in enumerate(pages, start=first_position):
        page.path = Page._get_path(parent.path, depth, position)
        page.depth, page.numchild = depth, 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type, page.locale_id, page.owner = content_type, parent.locale_id, user
        page.draft_title = page.title
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = now

    page_fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.bulk_create(
        [Page(**{name: getattr(page, name) for name in page_fields}) for page in pages], batch_size=BATCH_SIZE
    )
    for page, row in zip(pages, rows, strict=True):
        page.id = page.pk = row.pk
        # raw: only the page class's own table (the Page row exists), and no per-page signal work.
        page.save_base(raw=True, force_insert=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    _log([(page, action) for page in pages for action in ("wagtail.create", "wagtail.publish")], user, now)


def update_pages(pages, fields, user=None):
    """Save `fields` of the `pages`, all of one page class: published now if live, edited if not."""
    if not pages:
        return
    now = timezone.now()
    fields = [*fields, "last_published_at", *(["draft_title"] if "title" in fields else [])]
    for page in pages:
        page.draft_title = page.title
        if page.live:
            page.last_published_at = now
    type(pages[0]).objects.bulk_update(pages, fields, batch_size=BATCH_SIZE)
    _log([(page, "wagtail.publish" if page.live else "wagtail.edit") for page in pages], user, now)


def _log(actions, user, now):
    """Each (page, action) in the page's history, under the user action (LogContext) that is active."""
    content_type = ContentType.objects.get_for_model(type(actions[0][0]), for_concrete_model=False)
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                page_id=page.pk,
                content_type=content_type,
                label=page.title,
                action=action,
                timestamp=now,
                uuid=get_active_log_context().uuid,
                user=user,
                content_changed=True,
            )
            for page, action in actions
        ],
        batch_size=BATCH_SIZE,
    )


def update_search_index(model, pks):
    """Index the `model` objects with these primary keys in every search backend, a batch at a time."""
    pks = list(pks)
    for start in range(0, len(pks), BATCH_SIZE):
        objects = list(model.get_indexed_objects().filter(pk__in=pks[start : start + BATCH_SIZE]))
        for name, backend in get_search_backends_with_name(with_auto_update=True):
            try:
                backend.add_bulk(model, objects)
            except Exception:
                # As Wagtail does on save: an external search service that is down must not undo
                # the import (`update_index` catches up later); a database backend's error does.
                logger.exception(
                    "Could not index %d %s in the '%s' search backend", len(objects), model, name
                )
                if not backend.catch_indexing_errors:
                    raise
