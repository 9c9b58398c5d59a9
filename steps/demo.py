"""Demo guide: the steps from admission to arrival, phrased for an international office to check
(not legal advice), for the winter semester of 2027/28. Translations are in demo_translations/."""

import datetime

from wagtail.models import Site

from core.demo import translation_tables

from .models import StepsGuidePage

EVERYONE = ["eu", "ukraine", "other"]
ALL_LEVELS = ["degree", "exchange", "doctoral"]


def link(text, url):
    return {"text": text, "page": None, "external_url": url}


def step(title, what, days, citizenship, levels, documents="", where="", duration="", links=()):
    return (
        "step",
        {
            "title": title,
            "what_to_do": what,
            "documents": documents,
            "where": where,
            "duration": duration,
            "days_before_start": days,
            "citizenship": citizenship,
            "levels": levels,
            "links": list(links),
        },
    )


PAGE = {
    "title": "Your steps to Białystok",
    "intro": "Choose your citizenship and your studies to see your own checklist, from admission to your first weeks in the city.",
    "semester_start": datetime.date(2027, 10, 1),
}

STEPS = [
    step(
        "Apply for admission",
        "Register in your university's online admission system and upload your documents before the application deadline of your programme.",
        120,
        EVERYONE,
        ["degree", "doctoral"],
        documents="Your school-leaving certificate or diploma, a passport photo and a copy of your passport.",
        where="The admission office of your university",
        links=[link("Study programmes and deadlines", "https://www.gov.pl/web/nauka")],
    ),
    step(
        "Get nominated by your home university",
        "Your home university nominates you for the exchange; then you agree your courses in a learning agreement.",
        150,
        EVERYONE,
        ["exchange"],
        where="The international office of your home university",
    ),
    step(
        "Apply for a national visa for studies",
        "Book an appointment at a Polish consulate and apply for a national (D) visa for studies.",
        90,
        ["other"],
        ALL_LEVELS,
        documents="Your letter of acceptance, a valid passport, health insurance and proof that you can pay for your stay.",
        where="A Polish consulate in your country",
        duration="Often several weeks",
        links=[link("Visas on the Polish government's website", "https://www.gov.pl/web/diplomacy/visas")],
    ),
    step(
        "Check the basis of your stay",
        "Ask the international office which basis of stay applies to you as a citizen of Ukraine: a visa, a residence permit or the special rules for citizens of Ukraine.",
        90,
        ["ukraine"],
        ALL_LEVELS,
        where="The international office of your university",
    ),
    step(
        "Arrange health insurance",
        "Bring your European Health Insurance Card, or buy insurance valid in Poland; in Poland you can join the National Health Fund's voluntary insurance.",
        30,
        EVERYONE,
        ALL_LEVELS,
        where="The National Health Fund (NFZ) or an insurer",
        links=[link("National Health Fund (NFZ)", "https://www.nfz.gov.pl/")],
    ),
    step(
        "Book your accommodation",
        "Apply for a dormitory room or find a flat before you travel.",
        60,
        EVERYONE,
        ALL_LEVELS,
        where="The dormitory office of your university",
    ),
    step(
        "Register your address",
        "After you move in, register your address at the City Hall; the office tells you the deadline that applies to you.",
        -14,
        EVERYONE,
        ALL_LEVELS,
        where="Białystok City Hall",
        links=[link("Białystok City Hall", "https://www.bialystok.pl/")],
    ),
    step(
        "Register your right of residence",
        "If you stay longer than three months, register your right of residence as a citizen of the EU, the EEA or Switzerland.",
        -80,
        ["eu"],
        ALL_LEVELS,
        where="Podlaskie Voivodeship Office",
        links=[link("Podlaskie Voivodeship Office", "https://www.gov.pl/web/uw-podlaski")],
    ),
    step(
        "Apply for a temporary residence permit",
        "If you stay longer than your visa allows, apply for a temporary residence permit before your visa expires.",
        -60,
        ["other", "ukraine"],
        ["degree", "doctoral"],
        documents="Your passport, a certificate from your university, health insurance and proof of your income and address.",
        where="Podlaskie Voivodeship Office",
        duration="Often several months",
        links=[link("Podlaskie Voivodeship Office", "https://www.gov.pl/web/uw-podlaski")],
    ),
]


def load(builder):
    home = Site.objects.get(is_default_site=True).root_page
    page = builder.page(home, StepsGuidePage, "your-steps", show_in_menus=True, steps=STEPS, **PAGE)
    builder.translate_all(page, translation_tables("steps"))
