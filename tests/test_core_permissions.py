"""Removing pages is a right of its own: translators never, sections only with an explicit right."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import Page

from core.permissions import city_office, is_section

from .conftest import publish_translation
from .demo_snapshot import ensure_tree_roots
from .factories import ContentPageFactory


@pytest.fixture
def tree(translated_home):
    english = ContentPageFactory(parent=translated_home["en"], slug="living")
    section = ContentPageFactory(parent=translated_home["en"], slug="study")
    ContentPageFactory(parent=section, slug="costs")
    polish = publish_translation(english, "pl")
    call_command("create_translator_groups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return {**translated_home, "leaf": english, "section": section, "polish leaf": polish}


@pytest.fixture
def polish_translator(django_user_model, tree):
    user = django_user_model.objects.create_user("ola", password="pw")
    user.groups.add(Group.objects.get(translator_locale__locale__language_code="pl"))
    return user


@pytest.fixture
def office(django_user_model, tree):
    user = django_user_model.objects.create_user("office", password="pw")
    user.groups.add(city_office())
    return user


def pages():
    return list(Page.objects.order_by("id").values_list("id", "path", "live"))


def delete(client, page):
    return client.post(f"/admin/pages/{page.id}/delete/")


def unpublish(client, page):
    return client.post(f"/admin/pages/{page.id}/unpublish/", {"include_descendants": "on"})


def move(client, page, destination):
    return client.post(f"/admin/pages/{page.id}/move/{destination.id}/confirm/")


def test_sections_are_language_homes_and_pages_with_subpages(tree):
    assert is_section(tree["pl"]) and is_section(tree["section"])
    assert not is_section(tree["leaf"])


def test_a_translator_deletes_moves_and_unpublishes_nothing(client, polish_translator, tree):
    other = ContentPageFactory(parent=tree["pl"], slug="other", locale=tree["pl"].locale)
    client.force_login(polish_translator)
    before = pages()
    delete(client, tree["polish leaf"])
    unpublish(client, tree["polish leaf"])
    unpublish(client, tree["pl"])
    move(client, tree["polish leaf"], other)
    assert pages() == before
    assert client.get(f"/admin/pages/{tree['polish leaf'].id}/delete/").status_code in (302, 403)


def test_the_city_office_deletes_pages_but_not_a_language_home_or_a_section(client, office, tree):
    client.force_login(office)
    before = pages()
    delete(client, tree["ar"])
    unpublish(client, tree["pl"])
    delete(client, tree["section"])
    assert pages() == before

    assert delete(client, tree["leaf"]).status_code == 302
    assert not Page.objects.filter(id=tree["leaf"].id).exists()


def test_the_explicit_right_lets_the_city_office_restructure(client, office, tree):
    office.user_permissions.add(Permission.objects.get(codename="restructure_sections"))
    client.force_login(office)
    assert delete(client, tree["section"]).status_code == 302
    assert not Page.objects.filter(id=tree["section"].id).exists()


def test_nobody_but_the_holder_deletes_or_moves_a_locked_page(client, office, django_user_model, tree):
    holder = django_user_model.objects.create_user("holder", password="pw")
    leaf = tree["leaf"]
    leaf.locked, leaf.locked_by = True, holder
    leaf.save(update_fields=["locked", "locked_by"])
    client.force_login(office)
    before = pages()
    delete(client, leaf)
    move(client, leaf, tree["section"])
    assert pages() == before


def test_a_flush_keeps_the_permissions_the_roles_grant(transactional_db):
    # wagtail-localize creates "submit_translation" in a migration only; a flush (the teardown of
    # every transactional test, and so of every browser test) used to delete it for good.
    call_command("flush", interactive=False, verbosity=0)
    ensure_tree_roots()

    granted = set(city_office().permissions.values_list("content_type__app_label", "codename"))
    assert ("wagtail_localize", "submit_translation") in granted
    assert Permission.objects.filter(codename="submit_translation").count() == 1
