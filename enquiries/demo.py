"""Demo routing of enquiries: the city office's address, the controller, a topic address at MUB."""

from wagtail.models import Locale

from institutions.models import InstitutionPage
from privacy.models import PolicyPage

from .models import EnquirySettings, TopicAddress

CITY_OFFICE_EMAIL = "study@bialystok.example"
CONTROLLER = "City of Białystok, ul. Słonimska 1, 15-950 Białystok, Poland"
# The Medical University answers admission questions from its admissions office.
TOPIC_ADDRESSES = {"MUB": [("admission", "admission@mub.example")]}


def load(builder):
    enquiry_settings = EnquirySettings.load()
    if not enquiry_settings.city_office_email:
        enquiry_settings.city_office_email = CITY_OFFICE_EMAIL
        enquiry_settings.controller = CONTROLLER
        enquiry_settings.privacy_policy = PolicyPage.objects.filter(
            slug="privacy-policy", locale=Locale.get_default()
        ).first()
        enquiry_settings.save()
        builder.report("enquiry settings")
    for short_name, addresses in TOPIC_ADDRESSES.items():
        institution = InstitutionPage.objects.filter(
            short_name=short_name, locale=Locale.get_default()
        ).first()
        if institution is None or institution.enquiry_addresses.exists():
            continue
        for topic, email in addresses:
            institution.enquiry_addresses.add(TopicAddress(topic=topic, email=email))
        # A revision, so that the editor's form shows the addresses.
        institution.save_revision().publish()
        builder.report(f"enquiry addresses of “{institution.title}”")
