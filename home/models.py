from django.db import models
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyStreamBlock, CallToActionBlock
from core.models import BasePage, HeroMixin

from .blocks import FeaturedStreamBlock
from .featured import featured


class HomePage(HeroMixin, BasePage):
    """The front page of one language of the portal: a hero, an introduction, next steps and what its
    editors feature (stories, a gallery, the upcoming events)."""

    appears_on_every_page = True  # the brand link and menu: for the page cache (pagecache/changes.py)

    intro = models.TextField(_("introduction"), blank=True)
    call_to_actions = StreamField(
        [("link", CallToActionBlock())],
        verbose_name=_("call-to-action links"),
        blank=True,
        block_counts={"link": {"max_num": 4}},
    )
    featured = StreamField(
        FeaturedStreamBlock(),
        verbose_name=_("featured"),
        blank=True,
        help_text=_(
            "Stories, a gallery and the upcoming events shown below the introduction, in this order. "
            "Readers see each chosen page in their language when it is translated."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        *HeroMixin.hero_panels,
        FieldPanel("intro"),
        FieldPanel("call_to_actions"),
        FieldPanel("featured"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = featured(self)
        return context

    def route(self, request, path_components):
        # Wagtail falls back to the default language's home page when a locale has none;
        # a language without its own home page has no pages to show, so it answers 404.
        # Compared by code: the page's locale, loaded here, serves the page's listings too.
        if self.locale.language_code != get_supported_content_language_variant(get_language()):
            raise Http404
        return super().route(request, path_components)


class ContentPage(BasePage):
    """A generic information page, such as "Living in Białystok"."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage", "institutions.InstitutionPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
