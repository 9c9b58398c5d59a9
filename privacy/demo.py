"""Demo privacy policy, cookie policy, accessibility statement and cookie consent, in English and Polish.

The seed page opened with a notice that took browser settings for consent; here the visitor is
asked first, refusing is as easy as accepting, and the choice can be changed at any time.
"""

import io
from datetime import date

from django.core.management import call_command
from wagtail.models import Locale, Site

from core.demo import translation_tables
from core.models import RoleGroup

from .models import AccessibilityStatementPage, ConsentSettings, PolicyPage

POLISH = {}


def t(english, polish):
    """Register the Polish translation of a demo string and return the English one."""
    POLISH[english] = polish
    return english


def heading(text, polish, level="h2"):
    return ("heading", {"text": t(text, polish), "level": level})


def paragraph(text, polish):
    return ("paragraph", f"<p>{t(text, polish)}</p>")


def cookie(name, purpose, purpose_pl, duration, duration_pl, category):
    return {
        "name": t(name, name),
        "purpose": t(purpose, purpose_pl),
        "duration": t(duration, duration_pl),
        "category": category,
    }


PRIVACY_POLICY = {
    "title": t("Privacy policy", "Polityka prywatności"),
    "intro": t(
        "How Study in Bialystok handles information about you, and what you can ask us to do with it.",
        "Jak portal Study in Bialystok postępuje z informacjami o Tobie i o co możesz nas poprosić.",
    ),
    "version": "1.0",
    "last_updated": date(2026, 11, 20),
    "body": [
        heading("Who is responsible", "Kto odpowiada za dane"),
        paragraph(
            "The City of Białystok runs this portal together with the universities of the city. The City of Białystok is the controller of the personal data processed here.",
            "Miasto Białystok prowadzi ten portal razem z białostockimi uczelniami. Administratorem danych osobowych przetwarzanych w portalu jest Miasto Białystok.",
        ),
        paragraph(
            "You can reach our data protection officer at privacy@studyinbialystok.example.",
            "Z naszym inspektorem ochrony danych skontaktujesz się pod adresem privacy@studyinbialystok.example.",
        ),
        heading("What we collect", "Jakie dane zbieramy"),
        paragraph(
            "You can read every page without an account or a form. Our web servers write technical logs, including IP addresses, which we keep for 14 days only to protect the service against attacks.",
            "Każdą stronę przeczytasz bez konta i bez wypełniania formularzy. Nasze serwery zapisują dzienniki techniczne, także adresy IP, które przechowujemy przez 14 dni wyłącznie w celu ochrony serwisu przed atakami.",
        ),
        paragraph(
            "Cookies are described in the cookie policy. Apart from the one that remembers your choice, none is set before you agree.",
            "Pliki cookie opisuje polityka cookies. Poza plikiem, który zapamiętuje Twój wybór, żaden nie jest zapisywany, zanim się zgodzisz.",
        ),
        heading("Your rights", "Twoje prawa"),
        paragraph(
            "You may ask for access to your data, its correction or deletion, the restriction of its use, and you may object to processing.",
            "Możesz zażądać dostępu do swoich danych, ich sprostowania lub usunięcia, ograniczenia przetwarzania, a także wnieść sprzeciw wobec przetwarzania.",
        ),
        heading("Complaints", "Skargi", level="h3"),
        paragraph(
            "If you think we process your data unlawfully, you may lodge a complaint with the President of the Personal Data Protection Office (UODO) in Warsaw.",
            "Jeśli uważasz, że przetwarzamy Twoje dane niezgodnie z prawem, możesz złożyć skargę do Prezesa Urzędu Ochrony Danych Osobowych w Warszawie.",
        ),
    ],
}

