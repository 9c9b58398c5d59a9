from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from core.permissions import city_office, review_workflow
from institutions.editors import set_review, setup_section
from institutions.models import InstitutionPage


class Command(BaseCommand):
    help = (
        "Give every institution an editors' group with rights on its own section and media collection; "
        "optionally switch the city office's review on or off for some institutions. Safe to re-run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--review",
            action="append",
            default=[],
            metavar="SHORT_NAME",
            help="Send this institution's changes to the city communications office for review.",
        )
        parser.add_argument(
            "--no-review",
            action="append",
            default=[],
            metavar="SHORT_NAME",
            help="Let this institution's editors publish directly again.",
        )

    def handle(self, *args, review, no_review, **options):
        institutions = list(InstitutionPage.objects.filter(locale=Locale.get_default()).order_by("path"))
        by_short_name = {institution.short_name: institution for institution in institutions}
        unknown = sorted(set(review + no_review) - set(by_short_name))
        if unknown:
            raise CommandError(f"No institution with the short name: {', '.join(unknown)}")
        city_office()
        review_workflow()
        for institution in institutions:
            group = setup_section(institution)
            self.stdout.write(f"{institution.title}: group “{group.name}”")
        for short_name in review:
            set_review(by_short_name[short_name], enabled=True)
            self.stdout.write(f"{short_name}: changes are reviewed by the city communications office")
        for short_name in no_review:
            set_review(by_short_name[short_name], enabled=False)
            self.stdout.write(f"{short_name}: editors publish directly")
