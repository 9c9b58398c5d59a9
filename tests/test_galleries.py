"""Gallery pages: ordered photos with translated alt text and captions, large-photo pages, embedding."""

import re

import pytest
from wagtail.blocks import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from galleries.blocks import GalleryImageBlock, GalleryStreamBlock
from galleries.models import GalleryPage

from .factories import GalleryPageFactory, ImageFactory, NewsIndexPageFactory, NewsPageFactory, gallery_photos

pytestmark = pytest.mark.usefixtures("media_root")


@pytest.fixture
def gallery(home_page):
    images = [ImageFactory(title=f"IMG_{n}.jpg") for n in range(1, 4)]
    return GalleryPageFactory(
        parent=home_page, title="Opening ceremony", slug="opening", photo_stream=gallery_photos(images)
    )


def test_gallery_shows_a_lazy_responsive_grid_in_order_with_alt_text_not_titles(client, gallery):
    html = client.get("/en/opening/").text
    assert re.findall(r'alt="([^"]*)"', html) == [
        "Photo 1 description",
        "Photo 2 description",
        "Photo 3 description",
    ]
    assert "IMG_1" not in html
    assert html.count('loading="lazy"') == 3
    assert html.count('type="image/avif"') == 3 and html.count('type="image/webp"') == 3
    assert re.search(r'<img alt="Photo 1 description"[^>]* height="\d+"[^>]* width="\d+"', html)
    assert [int(n) for n in re.findall(r'href="/en/opening/(\d+)/"', html)] == [1, 2, 3]
    assert (
        "data-lightbox-src=" in html and '<script type="module" src="/static/galleries/lightbox.js">' in html
    )
    assert '<figcaption class="gallery-grid__caption">Caption 2</figcaption>' in html


def test_each_photo_has_a_plain_page_with_the_large_image(client, gallery):
    html = client.get("/en/opening/2/").text
    assert '<h1 class="gallery-photo__title">Opening ceremony: photo 2 of 3</h1>' in html
    assert 'alt="Photo 2 description"' in html and "width-1600" in html and "Caption 2" in html
    assert 'href="/en/opening/1/" rel="prev"' in html and 'href="/en/opening/3/" rel="next"' in html
    assert '<link rel="canonical" href="http://testserver/en/opening/2/">' in html
    first = client.get("/en/opening/1/").text
    assert 'rel="prev"' not in first


@pytest.mark.parametrize("path", ["0/", "4/", "99999/", "-1/", "abc/"])
def test_photo_numbers_out_of_range_are_404(client, gallery, path):
    assert client.get(f"/en/opening/{path}").status_code == 404


def test_photo_needs_alt_text(db):
    block = GalleryImageBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean({"image": ImageFactory(), "alt_text": "  ", "caption": ""})


def test_gallery_needs_a_photo(db):
    with pytest.raises(StreamBlockValidationError):
        GalleryStreamBlock().clean(GalleryStreamBlock().to_python([]))


def test_gallery_is_embedded_in_an_article_with_a_preview(client, home_page):
    images = [ImageFactory() for _ in range(8)]
    gallery = GalleryPageFactory(
        parent=home_page, title="Cultural stands", slug="stands", photo_stream=gallery_photos(images)
    )
    index = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=index, body=[("gallery", {"gallery": gallery})])
    html = client.get(article.url).text
    assert '<h2 class="gallery-embed__title" id="gallery-embed-' in html and "Cultural stands" in html
    assert html.count('class="gallery-grid__item"') == 6
    assert '<a href="/en/stands/">See the whole gallery (8 photos)</a>' in html
    assert 'href="/en/stands/6/"' in html


def test_an_unpublished_gallery_is_not_embedded(client, home_page):
    gallery = GalleryPageFactory(parent=home_page, photo_stream=gallery_photos([ImageFactory()]))
    gallery.unpublish()
    index = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=index, body=[("gallery", {"gallery": gallery})])
    response = client.get(article.url)
    assert response.status_code == 200 and "gallery-embed" not in response.text


@pytest.mark.parametrize("count", [1, 200])
def test_gallery_queries_are_bounded(client, home_page, django_assert_max_num_queries, count):
    images = [ImageFactory() for _ in range(count)]
    gallery = GalleryPageFactory(parent=home_page, slug="big", photo_stream=gallery_photos(images))
    assert isinstance(gallery, GalleryPage)
    client.get("/en/big/")  # renditions are generated on the first view only
    with django_assert_max_num_queries(21):
        response = client.get("/en/big/")
    assert response.text.count('class="gallery-grid__item"') == count
    with django_assert_max_num_queries(21):
        assert client.get(f"/en/big/{count}/").status_code == 200
