import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify

from home.models import ContentPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Study in Białystok"
    slug = "home"
    intro = "Universities and the city in one place."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Information page {n}")
    slug = factory.Sequence(lambda n: f"information-page-{n}")
    intro = "An introduction."
    show_in_menus = True

    class Meta:
        model = ContentPage


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Photo {n}")


class UniversitiesIndexPageFactory(wagtail_factories.PageFactory):
    title = "Universities"
    slug = "universities"

    class Meta:
        model = "institutions.UniversitiesIndexPage"


class ProgrammeFinderPageFactory(wagtail_factories.PageFactory):
    title = "Find a programme"
    slug = "programmes"

    class Meta:
        model = "institutions.ProgrammeFinderPage"


class InstitutionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"University {n}")
    slug = factory.Sequence(lambda n: f"university-{n}")
    short_name = factory.Sequence(lambda n: f"U{n}")
    intro = "A university of Białystok."
    website = "https://university.example.org/"

    class Meta:
        model = "institutions.InstitutionPage"


class StudyProgrammePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Programme {n}")
    slug = factory.Sequence(lambda n: f"programme-{n}")
    intro = "A programme for students from abroad."
    level = "bachelor"
    field_of_study = "engineering"
    taught_in_english = True
    fee_kind = "see-website"
    apply_url = "https://university.example.org/apply/"

    class Meta:
        model = "institutions.StudyProgrammePage"


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Partner universities"
    slug = "partners"
    show_in_menus = True

    class Meta:
        model = "partners.PartnerIndexPage"


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partner University {n}")
    slug = factory.Sequence(lambda n: f"partner-{n}")
    country = "TR"
    city = "Elazığ"

    class Meta:
        model = "partners.PartnerPage"


def default_locale():
    from wagtail.models import Locale

    return Locale.get_default()


class CooperationProgrammeFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"programme-{n}")
    name = factory.Sequence(lambda n: f"Programme {n}")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = "partners.CooperationProgramme"


class PolicyPageFactory(wagtail_factories.PageFactory):
    title = "Cookie policy"
    slug = factory.Sequence(lambda n: f"policy-{n}")
    version = "2.1"
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "Who we are", "level": "h2"}),
            ("paragraph", "<p>The City of Białystok.</p>"),
            ("heading", {"text": "Cookies we set", "level": "h2"}),
            ("heading", {"text": "Necessary cookies", "level": "h3"}),
            (
                "cookie_table",
                {
                    "caption": "Our cookies",
                    "cookies": [
                        {
                            "name": "sib_consent",
                            "purpose": "Remembers your choice.",
                            "duration": "1 year",
                            "category": "necessary",
                        }
                    ],
                },
            ),
        ]
    )

    class Meta:
        model = "privacy.PolicyPage"


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Accessibility statement"
    slug = "accessibility-statement"
    entity_name = "City of Białystok"
    website_published = factory.Faker("date_object")
    website_updated = factory.Faker("date_object")
    statement_prepared = factory.Faker("date_object")
    contact_name = "Accessibility coordinator"
    contact_email = "accessibility@example.org"
    feedback_procedure = "<p>Write to us.</p>"
    enforcement_procedure = "<p>Complain to the Ombudsman.</p>"

    class Meta:
        model = "privacy.AccessibilityStatementPage"


class DocumentFactory(factory.django.DjangoModelFactory):
    """A small PDF-named document of the custom document model."""

    title = factory.Sequence(lambda n: f"Programme {n}")
    file = factory.django.FileField(filename="programme.pdf", data=b"%PDF-1.4\n% demo\n")
    language = "en"

    class Meta:
        model = "documents.PortalDocument"


class GalleryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Gallery {n}")
    slug = factory.Sequence(lambda n: f"gallery-{n}")

    class Meta:
        model = "galleries.GalleryPage"


