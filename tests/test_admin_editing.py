"""The page editor works for every page type, and event times follow their time zone."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from association.models import (
    JointProgramPage,
    NewsIndexPage,
    ProgramIndexPage,
    ResourceIndexPage,
    SeminarIndexPage,
    SeminarPage,
)
from home.models import HomePage

from . import factories

pytestmark = pytest.mark.django_db


def parent_for(model_label: str):
    inst = factories.institution("editor-test")
    home = factories.home()
    return {
        "association/newspage": NewsIndexPage.objects.child_of(home).get(),
        "association/seminarpage": SeminarIndexPage.objects.child_of(home).get(),
        "association/jointprogrampage": ProgramIndexPage.objects.child_of(home).get(),
        "association/resourcepage": ResourceIndexPage.objects.child_of(inst.page).get(),
        "home/standardpage": home,
        "home/formpage": home,
    }[model_label]


@pytest.mark.parametrize(
    "model_label",
    [
        "association/newspage",
        "association/seminarpage",
        "association/jointprogrampage",
        "association/resourcepage",
        "home/standardpage",
        "home/formpage",
    ],
)
def test_create_form_renders(admin_client, model_label):
    parent = parent_for(model_label)
    response = admin_client.get(f"/admin/pages/add/{model_label}/{parent.pk}/")
    assert response.status_code == 200


def test_edit_form_renders_for_section_pages(admin_client):
    inst = factories.institution()
    for page in [factories.home(), inst.page, *inst.page.get_children()]:
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def seminar_post(**overrides):
    data = {
        "title": "Семинар в Екатеринбурге",
        "slug": "seminar-ekb",
        "intro": "Встреча методистов.",
        "kind": "seminar",
        "format": "in-person",
        "starts_at": "2030-04-02 10:00",
        "ends_at": "2030-04-02 12:30",
        "time_zone": "Asia/Yekaterinburg",
        "venue": "Колледж, ауд. 12",
        "address": "",
        "online_url": "",
        "registration_url": "",
        "recording_url": "",
        "speakers": inline_formset([{"name": "Петров П. П.", "affiliation": "методист"}]),
        "body": streamfield([]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_event_times_are_entered_in_the_events_time_zone(admin_client):
    index = SeminarIndexPage.objects.child_of(factories.home()).get()
    response = admin_client.post(
        f"/admin/pages/add/association/seminarpage/{index.pk}/", seminar_post()
    )
    assert response.status_code == 302, response.context["form"].errors
    page = SeminarPage.objects.get(slug="seminar-ekb", locale__language_code="ru")
    # wagtail-localize mirrors the new page into the English tree as an alias.
    assert SeminarPage.objects.get(slug="seminar-ekb", locale__language_code="en").alias_of_id
    ekb = zoneinfo.ZoneInfo("Asia/Yekaterinburg")
    assert page.starts_at == dt.datetime(2030, 4, 2, 10, 0, tzinfo=ekb)
    assert page.ends_at == dt.datetime(2030, 4, 2, 12, 30, tzinfo=ekb)
    assert page.live
    # Editing shows the same wall-clock times back, not Moscow time.
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "2030-04-02 10:00" in edit


def test_event_form_rejects_end_before_start_and_missing_link(admin_client):
    index = SeminarIndexPage.objects.child_of(factories.home()).get()
    response = admin_client.post(
        f"/admin/pages/add/association/seminarpage/{index.pk}/",
        seminar_post(ends_at="2030-04-02 09:00", format="online", venue=""),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "ends_at" in errors and "online_url" in errors
    assert not SeminarPage.objects.filter(slug="seminar-ekb").exists()


def test_resource_needs_a_document_or_a_link(admin_client):
    inst = factories.institution()
    parent = ResourceIndexPage.objects.child_of(inst.page).get()
    rtype = factories.resource_type()
    data = nested_form_data(
        {
            "title": "Ресурс без файла",
            "slug": "no-file",
            "abstract": "Аннотация.",
            "authors": inline_formset([{"name": "Автор", "affiliation": ""}], min=1),
            "resource_type": rtype.pk,
            "language": "ru",
            "year": "2024",
            "tags": "",
            "document": "",
            "external_url": "",
            "licence": "cc-by",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    data.update(education_levels=["basic"], subjects=[factories.subject().pk])
    response = admin_client.post(f"/admin/pages/add/association/resourcepage/{parent.pk}/", data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"document"}
    data["external_url"] = "https://example.org/file"
    response = admin_client.post(f"/admin/pages/add/association/resourcepage/{parent.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    created = inst.page.get_descendants().get(slug="no-file").specific
    assert created.institution == inst
    assert [level.code for level in created.education_levels.all()] == ["basic"]


def test_programme_partners_are_chosen_with_checkboxes(admin_client):
    factories.institution("partner-a", name="Партнёр А")
    parent = ProgramIndexPage.objects.child_of(factories.home()).get()
    html = admin_client.get(f"/admin/pages/add/association/jointprogrampage/{parent.pk}/")
    assert 'type="checkbox" name="partners"' in html.content.decode()
    assert JointProgramPage.can_create_at(parent)


def test_home_page_body_accepts_every_block(admin_client):
    home = factories.home()
    inst = factories.institution()
    doc = factories.document()
    body = streamfield(
        [
            ("heading", {"text": "Раздел", "level": "h2"}),
            ("paragraph", rich_text("<p>Текст</p>")),
            ("document", {"document": doc.pk, "title": ""}),
            ("quote", {"text": "Цитата", "attribution": "Автор"}),
            (
                "call_to_action",
                {
                    "title": "Вступайте",
                    "text": "",
                    "button_label": "Заявка",
                    "page": inst.page.pk,
                    "url": "",
                },
            ),
        ]
    )
    data = nested_form_data(
        {
            "title": home.title,
            "slug": home.slug,
            "hero_title": "Заголовок",
            "hero_text": "",
            "hero_image": "",
            "body": body,
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{home.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    page = HomePage.objects.get(pk=home.pk)
    assert [block.block_type for block in page.body] == [
        "heading",
        "paragraph",
        "document",
        "quote",
        "call_to_action",
    ]
