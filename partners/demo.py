"""Demo partners: the 18 universities that came to the eighth International Training Week (May 2022)."""

from django.db.models import Q
from wagtail.models import Locale, Site

from core.demo import translation_tables
from institutions.models import InstitutionPage

from .models import CooperationProgramme, PartnerIndexPage, PartnerPage

PROGRAMMES = {
    "ka107": {
        "en": "Erasmus+ KA107 (international credit mobility)",
        "pl": "Erasmus+ KA107 (międzynarodowa mobilność edukacyjna)",
        "uk": "Erasmus+ KA107 (міжнародна кредитна мобільність)",
        "es": "Erasmus+ KA107 (movilidad internacional de créditos)",
        "tr": "Erasmus+ KA107 (uluslararası kredi hareketliliği)",
        "ar": "إيراسموس+ KA107 (التنقل الدولي للأرصدة الدراسية)",
    },
    "ka171": {
        "en": "Erasmus+ KA171 (mobility with partner countries)",
        "pl": "Erasmus+ KA171 (mobilność z krajami partnerskimi)",
        "uk": "Erasmus+ KA171 (мобільність із країнами-партнерами)",
        "es": "Erasmus+ KA171 (movilidad con países asociados)",
        "tr": "Erasmus+ KA171 (ortak ülkelerle hareketlilik)",
        "ar": "إيراسموس+ KA171 (التنقل مع البلدان الشريكة)",
    },
    "ka131": {
        "en": "Erasmus+ KA131 (mobility within Europe)",
        "pl": "Erasmus+ KA131 (mobilność w Europie)",
        "uk": "Erasmus+ KA131 (мобільність у Європі)",
        "es": "Erasmus+ KA131 (movilidad dentro de Europa)",
        "tr": "Erasmus+ KA131 (Avrupa içi hareketlilik)",
        "ar": "إيراسموس+ KA131 (التنقل داخل أوروبا)",
    },
    "bilateral": {
        "en": "Bilateral agreement",
        "pl": "Umowa bilateralna",
        "uk": "Двостороння угода",
        "es": "Acuerdo bilateral",
        "tr": "İkili anlaşma",
        "ar": "اتفاقية ثنائية",
    },
}

# slug, country, official name, name in its own language, city in English and Polish.
PARTNERS = [
    ("vlora", "AL", "University of Vlora “Ismail Qemali”", "Universiteti i Vlorës “Ismail Qemali”", "Vlorë", "Wlora"),
    ("azerbaijan-technological", "AZ", "Azerbaijan Technological University", "Azərbaycan Texnologiya Universiteti", "Ganja", "Gandża"),
    ("jigme-namgyel", "BT", "Jigme Namgyel Engineering College, Royal University of Bhutan", "", "Dewathang", "Dewathang"),
    ("east-sarajevo", "BA", "University of East Sarajevo", "Univerzitet u Istočnom Sarajevu", "East Sarajevo", "Sarajewo Wschodnie"),
    ("mansoura", "EG", "Mansoura University", "جامعة المنصورة", "Mansoura", "Mansura"),
    ("las-americas", "EC", "Universidad de Las Américas", "", "Quito", "Quito"),
    ("burgos", "ES", "University of Burgos", "Universidad de Burgos", "Burgos", "Burgos"),
    ("its-surabaya", "ID", "Institut Teknologi Sepuluh Nopember (ITS)", "", "Surabaya", "Surabaja"),
    ("satbayev", "KZ", "Kazakh National Research Technical University named after K. I. Satpayev", "Қ. И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті", "Almaty", "Ałmaty"),
    ("ala-too", "KG", "Ala-Too International University", "Ала-Тоо Эл аралык университети", "Bishkek", "Biszkek"),
    ("pristina-mitrovica", "XK", "University of Pristina in Kosovska Mitrovica", "Univerzitet u Prištini – Kosovska Mitrovica", "Mitrovica", "Mitrowica"),
    ("kaunas-engineering", "LT", "Kaunas University of Applied Engineering Sciences", "Kauno technikos kolegija", "Kaunas", "Kowno"),
    ("ukm", "MY", "Universiti Kebangsaan Malaysia", "", "Bangi", "Bangi"),
    ("mauritius", "MU", "University of Mauritius", "", "Réduit", "Réduit"),
    ("technical-university-moldova", "MD", "Technical University of Moldova", "Universitatea Tehnică a Moldovei", "Chișinău", "Kiszyniów"),
    ("kathmandu", "NP", "Kathmandu University", "काठमाडौं विश्वविद्यालय", "Dhulikhel", "Dhulikhel"),
    ("monastir", "TN", "University of Monastir", "جامعة المنستير", "Monastir", "Monastyr"),
    ("firat", "TR", "Firat University", "Fırat Üniversitesi", "Elazığ", "Elazığ"),
]  # fmt: skip

INDEX = {
    "title": "Partner universities",
    "intro": "Universities around the world that exchange students and staff with Białystok.",
}
DESCRIPTION = (
    "Its delegates were among the guests of the eighth International Training Week at Bialystok "
    "University of Technology in May 2022, a meeting of the Erasmus+ KA107 partners from outside the EU."
)

POLISH = {
    INDEX["title"]: "Uczelnie partnerskie",
    INDEX[
        "intro"
    ]: "Uczelnie z całego świata, które wymieniają się studentami i pracownikami z Białymstokiem.",
    DESCRIPTION: (
        "Jej przedstawiciele gościli na ósmym International Training Week na Politechnice Białostockiej "
        "w maju 2022 roku – spotkaniu partnerów programu Erasmus+ KA107 spoza Unii Europejskiej."
    ),
    **{city: city_pl for _slug, _country, _name, _native, city, city_pl in PARTNERS},
}


def programmes():
    """The four programmes in English, with their names in every other portal language."""
    default = Locale.get_default()
    found = {}
    for code, names in PROGRAMMES.items():
        programme = CooperationProgramme.objects.filter(code=code, locale=default).first()
        if programme is None:
            programme = CooperationProgramme.objects.create(code=code, name=names["en"], locale=default)
        for locale in Locale.objects.exclude(pk=default.pk):
            if locale.language_code in names and not programme.has_translation(locale):
                translated = programme.copy_for_translation(locale)
                translated.name = names[locale.language_code]
                translated.save()
        found[code] = programme
    return found


def load(builder):
    home = Site.objects.get(is_default_site=True).root_page
    index = builder.page(home, PartnerIndexPage, "partners", show_in_menus=True, **INDEX)
    # The universities keep their official names in every language.
    names = {name: name for _slug, _country, name, *_rest in PARTNERS}
    tables = {
        code: {**names, **strings} for code, strings in translation_tables("partners", pl=POLISH).items()
    }
    builder.translate_all(index, tables)
    ka107 = programmes()["ka107"]
    # The institutions demo (which runs first) creates Bialystok University of Technology.
    but = InstitutionPage.objects.filter(locale=index.locale).filter(
        Q(short_name__iexact="BUT") | Q(title__icontains="University of Technology")
    )
    for slug, country, name, native_name, city, _city_pl in PARTNERS:
        partner = builder.page(
            index,
            PartnerPage,
            slug,
            title=name,
            native_name=native_name,
            country=country,
            city=city,
            description=DESCRIPTION,
            programmes=[ka107],
            institutions=list(but),
        )
        builder.translate_all(partner, tables)
