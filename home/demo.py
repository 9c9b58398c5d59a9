"""Demo home page and information pages: how the portal began and what awaits students.

Their Polish text is below; the other languages are in demo_translations/.
"""

from wagtail.models import Site
from wagtail_localize.models import TranslationSource

from core.demo import site_root, translation_tables

from .models import ContentPage, HomePage

HOME = {
    "title": "Study in Białystok",
    "seo_title": "Study in Białystok: universities, partners and student life",
    "search_description": "The shared portal of the City of Białystok and its universities for students from abroad.",
    "intro": (
        "Białystok is a green university city in north-eastern Poland. Here its universities "
        "and the city office tell you in one place what you can study, who our partner "
        "universities are and what everyday life looks like."
    ),
    "hero_alt_text": "Guests from partner universities gathered in front of a university building",
}

PAGES = [
    {
        "slug": "about-the-portal",
        "title": "How Study in Bialystok began",
        "intro": "The portal grew out of a week of meetings between Bialystok University of Technology and its partners from 18 countries.",
        "body": [
            ("heading", "Eighth International Training Week"),
            (
                "paragraph",
                "In May 2022 the International Relations Office of Bialystok University of Technology "
                "hosted its eighth International Training Week. Close to forty guests came from partner "
                "universities in 18 countries, most of them outside the European Union, within the "
                "Erasmus+ KA107 programme.",
            ),
            (
                "paragraph",
                "Rectors, lecturers and international office staff met students, visited the faculties "
                "and talked about more exchanges of students and staff, shared research and summer schools.",
            ),
            ("heading", "A brand shared by the city and its universities"),
            (
                "paragraph",
                "During that week the university asked the Mayor of Białystok to support a common brand "
                "for attracting foreign students. This website is the result: the city and its "
                "universities present their offer together.",
            ),
            (
                "quote",
                "When universities and the city work together, everybody wins, and so do the students who choose Białystok.",
                "Assoc. Prof. Dorota Anna Krawczyk, Vice-Rector for International Cooperation",
            ),
        ],
    },
    {
        "slug": "living-in-bialystok",
        "title": "Living in Białystok",
        "intro": "A compact city with palaces, parks and the forests of Podlasie at its doorstep.",
        "body": [
            ("heading", "The city"),
            (
                "paragraph",
                "The Branicki Palace and its gardens stand at the heart of the city. Guests of the "
                "Training Week were welcomed by the Deputy Mayor, Przemysław Tuchliński, in the "
                "Branicki Guest Palace before a walk through the historic centre.",
            ),
            ("heading", "The region"),
            (
                "paragraph",
                "Half an hour away lies Supraśl, a small town in the forest, famous for its monastery "
                "and regional cooking. The herb garden in Koryciny shows the plants of Podlasie.",
            ),
        ],
    },
    {
        "slug": "learning-polish",
        "title": "Learning Polish",
        "intro": "You can study in English, but a few Polish words open many doors.",
        "body": [
            (
                "paragraph",
                "The POLISH LAB Centre for Polish Language and Culture at the Foreign Language Centre of "
                "Bialystok University of Technology runs language and culture workshops for guests and "
                "students from abroad.",
            ),
            (
                "paragraph",
                "During the 2022 Training Week, participants learnt everyday polite phrases in a single "
                "afternoon and greeted each other in Polish for the rest of the week.",
            ),
        ],
    },
]

