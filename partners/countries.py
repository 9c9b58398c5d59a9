"""Countries and world regions, named in the visitor's language from CLDR (through Babel).

The partner pages store ISO 3166-1 alpha-2 codes; the names come from Babel's copy of the Unicode
CLDR, so every portal language gets official names without a catalogue entry per country.
Regions are the five continental regions of the UN M49 standard, whose codes CLDR also names.
"""

from functools import cache

from babel import Locale
from django.utils.translation import get_language
from pyuca import Collator

# UN M49 continental regions and the ISO 3166-1 codes they contain. Kosovo (XK, a code that CLDR
# and the European Commission use) is listed with Europe; Taiwan with Asia; Antarctica has no region.
REGION_COUNTRIES = {
    "002": (  # Africa
        "DZ EG LY MA SD TN EH IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW AO CM "
        "CF TD CG CD GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG"
    ),
    "019": (  # Americas
        "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI BZ CR SV "
        "GT HN MX NI PA AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE BM CA GL PM US"
    ),
    "142": (  # Asia
        "KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN AF BD BT IN IR MV NP "
        "PK LK AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"
    ),
    "150": (  # Europe
        "BY BG CZ HU PL MD RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB AL AD BA HR GI "
        "GR VA IT MT ME MK PT SM RS SI ES XK AT BE FR DE LI LU MC NL CH"
    ),
    "009": (  # Oceania
        "AU NZ HM NF CX CC FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV WF"
    ),
}
COUNTRY_REGION = {code: region for region, codes in REGION_COUNTRIES.items() for code in codes.split()}
REGIONS = tuple(REGION_COUNTRIES)


def is_country(code):
    return code in COUNTRY_REGION


@cache
def _locale(language):
    return Locale.parse(language or "en", sep="-")


# Names people still type for countries whose CLDR name changed or is formal (CLDR keeps them only as
# "alt" variants, which Babel does not load). Searched, never displayed.
COMMON_NAMES = {
    "TR": ("Turkey", "Türkiye", "Turcja"),
    "CZ": ("Czech Republic", "Czechia", "Czechy"),
    "XK": ("Kosovo", "Kosova"),
    "CI": ("Ivory Coast", "Côte d’Ivoire"),
    "CV": ("Cape Verde", "Cabo Verde"),
    "SZ": ("Swaziland", "Eswatini"),
    "MK": ("Macedonia", "North Macedonia"),
    "MM": ("Burma", "Myanmar"),
    "NL": ("Holland", "Netherlands"),
    "GB": ("Britain", "Great Britain", "England", "Scotland", "Wales"),
    "US": ("USA", "America", "United States"),
}


def search_names(code, language):
    """Every name a student may search a country by: in `language`, in English, and its common names."""
    names = dict.fromkeys(
        (territory_name(code, language), territory_name(code, "en"), *COMMON_NAMES.get(code, ()))
    )
    return " ".join(names)


def territory_name(code, language=None):
    """The CLDR name of a country or M49 region in `language` (the active language by default)."""
    return _locale(language or get_language()).territories.get(code, code)


@cache
def _collator():
    return Collator()


def sort_key(text):
    """A key that sorts names by the Unicode Collation Algorithm: Ł after L, Ç after C, and so on."""
    return _collator().sort_key(text)


def country_choices(codes, language=None):
    """(code, name) pairs for `codes`, sorted by the name in `language`."""
    named = [(code, territory_name(code, language)) for code in set(codes)]
    return sorted(named, key=lambda pair: sort_key(pair[1]))
