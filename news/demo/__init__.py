"""Demo news: the International Training Week 2022 article, featured with its gallery on the home page of
every language, and generated shorter news."""

import datetime

from wagtail.documents import get_document_model
from wagtail.models import Locale, Site

from core.demo import translation_tables
from documents.demo import ENGLISH_TITLE, POLISH_TITLE
from galleries.demo import SLUG as GALLERY_SLUG
from galleries.models import GalleryPage
from home.demo import feature
from institutions.models import InstitutionPage
from partners.models import PartnerPage

from ..models import NewsIndexPage, NewsPage
from . import generated, story

INDEX_INTRO = "What happens at Białystok's universities and in the city for students from abroad."
INDEX_POLISH = {
    "News": "Aktualności",
    INDEX_INTRO: "Co dzieje się na białostockich uczelniach i w mieście dla studentów z zagranicy.",
}


def load(builder):
    home = Site.objects.get(is_default_site=True).root_page.specific
    english = Locale.objects.get(language_code="en")
    index = builder.page(home, NewsIndexPage, "news", title="News", intro=INDEX_INTRO, show_in_menus=True)
    tables = translation_tables("news", pl={**INDEX_POLISH, **story.POLISH, **generated.polish()})
    builder.translate_all(index, tables)
    article = training_week(builder, home, index, english, tables)
    gallery = GalleryPage.objects.filter(locale=english, slug=GALLERY_SLUG).first()
    feature(
        builder,
        [("story", article), *([("gallery", gallery)] if gallery else []), ("upcoming_events", {"count": 3})],
    )
    for article in generated.articles():
        image = builder.image(article["image_title"], article["colours"], size=(1200, 675))
        page = builder.page(
            index,
            NewsPage,
            article["slug"],
            title=article["title"],
            date=article["date"],
            lead=article["lead"],
            author=generated.AUTHOR,
            hero_image=image,
            body=[("paragraph", f"<p>{generated.BODY_EN}</p>")],
        )
        tag(page, article["tag"])
        if article["translate"]:
            builder.translate_all(page, tables)


def tag(page, *names):
    """Tag a new article once; translations copy the tags when they are made."""
    if not page.tags.exists():
        page.tags.add(*names)
        page.save_revision().publish()


def training_week(builder, home, index, english, tables):
    documents = {
        document.title: document
        for document in get_document_model().objects.filter(title__in=[ENGLISH_TITLE, POLISH_TITLE])
    }
    gallery = GalleryPage.objects.filter(locale=english, slug=GALLERY_SLUG).first()
    about = home.get_children().filter(slug="about-the-portal").first()
    body = training_week_body(documents[ENGLISH_TITLE], gallery, about)
    page = builder.page(
        index,
        NewsPage,
        "international-training-week-2022",
        title=story.TITLE,
        date=datetime.date(2022, 5, 23),
        event_start=datetime.date(2022, 5, 23),
        event_end=datetime.date(2022, 5, 27),
        event_place=story.PLACE,
        author=story.AUTHOR,
        lead=story.LEAD,
        hero_image=builder.image("ITW 2022 hero", ((11, 79, 138), (240, 190, 90)), size=(1600, 900)),
        hero_alt_text=story.HERO_ALT,
        body=body,
    )
    institution = InstitutionPage.objects.filter(
        locale=english, title__icontains="University of Technology"
    ).first()
    if institution and not page.related_institutions.exists():
        page.related_institutions.add(institution)
    tag(page, "Erasmus", "Events")
    builder.translate_all(
        page,
        tables,
        overrides={"pl": {"document": {documents[ENGLISH_TITLE].pk: documents[POLISH_TITLE].pk}}},
    )
    return page


def training_week_body(document, gallery, about):
    """The article's body.

    The participating universities link to their partner pages where those exist; the others are
    listed as text, so the article is complete with or without the partners' demo content.
    """
    body = []
    for kind, *values in story.BODY:
        if kind == "heading":
            body.append(("heading", {"text": values[0], "level": "h2"}))
        elif kind == "quote":
            body.append(("quote", {"quote": values[0], "attribution": values[1]}))
        else:
            body.append(("paragraph", f"<p>{values[0]}</p>"))
    body.append(("document", {"document": document, "title": story.DOCUMENT_TITLE}))
    english = Locale.objects.get(language_code="en")
    found = [
        (country, name, PartnerPage.objects.live().filter(locale=english, title__icontains=fragment).first())
        for country, name, fragment in story.UNIVERSITIES
    ]
    linked = [page for _country, _name, page in found if page]
    unlinked = [(country, name) for country, name, page in found if not page]
    if linked:
        body.append(("partners", {"heading": story.PARTNERS_HEADING, "partners": linked}))
    else:
        body.append(("heading", {"text": story.PARTNERS_HEADING, "level": "h2"}))
    if unlinked:
        items = [f"{country}: {name}" for country, name in unlinked]
        body.append(("paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"))
    if gallery:
        body.append(("gallery", {"gallery": gallery}))
    if about:
        body.append(("call_to_action", {"text": "Read how the portal began", "page": about}))
    return body
