import factory
import wagtail_factories

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
