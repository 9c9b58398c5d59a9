"""Arabic text of the events demo, keyed by the English source segments."""

STRINGS = {
    # The calendar
    "Events and deadlines": "الفعاليات والمواعيد النهائية",
    "Open days, webinars and information days of Białystok's universities and the city, with every application deadline.": "الأيام المفتوحة والندوات عبر الإنترنت والأيام التعريفية لجامعات بياليستوك والمدينة، مع جميع المواعيد النهائية للتقديم.",
    # Open day of Bialystok University of Technology
    "Open day for international candidates": "يوم مفتوح للمتقدمين الدوليين",
    "Visit the campus, meet students from abroad and ask the International Relations Office about admission.": "زُر الحرم الجامعي وتعرّف إلى طلاب من الخارج واسأل مكتب العلاقات الدولية عن القبول.",
    "Main building, Aula": "المبنى الرئيسي، القاعة الكبرى",
    "Candidates for bachelor's and master's studies": "المتقدمون لدراسة البكالوريوس والماجستير",
    # Webinar of the Medical University of Białystok
    "Webinar: studying medicine in English": "ندوة عبر الإنترنت: دراسة الطب باللغة الإنجليزية",
    "The admissions office explains the English-language medicine programme, the entrance exam and life in Białystok.": "يشرح مكتب القبول برنامج الطب باللغة الإنجليزية وامتحان القبول والحياة في بياليستوك.",
    "Candidates for the MD programme": "المتقدمون لبرنامج الطب (MD)",
    # Information day of the city
    "Information day: living in Białystok": "يوم تعريفي: الحياة في بياليستوك",
    "The city office and the universities answer questions about residence, housing, transport and work during studies.": "يجيب مكتب المدينة والجامعات عن الأسئلة المتعلقة بالإقامة والسكن والمواصلات والعمل أثناء الدراسة.",
    "City Hall": "مبنى البلدية",
    "Students from abroad and their families": "الطلاب القادمون من الخارج وعائلاتهم",
    # The cancelled fair
    "Education fair stand of the University of Białystok": "جناح جامعة بياليستوك في معرض تعليمي",
    "The university's stand at a spring education fair; the fair has been called off.": "جناح الجامعة في معرض تعليمي ربيعي؛ وقد أُلغي المعرض.",
    "Exhibition hall": "قاعة المعارض",
}
