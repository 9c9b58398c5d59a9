"""Media in S3-compatible object storage (AWS_STORAGE_BUCKET_NAME), against moto's standalone S3 server
on 127.0.0.1: no real S3 runs on these machines."""

import re
import runpy
import urllib.parse
from pathlib import Path

import boto3
import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from documents.models import PortalDocument

from .factories import DocumentFactory, ImageFactory
from .protocol_servers import S3Server
from .test_images_upload import png

pytestmark = pytest.mark.usefixtures("media_root")

BUCKET = "studyinbialystok-media"
BASE_SETTINGS = Path(django_settings.BASE_DIR) / "portal" / "settings" / "base.py"


@pytest.fixture
def s3_server():
    server = S3Server().start()
    yield server
    server.stop()


def configure_object_storage(settings, monkeypatch, s3_server, **environment):
    """Apply what portal/settings/base.py makes of the AWS_* variables to the running settings."""
    environment = {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3_server.url,
        "AWS_S3_REGION_NAME": "eu-central-1",
        "AWS_ACCESS_KEY_ID": "portal",
        "AWS_SECRET_ACCESS_KEY": "portal-secret",
        **environment,
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    computed = runpy.run_path(str(BASE_SETTINGS))
    for name, value in computed.items():
        if name.startswith("AWS_"):
            setattr(settings, name, value)
    settings.STORAGES = {
        **settings.STORAGES,
        **{alias: computed["STORAGES"][alias] for alias in ("default", "documents")},
    }
    return computed


@pytest.fixture
def bucket(settings, monkeypatch, s3_server):
    configure_object_storage(settings, monkeypatch, s3_server)
    client = boto3.client(
        "s3",
        endpoint_url=s3_server.url,
        region_name="eu-central-1",
        aws_access_key_id="portal",
        aws_secret_access_key="portal-secret",
    )
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    return client


def keys(client):
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def upload_image(admin_client, name="campus.png"):
    return admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Campus", "collection": "1", "file": SimpleUploadedFile(name, png((64, 48)), "image/png")},
    )


def upload_document(admin_client, collection="1"):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Admission rules",
            "file": SimpleUploadedFile("rules.pdf", b"%PDF-1.4\n% rules\n", content_type="application/pdf"),
            "collection": collection,
            "language": "en",
            "page_count": "1",
            "html_alternative": "",
        },
    )


def test_the_settings_choose_object_storage_only_with_a_bucket(settings, monkeypatch, s3_server):
    computed = configure_object_storage(
        settings, monkeypatch, s3_server, AWS_S3_CUSTOM_DOMAIN="media.example.org"
    )
    assert computed["STORAGES"]["default"]["BACKEND"] == "storage.backends.ObjectStorage"
    assert computed["AWS_S3_ENDPOINT_URL"] == s3_server.url
    assert computed["AWS_S3_CUSTOM_DOMAIN"] == "media.example.org"
    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME")
    local = runpy.run_path(str(BASE_SETTINGS))
    assert local["STORAGES"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert local["STORAGES"]["documents"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_uploads_and_renditions_are_stored_in_the_bucket(admin_client, bucket, home_page, s3_server):
    assert upload_image(admin_client).status_code == 302
    assert upload_document(admin_client).status_code == 302
    image = get_image_model().objects.get()
    document = PortalDocument.objects.get()
    home_page.hero_image = image
    home_page.hero_alt_text = "The campus"
    home_page.save_revision().publish()

    html = admin_client.get("/en/").text
    rendition_urls = set(re.findall(rf"{re.escape(s3_server.url)}/{BUCKET}/images/[^\s\"',]+", html))
    assert len(rendition_urls) >= 9, "three formats of three sizes of the hero image, from the bucket"
    stored = keys(bucket)
    assert image.file.name in stored and image.file.name.startswith("original_images/")
    assert document.file.name in stored and document.file.name.startswith("documents/")
    for url in rendition_urls:
        key = urllib.parse.unquote(url.split(f"/{BUCKET}/", 1)[1])
        assert key in stored
    avif = next(url for url in rendition_urls if url.endswith(".avif"))
    key = urllib.parse.unquote(avif.split(f"/{BUCKET}/", 1)[1])
    stored_object = bucket.get_object(Bucket=BUCKET, Key=key)
    assert stored_object["CacheControl"] == "public, max-age=86400"
    assert stored_object["Body"].read()[4:12] == b"ftypavif"
    assert not list(Path(django_settings.MEDIA_ROOT).rglob("*.*")), "nothing written to the local disk"


def test_images_use_the_custom_domain(settings, monkeypatch, s3_server, bucket, db):
    configure_object_storage(settings, monkeypatch, s3_server, AWS_S3_CUSTOM_DOMAIN="media.example.org")
    image = ImageFactory()
    rendition = image.get_rendition("width-40|format-webp")
    assert rendition.url.startswith("https://media.example.org/images/")
    assert "Signature" not in rendition.url
    document = DocumentFactory()
    assert "media.example.org" not in document.file.url


def test_a_private_document_never_gets_a_public_url(admin_client, client, bucket, s3_server):
    collection = Collection.get_first_root_node().add_child(name="Applicants only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert upload_document(admin_client, collection=str(collection.pk)).status_code == 302
    document = PortalDocument.objects.get()

    assert document.url == reverse("wagtaildocs_serve", args=[document.pk, "rules.pdf"])
    direct = urllib.parse.urlsplit(document.file.url)
    query = urllib.parse.parse_qs(direct.query)
    assert "X-Amz-Signature" in query and query["X-Amz-Expires"] == ["300"]
    grants = bucket.get_object_acl(Bucket=BUCKET, Key=document.file.name)["Grants"]
    assert not [grant for grant in grants if grant["Grantee"].get("URI", "").endswith("/AllUsers")]
    assert bucket.head_object(Bucket=BUCKET, Key=document.file.name)["CacheControl"] == "private, no-store"

    anonymous = client.get(document.url)
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    served = admin_client.get(document.url)
    assert served.status_code == 200
    assert served["Content-Disposition"].startswith("attachment")
    assert b"".join(served.streaming_content) == b"%PDF-1.4\n% rules\n"


def test_storage_down_pages_render_and_uploads_are_refused_with_a_message(
    admin_client, client, bucket, home_page, s3_server
):
    shown = ImageFactory()
    shown.get_rendition("fill-640x360-c80|format-webp")
    home_page.hero_image = shown
    home_page.hero_alt_text = "The campus"
    home_page.save_revision().publish()
    s3_server.stop()

    page = client.get("/en/")
    assert page.status_code == 200
    assert 'alt="The campus"' in page.text

    message = "The file storage cannot be reached, so nothing was uploaded or changed."
    image_count = get_image_model().objects.count()
    response = upload_image(admin_client, name="new.png")
    assert response.status_code == 302
    assert message in admin_client.get(response["Location"]).text
    assert get_image_model().objects.count() == image_count

    response = upload_document(admin_client)
    assert response.status_code == 302
    assert message in admin_client.get(response["Location"]).text
    assert not PortalDocument.objects.exists()
    assert not list(Path(django_settings.MEDIA_ROOT).rglob("*.*")), "nothing written to the local disk"
