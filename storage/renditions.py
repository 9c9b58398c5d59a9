"""Rendition warm-up: a published page is rendered once by the task worker, so the renditions its
images need exist before the first visitor asks for them."""

from django.db import transaction
from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend
from wagtail.models import Page


@task()
def warm_page_renditions(page_id):
    page = Page.objects.filter(id=page_id, live=True).first()
    if page is not None:
        page.specific.make_preview_request()


def warm_renditions_on_publish(sender, instance, **kwargs):
    # With the immediate backend the warm-up would only delay the publishing editor: the first
    # view makes the same renditions in the same process.
    if not isinstance(warm_page_renditions.get_backend(), ImmediateBackend):
        transaction.on_commit(lambda: warm_page_renditions.enqueue(instance.id))
