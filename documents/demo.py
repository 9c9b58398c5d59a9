"""The programme of the 2022 International Training Week, in English and Polish, as tagged PDF files."""

from pathlib import Path

ENGLISH_TITLE = "Programme of the International Training Week 2022"
POLISH_TITLE = "Program Międzynarodowego Tygodnia Szkoleniowego 2022"

PROGRAMME = {
    "en": {
        "title": ENGLISH_TITLE,
        "filename": "itw-2022-programme.pdf",
        "pages": 1,
        "subtitle": "Bialystok University of Technology, International Relations Office, 23–27 May 2022",
        "days": [
            (
                "Monday, 23 May",
                "Welcome by the Rector. Cultural stands of the partner universities. "
                "Meeting at the Branicki Guest Palace with the Deputy Mayor, walk to the Branicki Palace and gardens.",
            ),
            (
                "Tuesday, 24 May",
                "POLISH LAB workshops on Polish language and culture, exhibition “Beautiful Poland”. "
                "Opening of the photo exhibition “China – beauty captured in a frame”. Afternoon in Supraśl "
                "with a regional dinner and folk dances.",
            ),
            ("Wednesday, 25 May", "Trip to the herb garden in Koryciny."),
            (
                "Thursday, 26 May",
                "Presentations at the Faculties of Electrical Engineering, Mechanical Engineering, "
                "Computer Science and Architecture.",
            ),
            (
                "Friday, 27 May",
                "Poster session of the ISMO conference (Innovations-Sustainability-Modernity-Openness) at "
                "the Faculty of Civil Engineering and Environmental Sciences. Farewell.",
            ),
        ],
    },
    "pl": {
        "title": POLISH_TITLE,
        "filename": "itw-2022-program.pdf",
        "pages": 1,
        "subtitle": "Politechnika Białostocka, Dział Współpracy Międzynarodowej, 23–27 maja 2022",
        "days": [
            (
                "Poniedziałek, 23 maja",
                "Powitanie przez Rektor. Stoiska kulturowe uczelni partnerskich. Spotkanie z zastępcą "
                "prezydenta miasta w Pałacyku Gościnnym Branickich, spacer do Pałacu Branickich i ogrodów.",
            ),
            (
                "Wtorek, 24 maja",
                "Warsztaty języka i kultury polskiej POLISH LAB, wystawa „Piękna Polska”. Otwarcie wystawy "
                "fotografii „Chiny – piękno zatrzymane w kadrze”. Popołudnie w Supraślu z regionalną kolacją "
                "i tańcami ludowymi.",
            ),
            ("Środa, 25 maja", "Wycieczka do Zakątka Ziołowego w Korycinach."),
            (
                "Czwartek, 26 maja",
                "Prezentacje na Wydziałach Elektrycznym, Mechanicznym, Informatyki oraz Architektury.",
            ),
            (
                "Piątek, 27 maja",
                "Sesja posterowa konferencji ISMO (Innovations-Sustainability-Modernity-Openness) na Wydziale "
                "Budownictwa i Nauk o Środowisku. Pożegnanie.",
            ),
        ],
    },
}

# The PDFs that documents/programme/build.py prints from the text above.
FOLDER = Path(__file__).resolve().parent / "programme"


def load(builder):
    for language, text in PROGRAMME.items():
        builder.document(
            text["title"],
            text["filename"],
            (FOLDER / text["filename"]).read_bytes(),
            language=language,
            accessible=True,
            page_count=text["pages"],
        )
