"""An editor writes an article with a gallery in the Wagtail admin, previews it, schedules it, and
the student reads it once the schedule has published it."""

import datetime

from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Revision, Site

from tests.conftest import ensure_tree_roots
from tests.factories import (
    GalleryPageFactory,
    HomePageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    gallery_photos,
)

from .accessibility import assert_accessible


def test_editor_creates_previews_schedules_and_publishes_an_article_with_a_gallery(
    live_server, page, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    # Wagtail's autosave can create the draft while the editor clicks Publish on the add form, which
    # then collides with its own slug (a race upstream); this journey is about publishing, not autosave.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    root = ensure_tree_roots()
    root.get_children().delete()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    index = NewsIndexPageFactory(parent=home)
    GalleryPageFactory(
        parent=home,
        title="Open day photos",
        slug="open-day-photos",
        photo_stream=gallery_photos([ImageFactory(), ImageFactory()]),
    )
    User.objects.create_superuser("editor", "editor@example.org", "a-long-editor-password")

    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-long-editor-password")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/pages/add/news/newspage/{index.pk}/")
    page.locator("#id_title").fill("Open day 2025")
    page.locator("#id_lead").fill("Future students visited laboratories and dormitories.")
    body = page.locator("#body-root")
    body.get_by_role("button", name="Insert a block").click()
    page.get_by_role("option", name="Gallery").click()
    body.get_by_role("button", name="Choose a page").click()
    chooser = page.get_by_role("dialog")
    gallery_link = chooser.get_by_role("link", name="Open day photos")
    # The chooser opens at the nearest section holding galleries; one level up, the editor explores.
    expect(gallery_link.or_(chooser.get_by_role("link", name="Explore").first)).to_be_visible()
    if not gallery_link.is_visible():
        chooser.get_by_role("link", name="Explore").first.click()
    gallery_link.click()
    expect(body).to_contain_text("Open day photos")

    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text("Open day 2025")
    expect(preview.locator(".gallery-grid__item")).to_have_count(2)

    # The editor sets the go-live time in the schedule field and publishes: the page is scheduled.
    go_live = timezone.localtime() + datetime.timedelta(days=1)
    page.locator("#id_go_live_at").evaluate(
        "(field, value) => { field.value = value; }", go_live.strftime("%Y-%m-%d %H:%M")
    )
    page.get_by_role("button", name="More actions").click()
    page.locator("footer").get_by_role("button", name="Publish").click()
    expect(page.locator(".messages")).to_contain_text("scheduled")

    response = page.goto(f"{live_server.url}/en/news/open-day-2025/")
    assert response.status == 404

    # A day later the scheduler (cron running publish_scheduled) publishes it: move the clock back.
    revision = Revision.objects.get(approved_go_live_at__isnull=False)
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled")

    page.goto(f"{live_server.url}/en/news/")
    page.get_by_role("link", name="Open day 2025").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Open day 2025")
    expect(page.locator(".gallery-grid__item")).to_have_count(2)
    assert_accessible(page)
