"""What a change touches: the cache tags of every page that shows the changed page or object.

A page is shown by itself in every language, by the listings above it (its ancestors, in every
language, since listings include untranslated pages), by the pages that link to or embed it
(Wagtail's reference index) and by the pages that list across the tree (search, sitemap, calendar,
finder). Pages that appear on every page — home pages, the main menu, the footer's policies — and
site-wide objects (consent settings, site settings) change every page: the site tag.
"""

import functools

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex, get_page_models

from . import store


def ancestor_paths(path):
    # Below the tree root (its first step), every proper prefix of the path is an ancestor.
    step = Page.steplen
    return [path[:end] for end in range(2 * step, len(path), step)]


@functools.cache
def many_to_many_fields(model):
    """(page model, field name) of the page types' many-to-many fields to `model`, which Wagtail's reference
    index leaves out (a partner's cooperation programmes)."""
    return [
        (page_model, field.name)
        for page_model in get_page_models()
        for field in page_model._meta.get_fields(include_parents=False)
        if field.many_to_many and not field.auto_created and field.related_model is model
    ]


def referencing_pages(model, object_ids):
    """Ids of the pages (and their parents, the listings of those pages) that reference these objects."""
    if not object_ids:
        return set()
    sources = ReferenceIndex.objects.filter(
        to_content_type=ReferenceIndex._get_base_content_type(model),
        to_object_id__in=[str(pk) for pk in object_ids],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    ids = {int(pk) for pk in sources}
    for page_model, name in many_to_many_fields(model):
        ids.update(page_model.objects.filter(**{f"{name}__in": object_ids}).values_list("pk", flat=True))
    pages = Page.objects.filter(pk__in=ids).values_list("pk", "path")
    ids, parents = set(), set()
    for pk, path in pages:
        ids.add(pk)
        parents.add(path[: -Page.steplen])
    ids.update(Page.objects.filter(path__in=parents).values_list("pk", flat=True))
    return ids


def appears_on_every_page(page):
    specific_class = page.specific_class
    if getattr(specific_class, "appears_on_every_page", False):
        return True
    # The main menu: the home pages' children, in the menu or just taken out of it (the published
    # version no longer says show_in_menus, but every page still lists it).
    return page.depth == 3


def page_tags(page, with_descendants=False):
    """Tags of everything that shows `page` (in every language), for a publish, unpublish, move or delete."""
    translations = list(Page.objects.filter(translation_key=page.translation_key).values_list("pk", "path"))
    ids = {pk for pk, _path in translations}
    ancestors = {ancestor for _pk, path in translations for ancestor in ancestor_paths(path)}
    ids.update(
        Page.objects.filter(
            translation_key__in=Page.objects.filter(path__in=ancestors).values("translation_key")
        ).values_list("pk", flat=True)
    )
    ids.update(referencing_pages(Page, [pk for pk, _path in translations]))
    if with_descendants:
        ids.update(Page.objects.descendant_of(page).values_list("pk", flat=True))
    tags = {store.page_tag(pk) for pk in ids} | {store.ANY_PAGE_TAG}
    if appears_on_every_page(page):
        tags.add(store.SITE_TAG)
    return tags


def object_tags(instance, site_wide):
    """Tags of the pages that show a snippet, image, document or setting; site-wide ones change every page."""
    if site_wide:
        return {store.SITE_TAG}
    return {store.page_tag(pk) for pk in referencing_pages(type(instance), [instance.pk])}
