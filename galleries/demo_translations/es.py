"""Spanish text of the gallery demo, keyed by the English source segments."""

STRINGS = {
    # The gallery
    "International Training Week 2022: opening and cultural stands": "International Training Week 2022: inauguración y puestos culturales",
    "Photos of the opening ceremony and of the partner universities' cultural stands at Bialystok University of Technology.": "Fotos de la ceremonia de inauguración y de los puestos culturales de las universidades socias en la Universidad Tecnológica de Białystok.",
    # Alt texts and captions of the photos
    "The Rector speaking at a lectern to guests in an auditorium": "La rectora habla desde un atril a los invitados en un auditorio",
    "The Rector welcomes the guests on 23 May 2022.": "La rectora da la bienvenida a los invitados el 23 de mayo de 2022.",
    "About forty guests from partner universities seated in rows": "Unos cuarenta invitados de universidades socias sentados en filas",
    "Nearly forty guests from partner universities.": "Cerca de cuarenta invitados de universidades socias.",
    "Participants of the Training Week posing together on the steps of a university building": "Participantes de la Training Week posan juntos en las escaleras de un edificio universitario",
    "The group photo after the opening.": "La foto de grupo tras la inauguración.",
    "Colourful tables with flags, leaflets and sweets in a university hall": "Mesas coloridas con banderas, folletos y dulces en un vestíbulo universitario",
    "Each partner university set up its own stand.": "Cada universidad socia montó su propio puesto.",
    "Students tasting pastries offered at one of the stands": "Estudiantes prueban pasteles ofrecidos en uno de los puestos",
    "Students taste delicacies from around the world.": "Los estudiantes prueban delicias de todo el mundo.",
    "A guest in traditional dress talking with two students at a stand": "Un invitado con traje tradicional conversa con dos estudiantes en un puesto",
    "Conversations about exchanges and summer schools.": "Conversaciones sobre intercambios y escuelas de verano.",
}
