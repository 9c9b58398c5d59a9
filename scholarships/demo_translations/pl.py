"""Polish text of the scholarships demo, keyed by the English source segments (wagtail-localize
keeps the line breaks of a text field as <br/>)."""

STRINGS = {
    "Scholarships": "Stypendia",
    "Find the scholarships you may apply for by your citizenship, your studies and your university. Each one shows the day we last compared it with the funder's page: the funder's current call always decides.": "Znajdź stypendia, o które możesz się ubiegać, według obywatelstwa, studiów i uczelni. Przy każdym widać dzień, w którym ostatnio porównaliśmy je ze stroną fundatora: rozstrzyga zawsze aktualny nabór fundatora.",
    "NAWA Banach Scholarship Programme": "Program stypendialny NAWA im. Stefana Banacha",
    "Scholarships for master's studies at Polish universities for citizens of countries of Eastern Europe, the Caucasus and Central Asia. Each call names its own countries and fields of study.": "Stypendia na studia drugiego stopnia na polskich uczelniach dla obywateli państw Europy Wschodniej, Kaukazu i Azji Środkowej. Każdy nabór wymienia własne państwa i dziedziny studiów.",
    "Polish National Agency for Academic Exchange (NAWA)": "Narodowa Agencja Wymiany Akademickiej (NAWA)",
    "A monthly scholarship for the length of the master's programme; the call sets the amount": "Miesięczne stypendium przez czas trwania studiów magisterskich; kwotę określa nabór",
    "A monthly allowance towards living costs.<br/>Studies at a public university without tuition fees.<br/>In some calls, a preparatory year of Polish before the studies.": "Miesięczne świadczenie na koszty utrzymania.<br/>Studia na uczelni publicznej bez opłat za naukę.<br/>W niektórych naborach rok przygotowawczy z języka polskiego przed studiami.",
    "NAWA Ignacy Łukasiewicz Scholarship Programme": "Program stypendialny NAWA im. Ignacego Łukasiewicza",
    "Scholarships for master's studies in English at Polish universities for citizens of developing countries in Africa, Asia and Latin America, mostly in engineering, science and agriculture.": "Stypendia na studia drugiego stopnia w języku angielskim na polskich uczelniach dla obywateli krajów rozwijających się Afryki, Azji i Ameryki Łacińskiej, głównie w naukach inżynieryjnych, ścisłych i rolniczych.",
    "A monthly scholarship for up to two years; the call sets the amount": "Miesięczne stypendium przez maksymalnie dwa lata; kwotę określa nabór",
    "Master's studies in English at a public university without tuition fees.<br/>A monthly allowance towards living costs.": "Studia magisterskie w języku angielskim na uczelni publicznej bez opłat za naukę.<br/>Miesięczne świadczenie na koszty utrzymania.",
    "Poland My First Choice": "Poland My First Choice",
    "A NAWA programme through which Polish universities award scholarships to students from abroad who start a degree with them. Each university's own call says who may apply, for which programmes and how much.": "Program NAWA, w którym polskie uczelnie przyznają stypendia studentom z zagranicy rozpoczynającym u nich studia. Nabór każdej uczelni określa, kto może się ubiegać, na jakie kierunki i w jakiej wysokości.",
    "Polish National Agency for Academic Exchange (NAWA), through the universities that take part": "Narodowa Agencja Wymiany Akademickiej (NAWA), za pośrednictwem uczestniczących uczelni",
    "Set by each university's call": "Określa nabór każdej uczelni",
    "A scholarship towards the costs of the first years of degree studies, as the university's call describes. Ask the international office whether your university takes part.": "Stypendium na koszty pierwszych lat studiów, zgodnie z opisem w naborze uczelni. Zapytaj biuro współpracy międzynarodowej, czy Twoja uczelnia uczestniczy w programie.",
    "Erasmus+ study mobility": "Erasmus+: wyjazdy na studia",
    "A semester or a year in Białystok for students of a partner university abroad, with an Erasmus+ grant from the home university. What counts is where you study, not your citizenship.": "Semestr lub rok w Białymstoku dla studentów uczelni partnerskiej z zagranicy, ze stypendium Erasmus+ od uczelni macierzystej. Liczy się miejsce studiów, nie obywatelstwo.",
    "European Union (Erasmus+), through your home university": "Unia Europejska (Erasmus+), za pośrednictwem Twojej uczelni macierzystej",
    "A monthly grant set by your home university for your country and Poland": "Miesięczne stypendium ustalane przez Twoją uczelnię macierzystą dla Twojego kraju i Polski",
    "A contribution towards travel and living costs.<br/>No tuition fees at the university in Białystok.": "Dofinansowanie kosztów podróży i utrzymania.<br/>Bez opłat za naukę na uczelni w Białymstoku.",
}
