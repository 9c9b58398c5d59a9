"""Create the "Translators" group and one group per locale; safe to run again at any time."""

from django.contrib.auth.models import Permission
from django.core.management.base import BaseCommand
from django.utils import translation
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from core.permissions import translator_group, translators


class Command(BaseCommand):
    help = (
        "Create the Translators group and a 'Translators — <language>' group per locale that may "
        "translate and publish into that locale's page tree only. Run again after adding a locale."
    )

    def handle(self, *args, **options):
        base = translators()
        snippet_permissions = self.snippet_permissions()
        default = Locale.get_default()
        for locale in Locale.objects.exclude(id=default.id).order_by("language_code"):
            with translation.override("en"):
                name = f"{base.name} — {locale.get_display_name()}"
            homes = list(Page.objects.filter(depth=2, locale=locale))
            group = translator_group(locale, name, homes, snippet_permissions)
            if not homes:
                self.stdout.write(
                    f"  {group.name}: no home page in this locale yet; run again once it is translated"
                )
        self.stdout.write(self.style.SUCCESS(f"Translator groups ready ({base.name} and one per locale)."))

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
