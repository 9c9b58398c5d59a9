"""Arabic text of the partners demo, keyed by the English source segments.

The universities keep their official names (partners/demo.py adds them).
"""

from partners.demo import DESCRIPTION, INDEX

STRINGS = {
    INDEX["title"]: "الجامعات الشريكة",
    INDEX["intro"]: "جامعات من أنحاء العالم تتبادل الطلاب والموظفين مع بياليستوك.",
    DESCRIPTION: "كان ممثلوها من بين ضيوف أسبوع التدريب الدولي الثامن في جامعة بياليستوك للتكنولوجيا في مايو 2022، وهو لقاء جمع شركاء برنامج Erasmus+ KA107 من خارج الاتحاد الأوروبي.",
    # Cities
    "Vlorë": "فلورا",
    "Ganja": "كنجه",
    "Dewathang": "ديواثانغ",
    "East Sarajevo": "سراييفو الشرقية",
    "Mansoura": "المنصورة",
    "Quito": "كيتو",
    "Burgos": "برغش",
    "Surabaya": "سورابايا",
    "Almaty": "ألماتي",
    "Bishkek": "بيشكيك",
    "Mitrovica": "ميتروفيتسا",
    "Kaunas": "كاوناس",
    "Bangi": "بانغي",
    "Réduit": "ريدويت",
    "Chișinău": "كيشيناو",
    "Dhulikhel": "دوليخيل",
    "Monastir": "المنستير",
    "Elazığ": "إلازيغ",
}
