"""Create the "Translators" group and one group per locale; safe to run again at any time."""

from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from django.utils import translation
from wagtail.models import (
    Collection,
    DraftStateMixin,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    TranslatableMixin,
)
from wagtail.snippets.models import get_snippet_models

from translations.models import TRANSLATORS_GROUP, GlossaryTerm, TranslatorLocale

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
COLLECTION_PERMISSIONS = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]


class Command(BaseCommand):
    help = (
        "Create the Translators group and a 'Translators — <language>' group per locale that may "
        "translate and publish into that locale's page tree only. Run again after adding a locale."
    )

    def handle(self, *args, **options):
        access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        base = self.group(TRANSLATORS_GROUP, access_admin)
        # The Translators group coordinates translation: it keeps the machine-translation glossary.
        base.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="translations",
                codename__in=[
                    f"{action}_{GlossaryTerm._meta.model_name}"
                    for action in ("add", "change", "delete", "view")
                ],
            )
        )
        default = Locale.get_default()
        for locale in Locale.objects.exclude(id=default.id).order_by("language_code"):
            with translation.override("en"):
                name = f"{TRANSLATORS_GROUP} — {locale.get_display_name()}"
            group = self.group(name, access_admin)
            TranslatorLocale.objects.update_or_create(group=group, defaults={"locale": locale})
            homes = Page.objects.filter(depth=2, locale=locale)
            if not homes:
                self.stdout.write(
                    f"  {name}: no home page in this locale yet; run again once it is translated"
                )
            for home in homes:
                for codename in PAGE_PERMISSIONS:
                    GroupPagePermission.objects.get_or_create(
                        group=group,
                        page=home,
                        permission=Permission.objects.get(
                            content_type__app_label="wagtailcore", codename=codename
                        ),
                    )
            group.permissions.add(*self.snippet_permissions())
        self.stdout.write(self.style.SUCCESS(f"Translator groups ready ({base.name} and one per locale)."))

    def group(self, name, access_admin):
        group, created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        root = Collection.get_first_root_node()
        for app_label, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root,
                permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
            )
        if created:
            self.stdout.write(f"  created group “{name}”")
        return group

    def snippet_permissions(self):
        """Change (and publish) translatable snippets; the locale check is in wagtail_hooks."""
        permissions = []
        for model in get_snippet_models():
            if not issubclass(model, TranslatableMixin):
                continue
            actions = ["change", "publish"] if issubclass(model, DraftStateMixin) else ["change"]
            permissions += Permission.objects.filter(
                content_type__app_label=model._meta.app_label,
                codename__in=[f"{action}_{model._meta.model_name}" for action in actions],
            )
        return permissions
