from django.core.management.base import BaseCommand
from django.db.models import Q

from enquiries.mail import deliver
from enquiries.models import Enquiry


class Command(BaseCommand):
    help = "Send the mails of enquiries that the mail server has not accepted yet (run it from cron)."

    def handle(self, *args, **options):
        pending = Enquiry.objects.filter(
            Q(office_notified_at__isnull=True) | Q(student_confirmed_at__isnull=True)
        ).values_list("pk", flat=True)
        sent = failed = 0
        for pk in list(pending):
            if deliver(pk):
                sent += 1
            else:
                failed += 1
        self.stdout.write(f"Sent the mails of {sent} enquiries; {failed} still waiting.")
