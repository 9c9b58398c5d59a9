"""A demo gallery: generated pictures (coloured circles) standing in for photos of the opening of the 2022
Training Week and of the cultural stands; their alt texts say what they show."""

from wagtail.models import Site

from core.demo import translation_tables

from .models import GalleryPage

# (title in the image library, colours, alt text, caption); translations in POLISH and demo_translations/.
PHOTOS = [
    (
        "ITW 2022 opening 1",
        ((11, 79, 138), (120, 170, 210)),
        "Demo picture: pale blue circles on a background fading from dark blue to light blue",
        "In place of a photo of the Rector welcoming the guests on 23 May 2022.",
    ),
    (
        "ITW 2022 opening 2",
        ((30, 60, 90), (200, 140, 60)),
        "Demo picture: sand-coloured circles on a background fading from navy blue to amber",
        "In place of a photo of the nearly forty guests from partner universities in 18 countries.",
    ),
    (
        "ITW 2022 opening 3",
        ((40, 90, 60), (170, 210, 150)),
        "Demo picture: pale green circles on a background fading from dark green to light green",
        "In place of the group photo taken after the opening.",
    ),
    (
        "ITW 2022 stands 1",
        ((150, 40, 40), (240, 190, 90)),
        "Demo picture: pale yellow circles on a background fading from dark red to golden yellow",
        "In place of a photo of the partner universities' cultural stands.",
    ),
    (
        "ITW 2022 stands 2",
        ((120, 60, 20), (250, 210, 120)),
        "Demo picture: cream circles on a background fading from brown to light sand",
        "In place of a photo of students tasting delicacies from around the world.",
    ),
    (
        "ITW 2022 stands 3",
        ((60, 30, 100), (190, 150, 230)),
        "Demo picture: pale lilac circles on a background fading from deep purple to lavender",
        "In place of a photo of conversations about exchanges and summer schools.",
    ),
]

POLISH = {
    "International Training Week 2022: opening and cultural stands": "Międzynarodowy Tydzień Szkoleniowy 2022: otwarcie i stoiska kulturowe",
    "Demo pictures standing in for the photos of the opening ceremony and of the partner universities' cultural stands at Bialystok University of Technology.": "Zdjęcia zastępcze demo w miejsce zdjęć z uroczystości otwarcia i ze stoisk kulturowych uczelni partnerskich na Politechnice Białostockiej.",
    "Demo picture: pale blue circles on a background fading from dark blue to light blue": "Obraz demo: jasnoniebieskie koła na tle przechodzącym od ciemnego do jasnego błękitu",
    "In place of a photo of the Rector welcoming the guests on 23 May 2022.": "W miejsce zdjęcia, na którym Rektor wita gości 23 maja 2022 r.",
    "Demo picture: sand-coloured circles on a background fading from navy blue to amber": "Obraz demo: piaskowe koła na tle przechodzącym od granatu do bursztynu",
    "In place of a photo of the nearly forty guests from partner universities in 18 countries.": "W miejsce zdjęcia blisko czterdziestu gości z uczelni partnerskich z 18 krajów.",
    "Demo picture: pale green circles on a background fading from dark green to light green": "Obraz demo: jasnozielone koła na tle przechodzącym od ciemnej do jasnej zieleni",
    "In place of the group photo taken after the opening.": "W miejsce wspólnego zdjęcia zrobionego po otwarciu.",
    "Demo picture: pale yellow circles on a background fading from dark red to golden yellow": "Obraz demo: jasnożółte koła na tle przechodzącym od ciemnej czerwieni do złotożółtego",
    "In place of a photo of the partner universities' cultural stands.": "W miejsce zdjęcia stoisk kulturowych uczelni partnerskich.",
    "Demo picture: cream circles on a background fading from brown to light sand": "Obraz demo: kremowe koła na tle przechodzącym od brązu do jasnego piasku",
    "In place of a photo of students tasting delicacies from around the world.": "W miejsce zdjęcia studentów próbujących przysmaków z różnych stron świata.",
    "Demo picture: pale lilac circles on a background fading from deep purple to lavender": "Obraz demo: jasnoliliowe koła na tle przechodzącym od głębokiego fioletu do lawendy",
    "In place of a photo of conversations about exchanges and summer schools.": "W miejsce zdjęcia rozmów o wymianach i szkołach letnich.",
}

SLUG = "international-training-week-2022-photos"
INTRO = "Demo pictures standing in for the photos of the opening ceremony and of the partner universities' cultural stands at Bialystok University of Technology."


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
        intro=INTRO,
        photo_stream=photos,
    )
    builder.translate_all(gallery, translation_tables("galleries", pl=POLISH))
