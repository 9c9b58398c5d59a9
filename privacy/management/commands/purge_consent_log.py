from core.retention import PurgeCommand
from privacy.models import ConsentRecord
from privacy.reports import retention_days


class Command(PurgeCommand):
    help = "Delete consent records older than the retention period (PRIVACY_CONSENT_LOG_RETENTION_DAYS)."
    model = ConsentRecord
    noun = "consent records"

    def retention_days(self):
        return retention_days()
