"""The portal's roles, in one place: what each may do, and the functions that grant it.

`ROLES` is the table that docs/roles.md shows and tests/test_core_permission_matrix.py checks
through the real admin. `setup_institution_editors` and `create_translator_groups` grant rights
only through the functions below. Groups and the review workflow are found through
`core.RoleGroup` (a stored id), never by their names, which administrators may translate or
rename.

Wagtail lets anyone who may edit and publish a page also delete, move and unpublish it. Here
those are separate rights: `core.remove_pages` for pages, and `core.restructure_sections` in
addition for a language's home page or any page with subpages (a section).
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PagePermissionTester,
    Workflow,
    WorkflowTask,
)

REMOVE_PAGES = "core.remove_pages"
RESTRUCTURE_SECTIONS = "core.restructure_sections"

# The actions of the matrix, in the order docs/roles.md and the README list them.
ACTIONS = {
    "edit": _("edit a page"),
    "publish": _("publish a page"),
    "add_child": _("add a subpage"),
    "copy": _("copy a page"),
    "lock": _("lock a page"),
    "unpublish": _("unpublish a page"),
    "move": _("move a page"),
    "delete": _("delete a page"),
    "bulk_actions": _("delete, move or unpublish pages in bulk"),
    "delete_section": _("delete or unpublish a language home page or a section"),
    "strings": _("edit the strings and overrides of a translation"),
    "po_files": _("download and upload the PO file of a translation"),
    "stop_translation": _("stop synchronising a translation"),
    "convert_to_alias": _("convert a translation to an alias"),
    "bulk_translate": _("start a bulk translation"),
    "reports": _("see pages in the translation coverage report and its CSV"),
    "snippets": _("edit translatable snippets (in their own language)"),
    "consent_scripts": _("change consent scripts, cookie prefixes and switches"),
    "settings": _("open the admin settings (users, groups, sites)"),
    "images": _("upload and edit images"),
    "documents": _("upload and edit documents"),
}
# What each role may do to translations where it may edit pages.
TRANSLATION_ACTIONS = ("strings", "po_files", "stop_translation", "convert_to_alias", "reports")
MEDIA_ACTIONS = ("images", "documents")
REMOVAL_ACTIONS = ("unpublish", "move", "delete", "bulk_actions")

# Where a role may act: "everywhere", "own section" (an institution, every language),
# "own language" (a translator's locale), "consent settings"; an action not listed: nowhere.
ROLES = {
    "anonymous": {
        "label": _("Anonymous visitor"),
        "actions": {},
    },
    "institution_editor": {
        "label": _("Institution editor"),
        "actions": dict.fromkeys(
            [
                *("edit", "publish", "add_child", "copy", "lock", *REMOVAL_ACTIONS),
                *TRANSLATION_ACTIONS,
                *MEDIA_ACTIONS,
            ],
            "own section",
        ),
    },
    "institution_editor_under_review": {
        "label": _("Institution editor under review"),
        "actions": dict.fromkeys(
            ["edit", "add_child", "copy", "lock", *TRANSLATION_ACTIONS, *MEDIA_ACTIONS], "own section"
        ),
    },
    "city_office": {
        "label": _("City communications office"),
        "actions": dict.fromkeys(
            [
                *("edit", "publish", "add_child", "copy", "lock", *REMOVAL_ACTIONS),
                *TRANSLATION_ACTIONS,
                "bulk_translate",
                *MEDIA_ACTIONS,
            ],
            "everywhere",
        ),
    },
    "translator": {
        "label": _("Translator (per language)"),
        "actions": dict.fromkeys(
            ["edit", "publish", "add_child", "copy", *TRANSLATION_ACTIONS, "snippets"], "own language"
        ),
    },
    "privacy_officer": {
        "label": _("Privacy officer"),
        "actions": {"snippets": "consent settings", "consent_scripts": "everywhere"},
    },
    "administrator": {
        "label": _("Administrator"),
        "actions": dict.fromkeys(ACTIONS, "everywhere"),
    },
}

PAGE_RIGHTS = {
    # The page permissions each role has where it works (Wagtail's codenames without "_page").
    "institution_editor": ("add", "change", "publish", "lock"),
    # Under review the city office publishes: the editors submit instead.
    "institution_editor_under_review": ("add", "change", "lock"),
    "city_office": ("add", "change", "publish", "lock", "unlock"),
    "translator": ("add", "change", "publish"),
}
MEDIA_PERMISSIONS = [
    ("wagtailimages", codename) for codename in ("add_image", "change_image", "choose_image", "delete_image")
] + [
    ("wagtaildocs", codename)
    for codename in ("add_document", "change_document", "choose_document", "delete_document")
]
# Student enquiries (enquiries/): editors see and answer their institution's; the city office also
# sees the ones without an institution and forwards them; the privacy officer exports and erases.
ENQUIRY_PERMISSIONS = ("enquiries.view_enquiry", "enquiries.change_enquiry")
CHOOSE_MEDIA = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]


def restore_submit_translation(using="default", **kwargs):
    """Bring back wagtail-localize's "submit_translation" permission, which only a migration creates.

    Django's post_migrate handlers recreate the permissions of models' Meta, not those of data
    migrations; a flush (every transactional test's teardown) deletes it for good, and granting the
    city office's rights afterwards failed with Permission.DoesNotExist. Connected to post_migrate,
    which migrate and flush both send.
    """
    from django.contrib.contenttypes.models import ContentType

    # Not get_for_model(): its cache may still hold the ids of the content types just flushed.
    content_type, _created = ContentType.objects.using(using).get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    Permission.objects.using(using).get_or_create(
        content_type=content_type, codename="submit_translation", defaults={"name": "Can submit translations"}
    )


def permission(label):
    """The Permission for "app_label.codename"."""
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(kind):
    return permission(f"wagtailcore.{kind}_page")


def role_group(key, name):
    """The group that holds the role `key`, created with `name` the first time and found by id later."""
    from .models import RoleGroup

    stored = RoleGroup.objects.select_related("group").filter(key=key).first()
    if stored is None or stored.group is None:
        group = Group.objects.create(name=unique_group_name(name))
        stored, _created = RoleGroup.objects.update_or_create(key=key, defaults={"group": group})
    stored.group.permissions.add(permission("wagtailadmin.access_admin"))
    return stored.group


def unique_group_name(name):
    taken = set(Group.objects.filter(name__startswith=name).values_list("name", flat=True))
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def grant_pages(group, pages, kinds):
    """Give `group` exactly the page rights `kinds` on `pages` (removing any other page right)."""
    wanted = {(page.pk, page_permission(kind).pk) for page in pages for kind in kinds}
    existing = list(GroupPagePermission.objects.filter(group=group))
    for grant in existing:
        if (grant.page_id, grant.permission_id) not in wanted:
            grant.delete()
    have = {(grant.page_id, grant.permission_id) for grant in existing}
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=group, page_id=page_id, permission_id=permission_id)
            for page_id, permission_id in sorted(wanted - have)
        ]
    )


def grant_collection(group, collection, permissions):
    for app_label, codename in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(f"{app_label}.{codename}")
        )


@transaction.atomic
def city_office():
    """The city communications office: every page and image, translation tools; no restructuring."""
    group = role_group("city_office", "City communications office")
    grant_pages(group, [Page.get_first_root_node()], PAGE_RIGHTS["city_office"])
    grant_collection(group, Collection.get_first_root_node(), MEDIA_PERMISSIONS)
    group.permissions.add(permission(REMOVE_PAGES), permission("wagtail_localize.submit_translation"))
    group.permissions.add(*map(permission, (*ENQUIRY_PERMISSIONS, "enquiries.forward_enquiry")))
    return group


def stored_workflow(key):
    """The workflow stored for `key`, or None before it is created."""
    from .models import RoleGroup

    stored = RoleGroup.objects.select_related("workflow").filter(key=key).first()
    return stored.workflow if stored else None


@transaction.atomic
def review_workflow():
    """The workflow in which the city office approves a section's changes, found by its stored id."""
    from .models import RoleGroup

    stored, _created = RoleGroup.objects.get_or_create(key="review_workflow")
    if stored.workflow is None:
        workflow = Workflow.objects.create(name="Review by city communications office", active=True)
        task = GroupApprovalTask.objects.create(name="Approval by the city communications office")
        task.groups.set([city_office()])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        stored.workflow = workflow
        stored.save(update_fields=["workflow"])
    return stored.workflow


def institution_editors(group, collection, pages, under_review):
    """An institution's editors: their section's pages in every language and their media collection."""
    group.permissions.add(permission("wagtailadmin.access_admin"), permission(REMOVE_PAGES))
    group.permissions.add(*map(permission, ENQUIRY_PERMISSIONS))
    grant_collection(group, collection, MEDIA_PERMISSIONS)
    role = "institution_editor_under_review" if under_review else "institution_editor"
    grant_pages(group, pages, PAGE_RIGHTS[role])


def translators():
    """The Translators group: coordinates translation and keeps the machine-translation glossary."""
    group = role_group("translators", "Translators")
    grant_collection(group, Collection.get_first_root_node(), CHOOSE_MEDIA)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="translations",
            codename__in=[f"{action}_glossaryterm" for action in ("add", "change", "delete", "view")],
        )
    )
    return group


