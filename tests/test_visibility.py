"""The one visibility rule (core.visibility) and the surfaces that apply it: a private
page and what lies below it, a suspended institution's section, a draft — each checked
against the rule itself and against what a visitor gets from the listings, the sitemap and
the pages API."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.synctree import create_aliases_for_new_page

from association.models import Institution, NewsIndexPage
from association.provisioning import set_institution_status
from association.rights import ASSOCIATION_ADMINS
from core.localization import translate
from core.visibility import hidden_paths, is_listed, is_public, listed_pages, public_pages

from . import factories
from .search_support import BACKENDS, Backend

pytestmark = pytest.mark.sqlite


@pytest.fixture
def pages(site_pages):
    news_index = NewsIndexPage.objects.child_of(factories.home()).get()
    open_news = factories.news(news_index, title="Открытая новость")
    private = factories.news(news_index, title="Новость под паролем")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    draft = factories.news(news_index, title="Черновик новости", live=False)
    member = factories.institution("visible-school")
    suspended = factories.institution("suspended-school")
    kept = factories.resource(member, title="Ресурс действующей школы")
    withdrawn = factories.resource(suspended, title="Ресурс приостановленной школы")
    set_institution_status(suspended, Institution.Status.SUSPENDED)
    return {
        "open": open_news,
        "private": private,
        "draft": draft,
        "kept": kept,
        "withdrawn": withdrawn,
        "suspended_section": suspended.page,
    }


# page → (may anyone open it, is it listed)
RULE = {
    "open": (True, True),
    "private": (False, False),
    "draft": (False, False),
    "kept": (True, True),
    "withdrawn": (True, False),
    "suspended_section": (True, False),
}


@pytest.mark.parametrize("name", list(RULE))
def test_the_rule_for_each_kind_of_page(pages, name):
    page = Page.objects.get(pk=pages[name].pk)
    public, listed = RULE[name]
    assert is_public(page) == public
    assert is_listed(page) == listed
    assert public_pages().filter(pk=page.pk).exists() == public
    assert listed_pages().filter(pk=page.pk).exists() == listed


def test_what_lies_below_a_private_page_is_private_too(pages):
    below = factories.news(pages["private"], title="Вложенная страница")
    assert not is_public(Page.objects.get(pk=below.pk))
    assert not public_pages().filter(pk=below.pk).exists()
    assert any(below.path.startswith(path) for path in hidden_paths(listed=False))


def test_lifting_the_restriction_and_the_suspension_shows_them_again(pages):
    PageViewRestriction.objects.filter(page=pages["private"]).delete()
    set_institution_status(pages["withdrawn"].institution, Institution.Status.ACTIVE)
    for name in ("private", "withdrawn"):
        assert listed_pages().filter(pk=pages[name].pk).exists(), name


@pytest.mark.parametrize(
    "address",
    ["/ru/news/", "/sitemap.xml", "/api/v2/pages/?limit=100", "/ru/resources/"],
)
def test_every_surface_lists_what_the_rule_lists(client, pages, address):
    body = client.get(address).content.decode()
    for name, (_public, listed) in RULE.items():
        page = pages[name]
        if name == "suspended_section" or (
            address == "/ru/news/" and name in {"kept", "withdrawn"}
        ):
            continue
        if address == "/ru/resources/" and name not in {"kept", "withdrawn"}:
            continue
        shown = page.title in body or f"/{page.slug}/" in body
        assert shown == listed, (address, name)


def test_a_withdrawn_page_still_opens_at_its_address_and_a_private_one_asks(client, pages):
    assert client.get(pages["withdrawn"].url).status_code == 200
    response = client.get(pages["private"].url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert client.get(f"/api/v2/pages/{pages['open'].pk}/").status_code == 200
    refused = client.get(f"/api/v2/pages/{pages['private'].pk}/", follow=True)
    assert refused.status_code == 404


# Changing a restriction reaches every cache and the index at once ------------------------

TOGGLED_SURFACES = [
    "/en/",
    "/en/resources/",
    "/en/resources/?q=privtoggle",
    "/en/institutions/toggle-school/",
    "/en/search/?q=privtoggle",
    "/api/search/?q=privtoggle&lang=en",
    "/api/search/autocomplete/?q=privtog&lang=en",
    "/api/v2/pages/?type=association.ResourcePage&locale=en",
    "/api/v2/pages/?search=privtoggle&locale=en",
]


@pytest.mark.parametrize("backend_name", BACKENDS)
def test_a_restriction_on_the_original_hides_its_alias_everywhere_at_once(
    shared_cache, site_pages, settings, client, backend_name
):
    """With the page cache, the fragment caches, the process memory and the catalogue's
    cached counts all in play (and the engine's index, which is not rebuilt), setting a
    restriction on a Russian resource hides its English alias from every surface on the
    next request, and lifting it shows the alias again."""
    backend = Backend(backend_name, settings)
    try:
        inst = factories.institution("toggle-school")
        original = factories.resource(inst, title="Privtoggle пособие", with_document=False)
        create_aliases_for_new_page(original)
        backend.reindex()

        def shown() -> dict[str, bool]:
            return {
                url: "Privtoggle" in client.get(url).content.decode() for url in TOGGLED_SURFACES
            }

        assert all(shown().values()), shown()
        assert client.get("/en/resources/")["X-Page-Cache"] == "hit"
        restriction = PageViewRestriction.objects.create(
            page=original, restriction_type=PageViewRestriction.LOGIN
        )
        assert not any(shown().values()), shown()
        restriction.delete()
        assert all(shown().values()), shown()
    finally:
        backend.drop()


def test_an_unpublished_section_takes_its_live_pages_and_their_aliases_with_it(site_pages, client):
    inst = factories.institution("closing-school")
    item = factories.news(factories.institution_index(NewsIndexPage, inst), title="Живая новость")
    create_aliases_for_new_page(item)
    alias = item.get_translation(factories.home("en").locale)
    inst.page.unpublish()
    for page in (item, alias):
        page = Page.objects.get(pk=page.pk)
        assert page.live and not is_public(page)
        assert client.get(page.url).status_code == 404
    assert "Живая новость" not in client.get("/en/news/").content.decode()


def test_a_translation_keeps_its_originals_restriction_until_it_is_given_its_own(
    site_pages, django_user_model
):
    """The Russian original asks for a password; its English translation asks for it too,
    until the office sets a restriction of the translation's own (a login) in its Privacy
    dialog: from then on a logged-in reader opens the translation without the password,
    and the original still asks for it."""
    original = factories.news(title="Новость для участников", intro="Для участников.")
    PageViewRestriction.objects.create(
        page=original, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    english = translate(
        original,
        Locale.objects.get(language_code="en"),
        {"Новость для участников": "Members' news", "Для участников.": "For members."},
    )
    reader = Client()
    reader.force_login(django_user_model.objects.create_user("pmx-reader", "r@example.ru", "pw"))
    office = Client()
    admin = django_user_model.objects.create_user("pmx-office", "o@example.ru", "pw")
    admin.groups.add(Group.objects.get(name=ASSOCIATION_ADMINS))
    office.force_login(admin)

    def opened(client: Client, page: Page) -> bool:
        response = client.get(page.url)
        assert response.status_code in (200, 302), (page.url, response.status_code)
        body = response.content.decode()
        return response.status_code == 200 and 'name="password"' not in body

    assert not opened(reader, english) and not opened(Client(), english)
    answer = office.post(
        f"/admin/pages/{english.pk}/privacy/",
        {"restriction_type": "login", "password": "", "groups": []},
    )
    assert answer.status_code == 200
    english = Page.objects.get(pk=english.pk)
    assert opened(reader, english) and "Members&#x27; news" in reader.get(english.url).text
    # Anonymous visitors are sent to log in; the original keeps its password.
    anonymous = Client().get(english.url)
    assert anonymous.status_code == 302 and "login" in anonymous.url
    assert not opened(reader, original)
    # Listed nowhere in either language: both still carry a restriction.
    assert not is_listed(english) and not is_listed(original)
    assert "Members" not in Client().get("/en/news/").content.decode()
