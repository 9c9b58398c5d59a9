"""Shorter generated news, enough to show pagination, filters and the archive."""

import datetime

from django.utils.text import slugify

# (English title, Polish title, English lead, Polish lead, tag, image colours); {year} is filled in.
TOPICS = [
    (
        "Erasmus+ information day {year}",
        "Dzień informacyjny Erasmus+ {year}",
        "Students learnt how to spend a semester at a partner university.",
        "Studenci dowiedzieli się, jak spędzić semestr na uczelni partnerskiej.",
        "Erasmus",
        ((11, 79, 138), (90, 160, 220)),
    ),
    (
        "Welcome week for new international students {year}",
        "Tydzień powitalny dla nowych studentów zagranicznych {year}",
        "Campus tours, city games and a first Polish lesson opened the academic year.",
        "Zwiedzanie kampusu, gry miejskie i pierwsza lekcja polskiego otworzyły rok akademicki.",
        "Student life",
        ((40, 120, 80), (170, 220, 160)),
    ),
    (
        "Summer school on renewable energy {year}",
        "Szkoła letnia o odnawialnych źródłach energii {year}",
        "Two weeks of lectures and laboratory work for students from five countries.",
        "Dwa tygodnie wykładów i zajęć laboratoryjnych dla studentów z pięciu krajów.",
        "Summer schools",
        ((200, 130, 20), (250, 220, 120)),
    ),
    (
        "Polish language course for guests {year}",
        "Kurs języka polskiego dla gości {year}",
        "An evening course helps foreign students with everyday Polish.",
        "Wieczorny kurs pomaga studentom zagranicznym w codziennym polskim.",
        "Polish language",
        ((150, 40, 40), (240, 150, 130)),
    ),
    (
        "Research cooperation with partners abroad {year}",
        "Współpraca naukowa z partnerami z zagranicy {year}",
        "Joint projects with partner universities were presented at a seminar.",
        "Na seminarium przedstawiono wspólne projekty z uczelniami partnerskimi.",
        "Research",
        ((60, 30, 100), (180, 150, 220)),
    ),
    (
        "International Day at the campus {year}",
        "Dzień Międzynarodowy na kampusie {year}",
        "Students from many countries shared their food, music and traditions.",
        "Studenci z wielu krajów dzielili się jedzeniem, muzyką i tradycjami.",
        "Student life",
        ((20, 100, 120), (120, 200, 210)),
    ),
    (
        "Staff training visits {year}",
        "Wizyty szkoleniowe pracowników {year}",
        "Lecturers and administrators from partner universities visited Białystok.",
        "Wykładowcy i pracownicy administracji z uczelni partnerskich odwiedzili Białystok.",
        "Erasmus",
        ((90, 90, 90), (200, 200, 200)),
    ),
    (
        "Scholarships for international students {year}",
        "Stypendia dla studentów zagranicznych {year}",
        "Applications for the new round of scholarships are open.",
        "Ruszył nabór wniosków w nowej edycji stypendiów.",
        "Scholarships",
        ((120, 60, 20), (230, 180, 110)),
    ),
    (
        "Open day for candidates from abroad {year}",
        "Dzień otwarty dla kandydatów z zagranicy {year}",
        "Future students met lecturers and visited laboratories and dormitories.",
        "Przyszli studenci spotkali wykładowców i odwiedzili laboratoria oraz akademiki.",
        "Admissions",
        ((30, 60, 140), (150, 180, 240)),
    ),
    (
        "Excursion to the Białowieża Forest {year}",
        "Wycieczka do Puszczy Białowieskiej {year}",
        "International students spent a day in Europe's last primeval forest.",
        "Studenci zagraniczni spędzili dzień w ostatniej pierwotnej puszczy Europy.",
        "Student life",
        ((30, 90, 40), (140, 190, 110)),
    ),
]
YEARS = [2021, 2023, 2024]
BODY_EN = "The International Relations Office answers questions about this and other activities for students from abroad."
BODY_PL = (
    "Dział Współpracy Międzynarodowej odpowiada na pytania o to i inne działania dla studentów z zagranicy."
)
AUTHOR = "International Relations Office"
# Every third topic is translated; the others show how an English-only article is listed.
TRANSLATED = [title for number, (title, *_rest) in enumerate(TOPICS) if number % 3 == 0]


def polish():
    """The Polish strings of the translated articles."""
    strings = {AUTHOR: "Dział Współpracy Międzynarodowej", BODY_EN: BODY_PL}
    for title, title_pl, lead, lead_pl, *_rest in TOPICS:
        if title in TRANSLATED:
            strings[lead] = lead_pl
            strings.update({title.format(year=year): title_pl.format(year=year) for year in YEARS})
    return strings


def articles():
    """Every generated article: its slug (from its title), fields, tag and image colours."""
    for year_index, year in enumerate(YEARS):
        for number, (title, _title_pl, lead, _lead_pl, tag, colours) in enumerate(TOPICS):
            english_title = title.format(year=year)
            yield {
                "slug": slugify(english_title),
                "title": english_title,
                "date": datetime.date(year, 1 + number, 5 + 2 * year_index),
                "lead": lead,
                "tag": tag,
                "colours": colours,
                "image_title": f"News illustration {number + 1}",
                "translate": title in TRANSLATED,
            }
