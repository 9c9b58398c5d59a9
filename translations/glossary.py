"""The glossary that every machine translator respects.

Names such as "Białystok", "Erasmus+", "KA107" or a university's name must not be translated, or
must be translated one agreed way. DeepL applies the glossary itself (its glossary API, one DeepL
glossary per language pair). Around every other service, the dummy translator included, each term
is replaced by an empty placeholder element before the text leaves the portal: the service moves it
with the sentence but cannot translate it, and the agreed form is put back into the result. A string
whose placeholders the service lost is left untranslated for the translator rather than saved wrong.
"""

import hashlib
import logging
import re

import requests
from django.db.models import F, Q
from django.utils.html import escape
from django.utils.module_loading import import_string
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.deepl import language_code as deepl_language_code
from wagtail_localize.strings import StringValue

from .models import DeepLGlossary, GlossaryTerm

logger = logging.getLogger(__name__)

PLACEHOLDER = '<x-term data-i="{}"></x-term>'
# Services may rewrite the placeholder as a self-closing tag or change its quotes.
PLACEHOLDER_PATTERN = re.compile(r"""<x-term\s+data-i\s*=\s*["']?(\d+)["']?\s*/?>(?:</x-term>)?""", re.I)
TAG = re.compile(r"(<[^>]*>)")


def glossary_for(target_locale):
    """Every term to protect when translating into `target_locale`, mapped to the form to write.

    A term given for this language wins over the same term given for every language.
    """
    terms = {}
    entries = (
        GlossaryTerm.objects.filter(Q(locale=target_locale) | Q(locale__isnull=True))
        .order_by(F("locale").asc(nulls_first=True))
        .values_list("term", "rendering")
    )
    for term, rendering in entries:
        terms[term] = rendering or term
    return terms


class ProtectedText:
    """The strings of one request with the glossary's terms swapped for placeholders."""

    def __init__(self, terms):
        self.terms = {escape(term): written for term, written in terms.items()}
        # Longest first, so "Bialystok University of Technology" wins over "Bialystok".
        alternatives = "|".join(re.escape(term) for term in sorted(self.terms, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    def protect(self, html):
        """`html` with each term outside tags replaced by a placeholder, and what each one stands for."""
        found = []

        def placeholder(match):
            found.append(self.terms[match.group(0)])
            return PLACEHOLDER.format(len(found) - 1)

        parts = TAG.split(html)
        protected = "".join(
            part if part.startswith("<") else self.pattern.sub(placeholder, part) for part in parts
        )
        return protected, found

    @staticmethod
    def restore(html, found):
        """The translation with the agreed forms put back, or None if a placeholder was lost."""
        restored = set()

        def written(match):
            index = int(match.group(1))
            if index >= len(found):
                return match.group(0)
            restored.add(index)
            return escape(found[index])

        result = PLACEHOLDER_PATTERN.sub(written, html)
        return result if restored == set(range(len(found))) else None


def translate_protected(translate, target_locale, strings, terms):
    """Call `translate(strings)` with the glossary's terms protected, and restore them in the results."""
    if not terms:
        return translate(strings)
    text = ProtectedText(terms)
    protected = {}
    for string in strings:
        data, found = text.protect(string.data)
        protected[string] = (StringValue(data), found)
    results = translate([value for value, _found in protected.values()])
    translations = {}
    for string, (value, found) in protected.items():
        translated = results.get(value)
        restored = text.restore(translated.data, found) if translated is not None else None
        if restored is None:
            logger.warning(
                "Machine translation into %s lost a glossary term; left for the translator", target_locale
            )
            continue
        translations[string] = StringValue(restored)
    return translations


class GlossaryTranslator(BaseMachineTranslator):
    """Any machine translator of wagtail-localize (OPTIONS: its CLASS and OPTIONS), with terms protected."""

    def __init__(self, options):
        super().__init__(options)
        self.service = import_string(options["CLASS"])(options.get("OPTIONS", {}))
        self.display_name = self.service.display_name

    def can_translate(self, source_locale, target_locale):
        return self.service.can_translate(source_locale, target_locale)

    def translate(self, source_locale, target_locale, strings):
        return translate_protected(
            lambda values: self.service.translate(source_locale, target_locale, values),
            target_locale,
            list(strings),
            glossary_for(target_locale),
        )


class DeepLGlossaryTranslator(DeepLTranslator):
    """DeepL with the portal's glossary as DeepL glossaries; terms are protected where DeepL refuses one.

    OPTIONS: AUTH_KEY, and API_URL to talk to another DeepL-compatible server than DeepL's own.
    """

    def api_url(self, path):
        default = (
            "https://api-free.deepl.com"
            if self.options["AUTH_KEY"].endswith(":fx")
            else "https://api.deepl.com"
        )
        return f"{(self.options.get('API_URL') or default).rstrip('/')}/v2/{path}"

    def get_api_endpoint(self):
        return self.api_url("translate")

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        terms = glossary_for(target_locale)
        self.glossary_id = self.deepl_glossary(source_locale, target_locale, terms) if terms else None
        if terms and not self.glossary_id:
            return translate_protected(
                lambda values: super(DeepLGlossaryTranslator, self).translate(
                    source_locale, target_locale, values
                ),
                target_locale,
                strings,
                terms,
            )
        return super().translate(source_locale, target_locale, strings)

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        if getattr(self, "glossary_id", None):
            parameters["glossary_id"] = self.glossary_id
        return parameters

    def deepl_glossary(self, source_locale, target_locale, terms):
        """The id of the DeepL glossary holding `terms` for this pair, created when the terms changed."""
        source = deepl_language_code(source_locale.language_code)
        target = deepl_language_code(target_locale.language_code)
        entries = "\n".join(f"{term}\t{written}" for term, written in sorted(terms.items()))
        entries_hash = hashlib.sha256(f"{source}>{target}\n{entries}".encode()).hexdigest()
        stored = DeepLGlossary.objects.filter(source_lang=source, target_lang=target).first()
        if stored and stored.entries_hash == entries_hash:
            return stored.glossary_id
        try:
            response = requests.post(
                self.api_url("glossaries"),
                data={
                    "name": f"Study in Bialystok {source}-{target}",
                    "source_lang": source,
                    "target_lang": target,
                    "entries": entries,
                    "entries_format": "tsv",
                },
                headers=self.get_headers(),
                timeout=int(self.options.get("TIMEOUT", 30)),
            )
            response.raise_for_status()
            glossary_id = response.json()["glossary_id"]
        except (requests.RequestException, KeyError, ValueError):
            logger.warning("DeepL refused a glossary for %s→%s; protecting the terms instead", source, target)
            return None
        if stored:
            self.delete_deepl_glossary(stored.glossary_id)
        DeepLGlossary.objects.update_or_create(
            source_lang=source,
            target_lang=target,
            defaults={"entries_hash": entries_hash, "glossary_id": glossary_id},
        )
        return glossary_id

    def delete_deepl_glossary(self, glossary_id):
        try:
            requests.delete(self.api_url(f"glossaries/{glossary_id}"), headers=self.get_headers(), timeout=10)
        except requests.RequestException:
            logger.warning("Could not delete the outdated DeepL glossary %s", glossary_id)
