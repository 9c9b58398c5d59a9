"""Demo search promotions: what editors recommend for the queries students type most."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site

# Query → (slug of an English page, description). Visitors of other languages get its translation.
PROMOTIONS = {
    "erasmus": ("international-training-week-2022", "The Erasmus+ training week the portal grew out of."),
    "polish": ("learning-polish", "Polish courses for students from abroad."),
}


def load(builder):
    home = Site.objects.get(is_default_site=True).root_page
    for query_string, (slug, description) in PROMOTIONS.items():
        query = Query.get(query_string)
        if query.editors_picks.exists():
            continue
        page = home.get_descendants().filter(slug=slug).first()
        if page is None:
            continue
        SearchPromotion.objects.create(query=query, page=page, description=description, sort_order=0)
        builder.report(f"search promotion “{query_string}” → {page.title}")
