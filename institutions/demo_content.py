"""The demo's universities and programmes, in English with their Polish translations.

Contact details are limited to what each university publishes for everyone (address, website);
students are sent to the universities' own sites for fees. The application deadlines are demo dates,
to be replaced by each university's own.
"""

import datetime

AUTUMN_2027 = datetime.date(2027, 10, 1)

INDEX = {
    "title": "Universities",
    "intro": "Białystok's universities welcome students from abroad. Each presents itself and its offer here.",
}
FINDER = {
    "title": "Find a programme",
    "intro": "Every programme that Białystok's universities offer to students from abroad, in one list you can filter.",
}

INSTITUTIONS = [
    {
        "slug": "bialystok-university-of-technology",
        "title": "Bialystok University of Technology",
        "short_name": "BUT",
        "colours": ((11, 79, 138), (20, 120, 160)),
        "intro": "The largest technical university of north-eastern Poland, with faculties from architecture to computer science.",
        "body": [
            (
                "paragraph",
                "Its International Relations Office has hosted guests from partner universities in 18 countries during the International Training Week and helps students from abroad from their first question to their graduation.",
            ),
        ],
        "website": "https://pb.edu.pl/",
        "address": "ul. Wiejska 45A, 15-351 Białystok, Poland",
        "office_name": "International Relations Office",
        "office_email": "international@but.example",
        "office_hours": "Monday to Friday, during office hours",
        "programmes": [
            {
                "slug": "computer-science-bsc",
                "application_deadline": datetime.date(2027, 7, 15),
                "title": "Computer Science",
                "intro": "An engineering degree in programming, networks and data, taught at the Faculty of Computer Science.",
                "level": "bachelor",
                "field_of_study": "ict",
                "taught_in_english": True,
                "duration": "7 semesters",
                "ects": 210,
                "fee_kind": "see-website",
                "start_date": AUTUMN_2027,
                "description": "Lectures, laboratories and a final engineering project prepare you for work in software companies in Poland and abroad.",
            },
            {
                "slug": "engineering-exchange-semester",
                "title": "Exchange semester in engineering",
                "intro": "One semester of engineering courses in English for exchange students of partner universities.",
                "level": "exchange",
                "field_of_study": "engineering",
                "taught_in_english": True,
                "duration": "1 semester",
                "ects": 30,
                "fee_kind": "free",
                "start_date": AUTUMN_2027,
                "description": "Choose courses from the faculties of civil, mechanical and electrical engineering; your home university recognises the credits, and an Erasmus+ scholarship covers the stay.",
            },
            {
                "slug": "international-summer-school",
                "title": "International summer school",
                "intro": "Two weeks of workshops, lab visits and trips around Podlasie for students of partner universities.",
                "level": "short-course",
                "field_of_study": "engineering",
                "taught_in_english": True,
                "duration": "2 weeks",
                "fee_kind": "see-website",
                "description": "Mornings belong to project work in mixed teams; afternoons to Polish lessons, the city and the region.",
            },
        ],
    },
    {
        "slug": "medical-university-of-bialystok",
        "title": "Medical University of Białystok",
        "short_name": "MUB",
        "colours": ((120, 24, 48), (170, 70, 90)),
        "intro": "A medical university whose English-language degrees train doctors and dentists from all over the world.",
        "body": [
            (
                "paragraph",
                "Students learn in the university's teaching hospitals and laboratories, next to the palace that houses its rector's office.",
            ),
        ],
        "website": "https://www.umb.edu.pl/",
        "address": "ul. Jana Kilińskiego 1, 15-089 Białystok, Poland",
        "office_name": "International office",
        "office_email": "international@mub.example",
        "office_hours": "Monday to Friday, during office hours",
        "programmes": [
            {
                "slug": "medicine-md",
                "application_deadline": datetime.date(2027, 6, 30),
                "title": "Medicine (MD programme)",
                "intro": "A six-year degree in medicine taught in English, with clinical training from the third year.",
                "level": "master",
                "field_of_study": "health",
                "taught_in_english": True,
                "duration": "6 years",
                "ects": 360,
                "fee_kind": "see-website",
                "start_date": AUTUMN_2027,
                "description": "The programme follows the European standards for medical education, so graduates can apply for a licence to practise in the European Union.",
            },
            {
                "slug": "dentistry-dds",
                "title": "Dentistry",
                "intro": "A five-year degree in dentistry taught in English, with practice in the university's dental clinics.",
                "level": "master",
                "field_of_study": "health",
                "taught_in_english": True,
                "duration": "5 years",
                "ects": 300,
                "fee_kind": "see-website",
                "start_date": AUTUMN_2027,
                "description": "From the first year you work with models and simulators; later you treat patients under the supervision of experienced dentists.",
            },
        ],
    },
    {
        "slug": "university-of-bialystok",
        "title": "University of Białystok",
        "short_name": "UwB",
        "colours": ((30, 100, 60), (90, 150, 80)),
        "intro": "The city's classical university: humanities, law, economics and the natural sciences on a modern campus.",
        "body": [
            (
                "paragraph",
                "Exchange students choose from courses in English at most faculties and can learn Polish alongside their studies.",
            ),
        ],
        "website": "https://uwb.edu.pl/",
        "address": "ul. Świerkowa 20B, 15-328 Białystok, Poland",
        "office_name": "International office",
        "office_email": "international@uwb.example",
        "office_hours": "Monday to Friday, during office hours",
        "programmes": [
            {
                "slug": "humanities-exchange-semester",
                "title": "Exchange semester in the humanities and social sciences",
                "intro": "One semester of courses in English in history, philology, law and economics for exchange students.",
                "level": "exchange",
                "field_of_study": "social-sciences",
                "taught_in_english": True,
                "duration": "1 semester",
                "ects": 30,
                "fee_kind": "free",
                "start_date": AUTUMN_2027,
                "description": "Put together your own course list with your coordinator; a Polish language course is part of the offer.",
            },
            {
                "slug": "doctoral-school-natural-sciences",
                "application_deadline": datetime.date(2027, 5, 31),
                "title": "Doctoral programme in the natural sciences",
                "intro": "Four years of research in biology, chemistry or physics, with classes in English and Polish.",
                "level": "phd",
                "field_of_study": "natural-sciences",
                "taught_in_english": True,
                "taught_in_polish": True,
                "duration": "4 years",
                "fee_kind": "free",
                "start_date": AUTUMN_2027,
                "description": "Doctoral candidates join a research group, teach students and write their thesis under the care of a supervisor.",
            },
        ],
    },
]

