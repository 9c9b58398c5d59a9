"""The machine-translation glossary: terms kept or rendered one way by every translator service."""

import json
import urllib.parse
from http.server import BaseHTTPRequestHandler

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from portal.settings.base import machine_translator_from_env
from translations.glossary import ProtectedText, translate_protected
from translations.models import DeepLGlossary, GlossaryTerm

from .protocol_servers import http_server

DUMMY_WITH_GLOSSARY = machine_translator_from_env({}, development=True)


@pytest.fixture
def glossary(locales):
    """A name every language keeps, a term with an agreed Polish form, and a Polish-only override."""
    return [
        GlossaryTerm.objects.create(term="Student life"),
        GlossaryTerm.objects.create(
            term="Forests of Podlasie", locale=locales["pl"], rendering="Puszcze Podlasia"
        ),
        GlossaryTerm.objects.create(term="Forests of Podlasie", rendering="Podlasie forests"),
    ]


@pytest.fixture
def untranslated_polish(living_page):
    """A Polish translation of the living page with no string translated yet."""
    source, _created = TranslationSource.get_or_create_from_instance(living_page)
    return new_translation(source, "pl")


def new_translation(source, language_code):
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=language_code)
    )
    translation.save_target()
    return translation


def machine_translated(translation):
    return set(
        StringTranslation.objects.filter(
            locale=translation.target_locale, translation_type="machine"
        ).values_list("data", flat=True)
    )


def machine_translate(client, translation):
    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.id]))
    assert response.status_code == 302
    return machine_translated(translation)


def test_terms_outside_tags_become_placeholders_and_come_back():
    text = ProtectedText({"Erasmus+": "Erasmus+", "Bialystok": "Białystok", "R&D": "B+R"})
    protected, found = text.protect('Erasmus+ in <a id="a1">Bialystok</a>, R&amp;D, Bialystoks, Erasmus+x')
    assert protected == (
        '<x-term data-i="0"></x-term> in <a id="a1"><x-term data-i="1"></x-term></a>, '
        '<x-term data-i="2"></x-term>, Bialystoks, Erasmus+x'
    )
    assert found == ["Erasmus+", "Białystok", "B+R"]
    # Services may rewrite the placeholder; every form comes back, escaped for HTML.
    translated = '<X-TERM DATA-I="2"/> i <x-term data-i=\'1\'></x-term> <x-term data-i="0"></x-term>'
    assert ProtectedText.restore(translated, found) == "B+R i Białystok Erasmus+"


def test_the_longest_term_wins():
    text = ProtectedText(
        {"Bialystok": "Białystok", "Bialystok University of Technology": "Politechnika Białostocka"}
    )
    protected, found = text.protect("Bialystok University of Technology is in Bialystok")
    assert found == ["Politechnika Białostocka", "Białystok"]


def test_a_string_whose_placeholder_was_lost_is_left_for_the_translator():
    def drops_tags(values):
        return {
            value: StringValue(value.data.replace('<x-term data-i="0"></x-term>', "")) for value in values
        }

    kept, lost = StringValue("Life in Białystok"), StringValue("Erasmus+ grants")
    result = translate_protected(drops_tags, None, [kept, lost], {"Erasmus+": "Erasmus+"})
    assert result == {kept: StringValue("Life in Białystok")}


def test_glossary_entries_are_single_lines(locales):
    for value in ("Erasmus+\tKA107", "Bialystok\r\nBcc: x", "Erasmus\x00"):
        with pytest.raises(ValidationError):
            GlossaryTerm(term=value).full_clean()


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_WITH_GLOSSARY)
def test_the_dummy_translator_keeps_and_renders_glossary_terms(admin_client, untranslated_polish, glossary):
    translated = machine_translate(admin_client, untranslated_polish)
    # The dummy translator reverses word order (and moves spaces around the elements it reverses):
    # protected terms move as a whole and keep their agreed form.
    assert " close. arePuszcze Podlasia" in translated
    assert ".<b>lively</b> is Student life" in translated
    assert not any("of Forests" in text or "Podlasie forests" in text for text in translated)


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_WITH_GLOSSARY)
def test_without_terms_the_service_translates_everything(admin_client, untranslated_polish):
    assert "close. are Podlasie of Forests" in machine_translate(admin_client, untranslated_polish)


