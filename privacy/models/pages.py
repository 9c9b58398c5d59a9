from functools import cached_property

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.models import BasePage

from ..blocks import NonAccessibleContentBlock, PolicyStreamBlock

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class PolicyPage(BasePage):
    """A privacy or cookie policy: numbered version, date, table of contents and printable sections."""

    appears_on_every_page = True  # linked from the footer: for the page cache (pagecache/changes.py)

    last_updated = models.DateField(_("last updated"), default=timezone.localdate)
    version = models.CharField(
        _("version"),
        max_length=20,
        default="1.0",
        help_text=_(
            "Raise it with every change that matters to visitors; earlier versions stay in the history."
        ),
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(PolicyStreamBlock(), verbose_name=_("sections"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("version"), FieldPanel("last_updated")], heading=_("Version")),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    # The version and date describe the policy itself, so every language shows the same ones.
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("version"),
        SynchronizedField("last_updated"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("policy page")
        verbose_name_plural = _("policy pages")

    @cached_property
    def sections(self):
        """The body's blocks, each heading with an anchor that is the same in every language.

        The anchor comes from the block id, which wagtail-localize keeps in translations, so a
        link to a section of the English policy also works in the Polish one.
        """
        return [
            {"block": block, "anchor": f"section-{(block.id or str(position))[:8]}"}
            for position, block in enumerate(self.body)
        ]

    @cached_property
    def table_of_contents(self):
        """Level-2 headings with their level-3 subheadings, in the order of the body."""
        entries = []
        for section in self.sections:
            block = section["block"]
            if block.block_type != "heading":
                continue
            entry = {"text": block.value["text"], "anchor": section["anchor"], "children": []}
            if block.value["level"] == "h2" or not entries:
                entries.append(entry)
            elif block.value["level"] == "h3":
                entries[-1]["children"].append(entry)
        return entries


class AccessibilityStatementPage(BasePage):
    """The accessibility statement that the EU Web Accessibility Directive and the Polish act require."""

    appears_on_every_page = True  # linked from the footer: for the page cache (pagecache/changes.py)

    COMPLIANCE_CHOICES = [
        ("full", _("fully compliant")),
        ("partial", _("partially compliant")),
        ("none", _("not compliant")),
    ]
    PREPARATION_CHOICES = [
        ("self", _("self-assessment")),
        ("third_party", _("assessment by a third party")),
    ]

    entity_name = models.CharField(
        _("public entity"), max_length=255, help_text=_("Who is responsible for the website.")
    )
    website_published = models.DateField(_("website publication date"))
    website_updated = models.DateField(_("date of the last major update of the website"))
    compliance_status = models.CharField(
        _("compliance status"), max_length=20, choices=COMPLIANCE_CHOICES, default="partial"
    )
    non_accessible_content = StreamField(
        [("item", NonAccessibleContentBlock())],
        verbose_name=_("non-accessible content"),
        blank=True,
    )
    statement_prepared = models.DateField(_("date the statement was prepared"))
    statement_reviewed = models.DateField(_("date the statement was last reviewed"), null=True, blank=True)
    preparation_method = models.CharField(
        _("how the statement was prepared"), max_length=20, choices=PREPARATION_CHOICES, default="self"
    )
    preparation_details = models.TextField(
        _("details of the assessment"),
        blank=True,
        help_text=_("Who assessed the site, how and with which tools."),
    )
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    feedback_procedure = RichTextField(
        _("feedback and requests"),
        features=TEXT_FEATURES,
        help_text=_("How to report a problem or ask for content in an accessible form, and the deadlines."),
    )
    enforcement_procedure = RichTextField(
        _("enforcement procedure"),
        features=TEXT_FEATURES,
        help_text=_("What to do when the answer is unsatisfactory: complaint and the enforcement body."),
    )
    building_accessibility = RichTextField(
        _("architectural accessibility"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Entrances, lifts, parking, assistance dogs, sign-language interpreting."),
    )
    mobile_apps = RichTextField(_("mobile applications"), features=TEXT_FEATURES, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("entity_name"),
        MultiFieldPanel(
            [FieldPanel("website_published"), FieldPanel("website_updated")], heading=_("Website dates")
        ),
        FieldPanel("compliance_status"),
        FieldPanel("non_accessible_content"),
        MultiFieldPanel(
            [
                FieldPanel("statement_prepared"),
                FieldPanel("statement_reviewed"),
                FieldPanel("preparation_method"),
                FieldPanel("preparation_details"),
            ],
            heading=_("Preparation of the statement"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
        FieldPanel("feedback_procedure"),
        FieldPanel("enforcement_procedure"),
        FieldPanel("building_accessibility"),
        FieldPanel("mobile_apps"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("non_accessible_content")]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("contact_phone"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")