POLISH = {
    INDEX["title"]: "Uczelnie",
    INDEX[
        "intro"
    ]: "Białostockie uczelnie czekają na studentów z zagranicy. Tutaj każda przedstawia siebie i swoją ofertę.",
    FINDER["title"]: "Znajdź kierunek",
    FINDER[
        "intro"
    ]: "Wszystkie kierunki, które białostockie uczelnie proponują studentom z zagranicy, na jednej liście z filtrami.",
    # Bialystok University of Technology
    "Bialystok University of Technology": "Politechnika Białostocka",
    "BUT": "PB",
    INSTITUTIONS[0][
        "intro"
    ]: "Największa uczelnia techniczna północno-wschodniej Polski, z wydziałami od architektury po informatykę.",
    INSTITUTIONS[0]["body"][0][1]: (
        "Jej Dział Współpracy Międzynarodowej gościł podczas International Training Week przedstawicieli "
        "uczelni partnerskich z 18 krajów i pomaga studentom z zagranicy od pierwszego pytania aż do dyplomu."
    ),
    "ul. Wiejska 45A, 15-351 Białystok, Poland": "ul. Wiejska 45A, 15-351 Białystok, Polska",
    "International Relations Office": "Dział Współpracy Międzynarodowej",
    "Monday to Friday, during office hours": "Od poniedziałku do piątku, w godzinach pracy biura",
    "Computer Science": "Informatyka",
    "An engineering degree in programming, networks and data, taught at the Faculty of Computer Science.": "Studia inżynierskie z programowania, sieci i danych na Wydziale Informatyki.",
    "7 semesters": "7 semestrów",
    "Lectures, laboratories and a final engineering project prepare you for work in software companies in Poland and abroad.": "Wykłady, laboratoria i projekt inżynierski przygotowują do pracy w firmach informatycznych w Polsce i za granicą.",
    "Exchange semester in engineering": "Semestr wymiany na kierunkach technicznych",
    "One semester of engineering courses in English for exchange students of partner universities.": "Semestr zajęć technicznych po angielsku dla studentów wymiany z uczelni partnerskich.",
    "1 semester": "1 semestr",
    "Choose courses from the faculties of civil, mechanical and electrical engineering; your home university recognises the credits, and an Erasmus+ scholarship covers the stay.": "Wybierasz zajęcia na wydziałach budownictwa, mechaniki i elektrotechniki, uczelnia macierzysta uznaje punkty, a pobyt pokrywa stypendium Erasmus+.",
    "International summer school": "Międzynarodowa szkoła letnia",
    "Two weeks of workshops, lab visits and trips around Podlasie for students of partner universities.": "Dwa tygodnie warsztatów, wizyt w laboratoriach i wycieczek po Podlasiu dla studentów uczelni partnerskich.",
    "2 weeks": "2 tygodnie",
    "Mornings belong to project work in mixed teams; afternoons to Polish lessons, the city and the region.": "Przedpołudnia to praca nad projektami w mieszanych zespołach, popołudnia to lekcje polskiego, miasto i region.",
    # Medical University of Białystok
    "Medical University of Białystok": "Uniwersytet Medyczny w Białymstoku",
    "MUB": "UMB",
    INSTITUTIONS[1][
        "intro"
    ]: "Uczelnia medyczna, której anglojęzyczne studia kształcą lekarzy i lekarzy dentystów z całego świata.",
    INSTITUTIONS[1]["body"][0][1]: (
        "Studenci uczą się w szpitalach klinicznych i laboratoriach uczelni, obok pałacu, w którym mieści się rektorat."
    ),
    "ul. Jana Kilińskiego 1, 15-089 Białystok, Poland": "ul. Jana Kilińskiego 1, 15-089 Białystok, Polska",
    "International office": "Biuro współpracy międzynarodowej",
    "Medicine (MD programme)": "Kierunek lekarski (program MD)",
    "A six-year degree in medicine taught in English, with clinical training from the third year.": "Sześcioletnie studia lekarskie po angielsku, z zajęciami klinicznymi od trzeciego roku.",
    "6 years": "6 lat",
    "The programme follows the European standards for medical education, so graduates can apply for a licence to practise in the European Union.": "Program spełnia europejskie standardy kształcenia lekarzy, więc absolwenci mogą ubiegać się o prawo wykonywania zawodu w Unii Europejskiej.",
    "Dentistry": "Kierunek lekarsko-dentystyczny",
    "A five-year degree in dentistry taught in English, with practice in the university's dental clinics.": "Pięcioletnie studia stomatologiczne po angielsku, z praktyką w klinikach stomatologicznych uczelni.",
    "5 years": "5 lat",
    "From the first year you work with models and simulators; later you treat patients under the supervision of experienced dentists.": "Od pierwszego roku pracujesz na modelach i symulatorach, a później leczysz pacjentów pod okiem doświadczonych stomatologów.",
    # University of Białystok
    "University of Białystok": "Uniwersytet w Białymstoku",
    "UwB": "UwB",
    INSTITUTIONS[2][
        "intro"
    ]: "Klasyczny uniwersytet miasta: nauki humanistyczne, prawo, ekonomia i nauki przyrodnicze w nowoczesnym kampusie.",
    INSTITUTIONS[2]["body"][0][1]: (
        "Studenci wymiany wybierają spośród zajęć po angielsku na większości wydziałów i mogą równolegle uczyć się polskiego."
    ),
    "ul. Świerkowa 20B, 15-328 Białystok, Poland": "ul. Świerkowa 20B, 15-328 Białystok, Polska",
    "Exchange semester in the humanities and social sciences": "Semestr wymiany w naukach humanistycznych i społecznych",
    "One semester of courses in English in history, philology, law and economics for exchange students.": "Semestr zajęć po angielsku z historii, filologii, prawa i ekonomii dla studentów wymiany.",
    "Put together your own course list with your coordinator; a Polish language course is part of the offer.": "Własną listę zajęć układasz z koordynatorem, a kurs języka polskiego jest częścią oferty.",
    "Doctoral programme in the natural sciences": "Kształcenie doktorantów w naukach przyrodniczych",
    "Four years of research in biology, chemistry or physics, with classes in English and Polish.": "Cztery lata badań z biologii, chemii lub fizyki, z zajęciami po angielsku i po polsku.",
    "4 years": "4 lata",
    "Doctoral candidates join a research group, teach students and write their thesis under the care of a supervisor.": "Doktoranci dołączają do zespołu badawczego, prowadzą zajęcia ze studentami i piszą rozprawę pod opieką promotora.",
}
