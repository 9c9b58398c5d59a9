"""Purge the page cache when content changes: pages through Wagtail's signals, everything else
(snippets, images, documents, settings) when saved or deleted."""

import functools

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail import signals as wagtail_signals
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from . import frontend, store
from .changes import object_tags, page_tags


def purge(tags):
    """Purge the page cache and the caches in front once the change is committed (before, a page
    rendering meanwhile would read and keep the old rows)."""

    def purge_committed():
        store.purge(tags)
        frontend.purge(tags)

    transaction.on_commit(purge_committed)


def page_changed(sender, instance, **kwargs):
    purge(page_tags(instance))


def page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    # The old listings lose it, the new ones gain it, and every page below gets a new address.
    tags = page_tags(instance, with_descendants=True)
    tags |= page_tags(parent_page_before) | page_tags(parent_page_after)
    purge(tags)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.pk:
        purge(page_tags(instance, with_descendants=True))


@functools.cache
def watched_models():
    """Models whose changes show on pages, each with whether it shows on every page (found on first use,
    when every app has registered its snippets and settings)."""
    models = dict.fromkeys(get_snippet_models(), False)
    models[get_image_model()] = False
    models[get_document_model()] = False
    models.update(dict.fromkeys(settings_registry, True))
    for model in models:
        models[model] = models[model] or getattr(model, "appears_on_every_page", False)
    return models


def object_changed(sender, instance, **kwargs):
    site_wide = watched_models().get(sender)
    if site_wide is not None:
        purge(object_tags(instance, site_wide))


def connect():
    wagtail_signals.page_published.connect(page_changed, dispatch_uid="pagecache.published")
    wagtail_signals.page_unpublished.connect(page_changed, dispatch_uid="pagecache.unpublished")
    wagtail_signals.post_page_move.connect(page_moved, dispatch_uid="pagecache.moved")
    pre_delete.connect(page_deleted, dispatch_uid="pagecache.deleted")
    post_save.connect(object_changed, dispatch_uid="pagecache.saved")
    post_delete.connect(object_changed, dispatch_uid="pagecache.object_deleted")
