"""Demo scholarships: real programmes that students from abroad may apply for in Białystok, by their
facts only (names, funders, who may apply, what they cover), in our own words and dated: the
international office compares each with the funder's current call before relying on it. Deadlines
change with every call, so none is given. Translations are in demo_translations/."""

import datetime

from wagtail.models import Site

from core.demo import translation_tables

from .models import ScholarshipIndexPage, ScholarshipPage

CHECKED = datetime.date(2026, 11, 30)

INDEX = {
    "title": "Scholarships",
    "intro": "Find the scholarships you may apply for by your citizenship, your studies and your university. Each one shows the day we last compared it with the funder's page: the funder's current call always decides.",
}

SCHOLARSHIPS = [
    {
        "slug": "nawa-banach",
        "title": "NAWA Banach Scholarship Programme",
        "intro": "Scholarships for master's studies at Polish universities for citizens of countries of Eastern Europe, the Caucasus and Central Asia. Each call names its own countries and fields of study.",
        "funder": "Polish National Agency for Academic Exchange (NAWA)",
        "level": "master",
        "citizenship": "UA MD GE AM AZ KZ KG UZ TJ",
        "amount": "A monthly scholarship for the length of the master's programme; the call sets the amount",
        "covers": "A monthly allowance towards living costs.\nStudies at a public university without tuition fees.\nIn some calls, a preparatory year of Polish before the studies.",
        "link": "https://nawa.gov.pl/en/students/foreign-students",
    },
    {
        "slug": "nawa-lukasiewicz",
        "title": "NAWA Ignacy Łukasiewicz Scholarship Programme",
        "intro": "Scholarships for master's studies in English at Polish universities for citizens of developing countries in Africa, Asia and Latin America, mostly in engineering, science and agriculture.",
        "funder": "Polish National Agency for Academic Exchange (NAWA)",
        "level": "master",
        "citizenship": "NG GH KE ET TZ UG RW ZM ZW AO MZ SN IN ID VN PH MX CO PE",
        "amount": "A monthly scholarship for up to two years; the call sets the amount",
        "covers": "Master's studies in English at a public university without tuition fees.\nA monthly allowance towards living costs.",
        "link": "https://nawa.gov.pl/en/students/foreign-students",
    },
    {
        "slug": "poland-my-first-choice",
        "title": "Poland My First Choice",
        "intro": "A NAWA programme through which Polish universities award scholarships to students from abroad who start a degree with them. Each university's own call says who may apply, for which programmes and how much.",
        "funder": "Polish National Agency for Academic Exchange (NAWA), through the universities that take part",
        "level": "",
        "citizenship": "",
        "amount": "Set by each university's call",
        "covers": "A scholarship towards the costs of the first years of degree studies, as the university's call describes. Ask the international office whether your university takes part.",
        "link": "https://nawa.gov.pl/en/",
    },
    {
        "slug": "erasmus-study-mobility",
        "title": "Erasmus+ study mobility",
        "intro": "A semester or a year in Białystok for students of a partner university abroad, with an Erasmus+ grant from the home university. What counts is where you study, not your citizenship.",
        "funder": "European Union (Erasmus+), through your home university",
        "level": "exchange",
        "citizenship": "",
        "amount": "A monthly grant set by your home university for your country and Poland",
        "covers": "A contribution towards travel and living costs.\nNo tuition fees at the university in Białystok.",
        "link": "https://erasmus-plus.ec.europa.eu/",
    },
]


def load(builder):
    home = Site.objects.get(is_default_site=True).root_page
    tables = translation_tables("scholarships")
    index = builder.page(home, ScholarshipIndexPage, "scholarships", show_in_menus=True, **INDEX)
    builder.translate_all(index, tables)
    for fields in SCHOLARSHIPS:
        page = builder.page(index, ScholarshipPage, checked_on=CHECKED, **fields)
        builder.translate_all(page, tables)
