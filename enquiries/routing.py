"""Where an enquiry goes: the institution's address for its topic, else its international office;
without an institution, the city communications office."""

from wagtail.models import Locale

from .models import EnquirySettings, TopicAddress


def source_page(model, page_id):
    """The default-language version of the live `model` page with this id (in any language), or None."""
    page = model.objects.live().filter(pk=page_id).first()
    if page is None:
        return None
    return model.objects.filter(translation_key=page.translation_key, locale=Locale.get_default()).first()


def office_address(enquiry):
    """The one address that receives the enquiry, or "" when its office has none yet."""
    if enquiry.institution_id is None:
        return EnquirySettings.load().city_office_email
    topic_address = (
        TopicAddress.objects.filter(page_id=enquiry.institution_id, topic=enquiry.topic)
        .values_list("email", flat=True)
        .first()
    )
    return topic_address or enquiry.institution.office_email


def office_language():
    return EnquirySettings.load().office_language
