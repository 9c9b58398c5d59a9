"""Turkish text of the partners demo, keyed by the English source segments.

The universities keep their official names (partners/demo.py adds them).
"""

from partners.demo import DESCRIPTION, INDEX

STRINGS = {
    INDEX["title"]: "Ortak üniversiteler",
    INDEX[
        "intro"
    ]: "Białystok ile öğrenci ve personel değişimi yapan, dünyanın dört bir yanından üniversiteler.",
    DESCRIPTION: "Temsilcileri, Mayıs 2022'de Białystok Teknik Üniversitesi'nde düzenlenen ve AB dışındaki Erasmus+ KA107 ortaklarını bir araya getiren sekizinci International Training Week'in konukları arasındaydı.",
    # Cities
    "Vlorë": "Avlonya",
    "Ganja": "Gence",
    "Dewathang": "Dewathang",
    "East Sarajevo": "Doğu Saraybosna",
    "Mansoura": "Mansure",
    "Quito": "Quito",
    "Burgos": "Burgos",
    "Surabaya": "Surabaya",
    "Almaty": "Almatı",
    "Bishkek": "Bişkek",
    "Mitrovica": "Mitroviça",
    "Kaunas": "Kaunas",
    "Bangi": "Bangi",
    "Réduit": "Réduit",
    "Chișinău": "Kişinev",
    "Dhulikhel": "Dhulikhel",
    "Monastir": "Monastir",
    "Elazığ": "Elazığ",
}
