from core.retention import PurgeCommand
from enquiries.models import Enquiry, retention_days


class Command(PurgeCommand):
    help = "Delete enquiries older than the retention period (ENQUIRIES_RETENTION_DAYS)."
    model = Enquiry
    noun = "enquiries"

    def retention_days(self):
        return retention_days()