def translator_group(locale, name, homes, snippet_permissions):
    """The translators into `locale`: translate and publish that language's pages and snippets."""
    from translations.models import TranslatorLocale

    stored = TranslatorLocale.objects.select_related("group").filter(locale=locale).first()
    group = stored.group if stored else Group.objects.create(name=unique_group_name(name))
    TranslatorLocale.objects.update_or_create(group=group, defaults={"locale": locale})
    group.permissions.add(permission("wagtailadmin.access_admin"), *snippet_permissions)
    grant_collection(group, Collection.get_first_root_node(), CHOOSE_MEDIA)
    grant_pages(group, homes, PAGE_RIGHTS["translator"])
    return group


@transaction.atomic
def privacy_officers():
    """The privacy officer: the consent settings, technical fields included, and the consent report."""
    group = role_group("privacy_officers", "Privacy officers")
    group.permissions.add(
        *(
            permission(f"privacy.{codename}")
            for codename in ("change_consentsettings", "change_consent_scripts", "view_consentrecord")
        ),
        permission("enquiries.manage_personal_data"),
    )
    return group


def is_section(page):
    """A language's home page, or a page with subpages: removing it removes a part of the site."""
    return page.depth <= 2 or not page.is_leaf()


class PortalPagePermissionTester(PagePermissionTester):
    """Wagtail's rules, plus: deleting, moving and unpublishing are rights of their own, and locked
    pages are not deleted or moved by anyone but the lock's holder."""

    def may_remove(self):
        if self.user.is_superuser:
            return True
        if not self.user.has_perm(REMOVE_PAGES) or self.page_locked():
            return False
        return not is_section(self.page) or self.user.has_perm(RESTRUCTURE_SECTIONS)

    def can_delete(self, ignore_bulk=False):
        # The explicit right to restructure replaces Wagtail's "bulk delete" for pages with subpages.
        ignore_bulk = ignore_bulk or self.user.has_perm(RESTRUCTURE_SECTIONS)
        return super().can_delete(ignore_bulk=ignore_bulk) and self.may_remove()

    def can_unpublish(self):
        return super().can_unpublish() and self.may_remove()

    # Wagtail's can_move() is can_delete(ignore_bulk=True), so moving follows the same rule.


def roles_table():
    """The role × action table of docs/roles.md and the README, in Markdown (a test keeps them the same)."""
    roles = list(ROLES.values())
    lines = [
        "| action | " + " | ".join(str(role["label"]) for role in roles) + " |",
        "| --- |" + " --- |" * len(roles),
    ]
    for action, label in ACTIONS.items():
        cells = [role["actions"].get(action, "—") for role in roles]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
