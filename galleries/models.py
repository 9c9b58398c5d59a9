from dataclasses import dataclass

from django.db import models
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, route
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.search import index

from core.models import BasePage

from .blocks import GalleryStreamBlock


class GalleryPage(RoutablePageMixin, BasePage):
    """A photo gallery: a grid of thumbnails, each opening large in a lightbox or on its own page."""

    intro = models.TextField(_("introduction"), blank=True)
    photo_stream = StreamField(GalleryStreamBlock(), verbose_name=_("photos"))

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("photo_stream")]
    # Captions and alt texts are searchable, in each translation's own language.
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("photo_stream")]
    search_type = "gallery"

    parent_page_types = [
        "home.HomePage",
        "home.ContentPage",
        "institutions.InstitutionPage",
        "news.NewsIndexPage",
    ]
    subpage_types = []

    class Meta:
        verbose_name = _("gallery")
        verbose_name_plural = _("galleries")

    def get_listing_image(self):
        photos = self.photos(limit=1)
        return self.social_image or (photos[0].image if photos else None)

    @property
    def photo_count(self):
        return len(self.photo_stream.raw_data)

    def photos(self, limit=None):
        """The photos in order, their images fetched with all renditions in two queries."""
        # The raw stream data names the images by id: reading it avoids a third query for the images.
        items = [item["value"] for item in self.photo_stream.raw_data][:limit]
        ids = {item.get("image") for item in items} - {None}
        images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions().in_bulk()
        photos = [item for item in items if item.get("image") in images]
        return [
            Photo(number, images[item["image"]], item.get("alt_text", ""), item.get("caption", ""))
            for number, item in enumerate(photos, start=1)
        ]

    @path("")
    def gallery(self, request):
        return self.render(request, context_overrides={"photos": self.photos()})

    @route(r"^(\d+)/$")
    def photo(self, request, number):
        photos = self.photos()
        number = int(number)
        if not 1 <= number <= len(photos):
            raise Http404
        return render(
            request,
            "galleries/gallery_photo.html",
            {
                **self.get_context(request),
                "photo": photos[number - 1],
                "previous": photos[number - 2] if number > 1 else None,
                "next": photos[number] if number < len(photos) else None,
                "count": len(photos),
            },
        )


@dataclass
class Photo:
    """One photo of a gallery as templates use it: its 1-based position, image and texts."""

    number: int
    image: object
    alt_text: str
    caption: str
