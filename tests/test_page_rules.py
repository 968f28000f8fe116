"""Editors can only create pages where they belong."""

from __future__ import annotations

import pytest
from wagtail.models import Page

from association.models import (
    InstitutionIndexPage,
    InstitutionPage,
    JointProgramPage,
    NewsIndexPage,
    NewsPage,
    ProgramIndexPage,
    ResourceIndexPage,
    ResourcePage,
    SeminarIndexPage,
    SeminarPage,
)
from home.models import FormPage, HomePage, StandardPage
from network.models import JoinPage
from search.models import ResourceDatabasePage, SearchPage

from . import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "parents"),
    [
        (HomePage, {Page}),
        (NewsIndexPage, {HomePage, InstitutionPage}),
        (NewsPage, {NewsIndexPage}),
        (InstitutionIndexPage, {HomePage}),
        (InstitutionPage, {InstitutionIndexPage}),
        (ProgramIndexPage, {HomePage}),
        (JointProgramPage, {ProgramIndexPage}),
        (SeminarIndexPage, {HomePage, InstitutionPage}),
        (SeminarPage, {SeminarIndexPage}),
        (ResourceIndexPage, {InstitutionPage}),
        (ResourcePage, {ResourceIndexPage}),
        (ResourceDatabasePage, {HomePage}),
        (SearchPage, {HomePage}),
        (StandardPage, {HomePage, StandardPage, InstitutionPage}),
        (FormPage, {HomePage, StandardPage}),
        (JoinPage, {HomePage}),
    ],
)
def test_allowed_parents(model, parents):
    assert set(model.allowed_parent_page_models()) == parents


@pytest.mark.parametrize(
    "model",
    [NewsPage, SeminarPage, ResourcePage, JointProgramPage, SearchPage, FormPage, JoinPage],
)
def test_leaf_pages_take_no_children(model):
    assert model.allowed_subpage_models() == []


def test_one_section_of_each_kind_per_home_page():
    home = factories.home()
    for model in (
        NewsIndexPage,
        InstitutionIndexPage,
        ProgramIndexPage,
        SeminarIndexPage,
        ResourceDatabasePage,
        SearchPage,
    ):
        assert not model.can_create_at(home), model


def test_resources_only_inside_an_institution_section():
    inst = factories.institution()
    resources = factories.institution_index(ResourceIndexPage, inst)
    assert ResourcePage.can_create_at(resources)
    assert not ResourcePage.can_create_at(NewsIndexPage.objects.child_of(factories.home()).get())
    assert not ResourceIndexPage.can_create_at(factories.home())


def test_admin_refuses_a_page_type_under_the_wrong_parent(admin_client):
    news_index = NewsIndexPage.objects.child_of(factories.home()).get()
    response = admin_client.get(
        f"/admin/pages/add/association/resourcepage/{news_index.pk}/", follow=True
    )
    assert response.redirect_chain[-1][0] == "/admin/"
    assert "у вас нет доступа" in response.content.decode()
    allowed = admin_client.get(f"/admin/pages/add/association/newspage/{news_index.pk}/")
    assert allowed.status_code == 200


def test_admin_offers_only_the_allowed_page_types(admin_client):
    """An institution's section already has its three sub-sections, so the only page type
    left to add there is a standard page: the admin goes straight to its form."""
    inst = factories.institution()
    response = admin_client.get(f"/admin/pages/{inst.page.pk}/add_subpage/")
    assert response.status_code == 302
    assert response.url == f"/admin/pages/add/home/standardpage/{inst.page.pk}/"
    home = admin_client.get(f"/admin/pages/{factories.home().pk}/add_subpage/")
    html = home.content.decode()
    assert "/add/home/standardpage/" in html
    assert "/add/home/formpage/" in html
    assert "/add/association/newspage/" not in html
    assert "/add/association/newsindexpage/" not in html


def test_institution_owned_pages_record_their_institution():
    inst = factories.institution()
    news = factories.news(factories.institution_index(NewsIndexPage, inst))
    association_news = factories.news()
    resource = factories.resource(inst)
    assert news.institution == inst
    assert resource.institution == inst
    assert association_news.institution is None