COOKIE_POLICY = {
    "title": t("Cookie policy", "Polityka cookies"),
    "intro": t(
        "Which cookies this portal sets, why, for how long, and how to change your mind.",
        "Jakie pliki cookie zapisuje ten portal, po co, na jak długo i jak zmienić zdanie.",
    ),
    "version": "1.0",
    "last_updated": date(2026, 11, 20),
    "body": [
        heading("Asking first", "Najpierw pytamy"),
        paragraph(
            "Browser settings are not consent. Before you decide, public pages set no cookie at all; statistics cookies are set only after you accept them, and refusing takes one click, just like accepting.",
            "Ustawienia przeglądarki nie są zgodą. Zanim zdecydujesz, strony publiczne nie zapisują żadnego pliku cookie; pliki statystyczne pojawiają się dopiero po Twojej zgodzie, a odmowa wymaga jednego kliknięcia, tak samo jak akceptacja.",
        ),
        heading("Cookies we set", "Pliki cookie, które zapisujemy"),
        (
            "cookie_table",
            {
                "caption": t("Cookies of Study in Bialystok", "Pliki cookie portalu Study in Bialystok"),
                "cookies": [
                    cookie(
                        "sib_consent",
                        "Remembers your answer to the cookie banner: the categories you accepted, the consent version and the date. It is signed, so it cannot be altered.",
                        "Zapamiętuje Twoją odpowiedź na baner cookie: zaakceptowane kategorie, wersję zgody i datę. Jest podpisany, więc nie da się go zmienić.",
                        "12 months",
                        "12 miesięcy",
                        "necessary",
                    ),
                    cookie(
                        "sessionid",
                        "Editors only: keeps an editor signed in to the administration area. Visitors of public pages never receive it.",
                        "Tylko dla redaktorów: utrzymuje zalogowanie w panelu administracyjnym. Osoby czytające strony publiczne nigdy go nie otrzymują.",
                        "2 weeks",
                        "2 tygodnie",
                        "necessary",
                    ),
                    cookie(
                        "csrftoken",
                        "Protects forms against forged requests: set for editors in the administration area, and for visitors only on the page of the “Ask a question” form.",
                        "Chroni formularze przed sfałszowanymi żądaniami: zapisywany redaktorom w panelu administracyjnym, a osobom odwiedzającym tylko na stronie formularza „Zadaj pytanie”.",
                        "12 months",
                        "12 miesięcy",
                        "necessary",
                    ),
                    cookie(
                        "_sib_stats_example",
                        "Set by the stand-in statistics script of this demonstration after you accept statistics; deleted when you withdraw consent.",
                        "Zapisywany przez przykładowy skrypt statystyk tej wersji demonstracyjnej po zgodzie na statystyki; usuwany po wycofaniu zgody.",
                        "1 hour",
                        "1 godzina",
                        "statistics",
                    ),
                ],
            },
        ),
        heading("Changing your mind", "Zmiana decyzji"),
        paragraph(
            "Follow the “Cookie settings” link at the bottom of every page. When you withdraw consent, we delete the cookies of that category that the portal can reach.",
            "Skorzystaj z odnośnika „Ustawienia cookie” na dole każdej strony. Po wycofaniu zgody usuwamy pliki cookie tej kategorii, do których portal ma dostęp.",
        ),
        paragraph(
            "If your browser sends the Global Privacy Control signal, we treat it as a refusal of statistics and marketing cookies.",
            "Jeśli Twoja przeglądarka wysyła sygnał Global Privacy Control, traktujemy go jako odmowę plików statystycznych i marketingowych.",
        ),
    ],
}

