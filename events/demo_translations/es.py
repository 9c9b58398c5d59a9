"""Spanish text of the events demo, keyed by the English source segments."""

STRINGS = {
    # The calendar
    "Events and deadlines": "Eventos y plazos",
    "Open days, webinars and information days of Białystok's universities and the city, with every application deadline.": "Jornadas de puertas abiertas, seminarios web y jornadas informativas de las universidades de Białystok y de la ciudad, con todos los plazos de solicitud.",
    # Open day of Bialystok University of Technology
    "Open day for international candidates": "Jornada de puertas abiertas para candidatos internacionales",
    "Visit the campus, meet students from abroad and ask the International Relations Office about admission.": "Visita el campus, conoce a estudiantes de otros países y pregunta a la Oficina de Relaciones Internacionales por la admisión.",
    "Main building, Aula": "Edificio principal, aula magna",
    "Candidates for bachelor's and master's studies": "Candidatos a grado y máster",
    # Webinar of the Medical University of Białystok
    "Webinar: studying medicine in English": "Seminario web: estudiar Medicina en inglés",
    "The admissions office explains the English-language medicine programme, the entrance exam and life in Białystok.": "La oficina de admisiones presenta el programa de Medicina en inglés, el examen de acceso y la vida en Białystok.",
    "Candidates for the MD programme": "Candidatos al programa de Medicina (MD)",
    # Information day of the city
    "Information day: living in Białystok": "Jornada informativa: vivir en Białystok",
    "The city office and the universities answer questions about residence, housing, transport and work during studies.": "El ayuntamiento y las universidades responden a preguntas sobre residencia, alojamiento, transporte y trabajo durante los estudios.",
    "City Hall": "Ayuntamiento",
    "Students from abroad and their families": "Estudiantes extranjeros y sus familias",
    # The cancelled fair
    "Education fair stand of the University of Białystok": "Stand de la Universidad de Białystok en una feria educativa",
    "The university's stand at a spring education fair; the fair has been called off.": "El stand de la universidad en una feria educativa de primavera; la feria se ha cancelado.",
    "Exhibition hall": "Pabellón de exposiciones",
}
