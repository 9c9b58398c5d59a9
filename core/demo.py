"""Tools that the apps' `demo` modules use to build the demo content of `load_demo`.

Each installed app may have a `demo.py` with a `load(builder)` function; `load_demo` calls them
in the order of INSTALLED_APPS. Builders find what exists before creating anything, so a
second run changes nothing.
"""

import io
import json
import random

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
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

    def image(self, title, label, colours, size=(1600, 900), seed=0):
        """A generated photo-like JPEG, so the demo needs no download.

        Args:
            title: the image title in the library, also its identity for re-runs.
            label: text painted on the image.
            colours: two RGB tuples for the background gradient.
        """
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
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
        for _ in range(14):
            x, y = shapes.randrange(width), shapes.randrange(height)
            radius = shapes.randrange(height // 12, height // 4)
            shade = tuple(min(255, c + shapes.randrange(20, 70)) for c in (r2, g2, b2))
            draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=shade)
        font = ImageFont.load_default(size=height // 12)
        draw.text((width // 20, height - height // 5), label, fill=(255, 255, 255), font=font)
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


def site_root():
    """The tree's root, above every locale's home page."""
    return Page.get_first_root_node()
