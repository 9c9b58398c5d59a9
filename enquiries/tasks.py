from django_tasks import task

from .mail import deliver


@task()
def deliver_enquiry(enquiry_id):
    """Send an enquiry's mails (run in the request by the immediate backend, or by a worker)."""
    return deliver(enquiry_id)
