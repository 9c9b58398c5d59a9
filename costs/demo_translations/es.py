"""Spanish text of the cost-of-living demo, keyed by the English source segments."""

STRINGS = {
    "Cost of living": "Coste de vida",
    "Choose where you will live and what you pay for: the calculator adds up a monthly and a yearly budget in złoty, with approximate euro and dollar amounts.": "Elige dónde vivirás y qué pagas: la calculadora suma un presupuesto mensual y anual en esloti, con importes aproximados en euros y dólares.",
    "Demo rates, to be copied from NBP table A": "Tipos de demostración, que se copian de la tabla A del NBP",
    "A place in a double or single room of a university dormitory.": "Una plaza en una habitación doble o individual de una residencia universitaria.",
    "Dormitory price lists of Białystok's universities": "Tarifas de las residencias de las universidades de Białystok",
    "A room in a flat shared with other students, bills included.": "Una habitación en un piso compartido con otros estudiantes, gastos incluidos.",
    "Rental listings for Białystok": "Anuncios de alquiler en Białystok",
    "A small flat of your own, bills included.": "Un pequeño piso propio, gastos incluidos.",
    "Cooking at home, with lunch at a university canteen now and then.": "Cocinar en casa y comer de vez en cuando en un comedor universitario.",
    "Demo estimate of the international offices": "Estimación de demostración de las oficinas internacionales",
    "A monthly city ticket; students under 26 pay a reduced fare.": "Un abono mensual urbano; los estudiantes menores de 26 años pagan tarifa reducida.",
    "Białystok public transport (BKM)": "Transporte público de Białystok (BKM)",
    "A prepaid card or a small monthly plan with mobile internet.": "Una tarjeta prepago o una pequeña tarifa mensual con internet móvil.",
    "Polish mobile operators' price lists": "Tarifas de los operadores móviles polacos",
    "Nothing with a European Health Insurance Card; otherwise the NFZ voluntary insurance or a private policy.": "Nada con la Tarjeta Sanitaria Europea; si no, el seguro voluntario del NFZ o una póliza privada.",
    "National Health Fund (NFZ)": "Fondo Nacional de Salud (NFZ)",
    "Books, copies and small equipment.": "Libros, fotocopias y material pequeño.",
}
