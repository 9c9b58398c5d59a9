"""The one localization layer (core.localization): its fallback policy per language, bounded queries."""

import pytest
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction

from core.localization import localize, localize_one, visible_in, visible_pages
from news.models import NewsPage
from partners.models import CooperationProgramme

from .conftest import publish_translation
from .factories import ContentPageFactory, CooperationProgrammeFactory, NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def pages(translated_home):
    """An English page translated into Polish, one only in English, one written in Polish only."""
    english = translated_home["en"]
    both = ContentPageFactory(parent=english, title="Living", slug="living")
    polish_both = publish_translation(both, "pl")
    polish_both.title = "Życie"
    polish_both.save_revision().publish()
    only_english = ContentPageFactory(parent=english, title="Visas", slug="visas")
    only_polish = ContentPageFactory(parent=translated_home["pl"], title="Stypendia", slug="stypendia")
    return {"both": both, "polish_both": polish_both, "english": only_english, "polish": only_polish}


def shown(items, language):
    locale = Locale.objects.get(language_code=language)
    return [
        (page.title, page.shown_language and page.shown_language["code"]) for page in localize(items, locale)
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        # The reader's language first, then the default language, then the item as chosen: labelled.
        ("en", [("Living", None), ("Visas", None), ("Stypendia", "pl")]),
        ("pl", [("Życie", None), ("Visas", "en"), ("Stypendia", None)]),
        ("uk", [("Living", "en"), ("Visas", "en"), ("Stypendia", "pl")]),
        ("es", [("Living", "en"), ("Visas", "en"), ("Stypendia", "pl")]),
        ("tr", [("Living", "en"), ("Visas", "en"), ("Stypendia", "pl")]),
        ("ar", [("Living", "en"), ("Visas", "en"), ("Stypendia", "pl")]),
    ],
)
def test_policy_per_language(pages, language, expected):
    # Chosen in any language, the same item gives the same result.
    assert shown([pages["both"], pages["english"], pages["polish"]], language) == expected
    assert shown([pages["polish_both"], pages["english"], pages["polish"]], language) == expected


def test_pages_not_live_or_not_public_are_never_linked(pages):
    pages["english"].unpublish()
    PageViewRestriction.objects.create(page=pages["polish"], restriction_type="login")
    assert shown([pages["english"], pages["polish"], pages["both"]], "uk") == [("Living", "en")]
    # A password on the Polish translation: Polish readers get the English version instead.
    PageViewRestriction.objects.create(page=pages["polish_both"], restriction_type="password", password="x")
    assert shown([pages["both"]], "pl") == [("Living", "en")]
    # Unpublished everywhere: nothing, in any language.
    pages["both"].unpublish()
    pages["polish_both"].unpublish()
    for language in ("en", "pl", "uk", "ar"):
        assert shown([pages["both"]], language) == []


def test_restriction_on_an_ancestor_hides_the_descendants(pages):
    child = ContentPageFactory(parent=pages["english"], title="Visa types", slug="visa-types")
    PageViewRestriction.objects.create(page=pages["english"], restriction_type="login")
    assert localize_one(child) is None
    assert not visible_pages(type(child).objects.filter(pk=child.pk)).exists()


def test_aliases_are_not_versions(pages):
    # wagtail-localize's synchronised trees keep the translation key of the aliased page.
    alias = pages["english"].create_alias(
        parent=pages["polish_both"].get_parent(),
        update_locale=Locale.objects.get(language_code="pl"),
        reset_translation_key=False,
    )
    assert alias.live
    assert shown([pages["english"]], "pl") == [("Visas", "en")]


def test_order_is_kept_and_translations_of_one_item_appear_once(pages):
    assert shown([pages["polish"], pages["both"], pages["polish_both"]], "pl") == [
        ("Stypendia", None),
        ("Życie", None),
    ]
    assert localize([]) == [] and localize([None]) == []


def test_the_active_language_is_the_default_reader(pages):
    with translation.override("pl"):
        assert [page.title for page in localize([pages["both"]])] == ["Życie"]


def test_snippets_follow_the_same_policy(locales):
    source = CooperationProgrammeFactory(name="Bilateral agreement", code="bilateral")
    polish = source.copy_for_translation(locales["pl"])
    polish.name = "Umowa dwustronna"
    polish.save()
    assert [p.name for p in localize([source], locales["pl"])] == ["Umowa dwustronna"]
    uk = localize([polish], locales["uk"])
    assert [(p.name, p.shown_language["code"]) for p in uk] == [("Bilateral agreement", "en")]
    assert isinstance(uk[0], CooperationProgramme)


def test_listing_of_a_language_adds_the_pages_not_translated_yet(translated_home):
    english_index = NewsIndexPageFactory(parent=translated_home["en"])
    translated = NewsPageFactory(parent=english_index, title="Translated")
    NewsPageFactory(parent=english_index, title="Only in English")
    polish_index = publish_translation(english_index, "pl")
    polish = publish_translation(translated, "pl")
    polish.title = "Przetłumaczony"
    polish.save_revision().publish()
    NewsPageFactory(parent=polish_index, title="Tylko po polsku")
    hidden = NewsPageFactory(parent=english_index, title="Restricted")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")

    def titles(language):
        return sorted(
            visible_in(NewsPage.objects.all(), locales_by_code[language]).values_list("title", flat=True)
        )

    locales_by_code = {locale.language_code: locale for locale in Locale.objects.all()}
    assert titles("en") == ["Only in English", "Translated"]
    assert titles("pl") == ["Only in English", "Przetłumaczony", "Tylko po polsku"]
    assert titles("ar") == ["Only in English", "Translated"]


@pytest.mark.parametrize("count", [3, 30])
def test_queries_do_not_grow_with_the_number_of_items(translated_home, django_assert_num_queries, count):
    english = translated_home["en"]
    items = []
    for n in range(count):
        page = ContentPageFactory(parent=english)
        if n % 2:
            publish_translation(page, "pl")
        items.append(page)
    index = NewsIndexPageFactory(parent=english)
    items += [NewsPageFactory(parent=index) for _ in range(count)]
    polish = Locale.objects.get(language_code="pl")
    # The versions, and one query per specific page type (content page, news article).
    with django_assert_num_queries(3):
        assert len(localize(items, polish)) == 2 * count
    plain = [page.page_ptr for page in items]
    with django_assert_num_queries(1):
        assert len(localize(plain, polish)) == 2 * count
