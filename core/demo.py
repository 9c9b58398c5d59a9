"""Tools that the apps' `demo` modules use to build the demo content of `load_demo`.

Each installed app may have a `demo.py` with a `load(builder)` function; `load_demo` calls them
in the order of INSTALLED_APPS. Builders find what exists before creating anything, so a
second run changes nothing.

Translations of the demo are tables keyed by the English source segment: an app keeps one module per
language, `<app>/demo_translations/<language code>.py`, with a dict `STRINGS`; `translation_tables`
gathers them and `DemoBuilder.translate_all` applies them through wagtail-localize, so translators see
real translations in its editor. A language without a module simply has no demo translation of that
app (its readers get the English pages by the portal's fallback policy).
"""

import io
import json
import random
from contextlib import contextmanager
from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


class DemoBuilder:
    def __init__(self, stdout):
        self.stdout = stdout
        self.created = 0

    def report(self, message):
        self.created += 1
        self.stdout.write(f"  created {message}")

    def image(self, title, colours, size=(1600, 900), seed=0):
        """A generated photo-like JPEG, so the demo needs no download. It carries no lettering:
        pages describe it in their own language with alt texts.

        Args:
            title: the image title in the library, also its identity for re-runs.
            colours: two RGB tuples for the background gradient.
        """
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        canvas = picture(title, colours, size, seed)
        buffer = io.BytesIO()
        canvas.save(buffer, "JPEG", quality=82)
        image = Image(title=title, file=ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.jpg"))
        image.save()
        self.report(f"image “{title}”")
        return image

    def document(self, title, filename, content, **fields):
        """A document of the library, found by its title or created from `content` (bytes).

        Args:
            title: the document title, also its identity for re-runs.
            filename: the file name readers download.
            content: the file's bytes.
            fields: further fields of the document model (language, accessibility, …).
        """
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        document = Document(title=title, file=ContentFile(content, name=filename), **fields)
        document._set_document_file_metadata()
        document.save()
        self.report(f"document “{title}”")
        return document

    def page(self, parent, page_class, slug, **fields):
        """The child of `parent` with this slug: found if it exists, otherwise created and published."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        page = page_class(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report(f"page “{page.title}” ({page.locale.language_code})")
        return page

    def translate_all(self, source, tables, overrides=None):
        """Translate `source` into every language that has a table, in the order of settings.

        Args:
            source: the English page (or translatable snippet).
            tables: {language code: {English segment: translation}}, as from `translation_tables`.
            overrides: {language code: overrides} for `translate`.

        Returns:
            {language code: the translation}.
        """
        return {
            code: self.translate(source, code, tables[code], (overrides or {}).get(code))
            for code in translated_languages()
            if code in tables
        }

    def translate(self, page, language_code, strings, overrides=None):
        """Translate `page` through wagtail-localize, as a translator would, and publish it.

        Args:
            page: the source page (or a translatable snippet).
            language_code: the target locale.
            strings: every source string of the page mapped to its translation.
            overrides: replacements of chosen objects (images, documents) in the translation, by the
                name of the field or block that holds them: {"document": {english.pk: polish.pk}}.

        Returns:
            The translated page.
        """
        locale = Locale.objects.get(language_code=language_code)
        existing = page.get_translation_or_none(locale)
        if existing:
            return existing.specific if isinstance(existing, Page) else existing
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        missing = []
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            text = strings.get(segment.string.data)
            if text is None:
                missing.append(segment.string.data)
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
        for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
            field_name = segment.context.path.rsplit(".", 1)[-1]
            replacement = (overrides or {}).get(field_name, {}).get(json.loads(segment.data_json))
            if replacement is not None:
                SegmentOverride.objects.update_or_create(
                    locale=locale, context=segment.context, defaults={"data_json": json.dumps(replacement)}
                )
        if missing:
            raise CommandError(f"The {language_code} demo text of “{page}” lacks: " + " | ".join(missing))
        translation.save_target(publish=True)
        translated = page.get_translation(locale)
        if not isinstance(translated, Page):
            # A translatable snippet, such as the cookie consent settings.
            self.report(f"{translated._meta.verbose_name} “{translated}” ({language_code})")
            return translated
        translated = translated.specific
        if not translated.live:
            # Inside a transaction (tests), wagtail-localize defers the publish to the commit.
            translated.get_latest_revision().publish()
        self.report(f"page “{translated.title}” ({language_code})")
        return translated


CIRCLES = 14


def picture(title, colours, size, seed=0):
    """The demo's generated picture: a vertical gradient between `colours` and fourteen lighter circles,
    placed by a random generator seeded with the title. No lettering, so no font is needed for any
    language."""
    canvas = PillowImage.new("RGB", size)
    draw = ImageDraw.Draw(canvas)
    (r1, g1, b1), (r2, g2, b2) = colours
    width, height = size
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=(round(r1 + (r2 - r1) * t), round(g1 + (g2 - g1) * t), round(b1 + (b2 - b1) * t)),
        )
    shapes = random.Random(f"{title}-{seed}")
    for _ in range(CIRCLES):
        x, y = shapes.randrange(width), shapes.randrange(height)
        radius = shapes.randrange(height // 12, height // 4)
        shade = tuple(min(255, c + shapes.randrange(20, 70)) for c in (r2, g2, b2))
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=shade)
    return canvas


@contextmanager
def indexing_once():
    """Update the search index and Wagtail's reference index once per saved object, at the end.

    Each save of a page (creation, revision, publication, translation) would otherwise update both
    indexes at once, and the demo saves every page several times. The updates at the end are the
    tasks that the save signals would have run.
    """
    saved = {}
    searched = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    indexed = {*searched, *ReferenceIndex.tracked_models}

    def record(sender, instance, raw=False, **kwargs):
        if not raw and sender in indexed:
            saved[(instance._meta.app_label, instance._meta.model_name, str(instance.pk))] = sender

    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(record)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(record)
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)
        for key, model in saved.items():
            if not model._default_manager.filter(pk=key[2]).exists():
                continue
            if model in searched:
                insert_or_update_object_task.call(*key)
            if model in ReferenceIndex.tracked_models:
                update_reference_index_task.call(*key)


def translated_languages():
    """The portal's languages other than the default, in the order of settings."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]


def translation_tables(app, **tables):
    """The demo translation tables of `app`: {language code: {English segment: translation}}.

    Args:
        app: the app's package name; its tables are the `STRINGS` of `<app>.demo_translations.<code>`.
        tables: tables the app keeps elsewhere (the Polish one beside the English text), by code.
    """
    for code in translated_languages():
        module_name = f"{app}.demo_translations.{code}"
        if code not in tables and find_spec(f"{app}.demo_translations") and find_spec(module_name):
            tables[code] = import_module(module_name).STRINGS
    return tables


def site_root():
    """The tree's root, above every locale's home page."""
    return Page.get_first_root_node()
