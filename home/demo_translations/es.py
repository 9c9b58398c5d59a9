"""Spanish text of the home app's demo, keyed by the English source segments."""

from home.demo import HOME, PAGES

ABOUT, LIVING, POLISH = PAGES

STRINGS = {
    # Home page
    HOME["title"]: "Estudia en Białystok",
    HOME["seo_title"]: "Estudia en Białystok: universidades, socios y vida estudiantil",
    HOME[
        "search_description"
    ]: "El portal común de la ciudad de Białystok y sus universidades para estudiantes extranjeros.",
    HOME["intro"]: (
        "Białystok es una ciudad universitaria y verde del noreste de Polonia. Aquí sus universidades "
        "y el ayuntamiento te cuentan en un solo lugar qué puedes estudiar, cuáles son nuestras "
        "universidades socias y cómo es la vida diaria."
    ),
    HOME["hero_alt_text"]: "Invitados de universidades socias delante de un edificio universitario",
    "Read about life in Białystok": "Lee sobre la vida en Białystok",
    "Start learning Polish": "Empieza a aprender polaco",
    # How the portal began
    ABOUT["title"]: "Cómo nació Study in Bialystok",
    ABOUT["intro"]: (
        "El portal surgió de una semana de encuentros entre la Universidad Tecnológica de Białystok y sus "
        "socios de 18 países."
    ),
    ABOUT["body"][0][1]: "La octava International Training Week",
    ABOUT["body"][1][1]: (
        "En mayo de 2022, la Oficina de Relaciones Internacionales de la Universidad Tecnológica de "
        "Białystok organizó su octava International Training Week. Cerca de cuarenta invitados llegaron "
        "de universidades socias de 18 países, la mayoría de fuera de la Unión Europea, en el marco del "
        "programa Erasmus+ KA107."
    ),
    ABOUT["body"][2][1]: (
        "Rectores, profesores y personal de las oficinas internacionales se reunieron con estudiantes, "
        "visitaron las facultades y hablaron de más intercambios de estudiantes y personal, de "
        "investigación conjunta y de escuelas de verano."
    ),
    ABOUT["body"][3][1]: "Una marca compartida por la ciudad y sus universidades",
    ABOUT["body"][4][1]: (
        "Durante esa semana, la universidad pidió al alcalde de Białystok que apoyara una marca común para "
        "atraer a estudiantes extranjeros. Este sitio web es el resultado: la ciudad y sus universidades "
        "presentan juntas su oferta."
    ),
    ABOUT["body"][5][1]: (
        "Cuando las universidades y la ciudad trabajan juntas, ganan todos, también los estudiantes que "
        "eligen Białystok."
    ),
    ABOUT["body"][5][
        2
    ]: "Dra. Dorota Anna Krawczyk, profesora titular, vicerrectora de Cooperación Internacional",
    # Living in Białystok
    LIVING["title"]: "Vivir en Białystok",
    LIVING["intro"]: "Una ciudad abarcable, con palacios, parques y los bosques de Podlaquia a un paso.",
    LIVING["body"][0][1]: "La ciudad",
    LIVING["body"][1][1]: (
        "El Palacio Branicki y sus jardines están en el corazón de la ciudad. El vicealcalde, Przemysław "
        "Tuchliński, recibió a los invitados de la Training Week en el Palacio de Huéspedes Branicki antes "
        "de un paseo por el centro histórico."
    ),
    LIVING["body"][2][1]: "La región",
    LIVING["body"][3][1]: (
        "A media hora está Supraśl, un pequeño pueblo en medio del bosque, famoso por su monasterio y su "
        "cocina regional. El jardín de hierbas de Koryciny muestra las plantas de Podlaquia."
    ),
    # Learning Polish
    POLISH["title"]: "Aprender polaco",
    POLISH["intro"]: "Puedes estudiar en inglés, pero unas pocas palabras en polaco abren muchas puertas.",
    POLISH["body"][0][1]: (
        "El Centro de Lengua y Cultura Polacas POLISH LAB, del Centro de Lenguas Extranjeras de la "
        "Universidad Tecnológica de Białystok, organiza talleres de lengua y cultura para invitados y "
        "estudiantes extranjeros."
    ),
    POLISH["body"][1][1]: (
        "Durante la Training Week de 2022, los participantes aprendieron en una sola tarde las frases de "
        "cortesía del día a día y se saludaron en polaco el resto de la semana."
    ),
}
