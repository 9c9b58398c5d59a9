"""Demo calendar: open days, a webinar, an information day of the city and a cancelled fair, in the
portal's six languages (Polish below, the others in demo_translations/). The dates are demo dates; the
universities publish their own."""

import datetime
import zoneinfo

from wagtail.models import Site

from core.demo import translation_tables
from institutions.models import InstitutionPage

from .models import EventIndexPage, EventPage

WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


def at(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=WARSAW)


CALENDAR = {
    "title": "Events and deadlines",
    "intro": "Open days, webinars and information days of Białystok's universities and the city, with every application deadline.",
}

EVENTS = [
    {
        "slug": "but-open-day-2027",
        "organiser": "bialystok-university-of-technology",
        "title": "Open day for international candidates",
        "summary": "Visit the campus, meet students from abroad and ask the International Relations Office about admission.",
        "kind": "open-day",
        "start": at(2027, 3, 13, 10),
        "end": at(2027, 3, 13, 14),
        "attendance": "in-person",
        "place": "Main building, Aula",
        "address": "ul. Wiejska 45A, 15-351 Białystok",
        "audience": "Candidates for bachelor's and master's studies",
        "registration_url": "https://pb.edu.pl/",
    },
    {
        "slug": "mub-medicine-webinar-2027",
        "organiser": "medical-university-of-bialystok",
        "title": "Webinar: studying medicine in English",
        "summary": "The admissions office explains the English-language medicine programme, the entrance exam and life in Białystok.",
        "kind": "webinar",
        "start": at(2027, 2, 10, 16),
        "end": at(2027, 2, 10, 17, 30),
        "attendance": "online",
        "online_url": "https://www.umb.edu.pl/",
        "audience": "Candidates for the MD programme",
    },
    {
        "slug": "city-information-day-2027",
        "organiser": None,
        "title": "Information day: living in Białystok",
        "summary": "The city office and the universities answer questions about residence, housing, transport and work during studies.",
        "kind": "information-day",
        "start": at(2027, 4, 17, 11),
        "end": at(2027, 4, 17, 15),
        "attendance": "mixed",
        "place": "City Hall",
        "address": "ul. Słonimska 1, 15-950 Białystok",
        "online_url": "https://www.bialystok.pl/",
        "audience": "Students from abroad and their families",
    },
    {
        "slug": "uwb-education-fair-2027",
        "organiser": "university-of-bialystok",
        "title": "Education fair stand of the University of Białystok",
        "summary": "The university's stand at a spring education fair; the fair has been called off.",
        "kind": "fair",
        "start": at(2027, 3, 20, 10),
        "end": at(2027, 3, 20, 16),
        "attendance": "in-person",
        "place": "Exhibition hall",
        "address": "Białystok",
        "status": "cancelled",
    },
]

POLISH = {
    CALENDAR["title"]: "Wydarzenia i terminy",
    CALENDAR[
        "intro"
    ]: "Dni otwarte, webinaria i dni informacyjne białostockich uczelni i miasta oraz wszystkie terminy rekrutacji.",
    "Open day for international candidates": "Dzień otwarty dla kandydatów z zagranicy",
    "Visit the campus, meet students from abroad and ask the International Relations Office about admission.": "Zwiedź kampus, poznaj studentów z zagranicy i zapytaj Dział Współpracy Międzynarodowej o rekrutację.",
    "Main building, Aula": "Budynek główny, Aula",
    "Candidates for bachelor's and master's studies": "Kandydaci na studia pierwszego i drugiego stopnia",
    "Webinar: studying medicine in English": "Webinarium: studia medyczne po angielsku",
    "The admissions office explains the English-language medicine programme, the entrance exam and life in Białystok.": "Dział rekrutacji przedstawia anglojęzyczny kierunek lekarski, egzamin wstępny i życie w Białymstoku.",
    "Candidates for the MD programme": "Kandydaci na kierunek lekarski",
    "Information day: living in Białystok": "Dzień informacyjny: życie w Białymstoku",
    "The city office and the universities answer questions about residence, housing, transport and work during studies.": "Urząd miasta i uczelnie odpowiadają na pytania o pobyt, mieszkanie, komunikację i pracę w czasie studiów.",
    "City Hall": "Urząd Miejski",
    "Students from abroad and their families": "Studenci z zagranicy i ich rodziny",
    "Education fair stand of the University of Białystok": "Stoisko Uniwersytetu w Białymstoku na targach edukacyjnych",
    "The university's stand at a spring education fair; the fair has been called off.": "Stoisko uczelni na wiosennych targach edukacyjnych; targi zostały odwołane.",
    "Exhibition hall": "Hala wystawowa",
}


def load(builder):
    home = Site.objects.get(is_default_site=True).root_page
    calendar = builder.page(home, EventIndexPage, "events", show_in_menus=True, **CALENDAR)
    tables = translation_tables("events", pl=POLISH)
    builder.translate_all(calendar, tables)
    for spec in EVENTS:
        fields = {key: value for key, value in spec.items() if key not in {"slug", "organiser"}}
        organiser = (
            InstitutionPage.objects.filter(locale=home.locale, slug=spec["organiser"]).first()
            if spec["organiser"]
            else None
        )
        event = builder.page(calendar, EventPage, spec["slug"], organiser=organiser, **fields)
        builder.translate_all(event, tables)
