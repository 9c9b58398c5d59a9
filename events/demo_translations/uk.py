"""Ukrainian text of the events demo, keyed by the English source segments."""

STRINGS = {
    # The calendar
    "Events and deadlines": "Події та терміни",
    "Open days, webinars and information days of Białystok's universities and the city, with every application deadline.": "Дні відкритих дверей, вебінари та інформаційні дні університетів Білостока й міста, а також усі терміни подання заяв.",
    # Open day of Bialystok University of Technology
    "Open day for international candidates": "День відкритих дверей для іноземних вступників",
    "Visit the campus, meet students from abroad and ask the International Relations Office about admission.": "Відвідайте кампус, познайомтеся зі студентами з-за кордону та розпитайте Відділ міжнародної співпраці про вступ.",
    "Main building, Aula": "Головний корпус, актова зала",
    "Candidates for bachelor's and master's studies": "Вступники на бакалаврат і магістратуру",
    # Webinar of the Medical University of Białystok
    "Webinar: studying medicine in English": "Вебінар: медична освіта англійською мовою",
    "The admissions office explains the English-language medicine programme, the entrance exam and life in Białystok.": "Приймальна комісія розповідає про англомовну програму з медицини, вступний іспит і життя в Білостоці.",
    "Candidates for the MD programme": "Вступники на програму MD",
    # Information day of the city
    "Information day: living in Białystok": "Інформаційний день: життя в Білостоці",
    "The city office and the universities answer questions about residence, housing, transport and work during studies.": "Міська рада та університети відповідають на запитання про легальне перебування, житло, транспорт і роботу під час навчання.",
    "City Hall": "Міська рада",
    "Students from abroad and their families": "Іноземні студенти та їхні родини",
    # The cancelled fair
    "Education fair stand of the University of Białystok": "Стенд Білостоцького університету на освітньому ярмарку",
    "The university's stand at a spring education fair; the fair has been called off.": "Стенд університету на весняному освітньому ярмарку; ярмарок скасовано.",
    "Exhibition hall": "Виставкова зала",
}
