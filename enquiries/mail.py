"""The two mails of an enquiry: to its office, in the office's language, with a link to the admin;
to the student, in the language of the page they used. Stored first, sent after, retried.

The confirmation repeats nothing the sender typed, so the form cannot be used to send text of
one's choosing to somebody else's address.
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from partners.countries import territory_name

from .models import Enquiry
from .routing import office_address, office_language

logger = logging.getLogger(__name__)


def admin_url(enquiry):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("enquiries:edit", args=[enquiry.pk])


def render_mail(template, language, context):
    """Subject and body of `enquiries/mail/<template>.txt` in `language`."""
    with translation.override(language):
        text = render_to_string(f"enquiries/mail/{template}.txt", context)
    subject, _blank, body = text.strip().partition("\n")
    return " ".join(subject.split()), body.strip() + "\n"


def office_message(enquiry, address):
    language = office_language()
    context = {
        "enquiry": enquiry,
        "admin_url": admin_url(enquiry),
        "country": territory_name(enquiry.country, language),
    }
    subject, body = render_mail("office", language, context)
    # The student's address is a validated EmailField (no line breaks): replies go straight to them.
    return EmailMessage(subject, body, to=[address], reply_to=[enquiry.email])


def student_message(enquiry):
    institution = enquiry.institution
    locale = Locale.objects.filter(language_code=enquiry.language).first()
    if institution is not None and locale is not None:
        institution = institution.get_translation_or_none(locale) or institution
    subject, body = render_mail("student", enquiry.language, {"enquiry": enquiry, "institution": institution})
    return EmailMessage(subject, body, to=[enquiry.email])


def deliver(enquiry_id):
    """Send the mails of an enquiry that the SMTP server has not accepted yet; True when all are sent.

    An unreachable or refusing server leaves the enquiry stored with the error; `send_enquiries`
    (cron) or the next task tries again.
    """
    with transaction.atomic():
        enquiry = (
            Enquiry.objects.select_for_update(of=("self",))
            .select_related("institution", "programme")
            .filter(pk=enquiry_id)
            .first()
        )
        if enquiry is None or enquiry.is_delivered:
            return True
        enquiry.delivery_attempts += 1
        enquiry.delivery_error = ""
        try:
            if enquiry.office_notified_at is None:
                address = office_address(enquiry)
                if address:
                    office_message(enquiry, address).send()
                    enquiry.office_notified_at = timezone.now()
                else:
                    enquiry.delivery_error = "The office has no enquiry address yet."
            if enquiry.student_confirmed_at is None:
                student_message(enquiry).send()
                enquiry.student_confirmed_at = timezone.now()
        except (smtplib.SMTPException, OSError) as error:
            logger.warning("Enquiry %s not sent: %r", enquiry.pk, error)
            enquiry.delivery_error = repr(error)[:300]
        enquiry.save(
            update_fields=[
                "office_notified_at",
                "student_confirmed_at",
                "delivery_attempts",
                "delivery_error",
            ]
        )
        return enquiry.is_delivered
