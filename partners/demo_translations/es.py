"""Spanish text of the partners demo, keyed by the English source segments.

The universities keep their official names (partners/demo.py adds them).
"""

from partners.demo import DESCRIPTION, INDEX

STRINGS = {
    INDEX["title"]: "Universidades socias",
    INDEX["intro"]: "Universidades de todo el mundo que intercambian estudiantes y personal con Białystok.",
    DESCRIPTION: "Sus representantes estuvieron entre los invitados de la octava International Training Week de la Universidad Tecnológica de Białystok en mayo de 2022, un encuentro de los socios de Erasmus+ KA107 de fuera de la UE.",
    # Cities
    "Vlorë": "Vlorë",
    "Ganja": "Ganyá",
    "Dewathang": "Dewathang",
    "East Sarajevo": "Sarajevo Oriental",
    "Mansoura": "Mansura",
    "Quito": "Quito",
    "Burgos": "Burgos",
    "Surabaya": "Surabaya",
    "Almaty": "Almaty",
    "Bishkek": "Biskek",
    "Mitrovica": "Mitrovica",
    "Kaunas": "Kaunas",
    "Bangi": "Bangi",
    "Réduit": "Réduit",
    "Chișinău": "Chisináu",
    "Dhulikhel": "Dhulikhel",
    "Monastir": "Monastir",
    "Elazığ": "Elazığ",
}