ACCESSIBILITY_STATEMENT = {
    "title": t("Accessibility statement", "Deklaracja dostępności"),
    "entity_name": t("City of Białystok", "Miasto Białystok"),
    "website_published": date(2026, 10, 1),
    "website_updated": date(2026, 11, 20),
    "compliance_status": "partial",
    "non_accessible_content": [
        (
            "item",
            {
                "content": t(
                    "Some photographs of the 2022 International Training Week have no text alternative yet.",
                    "Część zdjęć z International Training Week 2022 nie ma jeszcze tekstu alternatywnego.",
                ),
                "reason": "non_compliance",
                "alternative": t(
                    "Write to us and we will describe any photograph for you.",
                    "Napisz do nas, a opiszemy dla Ciebie każde zdjęcie.",
                ),
            },
        ),
        (
            "item",
            {
                "content": t(
                    "Office documents published before 23 September 2018 may not be accessible.",
                    "Dokumenty biurowe opublikowane przed 23 września 2018 r. mogą nie być dostępne.",
                ),
                "reason": "out_of_scope",
                "alternative": t(
                    "We prepare an accessible version on request.",
                    "Na prośbę przygotujemy wersję dostępną.",
                ),
            },
        ),
    ],
    "statement_prepared": date(2026, 11, 20),
    "preparation_method": "self",
    "preparation_details": t(
        "The portal team assessed the site itself: automated checks with axe-core on every page type, keyboard-only use and tests with a screen reader.",
        "Zespół portalu samodzielnie ocenił serwis: automatyczne testy axe-core każdego typu strony, obsługa wyłącznie klawiaturą i testy z czytnikiem ekranu.",
    ),
    "contact_name": t(
        "Accessibility coordinator of the City Office", "Koordynator do spraw dostępności Urzędu Miejskiego"
    ),
    "contact_email": "accessibility@studyinbialystok.example",
    "contact_phone": "+48 85 000 00 00",
    "feedback_procedure": "".join(
        f"<p>{t(english, polish)}</p>"
        for english, polish in [
            (
                "You may ask us to make a page, a document or a photograph accessible, or to provide it in another form. Tell us which content you mean and how we can contact you.",
                "Możesz poprosić o udostępnienie strony, dokumentu lub zdjęcia w sposób dostępny albo w innej formie. Napisz, o jaką treść chodzi i jak możemy się z Tobą skontaktować.",
            ),
            (
                "We answer without delay and within 7 days at the latest. If we need more time, we tell you when the content will be ready, no later than two months after your request.",
                "Odpowiadamy niezwłocznie, najpóźniej w ciągu 7 dni. Jeśli potrzebujemy więcej czasu, informujemy, kiedy treść będzie gotowa, nie później niż w ciągu dwóch miesięcy od zgłoszenia.",
            ),
        ]
    ),
    "enforcement_procedure": "".join(
        f"<p>{t(english, polish)}</p>"
        for english, polish in [
            (
                "If we refuse your request or cannot offer another way of access, you may file a complaint with the City of Białystok.",
                "Jeśli odmówimy albo nie zapewnimy innego sposobu dostępu, możesz złożyć skargę do Miasta Białystok.",
            ),
            (
                "After that procedure you may also turn to the Commissioner for Human Rights (Rzecznik Praw Obywatelskich).",
                "Po wyczerpaniu tej procedury możesz także zwrócić się do Rzecznika Praw Obywatelskich.",
            ),
        ]
    ),
    "building_accessibility": "".join(
        f"<p>{t(english, polish)}</p>"
        for english, polish in [
            (
                "The main building of the City Office has a step-free entrance, a lift to every floor and an accessible toilet on the ground floor. Assistance dogs are welcome.",
                "Główny budynek Urzędu Miejskiego ma wejście bez schodów, windę na każde piętro i toaletę dostępną na parterze. Psy asystujące są mile widziane.",
            ),
            (
                "A Polish Sign Language interpreter is available if you ask three working days before your visit.",
                "Tłumacz polskiego języka migowego jest dostępny, jeśli zgłosisz to trzy dni robocze przed wizytą.",
            ),
        ]
    ),
}

CONSENT = {
    "banner_text": t(
        "We would like to count visits with a statistics tool, to learn which pages help students most. It sets cookies only if you agree. The cookie that remembers your choice is always set once you answer.",
        "Chcielibyśmy liczyć odwiedziny narzędziem statystycznym, aby wiedzieć, które strony najbardziej pomagają studentom. Zapisuje ono pliki cookie tylko za Twoją zgodą. Plik cookie, który zapamiętuje Twój wybór, zapisujemy zawsze po udzieleniu odpowiedzi.",
    ),
    "necessary_description": t(
        "Remember your choice and keep editors signed in. They cannot be switched off.",
        "Zapamiętują Twój wybór i utrzymują zalogowanie redaktorów. Nie można ich wyłączyć.",
    ),
    "statistics_description": t(
        "Count visits anonymously, so we can improve the pages students read most.",
        "Anonimowo liczą odwiedziny, abyśmy mogli ulepszać strony najczęściej czytane przez studentów.",
    ),
    "policy_version": "1",
    "statistics_enabled": True,
    # A local stand-in: the demo must not depend on an outside service. Replace with e.g. Matomo.
    "statistics_scripts": "/static/privacy/example-statistics.js",
    "statistics_cookie_prefixes": "_sib_stats_",
    "marketing_enabled": False,
}


def load(builder):
    home = Site.objects.get(is_default_site=True).root_page.specific
    privacy = builder.page(home, PolicyPage, "privacy-policy", **PRIVACY_POLICY)
    cookies = builder.page(home, PolicyPage, "cookie-policy", **COOKIE_POLICY)
    statement = builder.page(
        home, AccessibilityStatementPage, "accessibility-statement", **ACCESSIBILITY_STATEMENT
    )
    tables = translation_tables("privacy", pl=POLISH)
    for page in (privacy, cookies, statement):
        builder.translate_all(page, tables)

    english = Locale.objects.get(language_code="en")
    consent = ConsentSettings.objects.filter(locale=english).first()
    if consent is None:
        consent = ConsentSettings.objects.create(locale=english, cookie_policy_page=cookies, **CONSENT)
        builder.report("cookie consent settings (en)")
    builder.translate_all(consent, tables)

    # The group the consent settings' technical fields need (create_privacy_officers), found by id.
    if not RoleGroup.objects.filter(key="privacy_officers", group__isnull=False).exists():
        call_command("create_privacy_officers", stdout=io.StringIO())
        builder.report("privacy officers group (“Privacy officers”)")
