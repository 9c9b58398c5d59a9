import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.localization import localize, mark_languages, visible_in, within
from core.models import BasePage, HeroMixin
from core.params import int_param, page_param, text_param
from institutions.models import InstitutionPage

from .blocks import NewsBodyStreamBlock
from .feeds import AtomNewsFeed, RssNewsFeed
from .structured_data import breadcrumb_list, news_article

PER_PAGE = 10


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news of the portal or of one institution: newest first, filtered, archived by year, with feeds."""

    # An institution's news lists articles filed anywhere that name it: purged by any page change.
    lists_pages_across_the_tree = True

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "institutions.InstitutionPage"]
    subpage_types = ["news.NewsPage", "galleries.GalleryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        """Visible articles of this index's language (core.localization: live and public, so a restricted
        article never shows its title or lead): for the portal all of them, for an institution its own
        and those related to it."""
        articles = visible_in(NewsPage.objects.all(), self.locale)
        parent = self.get_parent().specific
        if isinstance(parent, InstitutionPage):
            related = articles.filter(related_institutions__translation_key=parent.translation_key)
            articles = articles.filter(within(parent) | models.Q(pk__in=related.values("pk")))
        else:
            articles = articles.filter(within(parent))
        return articles.select_related("locale").order_by("-date", "-pk")

    def filter_choices(self, articles):
        """The tags, years and institutions that the reader can filter by."""
        return {
            "tags": Tag.objects.filter(news_newspagetag_items__content_object__in=articles)
            .distinct()
            .order_by("name"),
            "years": [day.year for day in articles.dates("date", "year", order="DESC")],
            "institutions": visible_in(InstitutionPage.objects.all(), self.locale).order_by("title"),
        }

    def listing_context(self, request, articles, **extra):
        page_obj = Paginator(articles.select_related("hero_image", "social_image"), PER_PAGE).get_page(
            page_param(request.GET.get("page"))
        )
        attach_listing_images(page_obj.object_list)
        mark_languages(page_obj.object_list, self.locale)
        return self.render(request, context_overrides={"articles": page_obj, **extra})

    @path("")
    def index(self, request):
        articles = self.articles()
        choices = self.filter_choices(articles)
        selected = {key: text_param(request.GET.get(key), 255) for key in ("tag", "year", "institution")}
        if selected["tag"]:
            articles = articles.filter(tags__slug=selected["tag"])
        if selected["year"]:
            year = year_param(selected["year"])
            articles = articles.filter(date__year=year) if year else articles.none()
        if selected["institution"]:
            institution = choices["institutions"].filter(slug=selected["institution"]).first()
            articles = (
                articles.filter(related_institutions__translation_key=institution.translation_key)
                if institution
                else articles.none()
            )
        return self.listing_context(request, articles.distinct(), choices=choices, selected=selected)

    @re_path(r"^(\d{4})/$")
    def archive(self, request, year):
        year = year_param(year)
        articles = self.articles().filter(date__year=year) if year else NewsPage.objects.none()
        if not articles.exists():
            raise Http404
        return self.listing_context(
            request, articles, year=year, choices=self.filter_choices(self.articles())
        )

    @path("feed/rss/")
    def rss_feed(self, request):
        return RssNewsFeed(self)(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        return AtomNewsFeed(self)(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumb_data"] = breadcrumb_list(self, request)
        return context


def year_param(raw):
    """A calendar year the database can filter by, or None ("0", "99999", "²")."""
    return int_param(raw, datetime.MINYEAR, datetime.MAXYEAR)


def attach_listing_images(articles):
    """Give each article its listing image with renditions prefetched: two queries for any number."""
    articles = list(articles)
    ids = {image_id for article in articles for image_id in (article.social_image_id, article.hero_image_id)}
    images = get_image_model().objects.filter(pk__in=ids - {None}).prefetch_renditions().in_bulk()
    for article in articles:
        article.listing_image = images.get(article.social_image_id or article.hero_image_id)


class NewsPageTag(TaggedItemBase):
    """A tag of an article; tags are language-neutral keywords shared by all translations."""

    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPage(HeroMixin, BasePage):
    """A news article, possibly about an event, with a lead, a hero image and a rich body."""

    date = models.DateField(_("publication date"), default=datetime.date.today)
    event_start = models.DateField(_("event start"), null=True, blank=True)
    event_end = models.DateField(_("event end"), null=True, blank=True)
    event_place = models.CharField(_("event place"), max_length=200, blank=True)
    author = models.CharField(
        _("author or office"), max_length=200, blank=True, help_text=_("e.g. International Relations Office")
    )
    lead = models.TextField(_("lead"), help_text=_("One or two sentences shown in listings and feeds."))
    body = StreamField(NewsBodyStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    related_institutions = ParentalManyToManyField(
        "institutions.InstitutionPage",
        blank=True,
        related_name="news",
        verbose_name=_("related institutions"),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("author"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("event_start"), FieldPanel("event_end")]), FieldPanel("event_place")],
            heading=_("Event"),
        ),
        FieldPanel("lead"),
        *HeroMixin.hero_panels,
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("related_institutions"),
    ]
    search_type = "news"

    @property
    def search_date(self):
        return self.date

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    # Tags and institutions are the same in every language: translations copy them from the source.
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("related_institutions"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def clean(self):
        super().clean()
        if self.event_end and not self.event_start:
            raise ValidationError({"event_start": _("Set the start of the event as well.")})
        if self.event_start and self.event_end and self.event_end < self.event_start:
            raise ValidationError({"event_end": _("The event cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumb_data"] = breadcrumb_list(self, request)
        context["article_data"] = news_article(self, request)
        context["index"] = self.get_parent().specific
        context["tags"] = list(self.tags.all())
        institutions = localize(self.related_institutions.all())
        context["institutions"] = sorted(institutions, key=lambda institution: institution.title)
        return context
