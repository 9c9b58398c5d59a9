from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyStreamBlock
from core.localization import mark_languages, visible_in, within
from core.models import BasePage, HeroMixin, IntroMixin


def institution_key():
    """The translation key of a programme's institution (its parent page), for grouping and filtering
    programmes by institution across languages."""
    parent_path = Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    return Subquery(Page.objects.filter(path=parent_path).values("translation_key")[:1])


class UniversitiesIndexPage(IntroMixin, BasePage):
    """The list of Białystok's universities, each with its number of programmes."""

    content_panels = [*BasePage.content_panels, *IntroMixin.intro_panels]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["institutions.InstitutionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("universities index")

    def get_context(self, request, *args, **kwargs):
        from .programmes import StudyProgrammePage

        context = super().get_context(request, *args, **kwargs)
        # The index's language's universities, then English ones not translated yet (core.localization).
        section = within(self)
        institutions = mark_languages(
            visible_in(InstitutionPage.objects.filter(section), self.locale)
            .select_related("locale", "logo")
            .prefetch_related("logo__renditions")
            .order_by("title"),
            self.locale,
        )
        # What the reader sees of the programmes, counted per institution in one grouped query.
        counts = dict(
            visible_in(StudyProgrammePage.objects.filter(section), self.locale)
            .annotate(institution=institution_key())
            .order_by()  # the manager's ordering by path would split the groups
            .values("institution")
            .annotate(count=Count("pk"))
            .values_list("institution", "count")
        )
        for institution in institutions:
            institution.programme_count = counts.get(institution.translation_key, 0)
        context["institutions"] = institutions
        return context


class InstitutionPage(HeroMixin, IntroMixin, BasePage):
    """A local university: the section of the tree where its own editors work."""

    short_name = models.CharField(
        _("short name"), max_length=30, help_text=_("Also names the editors' group, e.g. “BUT editors”.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    website = models.URLField(_("website"), blank=True)
    address = models.TextField(_("address"), blank=True)
    office_name = models.CharField(
        _("international office"),
        max_length=150,
        blank=True,
        help_text=_("The office that answers students from abroad."),
    )
    office_email = models.EmailField(_("international office e-mail"), blank=True)
    office_phone = models.CharField(_("international office phone"), max_length=40, blank=True)
    office_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    # Set by `setup_institution_editors`; not editable, so editors cannot widen their own rights.
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("media collection"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    editors = models.ForeignKey(
        "auth.Group",
        verbose_name=_("editors' group"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("short_name"),
        FieldPanel("logo"),
        *HeroMixin.hero_panels,
        *IntroMixin.intro_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("office_name"),
                FieldPanel("office_email"),
                FieldPanel("office_phone"),
                FieldPanel("office_hours"),
                # Rows of enquiries.TopicAddress: where enquiries about one topic go instead.
                InlinePanel("enquiry_addresses", label=_("Address for enquiries about one topic")),
            ],
            heading=_("International office"),
        ),
    ]
    search_type = "institution"
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("short_name"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("office_phone"),
    ]

    parent_page_types = ["institutions.UniversitiesIndexPage"]
    # A copied institution is another institution: it gets its own editors from the command.
    exclude_fields_in_copy = ["editors", "collection"]

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")

    def with_content_json(self, content):
        # Publishing an old revision must not undo what setup_institution_editors set since.
        page = super().with_content_json(content)
        page.editors_id, page.collection_id = self.editors_id, self.collection_id
        return page

    def get_context(self, request, *args, **kwargs):
        from .programmes import StudyProgrammePage

        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = mark_languages(
            visible_in(StudyProgrammePage.objects.filter(within(self)), self.locale)
            .select_related("locale")
            .order_by("level", "title"),
            self.locale,
        )
        context["structured_data"] = self.structured_data(request)
        return context

    def structured_data(self, request):
        """schema.org CollegeOrUniversity, for search engines."""
        data = {
            "@context": "https://schema.org",
            "@type": "CollegeOrUniversity",
            "name": self.title,
            "alternateName": self.short_name,
            "url": request.build_absolute_uri(self.get_url(request)),
        }
        if self.intro:
            data["description"] = self.intro
        if self.website:
            data["sameAs"] = self.website
        if self.address:
            data["address"] = " ".join(self.address.split())
        if self.logo:
            data["logo"] = request.build_absolute_uri(self.logo.get_rendition("max-400x400").url)
        if self.office_email or self.office_phone:
            contact = {"@type": "ContactPoint", "contactType": self.office_name or "international office"}
            if self.office_email:
                contact["email"] = self.office_email
            if self.office_phone:
                contact["telephone"] = self.office_phone
            data["contactPoint"] = contact
        return data
