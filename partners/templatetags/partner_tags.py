"""The partner universities of a Białystok university, for its page in institutions/."""

from django import template
from django.db.models import Count
from django.utils.http import urlencode

from core.localization import visible_pages

from ..models import PartnerIndexPage, PartnerPage

register = template.Library()


@register.inclusion_tag("partners/_institution_partners.html", takes_context=True)
def institution_partners(context, institution):
    """How many partners abroad cooperate with `institution`, and the directory filtered to them."""
    totals = (
        visible_pages(PartnerPage.objects.filter(locale_id=institution.locale_id))
        .filter(institutions__translation_key=institution.translation_key)
        .aggregate(universities=Count("pk", distinct=True), countries=Count("country", distinct=True))
    )
    if not totals["universities"]:
        return {}
    index = visible_pages(PartnerIndexPage.objects.filter(locale_id=institution.locale_id)).first()
    if index is None:
        return {}
    query = urlencode({"institution": institution.slug})
    return {**totals, "url": f"{index.get_url(context.get('request'))}?{query}"}
