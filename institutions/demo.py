"""Demo universities of Białystok with programmes taught in English, in English and Polish."""

from wagtail.images import get_image_model
from wagtail.models import Site

from core.demo import translation_tables

from .demo_content import FINDER, INDEX, INSTITUTIONS, POLISH
from .editors import set_review, setup_section, under_review
from .models import InstitutionPage, ProgrammeFinderPage, StudyProgrammePage, UniversitiesIndexPage

# The section whose changes the city communications office reviews in the demo.
REVIEWED = "MUB"


def load(builder):
    home = Site.objects.get(is_default_site=True).root_page
    index = builder.page(home, UniversitiesIndexPage, "universities", show_in_menus=True, **INDEX)
    finder = builder.page(home, ProgrammeFinderPage, "programmes", show_in_menus=True, **FINDER)
    tables = translation_tables("institutions", pl=POLISH)
    builder.translate_all(index, tables)
    builder.translate_all(finder, tables)

    for spec in INSTITUTIONS:
        fields = {
            key: value for key, value in spec.items() if key not in {"slug", "colours", "programmes", "body"}
        }
        hero = builder.image(f"{spec['title']} campus", spec["colours"])
        institution = builder.page(
            index,
            InstitutionPage,
            spec["slug"],
            hero_image=hero,
            body=[("paragraph", f"<p>{text}</p>") for _kind, text in spec["body"]],
            **fields,
        )
        programmes = [
            builder.page(
                institution,
                StudyProgrammePage,
                programme["slug"],
                apply_url=spec["website"],
                description=[("paragraph", f"<p>{programme['description']}</p>")],
                **{key: value for key, value in programme.items() if key not in {"slug", "description"}},
            )
            for programme in spec["programmes"]
        ]
        builder.translate_all(institution, tables)
        for programme in programmes:
            builder.translate_all(programme, tables)

        setup_section(institution)
        institution.refresh_from_db()
        # The institution's photos belong to its editors' collection.
        get_image_model().objects.filter(pk=hero.pk).update(collection=institution.collection)
        if spec["short_name"] == REVIEWED and not under_review(institution):
            set_review(institution, enabled=True)