POLISH = {
    # Home page
    "Study in Białystok": "Studiuj w Białymstoku",
    "Study in Białystok: universities, partners and student life": "Studiuj w Białymstoku: uczelnie, partnerzy i życie studenckie",
    "The shared portal of the City of Białystok and its universities for students from abroad.": "Wspólny portal Miasta Białystok i jego uczelni dla studentów z zagranicy.",
    HOME["intro"]: (
        "Białystok to zielone miasto akademickie w północno-wschodniej Polsce. Tutaj uczelnie i urząd "
        "miasta mówią w jednym miejscu, co możesz studiować, kim są nasze uczelnie partnerskie i jak "
        "wygląda codzienne życie."
    ),
    HOME["hero_alt_text"]: "Goście z uczelni partnerskich przed budynkiem uczelni",
    # About the portal
    "How Study in Bialystok began": "Jak powstał portal Study in Bialystok",
    PAGES[0][
        "intro"
    ]: "Portal wyrósł z tygodnia spotkań Politechniki Białostockiej z partnerami z 18 krajów.",
    "Eighth International Training Week": "Ósmy International Training Week",
    PAGES[0]["body"][1][1]: (
        "W maju 2022 roku Dział Współpracy Międzynarodowej Politechniki Białostockiej zorganizował ósmy "
        "International Training Week. Blisko czterdziestu gości przyjechało z uczelni partnerskich "
        "z 18 krajów, w większości spoza Unii Europejskiej, w ramach programu Erasmus+ KA107."
    ),
    PAGES[0]["body"][2][1]: (
        "Rektorzy, wykładowcy i pracownicy biur współpracy międzynarodowej spotkali się ze studentami, "
        "odwiedzili wydziały i rozmawiali o większej liczbie wymian studentów i pracowników, wspólnych "
        "badaniach i szkołach letnich."
    ),
    "A brand shared by the city and its universities": "Marka wspólna dla miasta i uczelni",
    PAGES[0]["body"][4][1]: (
        "W tym tygodniu uczelnia zwróciła się do Prezydenta Białegostoku o wsparcie wspólnej marki, "
        "która ma przyciągać studentów z zagranicy. Ta strona jest jej owocem: miasto i uczelnie "
        "przedstawiają swoją ofertę razem."
    ),
    PAGES[0]["body"][5][1]: (
        "Kiedy uczelnie i miasto działają razem, zyskują wszyscy, także studenci, którzy wybierają Białystok."
    ),
    PAGES[0]["body"][5][
        2
    ]: "dr hab. inż. Dorota Anna Krawczyk, prof. PB, prorektor ds. współpracy międzynarodowej",
    # Living in Białystok
    "Living in Białystok": "Życie w Białymstoku",
    PAGES[1]["intro"]: "Kameralne miasto z pałacami, parkami i lasami Podlasia na wyciągnięcie ręki.",
    "The city": "Miasto",
    PAGES[1]["body"][1][1]: (
        "W sercu miasta stoi Pałac Branickich z ogrodami. Gości Training Week powitał zastępca "
        "prezydenta miasta Przemysław Tuchliński w Pałacyku Gościnnym Branickich, a potem wszyscy "
        "przeszli przez zabytkowe centrum."
    ),
    "The region": "Region",
    PAGES[1]["body"][3][1]: (
        "Pół godziny drogi od miasta leży Supraśl, niewielkie miasteczko w puszczy, słynące z klasztoru "
        "i kuchni regionalnej. Zakątek Zielarski w Korycinach pokazuje rośliny Podlasia."
    ),
    # Learning Polish
    "Learning Polish": "Nauka polskiego",
    PAGES[2]["intro"]: "Możesz studiować po angielsku, ale kilka polskich słów otwiera wiele drzwi.",
    PAGES[2]["body"][0][1]: (
        "Centrum Języka i Kultury Polskiej POLISH LAB w Studium Języków Obcych Politechniki Białostockiej "
        "prowadzi warsztaty językowe i kulturowe dla gości i studentów z zagranicy."
    ),
    PAGES[2]["body"][1][1]: (
        "Podczas Training Week 2022 uczestnicy w jedno popołudnie nauczyli się codziennych zwrotów "
        "grzecznościowych i przez resztę tygodnia witali się po polsku."
    ),
    # Call-to-action links
    "Read about life in Białystok": "Przeczytaj o życiu w Białymstoku",
    "Start learning Polish": "Zacznij uczyć się polskiego",
}


def body_blocks(body):
    blocks = []
    for kind, *values in body:
        if kind == "heading":
            blocks.append(("heading", {"text": values[0], "level": "h2"}))
        elif kind == "paragraph":
            blocks.append(("paragraph", f"<p>{values[0]}</p>"))
        elif kind == "quote":
            blocks.append(("quote", {"quote": values[0], "attribution": values[1]}))
    return blocks


def load(builder):
    hero = builder.image("International Training Week guests", ((11, 79, 138), (38, 120, 90)))
    root = site_root()
    # Wagtail's migrations leave a placeholder "Welcome" page; the demo home page replaces it.
    root.get_children().filter(slug="home").exclude(content_type__model="homepage").delete()
    home = builder.page(root, HomePage, "home", hero_image=hero, **HOME)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"root_page": home, "site_name": "Study in Bialystok", "hostname": "localhost"},
    )

    pages = {
        spec["slug"]: builder.page(
            home,
            ContentPage,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            body=body_blocks(spec["body"]),
            show_in_menus=True,
        )
        for spec in PAGES
    }
    if not home.call_to_actions:
        home.call_to_actions = [
            ("link", {"text": "Read about life in Białystok", "page": pages["living-in-bialystok"]}),
            ("link", {"text": "Start learning Polish", "page": pages["learning-polish"]}),
        ]
        home.save_revision().publish()

    tables = translation_tables("home", pl=POLISH)
    builder.translate_all(home, tables)
    for page in pages.values():
        builder.translate_all(page, tables)


def feature(builder, blocks):
    """Feature `blocks` on the English home page, once, and bring its translations up to date.

    The featured stream holds choosers only (no text to translate): wagtail-localize copies it into
    each language's home page, and each reader sees the chosen pages in their language.
    """
    home = Site.objects.get(is_default_site=True).root_page.specific
    if home.featured:
        return
    home.featured = blocks
    home.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(home)
    source.update_from_db()
    for translation in source.translations.select_related("target_locale"):
        translation.save_target(publish=True)
        translated = home.get_translation(translation.target_locale).specific
        if not translated.live or translated.has_unpublished_changes:
            # Inside a transaction (tests), wagtail-localize defers the publish to the commit.
            translated.get_latest_revision().publish()
    builder.report(f"featured stories, gallery and events on the home page ({len(blocks)} blocks)")
