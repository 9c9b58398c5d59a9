"""Per-institution editors: a group, a media collection and page rights on the institution's section.

An institution's section is its page in the default locale and every translation of it, each with
the pages below: editors of a university work on its pages in every language and nowhere else.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Collection, Locale, WorkflowPage

from core.permissions import institution_editors, review_workflow, stored_workflow, unique_group_name


def source_of(institution):
    """The institution's page in the default locale, whose short name names the section."""
    return (
        institution.get_translations(inclusive=True).filter(locale=Locale.get_default()).specific().first()
        or institution
    )


def under_review(institution):
    workflow = stored_workflow("review_workflow")
    return (
        workflow is not None
        and WorkflowPage.objects.filter(
            page__in=institution.get_translations(inclusive=True), workflow=workflow
        ).exists()
    )


@transaction.atomic
def set_review(institution, enabled):
    """Switch the review workflow on or off for the whole section, in every language."""
    translations = list(institution.get_translations(inclusive=True))
    if enabled:
        workflow = review_workflow()
        for page in translations:
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    else:
        WorkflowPage.objects.filter(
            page__in=translations, workflow=stored_workflow("review_workflow")
        ).delete()
    sync_section(institution)


@transaction.atomic
def setup_section(institution):
    """Create or update the group and collection of an institution; returns the group.

    Safe to repeat: it finds the group and collection it made before, even after a rename.
    """
    source = source_of(institution)
    group = source.editors or Group.objects.create(name=unique_group_name(f"{source.short_name} editors"))
    collection = source.collection
    if collection is None:
        collection = Collection.objects.filter(
            name=source.title
        ).first() or Collection.get_first_root_node().add_child(name=source.title)
    # Not a page edit: no revision, and the fields stay out of the editors' forms.
    type(source).objects.filter(translation_key=source.translation_key).update(
        editors=group, collection=collection
    )
    sync_section(source)
    return group


def sync_section(institution):
    """Give the institution's group exactly its page rights on each translation of the institution."""
    translations = list(institution.get_translations(inclusive=True).specific())
    source = next((page for page in translations if page.editors_id), None)
    if source is None:
        return
    group_id = source.editors_id
    # Copies do not inherit the fields (see InstitutionPage.exclude_fields_in_copy): a new
    # translation gets them here, a copy of another institution waits for the command.
    type(source).objects.filter(translation_key=source.translation_key).update(
        editors_id=group_id, collection_id=source.collection_id
    )
    reviewed = under_review(institution)
    if reviewed:
        workflow = review_workflow()
        for page in translations:
            WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    collection = Collection.objects.get(pk=source.collection_id)
    institution_editors(Group.objects.get(pk=group_id), collection, translations, under_review=reviewed)
