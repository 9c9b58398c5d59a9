"""No demo picture carries lettering: nothing a font could fail to draw ("Bia□ystok") in any language."""

import re

import pytest
from PIL import Image as PillowImage
from PIL import ImageChops, ImageDraw, ImageStat

from core.demo import CIRCLES, DemoBuilder, picture, translated_languages, translation_tables
from galleries.demo import PHOTOS
from galleries.demo import POLISH as GALLERY_POLISH
from news.demo.generated import TOPICS

SIZE = (320, 180)
UNUSED = (1, 2, 3)
SPECS = [(title, colours) for title, colours, _alt, _caption in PHOTOS] + [
    (f"News illustration {number}", topic[-1]) for number, topic in enumerate(TOPICS, start=1)
]


def drawn_colours(canvas, colours):
    """The colours of the pixels that differ from the background gradient between `colours` (top to bottom)."""
    width, height = canvas.size
    (top, bottom) = colours
    background = PillowImage.new("RGB", canvas.size)
    draw = ImageDraw.Draw(background)
    for y in range(height):
        colour = tuple(round(a + (b - a) * y / height) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    changed = ImageChops.difference(canvas, background).convert("L").point(lambda value: 255 if value else 0)
    # Only the changed pixels, on a colour that no demo picture uses.
    drawn = PillowImage.new("RGB", canvas.size, UNUSED)
    drawn.paste(canvas, mask=changed)
    return {colour for _count, colour in drawn.getcolors(maxcolors=width * height)} - {UNUSED}


@pytest.mark.parametrize(("title", "colours"), SPECS)
def test_a_demo_picture_is_a_gradient_and_plain_circles(title, colours):
    canvas = picture(title, colours, SIZE)
    # Each circle is one flat colour; lettering would add the colours of its glyphs' edges.
    assert 1 <= len(drawn_colours(canvas, colours)) <= CIRCLES


def test_lettering_on_a_demo_picture_is_found():
    title, colours = SPECS[0]
    canvas = picture(title, colours, SIZE)
    ImageDraw.Draw(canvas).text((20, 60), "Białystok", fill=(255, 255, 255), font_size=40)
    assert len(drawn_colours(canvas, colours)) > CIRCLES


def test_the_library_images_are_the_pictures(db, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    title, colours = SPECS[0]
    image = DemoBuilder(stdout=open("/dev/null", "w")).image(title, colours, size=SIZE)  # noqa: SIM115
    with image.open_file() as stored:
        saved = PillowImage.open(stored).convert("RGB")
    expected = picture(title, colours, SIZE)
    # JPEG changes each pixel a little, never a picture into another one.
    assert max(ImageStat.Stat(ImageChops.difference(saved, expected)).mean) < 4


def test_gallery_alt_texts_say_what_the_pictures_show_in_every_language():
    tables = translation_tables("galleries", pl=GALLERY_POLISH)
    assert sorted(tables) == sorted(translated_languages())
    for title, (top, bottom), alt, caption in PHOTOS:
        # The English alt text names the picture's circles and its two background colours ...
        assert alt.startswith("Demo picture: ") and " circles on a background fading from " in alt
        assert top != bottom and title not in alt and not re.search(r"\b(image|photo) \d", alt, re.I)
        for code, table in tables.items():
            # ... and so does each translation, in its own words (never the English text, never empty).
            assert table[alt].strip() and table[alt] != alt, (code, alt)
            assert table[caption].strip() and table[caption] != caption, (code, caption)
            assert not re.search(r"\d\s*$", table[alt]), (code, table[alt])
