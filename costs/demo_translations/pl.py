"""Polish text of the cost-of-living demo, keyed by the English source segments."""

STRINGS = {
    "Cost of living": "Koszty utrzymania",
    "Choose where you will live and what you pay for: the calculator adds up a monthly and a yearly budget in złoty, with approximate euro and dollar amounts.": "Wybierz, gdzie zamieszkasz i za co płacisz: kalkulator zsumuje miesięczny i roczny budżet w złotych, z przybliżonymi kwotami w euro i dolarach.",
    "Demo rates, to be copied from NBP table A": "Kursy demonstracyjne, do przepisania z tabeli A NBP",
    "A place in a double or single room of a university dormitory.": "Miejsce w pokoju dwu- lub jednoosobowym w akademiku uczelni.",
    "Dormitory price lists of Białystok's universities": "Cenniki akademików białostockich uczelni",
    "A room in a flat shared with other students, bills included.": "Pokój w mieszkaniu dzielonym z innymi studentami, z opłatami.",
    "Rental listings for Białystok": "Ogłoszenia najmu w Białymstoku",
    "A small flat of your own, bills included.": "Własne małe mieszkanie, z opłatami.",
    "Cooking at home, with lunch at a university canteen now and then.": "Gotowanie w domu, od czasu do czasu obiad w stołówce uczelni.",
    "Demo estimate of the international offices": "Szacunek demonstracyjny biur współpracy międzynarodowej",
    "A monthly city ticket; students under 26 pay a reduced fare.": "Miesięczny bilet miejski; studenci do 26. roku życia płacą ulgowo.",
    "Białystok public transport (BKM)": "Białostocka Komunikacja Miejska (BKM)",
    "A prepaid card or a small monthly plan with mobile internet.": "Karta na kartę lub niewielki abonament z internetem mobilnym.",
    "Polish mobile operators' price lists": "Cenniki polskich operatorów komórkowych",
    "Nothing with a European Health Insurance Card; otherwise the NFZ voluntary insurance or a private policy.": "Nic z Europejską Kartą Ubezpieczenia Zdrowotnego; w przeciwnym razie dobrowolne ubezpieczenie w NFZ lub polisa prywatna.",
    "National Health Fund (NFZ)": "Narodowy Fundusz Zdrowia (NFZ)",
    "Books, copies and small equipment.": "Książki, kserokopie i drobny sprzęt.",
}
