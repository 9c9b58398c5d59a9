"""The partner directory: filters from GET parameters, grouping by country, the map's data.

Everything is fetched in a fixed number of queries, whatever the number of partners: the linked
programmes and institutions are prefetched, and their names in the visitor's language are looked
up in one query each, by translation key.
"""

from django.apps import apps
from django.utils.translation import get_language
from wagtail.models import Locale

from core.params import text_param

from .countries import COUNTRY_REGION, REGIONS, country_choices, sort_key, territory_name
from .worldmap import HEIGHT, WIDTH, country_outlines


def _localized(objects, locale, queryset):
    """Each object's translation into `locale` (itself when untranslated), by translation key."""
    keys = {obj.translation_key for obj in objects}
    found = {obj.translation_key: obj for obj in queryset.filter(locale=locale, translation_key__in=keys)}
    return {obj.translation_key: found.get(obj.translation_key, obj) for obj in objects}


def _programmes(objects, locale):
    model = apps.get_model("partners", "CooperationProgramme")
    return _localized(objects, locale, model.objects.all())


def _institutions(objects, locale):
    model = apps.get_model("institutions", "InstitutionPage")
    return _localized(objects, locale, model.objects.live())


def _clean(params, programmes, institutions):
    """The valid filters, and whether any given value was unknown or malformed."""
    wanted = {
        name: text_param(params.get(name), 100) for name in ("country", "region", "programme", "institution")
    }
    allowed = {
        "country": COUNTRY_REGION,
        "region": REGIONS,
        "programme": {programme.code for programme in programmes},
        "institution": {institution.slug for institution in institutions},
    }
    filters = {name: value for name, value in wanted.items() if value and value in allowed[name]}
    # A real country without partners is a valid filter that finds nothing; "XX" is invalid.
    invalid = any(value and value not in allowed[name] for name, value in wanted.items())
    return filters, invalid


def build(index, params):
    """Everything the directory template shows for the GET parameters `params`."""
    partner_model = apps.get_model("partners", "PartnerPage")
    language = get_language()
    locale = Locale.get_active()
    every_partner = partner_model.objects.child_of(index).live()
    all_countries = set(every_partner.values_list("country", flat=True))
    linked_programmes = list(
        apps.get_model("partners", "CooperationProgramme")
        .objects.filter(partners__in=every_partner)
        .distinct()
    )
    linked_institutions = list(
        apps.get_model("institutions", "InstitutionPage")
        .objects.filter(partners__in=every_partner)
        .distinct()
    )
    programme_names = _programmes(linked_programmes, locale)
    institution_pages = _institutions(linked_institutions, locale)
    filters, invalid = _clean(params, linked_programmes, linked_institutions)

    partners = every_partner
    if "country" in filters:
        partners = partners.filter(country=filters["country"])
    if "region" in filters:
        partners = partners.filter(
            country__in=[c for c, r in COUNTRY_REGION.items() if r == filters["region"]]
        )
    if "programme" in filters:
        partners = partners.filter(programmes__code=filters["programme"])
    if "institution" in filters:
        partners = partners.filter(institutions__slug=filters["institution"])
    partners = [] if invalid else list(partners.distinct().prefetch_related("programmes", "institutions"))

    by_country = {}
    for partner in partners:
        partner.programme_names = sorted(
            (programme_names[p.translation_key].name for p in partner.programmes.all()), key=sort_key
        )
        partner.local_institutions = [
            institution_pages[i.translation_key] for i in partner.institutions.all()
        ]
        by_country.setdefault(partner.country, []).append(partner)
    groups = [
        {"code": code, "name": name, "partners": sorted(by_country[code], key=lambda p: sort_key(p.title))}
        for code, name in country_choices(by_country, language)
    ]
    return {
        "groups": groups,
        "partner_count": len(partners),
        "country_count": len(groups),
        "filters": filters,
        "invalid": invalid,
        "filtered": bool(filters) or invalid,
        "country_options": country_choices(all_countries, language),
        "region_options": sorted(
            ((r, territory_name(r, language)) for r in {COUNTRY_REGION[c] for c in all_countries}),
            key=lambda pair: sort_key(pair[1]),
        ),
        "programme_options": sorted(
            ((p.code, programme_names[p.translation_key].name) for p in linked_programmes),
            key=lambda pair: sort_key(pair[1]),
        ),
        "institution_options": sorted(
            ((i.slug, institution_pages[i.translation_key].title) for i in linked_institutions),
            key=lambda pair: sort_key(pair[1]),
        ),
        "map": world_map({group["code"]: group for group in groups}),
    }


def world_map(groups):
    """The outlines of the map; countries with partners carry their group (name and partners)."""
    items = [
        {
            "code": code,
            "outline": outline,
            "group": groups.get(code),
            "count": len(groups.get(code, {}).get("partners", ())),
        }
        for code, outline in country_outlines().items()
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "background": [item for item in items if not item["group"] and item["outline"].d],
        "highlighted": [item for item in items if item["group"]],
    }


def partner_details(page, locale):
    """The programmes and local institutions of one partner page, in the visitor's language."""
    source_programmes = list(page.programmes.all())
    source_institutions = list(page.institutions.all())
    programmes = _programmes(source_programmes, locale)
    institutions = _institutions(source_institutions, locale)
    return {
        "country_name": territory_name(page.country, get_language()),
        "region_name": territory_name(COUNTRY_REGION.get(page.country, ""), get_language()),
        "programmes": sorted(
            (programmes[p.translation_key] for p in source_programmes), key=lambda p: sort_key(p.name)
        ),
        "local_institutions": [institutions[i.translation_key] for i in source_institutions],
    }
