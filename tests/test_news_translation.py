"""Articles and galleries in other languages through wagtail-localize: translated captions and alt
texts, a Polish document in the Polish article, tags and institutions kept in step."""

import io

import pytest
from wagtail_localize.models import StringSegment, TranslationSource

from core.demo import DemoBuilder
from institutions.models import InstitutionPage, UniversitiesIndexPage
from partners.models import PartnerIndexPage, PartnerPage

from .conftest import publish_translation
from .factories import (
    DocumentFactory,
    GalleryPageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    gallery_photos,
)

pytestmark = pytest.mark.usefixtures("media_root")


def translate_everything(page, overrides=None):
    """Translate every string of `page` into Polish ("PL …") the way a translator does, and publish."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    strings = {
        segment.string.data: f"PL {segment.string.data}"
        for segment in StringSegment.objects.filter(source=source).select_related("string")
    }
    return DemoBuilder(io.StringIO()).translate(page, "pl", strings, overrides=overrides)


@pytest.fixture
def site(translated_home):
    home = translated_home["en"]
    universities = home.add_child(instance=UniversitiesIndexPage(title="Universities", slug="universities"))
    institution = universities.add_child(
        instance=InstitutionPage(title="Bialystok University of Technology", slug="but", short_name="BUT")
    )
    partners = home.add_child(instance=PartnerIndexPage(title="Partners", slug="partners"))
    partner = partners.add_child(
        instance=PartnerPage(title="University of Burgos", slug="burgos", country="ES", city="Burgos")
    )
    for page in (universities, institution, partners, partner):
        page.save_revision().publish()
    for page in (universities, institution, partners, partner):
        publish_translation(page, "pl")
    return {"home": home, "institution": institution, "partner": partner}


@pytest.fixture
def article(site):
    index = NewsIndexPageFactory(parent=site["home"])
    publish_translation(index, "pl")
    gallery = GalleryPageFactory(
        parent=site["home"],
        title="Cultural stands",
        slug="stands",
        photo_stream=gallery_photos([ImageFactory()]),
    )
    english = DocumentFactory(title="Programme", language="en")
    page = NewsPageFactory(
        parent=index,
        title="Training Week",
        slug="training-week",
        body=[
            ("paragraph", "<p>Guests came from 18 countries.</p>"),
            ("partners", {"heading": "Partner universities", "partners": [site["partner"]]}),
            ("document", {"document": english, "title": ""}),
            ("gallery", {"gallery": gallery}),
        ],
    )
    page.tags.add("Erasmus")
    page.related_institutions.add(site["institution"])
    page.save_revision().publish()
    return {"page": page, "gallery": gallery, "english": english}


def test_polish_article_offers_the_polish_document(client, article):
    polish = DocumentFactory(title="Program tygodnia", language="pl")
    translated = translate_everything(
        article["page"], overrides={"document": {article["english"].pk: polish.pk}}
    )
    html = client.get("/pl/news/training-week/").text
    assert f'href="{polish.url}"' in html and ">Program tygodnia</a>" in html
    assert article["english"].url not in html
    assert 'hreflang="pl"' in html
    assert (
        "PL <p>Guests came from 18 countries.</p>" in html
        or "<p>PL Guests came from 18 countries.</p>" in html
    )
    # The English article keeps the English document.
    assert f'href="{article["english"].url}"' in client.get("/en/news/training-week/").text
    assert translated.title == "PL Training Week"


def test_translation_keeps_tags_and_institutions_and_links_in_its_language(client, article, site):
    translate_everything(article["page"])
    translate_everything(article["gallery"])
    html = client.get("/pl/news/training-week/").text
    assert '<a class="tag" href="/pl/news/?tag=erasmus">Erasmus</a>' in html
    assert 'href="/pl/universities/but/"' in html
    assert 'href="/pl/partners/burgos/">' in html
    assert 'href="/pl/stands/"' in html and 'alt="PL Photo 1 description"' in html
    polish_listing = client.get("/pl/news/?tag=erasmus&institution=but").text
    assert "PL Training Week" in polish_listing


def test_gallery_captions_and_alt_texts_are_translated_per_language(client, article):
    translate_everything(article["gallery"])
    html = client.get("/pl/stands/").text
    assert 'alt="PL Photo 1 description"' in html and "PL Caption 1" in html
    assert 'alt="Photo 1 description"' in client.get("/en/stands/").text


def test_embedded_gallery_falls_back_to_the_source_gallery_until_translated(client, article):
    translate_everything(article["page"])
    html = client.get("/pl/news/training-week/").text
    assert 'href="/en/stands/"' in html and 'alt="Photo 1 description"' in html
