from django.db import models
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from .text import SingleLineFieldsMixin


class BasePage(SingleLineFieldsMixin, Page):
    """Every page of the portal: one-line titles, and the image shown when the page is shared or listed."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        help_text=_("Shown when the page is shared or listed; the hero image is used when empty."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    # One slug in every language: switching languages keeps the path, and links never 404.
    override_translatable_fields = [SynchronizedField("slug")]

    def permissions_for_user(self, user):
        from .permissions import PortalPagePermissionTester

        return PortalPagePermissionTester(user, self)

    # What site search calls this kind of page ("news", "partner", …; labels in search/types.py),
    # and the date it shows next to a result (a property on dated page types such as news).
    search_type = "page"
    search_date = None

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        """What search engines and link previews show under the title: the editors' search description,
        else the page's own lead, introduction or summary."""
        for name in ("search_description", "lead", "intro", "summary"):
            value = getattr(self, name, "")
            if isinstance(value, str) and value.strip():
                return Truncator(" ".join(value.split())).chars(300)
        return ""

    def get_listing_image(self):
        """The image that represents this page in listings and link previews."""
        return self.social_image or getattr(self, "hero_image", None)

    @cached_property
    def breadcrumb_trail(self):
        """The page's ancestors from its language's home page, in one query that the breadcrumbs and their
        structured data share."""
        return list(self.get_ancestors().filter(depth__gte=2))

    def get_context(self, request, *args, **kwargs):
        self.load_own_images()
        return super().get_context(request, *args, **kwargs)

    def load_own_images(self):
        """The page's social and hero images with all their renditions, in two queries for both (the
        templates' renditions are then found without a query or a cache round trip)."""
        fields = [name for name in ("social_image", "hero_image") if getattr(self, f"{name}_id", None)]
        if not fields:
            return
        ids = {getattr(self, f"{name}_id") for name in fields}
        images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions().in_bulk()
        for name in fields:
            setattr(self, name, images.get(getattr(self, f"{name}_id")))


class HeroMixin(models.Model):
    """A large image at the top of the page, with alternative text unless it is decorative."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt_text = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Leave empty when the image is purely decorative."),
    )

    hero_panels = [FieldPanel("hero_image"), FieldPanel("hero_alt_text")]

    class Meta:
        abstract = True


class IntroMixin(models.Model):
    """A few sentences under the title that say what the page offers."""

    intro = models.TextField(_("introduction"), blank=True)

    intro_panels = [FieldPanel("intro")]

    class Meta:
        abstract = True


class RoleGroup(models.Model):
    """The group (or workflow) that holds one of the portal's roles, found by this id, not by its name."""

    key = models.CharField(_("role"), max_length=50, unique=True)
    group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("group"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    workflow = models.OneToOneField(
        "wagtailcore.Workflow",
        verbose_name=_("workflow"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("role group")
        verbose_name_plural = _("role groups")
        permissions = [
            ("remove_pages", _("Can delete, move and unpublish pages they may publish")),
            ("restructure_sections", _("Can delete, move and unpublish language home pages and sections")),
        ]

    def __str__(self):
        return self.key
