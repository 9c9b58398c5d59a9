"""Forget the cached consent configuration when editors change it or the cookie policy page."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .consent import forget_configs
from .models import ConsentSettings


@receiver(post_save, sender=ConsentSettings)
@receiver(post_delete, sender=ConsentSettings)
@receiver(page_published)
@receiver(page_unpublished)
def consent_configuration_changed(**kwargs):
    # After the commit: a worker that reads the old row before it would cache it again.
    transaction.on_commit(forget_configs)
