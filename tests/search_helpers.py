"""Content and parsing shared by the search tests."""

import re

from wagtail.models import Locale

from partners.models import PartnerIndexPage, PartnerPage

from .factories import ContentPageFactory


def translate(page, language, **fields):
    """A published translation of `page` with its own text, as a translator would leave it."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


def result_titles(response):
    """The titles of the results listed on a search page, without highlighting."""
    assert response.status_code == 200
    found = re.findall(r'<h2 class="search-result__title"[^>]*><a href="[^"]*">(.*?)</a>', response.text)
    return [re.sub(r"</?mark>", "", title) for title in found]


def build_search_site(translated_home):
    """English pages, one Polish translation and a partner university, for the search tests."""
    en, pl = translated_home["en"], translated_home["pl"]
    scholarships = ContentPageFactory(
        parent=en,
        title="Scholarships for international students",
        slug="scholarships",
        intro="The city funds scholarships for students from Turkey, Ukraine and Spain.",
    )
    dormitory = ContentPageFactory(
        parent=en, title="Dormitory", slug="dormitory", intro="Rooms for students near the campus."
    )
    polish_scholarships = translate(
        scholarships,
        "pl",
        title="Stypendia dla studentów z zagranicy",
        intro="Miasto finansuje stypendia; każda uczelnia przyjmuje wnioski.",
    )
    partners = PartnerIndexPage(title="Partners", slug="partners")
    en.add_child(instance=partners)
    partner = PartnerPage(
        title="Erzurum Technical University",
        slug="erzurum",
        country="TR",
        city="Erzurum",
        search_description="Erasmus partner in Turkey.",
    )
    partners.add_child(instance=partner)
    return {
        "en": en,
        "pl": pl,
        "scholarships": scholarships,
        "dormitory": dormitory,
        "polish_scholarships": polish_scholarships,
        "partner": partner,
    }
