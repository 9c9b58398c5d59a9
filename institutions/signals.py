from django.db.models.signals import post_save
from django.dispatch import receiver

from .editors import sync_section
from .models import InstitutionPage


@receiver(post_save, sender=InstitutionPage)
def extend_section_to_new_translation(sender, instance, created, raw=False, **kwargs):
    """A new translation of an institution joins its section: same editors, same review."""
    if created and not raw:
        sync_section(instance)
