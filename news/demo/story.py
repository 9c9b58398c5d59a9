"""The International Training Week 2022 article, told in the portal's own words, with its Polish text."""

TITLE = "Eighth International Training Week: partners from 18 countries at Bialystok University of Technology"
LEAD = (
    "From 23 May 2022, close to forty guests from partner universities in 18 countries spent a week in "
    "Białystok: lectures, faculty visits, Polish lessons and trips into Podlasie."
)
AUTHOR = "International Relations Office, Bialystok University of Technology"
PLACE = "Bialystok University of Technology, Białystok"
HERO_ALT = "Guests of the Training Week gathered in front of a university building"
DOCUMENT_TITLE = "Detailed programme of the week"
PARTNERS_HEADING = "The 18 partner universities that took part"

BODY = [
    (
        "paragraph",
        "Every year the International Relations Office of Bialystok University of Technology invites the partners it works with under Erasmus+ KA107, the strand of the programme for countries outside the European Union. In 2022 the week took place for the eighth time.",
    ),
    (
        "paragraph",
        "The visitors were rectors and deans, lecturers and staff of international offices. Between meetings at the faculties they gave lectures to students and staff of the university, and they discovered the city and the region around it.",
    ),
    ("heading", "A welcome from the Rector"),
    (
        "paragraph",
        "On Monday, 23 May, Rector Marta Kosior-Kazberuk opened the week. She asked the guests to use their faculty visits to look for ways of sending more students and staff abroad, for new forms of cooperation with universities outside the EU, and for good practices such as international summer schools and internships. She also hoped that the guests would speak about Podlasie when they returned home.",
    ),
    (
        "quote",
        "It is good to talk face to face again: about cooperation between our universities, about exchanges of students and staff, about research we can do together.",
        "Dorota Anna Krawczyk, Vice-Rector for International Cooperation",
    ),
    ("heading", "Cultural stands and the city"),
    (
        "paragraph",
        "The partners then presented their own universities at cultural stands, where students and staff could make contacts and try food from many corners of the world. In the afternoon the Deputy Mayor of Białystok, Przemysław Tuchliński, received the group in the Branicki Guest Palace, and a walk led on to the Branicki Palace, its gardens and the historic centre.",
    ),
    ("heading", "Polish words, exhibitions and Supraśl"),
    (
        "paragraph",
        "On Tuesday Alina Jabłońska-Domurat of the POLISH LAB Centre for Polish Language and Culture taught the guests everyday polite phrases; by the end of the day they were greeting each other in Polish. The workshop came with the photo exhibition “Beautiful Poland”, and the guests also opened the exhibition “China – beauty captured in a frame”, prize-winning photographs from a competition of the university's Confucius Classroom.",
    ),
    (
        "paragraph",
        "In the afternoon the group went to Supraśl, a small town in the forest, for a regional dinner and a lesson in folk dancing.",
    ),
    ("heading", "Herbs, faculties and a conference"),
    (
        "paragraph",
        "Later in the week the guests visited the herb garden in Koryciny and heard presentations at the Faculties of Electrical Engineering, Mechanical Engineering, Computer Science and Architecture. At the Faculty of Civil Engineering and Environmental Sciences they joined the poster session of the international conference ISMO, Innovations-Sustainability-Modernity-Openness.",
    ),
    ("heading", "Towards Study in Bialystok"),
    (
        "paragraph",
        "The university used the week to ask the Mayor of Białystok to support a brand shared by the city and all its universities for attracting students from abroad. This portal is where that idea led.",
    ),
]

# The participating universities: (country, university, a distinctive part of the partner page title).
UNIVERSITIES = [
    ("Albania", "University of Vlora “Ismail Qemali”", "Vlora"),
    ("Azerbaijan", "Azerbaijan Technological University", "Azerbaijan Technological"),
    ("Bhutan", "Jigme Namgyel Engineering College, Royal University of Bhutan", "Jigme Namgyel"),
    ("Bosnia and Herzegovina", "University of East Sarajevo", "East Sarajevo"),
    ("Egypt", "Mansoura University", "Mansoura"),
    ("Ecuador", "Universidad de Las Americas", "Las Am"),
    ("Spain", "University of Burgos", "Burgos"),
    ("Indonesia", "Institut Teknologi Sepuluh Nopember (ITS)", "Sepuluh Nopember"),
    ("Kazakhstan", "Kazakh National Research Technical University named after K. I. Satpayev", "Satpayev"),
    ("Kyrgyzstan", "Ala-Too International University", "Ala-Too"),
    ("Kosovo", "University of Pristina in Kosovska Mitrovica", "Mitrovica"),
    ("Lithuania", "Kaunas University of Applied Engineering Sciences", "Kaunas"),
    ("Malaysia", "Universiti Kebangsaan Malaysia", "Kebangsaan"),
    ("Mauritius", "University of Mauritius", "Mauritius"),
    ("Moldova", "Technical University of Moldova", "Moldova"),
    ("Nepal", "Kathmandu University", "Kathmandu"),
    ("Tunisia", "University of Monastir", "Monastir"),
    ("Turkey", "Firat University", "Firat"),
]

