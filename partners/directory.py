"""The partner directory: filters from GET parameters, grouping by country, the map's data.

Everything is fetched in a fixed number of queries, whatever the number of partners: the linked
programmes and institutions are prefetched, and what the visitor sees of them comes from
core.localization in one call each. Restricted partner pages are not listed.
"""

from django.apps import apps
from django.utils.translation import get_language
from wagtail.models import Page

from core.localization import localize, mark_languages, visible_in, within
from core.params import text_param

from .countries import COUNTRY_REGION, REGIONS, country_choices, sort_key, territory_name
from .worldmap import HEIGHT, WIDTH, country_outlines


def _by_key(objects):
    """What the visitor sees of each object, by translation key (invisible ones are missing)."""
    return {shown.translation_key: shown for shown in localize(objects)}


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
    # The index's language's partners, then English ones not translated yet (core.localization).
    every_partner = visible_in(partner_model.objects.filter(within(index)), index.locale)
    all_countries = set(every_partner.values_list("country", flat=True))
    linked_programmes = list(
        apps.get_model("partners", "CooperationProgramme")
        .objects.filter(partners__in=every_partner)
        .distinct()
    )
    programme_names = _by_key(linked_programmes)
    # Plain page rows: the directory shows their title, slug and link only.
    linked = apps.get_model("institutions", "InstitutionPage").objects.filter(partners__in=every_partner)
    institution_pages = _by_key(Page.objects.filter(pk__in=linked.values("pk")))
    linked_institutions = list(institution_pages.values())
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
    partners = (
        []
        if invalid
        else mark_languages(
            partners.distinct().select_related("locale").prefetch_related("programmes", "institutions"),
            index.locale,
        )
    )

    by_country = {}
    for partner in partners:
        partner.programme_names = sorted(
            (programme_names[p.translation_key].name for p in partner.programmes.all()), key=sort_key
        )
        partner.local_institutions = [
            institution_pages[i.translation_key]
            for i in partner.institutions.all()
            if i.translation_key in institution_pages
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
            ((i.slug, i.title) for i in linked_institutions),
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


def partner_details(page):
    """The programmes and local institutions of one partner page, in the visitor's language."""
    source_programmes = list(page.programmes.all())
    source_institutions = list(page.institutions.all())
    programmes = _by_key(source_programmes)
    institutions = _by_key(source_institutions)
    return {
        "country_name": territory_name(page.country, get_language()),
        "region_name": territory_name(COUNTRY_REGION.get(page.country, ""), get_language()),
        "programmes": sorted(programmes.values(), key=lambda p: sort_key(p.name)),
        "local_institutions": [
            institutions[i.translation_key] for i in source_institutions if i.translation_key in institutions
        ],
    }
