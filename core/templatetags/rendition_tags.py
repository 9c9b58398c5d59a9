"""Renditions by spec, for images whose renditions were prefetched."""

from django import template
from wagtail.images.shortcuts import get_renditions_or_not_found

register = template.Library()


@register.simple_tag
def rendition(image, spec):
    """`{% rendition image "fill-1200x630-c100|format-jpeg" as social %}`: what `{% image … as social %}`
    gives, through get_renditions, which takes a prefetched rendition as it is (Wagtail's get_rendition
    writes it back to the rendition cache on every call)."""
    return get_renditions_or_not_found(image, [spec])[spec]
