"""Ukrainian text of the partners demo, keyed by the English source segments.

The universities keep their official names (partners/demo.py adds them).
"""

from partners.demo import DESCRIPTION, INDEX

STRINGS = {
    INDEX["title"]: "Університети-партнери",
    INDEX["intro"]: "Університети з усього світу, які обмінюються студентами й працівниками з Білостоком.",
    DESCRIPTION: "Її представники були серед гостей восьмого International Training Week у Білостоцькій політехніці в травні 2022 року — зустрічі партнерів програми Erasmus+ KA107 з-поза ЄС.",
    # Cities
    "Vlorë": "Вльора",
    "Ganja": "Гянджа",
    "Dewathang": "Деватханг",
    "East Sarajevo": "Східне Сараєво",
    "Mansoura": "Мансура",
    "Quito": "Кіто",
    "Burgos": "Бургос",
    "Surabaya": "Сурабая",
    "Almaty": "Алмати",
    "Bishkek": "Бішкек",
    "Mitrovica": "Митровиця",
    "Kaunas": "Каунас",
    "Bangi": "Бангі",
    "Réduit": "Редюї",
    "Chișinău": "Кишинів",
    "Dhulikhel": "Дхулікхел",
    "Monastir": "Монастір",
    "Elazığ": "Елязиг",
}
