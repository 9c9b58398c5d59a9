"""Spanish text of the gallery demo, keyed by the English source segments."""

STRINGS = {
    # The gallery
    "International Training Week 2022: opening and cultural stands": "International Training Week 2022: inauguración y puestos culturales",
    "Demo pictures standing in for the photos of the opening ceremony and of the partner universities' cultural stands at Bialystok University of Technology.": "Imágenes de demostración en lugar de las fotos de la ceremonia de inauguración y de los puestos culturales de las universidades socias en la Universidad Tecnológica de Białystok.",
    # Alt texts and captions of the demo pictures (coloured circles standing in for photos)
    "Demo picture: pale blue circles on a background fading from dark blue to light blue": "Imagen de demostración: círculos azul claro sobre un fondo que pasa de azul oscuro a azul claro",
    "In place of a photo of the Rector welcoming the guests on 23 May 2022.": "En lugar de una foto de la rectora dando la bienvenida a los invitados el 23 de mayo de 2022.",
    "Demo picture: sand-coloured circles on a background fading from navy blue to amber": "Imagen de demostración: círculos color arena sobre un fondo que pasa de azul marino a ámbar",
    "In place of a photo of the nearly forty guests from partner universities in 18 countries.": "En lugar de una foto de los casi cuarenta invitados de universidades socias de 18 países.",
    "Demo picture: pale green circles on a background fading from dark green to light green": "Imagen de demostración: círculos verde pálido sobre un fondo que pasa de verde oscuro a verde claro",
    "In place of the group photo taken after the opening.": "En lugar de la foto de grupo tomada después de la inauguración.",
    "Demo picture: pale yellow circles on a background fading from dark red to golden yellow": "Imagen de demostración: círculos amarillo pálido sobre un fondo que pasa de rojo oscuro a amarillo dorado",
    "In place of a photo of the partner universities' cultural stands.": "En lugar de una foto de los puestos culturales de las universidades socias.",
    "Demo picture: cream circles on a background fading from brown to light sand": "Imagen de demostración: círculos color crema sobre un fondo que pasa de marrón a arena clara",
    "In place of a photo of students tasting delicacies from around the world.": "En lugar de una foto de estudiantes probando delicias de todo el mundo.",
    "Demo picture: pale lilac circles on a background fading from deep purple to lavender": "Imagen de demostración: círculos lila pálido sobre un fondo que pasa de morado intenso a lavanda",
    "In place of a photo of conversations about exchanges and summer schools.": "En lugar de una foto de conversaciones sobre intercambios y escuelas de verano.",
}
