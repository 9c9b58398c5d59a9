"""Turkish text of the events demo, keyed by the English source segments."""

STRINGS = {
    # The calendar
    "Events and deadlines": "Etkinlikler ve son başvuru tarihleri",
    "Open days, webinars and information days of Białystok's universities and the city, with every application deadline.": "Białystok üniversitelerinin ve şehrin açık günleri, web seminerleri ve bilgilendirme günleri ile tüm başvuru tarihleri.",
    # Open day of Bialystok University of Technology
    "Open day for international candidates": "Uluslararası adaylar için açık gün",
    "Visit the campus, meet students from abroad and ask the International Relations Office about admission.": "Kampüsü gezin, yurt dışından gelen öğrencilerle tanışın ve kabul hakkında Uluslararası İlişkiler Ofisine danışın.",
    "Main building, Aula": "Ana bina, konferans salonu",
    "Candidates for bachelor's and master's studies": "Lisans ve yüksek lisans adayları",
    # Webinar of the Medical University of Białystok
    "Webinar: studying medicine in English": "Web semineri: İngilizce tıp eğitimi",
    "The admissions office explains the English-language medicine programme, the entrance exam and life in Białystok.": "Kabul ofisi İngilizce tıp programını, giriş sınavını ve Białystok'taki yaşamı anlatıyor.",
    "Candidates for the MD programme": "Tıp (MD) programı adayları",
    # Information day of the city
    "Information day: living in Białystok": "Bilgilendirme günü: Białystok'ta yaşam",
    "The city office and the universities answer questions about residence, housing, transport and work during studies.": "Belediye ve üniversiteler oturum, konut, ulaşım ve öğrenim sırasında çalışma hakkındaki soruları yanıtlıyor.",
    "City Hall": "Belediye binası",
    "Students from abroad and their families": "Yabancı öğrenciler ve aileleri",
    # The cancelled fair
    "Education fair stand of the University of Białystok": "Białystok Üniversitesinin eğitim fuarı standı",
    "The university's stand at a spring education fair; the fair has been called off.": "Üniversitenin bir bahar eğitim fuarındaki standı; fuar iptal edildi.",
    "Exhibition hall": "Sergi salonu",
}
