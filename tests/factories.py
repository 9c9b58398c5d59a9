import datetime

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
