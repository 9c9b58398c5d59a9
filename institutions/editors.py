"""Per-institution editors: a group, a media collection and page rights on the institution's section.

An institution's section is its page in the default locale and every translation of it, each with
the pages below: editors of a university work on its pages in every language and nowhere else.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

REVIEW_WORKFLOW = "Review by city communications office"
CITY_OFFICE_GROUP = "City communications office"
# A section under review keeps publishing for the city office: its editors submit instead.
SECTION_PAGE_PERMISSIONS = ("add", "change", "publish", "lock")
REVIEWED_SECTION_PAGE_PERMISSIONS = ("add", "change", "lock")
CITY_OFFICE_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
MEDIA_PERMISSIONS = [
    ("wagtailimages", codename) for codename in ("add_image", "change_image", "choose_image", "delete_image")
] + [
    ("wagtaildocs", codename)
    for codename in ("add_document", "change_document", "choose_document", "delete_document")
]

# Student enquiries (enquiries/): editors see and answer their institution's; the city office sees
# the ones without an institution and forwards them.
SECTION_ENQUIRY_PERMISSIONS = ("view_enquiry", "change_enquiry")
CITY_OFFICE_ENQUIRY_PERMISSIONS = (*SECTION_ENQUIRY_PERMISSIONS, "forward_enquiry")


def page_permission(kind):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{kind}_page")


def admin_access():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def enquiry_permissions(codenames):
    return Permission.objects.filter(content_type__app_label="enquiries", codename__in=codenames)


def media_permissions():
    return [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in MEDIA_PERMISSIONS
    ]


def city_office():
    """The city communications office: reviews sections and may edit every page and image."""
    group, _created = Group.objects.get_or_create(name=CITY_OFFICE_GROUP)
    group.permissions.add(admin_access(), *enquiry_permissions(CITY_OFFICE_ENQUIRY_PERMISSIONS))
    root = Page.get_first_root_node()
    for kind in CITY_OFFICE_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=page_permission(kind))
    root_collection = Collection.get_first_root_node()
    for permission in media_permissions():
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=permission
        )
    return group


def review_workflow():
    """The workflow "Review by city communications office" with its single approval task."""
    workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW, defaults={"active": True})
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.create(name="Approval by the city communications office")
        task.groups.set([city_office()])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def source_of(institution):
    """The institution's page in the default locale, whose short name names the section."""
    return (
        institution.get_translations(inclusive=True).filter(locale=Locale.get_default()).specific().first()
        or institution
    )


def under_review(institution):
    return WorkflowPage.objects.filter(
        page__in=institution.get_translations(inclusive=True), workflow__name=REVIEW_WORKFLOW
    ).exists()


@transaction.atomic
def set_review(institution, enabled):
    """Switch the review workflow on or off for the whole section, in every language."""
    translations = list(institution.get_translations(inclusive=True))
    if enabled:
        workflow = review_workflow()
        for page in translations:
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    else:
        WorkflowPage.objects.filter(page__in=translations, workflow__name=REVIEW_WORKFLOW).delete()
    sync_section(institution)


@transaction.atomic
def setup_section(institution):
    """Create or update the group and collection of an institution; returns the group.

    Safe to repeat: it finds the group and collection it made before, even after a rename.
    """
    source = source_of(institution)
    group = source.editors or Group.objects.get_or_create(name=f"{source.short_name} editors")[0]
    collection = source.collection
    if collection is None:
        collection = Collection.objects.filter(
            name=source.title
        ).first() or Collection.get_first_root_node().add_child(name=source.title)
    group.permissions.add(admin_access(), *enquiry_permissions(SECTION_ENQUIRY_PERMISSIONS))
    for permission in media_permissions():
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )
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
    kinds = REVIEWED_SECTION_PAGE_PERMISSIONS if reviewed else SECTION_PAGE_PERMISSIONS
    wanted = {(page.pk, page_permission(kind).pk) for page in translations for kind in kinds}
    existing = GroupPagePermission.objects.filter(group_id=group_id)
    for grant in existing:
        if (grant.page_id, grant.permission_id) not in wanted:
            grant.delete()
    have = {(grant.page_id, grant.permission_id) for grant in existing}
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group_id=group_id, page_id=page_id, permission_id=permission_id)
            for page_id, permission_id in wanted - have
        ]
    )