POLISH_COUNTRIES = {
    "Albania": "Albania",
    "Azerbaijan": "Azerbejdżan",
    "Bhutan": "Bhutan",
    "Bosnia and Herzegovina": "Bośnia i Hercegowina",
    "Egypt": "Egipt",
    "Ecuador": "Ekwador",
    "Spain": "Hiszpania",
    "Indonesia": "Indonezja",
    "Kazakhstan": "Kazachstan",
    "Kyrgyzstan": "Kirgistan",
    "Kosovo": "Kosowo",
    "Lithuania": "Litwa",
    "Malaysia": "Malezja",
    "Mauritius": "Mauritius",
    "Moldova": "Mołdawia",
    "Nepal": "Nepal",
    "Tunisia": "Tunezja",
    "Turkey": "Turcja",
}

POLISH = {
    TITLE: "Ósmy Międzynarodowy Tydzień Szkoleniowy: partnerzy z 18 krajów na Politechnice Białostockiej",
    LEAD: (
        "Od 23 maja 2022 r. blisko czterdziestu gości z uczelni partnerskich z 18 krajów spędziło tydzień "
        "w Białymstoku: wykłady, wizyty na wydziałach, lekcje polskiego i wycieczki po Podlasiu."
    ),
    AUTHOR: "Dział Współpracy Międzynarodowej, Politechnika Białostocka",
    PLACE: "Politechnika Białostocka, Białystok",
    HERO_ALT: "Goście Tygodnia Szkoleniowego zebrani przed budynkiem uczelni",
    DOCUMENT_TITLE: "Szczegółowy program tygodnia",
    PARTNERS_HEADING: "18 uczelni partnerskich, które wzięły udział",
    BODY[0][
        1
    ]: "Co roku Dział Współpracy Międzynarodowej Politechniki Białostockiej zaprasza partnerów, z którymi współpracuje w ramach Erasmus+ KA107, czyli części programu przeznaczonej dla krajów spoza Unii Europejskiej. W 2022 r. tydzień odbył się po raz ósmy.",
    BODY[1][
        1
    ]: "Przyjechali rektorzy i dziekani, wykładowcy oraz pracownicy biur współpracy międzynarodowej. Pomiędzy spotkaniami na wydziałach prowadzili wykłady dla studentów i pracowników uczelni, a także poznawali miasto i region.",
    "A welcome from the Rector": "Powitanie przez Rektor",
    BODY[3][
        1
    ]: "W poniedziałek 23 maja tydzień otworzyła Rektor Marta Kosior-Kazberuk. Poprosiła gości, by podczas wizyt na wydziałach szukali sposobów na wysyłanie za granicę większej liczby studentów i pracowników, nowych form współpracy z uczelniami spoza UE oraz dobrych praktyk, takich jak międzynarodowe szkoły letnie i staże. Wyraziła też nadzieję, że po powrocie do domu goście będą opowiadać o Podlasiu.",
    BODY[4][
        1
    ]: "Dobrze znów rozmawiać twarzą w twarz: o współpracy naszych uczelni, o wymianie studentów i pracowników, o badaniach, które możemy prowadzić razem.",
    BODY[4][2]: "Dorota Anna Krawczyk, Prorektor ds. Współpracy Międzynarodowej",
    "Cultural stands and the city": "Stoiska kulturowe i miasto",
    BODY[6][
        1
    ]: "Następnie partnerzy przedstawili swoje uczelnie na stoiskach kulturowych, gdzie studenci i pracownicy mogli nawiązać kontakty i spróbować potraw z wielu zakątków świata. Po południu zastępca prezydenta Białegostoku Przemysław Tuchliński przyjął grupę w Pałacyku Gościnnym Branickich, a spacer poprowadził dalej do Pałacu Branickich, jego ogrodów i historycznego centrum.",
    "Polish words, exhibitions and Supraśl": "Polskie słowa, wystawy i Supraśl",
    BODY[8][
        1
    ]: "We wtorek Alina Jabłońska-Domurat z Centrum Języka i Kultury Polskiej POLISH LAB nauczyła gości codziennych zwrotów grzecznościowych; pod koniec dnia witali się już po polsku. Warsztatom towarzyszyła wystawa fotografii „Piękna Polska”, a goście otworzyli także wystawę „Chiny – piękno zatrzymane w kadrze” z nagrodzonymi zdjęciami z konkursu Klasy Konfucjusza uczelni.",
    BODY[9][
        1
    ]: "Po południu grupa pojechała do Supraśla, małego miasteczka w puszczy, na regionalną kolację i lekcję tańców ludowych.",
    "Herbs, faculties and a conference": "Zioła, wydziały i konferencja",
    BODY[11][
        1
    ]: "W kolejnych dniach goście odwiedzili Zakątek Ziołowy w Korycinach i wysłuchali prezentacji na Wydziałach Elektrycznym, Mechanicznym, Informatyki oraz Architektury. Na Wydziale Budownictwa i Nauk o Środowisku wzięli udział w sesji posterowej międzynarodowej konferencji ISMO, Innovations-Sustainability-Modernity-Openness.",
    "Towards Study in Bialystok": "W stronę Study in Bialystok",
    BODY[13][
        1
    ]: "Uczelnia wykorzystała ten tydzień, by poprosić Prezydenta Białegostoku o wsparcie wspólnej marki miasta i wszystkich jego uczelni, przyciągającej studentów z zagranicy. Ten portal jest owocem tego pomysłu.",
    "Read how the portal began": "Przeczytaj, jak powstał portal",
}
# The universities listed as text when they have no partner page (without the partners' demo).
POLISH.update(
    {f"{country}: {name}": f"{POLISH_COUNTRIES[country]}: {name}" for country, name, _part in UNIVERSITIES}
)
