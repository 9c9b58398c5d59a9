"""Page types, their tree rules, stream blocks and bounded queries."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from wagtail.models import Page

from core.blocks import CallToActionBlock, ImageBlock
from home.models import ContentPage, HomePage

from .conftest import publish_translation
from .factories import ContentPageFactory, ImageFactory


def test_tree_rules(home_page):
    root = Page.get_first_root_node()
    assert HomePage.can_create_at(root)
    assert not ContentPage.can_create_at(root)
    assert ContentPage.can_create_at(home_page)
    assert not HomePage.can_create_at(home_page)


def test_home_page_renders_hero_intro_and_calls_to_action(client, home_page):
    about = ContentPageFactory(parent=home_page, title="About", slug="about")
    home_page.hero_image = ImageFactory()
    home_page.hero_alt_text = "Students in front of the library"
    home_page.call_to_actions = [("link", {"text": "Read more about us", "page": about})]
    home_page.save_revision().publish()

    html = client.get("/en/").text
    assert '<h1 id="hero-title" class="hero__title">Study in Białystok</h1>' in html
    assert 'alt="Students in front of the library"' in html
    assert '<a class="button" href="/en/about/">Read more about us</a>' in html
    assert 'type="image/avif"' in html and 'type="image/webp"' in html


def test_content_page_renders_every_body_block(client, home_page):
    image = ImageFactory()
    ContentPageFactory(
        parent=home_page,
        slug="living",
        title="Living in Białystok",
        body=[
            ("heading", {"text": "The city", "level": "h2"}),
            ("paragraph", "<p>Parks and palaces.</p>"),
            ("image", {"image": image, "alt_text": "The Branicki Palace", "caption": "Palace gardens"}),
            ("image", {"image": image, "decorative": True}),
            ("quote", {"quote": "A green city.", "attribution": "A student"}),
            ("call_to_action", {"text": "Visit the city", "external_url": "https://www.bialystok.pl/"}),
        ],
    )
    html = client.get("/en/living/").text
    assert '<h2 class="block-heading">The city</h2>' in html
    assert "<p>Parks and palaces.</p>" in html
    assert 'alt="The Branicki Palace"' in html and "<figcaption" in html
    assert 'alt=""' in html
    assert "A green city." in html and "A student" in html
    assert 'href="https://www.bialystok.pl/">Visit the city</a>' in html
    assert 'sizes="(min-width: 60em) 50rem, 100vw"' in html


@pytest.mark.django_db
def test_image_block_requires_alt_text_unless_decorative():
    block = ImageBlock()
    image = ImageFactory()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": False}))
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))


@pytest.mark.django_db
def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"text": "Go", "page": None, "external_url": ""}))
    assert block.clean(block.to_python({"text": "Go", "page": None, "external_url": "https://example.org/"}))


def test_public_pages_have_no_inline_script_or_style(client, home_page):
    ContentPageFactory(parent=home_page, slug="plain", body=[("quote", {"quote": "Hi", "attribution": ""})])
    for url in ["/en/", "/en/plain/", "/en/missing/"]:
        html = client.get(url).text
        assert "<style" not in html
        assert " style=" not in html
        for script in html.split("<script")[1:]:
            opening_tag = script.split(">")[0]
            assert " src=" in opening_tag or 'type="application/ld+json"' in opening_tag, (
                f"inline script on {url}"
            )


def test_public_pages_send_a_strict_content_security_policy(client, admin_client, home_page):
    policy = client.get("/en/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    # The Wagtail admin relies on inline scripts of its own and is left out.
    assert "Content-Security-Policy" not in admin_client.get("/admin/")


@pytest.mark.parametrize("menu_pages", [1, 25])
def test_page_queries_do_not_grow_with_the_menu(
    client, translated_home, django_assert_max_num_queries, menu_pages
):
    for number in range(menu_pages):
        ContentPageFactory(parent=translated_home["en"], slug=f"section-{number}")
    with django_assert_max_num_queries(16):
        assert client.get("/en/").status_code == 200


def test_json_ld_cannot_break_out_of_its_script_element():
    from core.templatetags.structured_data_tags import json_ld

    html = json_ld({"@type": "Thing", "name": "</script><script>alert(1)</script> & more"})
    assert html.startswith('<script type="application/ld+json">')
    assert html.count("</script>") == 1
    assert "\\u003C/script\\u003E" in html and "\\u0026" in html


def meta_description(html):
    return re.findall(r'<meta name="description" content="([^"]*)">', html)


def test_every_page_has_a_meta_description_and_a_favicon(client, translated_home):
    page = ContentPageFactory(parent=translated_home["en"], slug="housing", intro="Where   students\nlive.")
    html = client.get("/en/housing/").text
    assert meta_description(html) == ["Where students live."]
    page.search_description = "Dormitories, flats and prices."
    page.save_revision().publish()
    assert meta_description(client.get("/en/housing/").text) == ["Dormitories, flats and prices."]
    # Nothing written for search: the portal's own description, in the reader's language.
    about = ContentPageFactory(parent=translated_home["en"], slug="about", intro="")
    [english] = meta_description(client.get("/en/about/").text)
    assert english.startswith("Study in Bialystok is the shared portal")
    polish_about = publish_translation(about, "pl")
    [polish] = meta_description(client.get(polish_about.url).text)
    assert polish and polish != english
    [icon] = re.findall(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html)
    assert icon == "/static/img/favicon.svg" and finders.find("img/favicon.svg")
