"""Image uploads in the admin: broken, fake and decompression-bomb files are refused with a clear
error, and nothing is saved."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.images import get_image_model

pytestmark = pytest.mark.usefixtures("media_root")


def png(size, mode="RGB"):
    buffer = io.BytesIO()
    PillowImage.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


def upload(admin_client, name, content, content_type="image/png"):
    return admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Upload",
            "collection": "1",
            "file": SimpleUploadedFile(name, content, content_type=content_type),
        },
    )


def assert_refused(response, message, media_root):
    assert response.status_code == 200
    assert message in response.text
    assert not get_image_model().objects.exists()
    assert not list(media_root.glob("original_images/*"))


def test_a_valid_image_is_saved(admin_client, media_root):
    response = upload(admin_client, "photo.png", png((40, 30)))
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (40, 30)


def test_corrupt_image_is_refused(admin_client, media_root):
    broken = png((40, 30))[:60]
    assert_refused(upload(admin_client, "broken.png", broken), "Upload a valid image.", media_root)


def test_a_file_that_is_not_an_image_is_refused(admin_client, media_root):
    response = upload(admin_client, "notes.jpg", b"Just some text, not a photo.", "image/jpeg")
    assert_refused(response, "Upload a valid image.", media_root)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_decompression_bomb_is_refused(admin_client, media_root):
    bomb = png((10_000, 10_000), mode="1")  # 100 megapixels in a few kilobytes
    assert len(bomb) < 100_000
    assert_refused(upload(admin_client, "bomb.png", bomb), "This file has too many pixels", media_root)