class UpperCaseLibreTranslate(BaseHTTPRequestHandler):
    """A LibreTranslate that upper-cases everything it is sent, tags included."""

    texts = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.texts.extend(body["q"])
        answer = json.dumps({"translatedText": [text.upper() for text in body["q"]]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


def test_libretranslate_never_sees_a_protected_term(admin_client, untranslated_polish, glossary):
    UpperCaseLibreTranslate.texts = []
    with http_server(UpperCaseLibreTranslate) as url:
        config = machine_translator_from_env({"LIBRETRANSLATE_URL": url})
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=config):
            translated = machine_translate(admin_client, untranslated_polish)
    assert not any("Podlasie" in text or "Student life" in text for text in UpperCaseLibreTranslate.texts)
    assert "PUSZCZE PODLASIA ARE CLOSE." not in translated
    assert "Puszcze Podlasia ARE CLOSE." in translated
    assert "Student life IS <B>LIVELY</B>." in translated


class FakeDeepL(BaseHTTPRequestHandler):
    """DeepL's glossary and translate endpoints, enough of them to check what the portal sends.

    Translating upper-cases the text and writes each glossary entry's target form instead.
    Glossaries for Arabic are refused, as DeepL refuses pairs it has no glossaries for.
    """

    glossaries = {}
    deleted = []
    translate_requests = []

    def answer(self, status, payload=None):
        body = json.dumps(payload or {}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        assert self.headers["Authorization"] == "DeepL-Auth-Key secret"
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        if self.path == "/v2/glossaries":
            if form["target_lang"] == ["AR"]:
                return self.answer(400, {"message": "Unsupported glossary language pair"})
            glossary_id = f"g{len(self.glossaries) + len(self.deleted) + 1}"
            self.glossaries[glossary_id] = dict(line.split("\t") for line in form["entries"][0].split("\n"))
            return self.answer(201, {"glossary_id": glossary_id})
        self.translate_requests.append(form)
        entries = self.glossaries.get(form.get("glossary_id", [""])[0], {})
        texts = []
        for text in form["text"]:
            translated = text.upper()
            for source, target in entries.items():
                translated = translated.replace(source.upper(), target)
            texts.append({"text": translated})
        return self.answer(200, {"translations": texts})

    def do_DELETE(self):
        glossary_id = self.path.rsplit("/", 1)[-1]
        self.glossaries.pop(glossary_id)
        self.deleted.append(glossary_id)
        self.answer(204)

    def log_message(self, *args):
        pass


@pytest.fixture
def deepl():
    FakeDeepL.glossaries, FakeDeepL.deleted, FakeDeepL.translate_requests = {}, [], []
    with http_server(FakeDeepL) as url:
        config = machine_translator_from_env({"DEEPL_API_KEY": "secret", "DEEPL_API_URL": url})
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=config):
            yield FakeDeepL


def test_deepl_gets_the_glossary_through_its_own_api(
    admin_client, living_page, untranslated_polish, glossary, deepl
):
    translated = machine_translate(admin_client, untranslated_polish)
    [(glossary_id, entries)] = deepl.glossaries.items()
    assert entries == {"Forests of Podlasie": "Puszcze Podlasia", "Student life": "Student life"}
    assert all(request["glossary_id"] == [glossary_id] for request in deepl.translate_requests)
    assert "Puszcze Podlasia ARE CLOSE." in translated

    # The same terms again: the stored DeepL glossary is reused.
    spanish = new_translation(untranslated_polish.source, "es")
    machine_translate(admin_client, spanish)
    assert len(deepl.glossaries) == 2  # one per language pair
    StringTranslation.objects.filter(locale__language_code="pl").delete()
    machine_translate(admin_client, untranslated_polish)
    assert len(deepl.glossaries) == 2 and deepl.deleted == []

    # A changed term makes a new DeepL glossary (theirs cannot be edited) and deletes the old one.
    GlossaryTerm.objects.filter(term="Student life").update(rendering="Życie studenckie")
    StringTranslation.objects.filter(locale__language_code="pl").delete()
    translated = machine_translate(admin_client, untranslated_polish)
    assert deepl.deleted == [glossary_id]
    assert DeepLGlossary.objects.get(target_lang="PL").glossary_id not in (glossary_id, None)
    assert "Życie studenckie IS <B>LIVELY</B>." in translated


def test_where_deepl_refuses_a_glossary_the_terms_are_protected(
    admin_client, untranslated_polish, glossary, deepl
):
    arabic = new_translation(untranslated_polish.source, "ar")
    translated = machine_translate(admin_client, arabic)
    assert deepl.glossaries == {}
    assert not any("glossary_id" in request for request in deepl.translate_requests)
    assert "Podlasie forests ARE CLOSE." in translated


def test_the_translators_group_keeps_the_glossary(client, django_user_model, locales, glossary):
    call_command("create_translator_groups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    coordinator = django_user_model.objects.create_user("coordinator", password="pw")
    coordinator.groups.add(Group.objects.get(name="Translators"))
    polish = django_user_model.objects.create_user("polish", password="pw")
    polish.groups.add(Group.objects.get(name="Translators — Polish"))
    add_url = reverse("wagtailsnippets_translations_glossaryterm:add")
    edit_url = reverse("wagtailsnippets_translations_glossaryterm:edit", args=[glossary[0].pk])

    client.force_login(polish)
    assert client.get(add_url).status_code in (302, 403)
    assert client.post(edit_url, {"term": "Student life", "rendering": "X"}).status_code in (302, 403)
    assert GlossaryTerm.objects.get(pk=glossary[0].pk).rendering == ""

    client.force_login(coordinator)
    response = client.post(add_url, {"term": "Erasmus+", "locale": "", "rendering": ""})
    assert response.status_code == 302
    assert GlossaryTerm.objects.filter(term="Erasmus+", locale=None).exists()
    # The same term twice for every language is refused with a message, not a 500.
    response = client.post(add_url, {"term": "Erasmus+", "locale": "", "rendering": ""})
    assert response.status_code == 200
    assert GlossaryTerm.objects.filter(term="Erasmus+").count() == 1
