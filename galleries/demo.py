"""A demo gallery: generated photos of the opening of the 2022 Training Week and of the cultural stands."""

from wagtail.models import Site

from core.demo import translation_tables

from .models import GalleryPage

# (title in the image library, colours, alt text, caption); translations in POLISH and demo_translations/.
PHOTOS = [
    (
        "ITW 2022 opening 1",
        ((11, 79, 138), (120, 170, 210)),
        "The Rector speaking at a lectern to guests in an auditorium",
        "The Rector welcomes the guests on 23 May 2022.",
    ),
    (
        "ITW 2022 opening 2",
        ((30, 60, 90), (200, 140, 60)),
        "About forty guests from partner universities seated in rows",
        "Nearly forty guests from partner universities.",
    ),
    (
        "ITW 2022 opening 3",
        ((40, 90, 60), (170, 210, 150)),
        "Participants of the Training Week posing together on the steps of a university building",
        "The group photo after the opening.",
    ),
    (
        "ITW 2022 stands 1",
        ((150, 40, 40), (240, 190, 90)),
        "Colourful tables with flags, leaflets and sweets in a university hall",
        "Each partner university set up its own stand.",
    ),
    (
        "ITW 2022 stands 2",
        ((120, 60, 20), (250, 210, 120)),
        "Students tasting pastries offered at one of the stands",
        "Students taste delicacies from around the world.",
    ),
    (
        "ITW 2022 stands 3",
        ((60, 30, 100), (190, 150, 230)),
        "A guest in traditional dress talking with two students at a stand",
        "Conversations about exchanges and summer schools.",
    ),
]

POLISH = {
    "International Training Week 2022: opening and cultural stands": "Międzynarodowy Tydzień Szkoleniowy 2022: otwarcie i stoiska kulturowe",
    "Photos of the opening ceremony and of the partner universities' cultural stands at Bialystok University of Technology.": "Zdjęcia z uroczystości otwarcia oraz ze stoisk kulturowych uczelni partnerskich na Politechnice Białostockiej.",
    "The Rector speaking at a lectern to guests in an auditorium": "Rektor przemawia z mównicy do gości zgromadzonych w auli",
    "The Rector welcomes the guests on 23 May 2022.": "Rektor wita gości 23 maja 2022 r.",
    "About forty guests from partner universities seated in rows": "Około czterdziestu gości z uczelni partnerskich siedzących w rzędach",
    "Nearly forty guests from partner universities.": "Blisko czterdziestu gości z uczelni partnerskich.",
    "Participants of the Training Week posing together on the steps of a university building": "Uczestnicy Tygodnia Szkoleniowego pozują razem na schodach budynku uczelni",
    "The group photo after the opening.": "Wspólne zdjęcie po otwarciu.",
    "Colourful tables with flags, leaflets and sweets in a university hall": "Kolorowe stoły z flagami, ulotkami i słodyczami w holu uczelni",
    "Each partner university set up its own stand.": "Każda uczelnia partnerska przygotowała własne stoisko.",
    "Students tasting pastries offered at one of the stands": "Studenci próbują wypieków z jednego ze stoisk",
    "Students taste delicacies from around the world.": "Studenci próbują przysmaków z różnych stron świata.",
    "A guest in traditional dress talking with two students at a stand": "Gość w stroju tradycyjnym rozmawia z dwojgiem studentów przy stoisku",
    "Conversations about exchanges and summer schools.": "Rozmowy o wymianach i szkołach letnich.",
}

SLUG = "international-training-week-2022-photos"


def load(builder):
    home = Site.objects.get(is_default_site=True).root_page.specific
    photos = [
        (
            "photo",
            {
                "image": builder.image(title, colours, size=(1600, 1067), seed=number),
                "alt_text": alt_text,
                "caption": caption,
            },
        )
        for number, (title, colours, alt_text, caption) in enumerate(PHOTOS)
    ]
    gallery = builder.page(
        home,
        GalleryPage,
        SLUG,
        title="International Training Week 2022: opening and cultural stands",
        intro="Photos of the opening ceremony and of the partner universities' cultural stands at Bialystok University of Technology.",
        photo_stream=photos,
    )
    builder.translate_all(gallery, translation_tables("galleries", pl=POLISH))
