import factory
import wagtail_factories
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
