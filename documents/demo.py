"""The programme of the 2022 International Training Week as generated PDF files, in English and Polish."""

import io
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

ENGLISH_TITLE = "Programme of the International Training Week 2022"
POLISH_TITLE = "Program Międzynarodowego Tygodnia Szkoleniowego 2022"

PROGRAMME = {
    "en": {
        "title": ENGLISH_TITLE,
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

# Polish letters need a Unicode font; Debian's DejaVu has them, reportlab's own Vera is the fallback.
FONTS = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path(reportlab.__file__).parent / "fonts" / "Vera.ttf",
]


def register_font():
    path = next(font for font in FONTS if font.exists())
    pdfmetrics.registerFont(TTFont("DemoSans", str(path)))
    return "DemoSans"


def programme_pdf(language):
    """The programme as PDF bytes and its number of pages.

    reportlab writes no structure tree (tags), so the file is honestly marked as not accessible.
    """
    text = PROGRAMME[language]
    font = register_font()
    styles = getSampleStyleSheet()
    for style in styles.byName.values():
        style.fontName = font
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=text["title"],
        author="Bialystok University of Technology",
        lang=language,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
    )
    story = [Paragraph(text["title"], styles["Title"]), Paragraph(text["subtitle"], styles["Normal"])]
    for day, events in text["days"]:
        story += [
            Spacer(1, 0.5 * cm),
            Paragraph(day, styles["Heading2"]),
            Paragraph(events, styles["Normal"]),
        ]
    document.build(story)
    return buffer.getvalue(), document.page


def load(builder):
    for language, filename in (("en", "itw-2022-programme.pdf"), ("pl", "itw-2022-program.pdf")):
        content, pages = programme_pdf(language)
        builder.document(
            PROGRAMME[language]["title"],
            filename,
            content,
            language=language,
            accessible=False,
            page_count=pages,
        )