def gallery_photos(images):
    """The stream value of a gallery showing `images`, with numbered alt texts and captions."""
    return [
        ("photo", {"image": image, "alt_text": f"Photo {n} description", "caption": f"Caption {n}"})
        for n, image in enumerate(images, start=1)
    ]


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    show_in_menus = True

    class Meta:
        model = "news.NewsIndexPage"


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.LazyAttribute(lambda article: slugify(article.title))
    lead = "What happened, in one sentence."

    class Meta:
        model = "news.NewsPage"


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events and deadlines"
    slug = "events"
    show_in_menus = True

    class Meta:
        model = "events.EventIndexPage"


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    kind = "open-day"
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    attendance = "in-person"
    place = "Main Hall"
    summary = "Meet the university."

    class Meta:
        model = "events.EventPage"


def add_children(parent, pages):
    """Add unsaved `pages` (from a factory's `build`) as the last live children of `parent`, in bulk.

    For query counts with hundreds of items: each page gets its row in `wagtailcore_page` and in its
    own table, its place in the tree after `parent`'s children and its parental many-to-many rows, as
    `add_child` would give it, in a few statements. What `add_child` does on top, one page at a time
    (validation, the search and reference indexes, the audit log), is left out, as `loaddata` does;
    tests of those features create their pages with the factories themselves.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.db.models import F
    from modelcluster.fields import ParentalManyToManyField
    from wagtail.models import Page

    parent.refresh_from_db(fields=["numchild"])
    last = parent.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    depth = parent.depth + 1
    for step, page in enumerate(pages, start=first_step):
        page.depth, page.path, page.numchild = depth, Page._get_path(parent.path, depth, step), 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.content_type = ContentType.objects.get_for_model(page)
    base_fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
    with transaction.atomic():
        rows = Page.objects.bulk_create(
            [Page(**{name: getattr(page, name) for name in base_fields}) for page in pages]
        )
        for page, row in zip(pages, rows, strict=True):
            page.id = page.page_ptr_id = row.id
            # Only the page type's own table: the row of wagtailcore_page is there, signals see `raw`.
            page.save_base(raw=True, force_insert=True)
        for field in type(pages[0])._meta.many_to_many if pages else ():
            if isinstance(field, ParentalManyToManyField):
                through = field.remote_field.through
                source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
                through.objects.bulk_create(
                    through(**{source: page, target: item})
                    for page in pages
                    for item in getattr(page, field.name).all()
                )
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages


class CostOfLivingPageFactory(wagtail_factories.PageFactory):
    title = "Cost of living"
    slug = "cost-of-living"
    show_in_menus = True
    eur_rate = Decimal("4.2500")
    usd_rate = Decimal("4.0000")
    rates_checked_on = datetime.date(2026, 11, 30)
    rates_source = "NBP table A"

    class Meta:
        model = "costs.CostOfLivingPage"


class PriceItemFactory(factory.django.DjangoModelFactory):
    kind = "food"
    low = 800
    high = 1200
    source = "Numbeo"
    checked_on = datetime.date(2026, 11, 30)

    class Meta:
        model = "costs.PriceItem"


class StepsGuidePageFactory(wagtail_factories.PageFactory):
    title = "Your steps to Białystok"
    slug = "your-steps"
    show_in_menus = True
    semester_start = datetime.date(2027, 10, 1)

    class Meta:
        model = "steps.StepsGuidePage"


class ScholarshipIndexPageFactory(wagtail_factories.PageFactory):
    title = "Scholarships"
    slug = "scholarships"
    show_in_menus = True

    class Meta:
        model = "scholarships.ScholarshipIndexPage"


class ScholarshipPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Scholarship {n}")
    slug = factory.Sequence(lambda n: f"scholarship-{n}")
    intro = "A scholarship for students from abroad."
    funder = "Polish National Agency for Academic Exchange (NAWA)"
    amount = "PLN 1,500 a month"
    link = "https://nawa.gov.pl/en/"
    checked_on = datetime.date(2026, 12, 1)

    class Meta:
        model = "scholarships.ScholarshipPage"
