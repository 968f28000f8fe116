"""The permission matrix: real users of each role drive the admin over HTTP against each
kind of object, and every action is checked both where it must work and where it must be
refused.

Roles: association administrator, association editor, expert, editor and administrator of
institution A, editor of institution B, anonymous. Objects: A's and B's live page, draft,
document, image, record and team; the association's own pages.
"""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from django.test import Client
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from association.models import NewsIndexPage, NewsPage
from association.rights import ASSOCIATION_ADMINS, ASSOCIATION_EDITORS, EXPERTS, Role
from association.team import set_role

from . import factories

ROLES = ["assoc_admin", "assoc_editor", "expert", "a_editor", "a_admin", "b_editor", "anon"]
STAFF = {"assoc_admin", "assoc_editor"}
A_PEOPLE = {"a_editor", "a_admin"}


def make_image(title, collection):
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 3), "navy").save(buffer, "PNG")
    return Image.objects.create(
        title=title, collection=collection, file=ImageFile(buffer, name="pixel.png")
    )


class World:
    """Two institutions with content, and one user per role."""

    def __init__(self):
        User = get_user_model()
        self.a = factories.institution("inst-a", name="Институт А", short_name="Институт А")
        self.b = factories.institution("inst-b", name="Институт Б", short_name="Институт Б")
        self.users = {}
        for role in ROLES[:-1]:
            self.users[role] = User.objects.create_user(role, f"{role}@example.ru", "pw")
        self.users["assoc_admin"].groups.add(Group.objects.get(name=ASSOCIATION_ADMINS))
        self.users["assoc_editor"].groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
        self.users["expert"].groups.add(Group.objects.get(name=EXPERTS))
        set_role(self.a, self.users["a_admin"], Role.ADMIN)
        set_role(self.a, self.users["a_editor"], Role.EDITOR)
        set_role(self.b, self.users["b_editor"], Role.EDITOR)
        self.objects = {}
        for key, institution in (("A", self.a), ("B", self.b)):
            index = factories.institution_index(NewsIndexPage, institution)
            self.objects[f"{key}.index"] = index
            self.objects[f"{key}.page"] = factories.news(index, title=f"Новость {key}")
            self.objects[f"{key}.draft"] = factories.news(
                index, title=f"Черновик {key}", live=False
            )
            self.objects[f"{key}.document"] = factories.document(
                f"Документ {key}", collection=institution.collection
            )
            self.objects[f"{key}.image"] = make_image(f"Картинка {key}", institution.collection)
            self.objects[f"{key}.record"] = institution
        self.objects["assoc.page"] = factories.news(title="Новость ассоциации")
        self.objects["assoc.index"] = NewsIndexPage.objects.child_of(factories.home()).get()

    def client(self, role) -> Client:
        client = Client()
        if role != "anon":
            client.force_login(self.users[role])
        return client


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield World()
        transaction.set_rollback(True)


@pytest.fixture
def db_in_world(world, db):
    """Each test runs in a savepoint inside the module's world, rolled back after it."""
    return world


def refused(response) -> bool:
    """Wagtail refuses by redirecting to the dashboard with a message, by sending anonymous
    visitors to the login page, or with 403/404."""
    if response.status_code in (403, 404):
        return True
    if response.status_code == 302:
        return response.url == "/admin/" or response.url.startswith("/admin/login/")
    return False


def allowed(response) -> bool:
    return response.status_code == 200


def expect(response, may: bool) -> None:
    if may:
        assert allowed(response), (response.status_code, getattr(response, "url", ""))
    else:
        assert refused(response), (response.status_code, getattr(response, "url", ""))


def may_edit(role: str, owner: str) -> bool:
    """Who may open the editor of an institution's (A/B) or the association's page."""
    if role in STAFF:
        return True
    if owner == "A":
        return role in A_PEOPLE
    if owner == "B":
        return role == "b_editor"
    return False


EDIT_CASES = [
    (role, obj) for role in ROLES for obj in ("A.page", "A.draft", "B.draft", "assoc.page")
]


@pytest.mark.parametrize(("role", "obj"), EDIT_CASES)
def test_open_the_page_editor(db_in_world, role, obj):
    world = db_in_world
    page = world.objects[obj]
    response = world.client(role).get(f"/admin/pages/{page.pk}/edit/")
    expect(response, may_edit(role, obj.split(".")[0]))


@pytest.mark.parametrize(("role", "obj"), [(r, o) for r in ROLES for o in ("A.draft", "B.draft")])
def test_preview_a_draft(db_in_world, role, obj):
    world = db_in_world
    page = world.objects[obj]
    response = world.client(role).get(f"/admin/pages/{page.pk}/view_draft/")
    expect(response, may_edit(role, obj.split(".")[0]))


@pytest.mark.parametrize("role", ROLES)
def test_add_a_page_in_a_section(db_in_world, role):
    world = db_in_world
    for owner in ("A", "B", "assoc"):
        index = world.objects[f"{owner}.index"]
        response = world.client(role).get(f"/admin/pages/add/association/newspage/{index.pk}/")
        expect(response, may_edit(role, owner))


@pytest.mark.parametrize("role", ROLES)
def test_delete_a_draft(db_in_world, role):
    world = db_in_world
    for owner in ("A", "B"):
        draft = world.objects[f"{owner}.draft"]
        world.client(role).post(f"/admin/pages/{draft.pk}/delete/")
        deleted = not Page.objects.filter(pk=draft.pk).exists()
        assert deleted == may_edit(role, owner), (role, owner)


def publish_via_editor(client, page) -> None:
    """Submit the page editor's form with the Publish action, as the browser would."""
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": page.date.isoformat(),
            "intro": page.intro,
            "image": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    client.post(f"/admin/pages/{page.pk}/edit/", data)


@pytest.mark.parametrize("role", ROLES)
def test_publish_a_draft(db_in_world, role):
    """Only the office publishes in a section of an institution that is not trusted."""
    world = db_in_world
    draft = world.objects["A.draft"]
    publish_via_editor(world.client(role), draft)
    assert NewsPage.objects.get(pk=draft.pk).live == (role in STAFF)


@pytest.mark.parametrize("role", ROLES)
def test_unpublish_a_live_page(db_in_world, role):
    world = db_in_world
    for obj in ("A.page", "B.page"):
        page = world.objects[obj]
        world.client(role).post(f"/admin/pages/{page.pk}/unpublish/")
        assert NewsPage.objects.get(pk=page.pk).live == (role not in STAFF), (role, obj)


@pytest.mark.parametrize("role", ROLES)
def test_lock_a_page(db_in_world, role):
    world = db_in_world
    for obj in ("A.page", "B.page"):
        page = world.objects[obj]
        world.client(role).post(f"/admin/pages/{page.pk}/lock/")
        locked = NewsPage.objects.get(pk=page.pk).locked
        expected = role in STAFF or (obj == "A.page" and role == "a_admin")
        assert locked == expected, (role, obj)


@pytest.mark.parametrize("role", ROLES)
def test_revert_to_an_earlier_revision(db_in_world, role):
    world = db_in_world
    for obj in ("A.page", "B.page"):
        page = world.objects[obj]
        revision = page.revisions.first()
        response = world.client(role).get(f"/admin/pages/{page.pk}/revisions/{revision.pk}/revert/")
        expect(response, may_edit(role, obj[0]))


@pytest.mark.parametrize("role", ROLES)
def test_move_pages_between_institutions(db_in_world, role):
    """Moving A's page into B's section (or B's out) needs rights on both."""
    world = db_in_world
    page, target = world.objects["A.page"], world.objects["B.index"]
    response = world.client(role).post(f"/admin/pages/{page.pk}/move/{target.pk}/confirm/")
    moved = NewsPage.objects.get(pk=page.pk).get_parent().pk == target.pk
    assert moved == (role in STAFF)
    if role not in STAFF:
        assert refused(response)


@pytest.mark.parametrize("role", ROLES)
def test_copy_into_another_institution(db_in_world, role):
    world = db_in_world
    page, target = world.objects["A.page"], world.objects["B.index"]
    before = NewsPage.objects.child_of(target).count()
    world.client(role).post(
        f"/admin/pages/{page.pk}/copy/",
        {"new_title": "Копия", "new_slug": "kopiya", "new_parent_page": target.pk},
    )
    copied = NewsPage.objects.child_of(target).count() > before
    assert copied == (role in STAFF)


@pytest.mark.parametrize("role", ROLES)
def test_explore_another_section(db_in_world, role):
    world = db_in_world
    for owner in ("A", "B"):
        index = world.objects[f"{owner}.index"]
        response = world.client(role).get(f"/admin/pages/{index.pk}/")
        expect(response, may_edit(role, owner))


@pytest.mark.parametrize("role", sorted(A_PEOPLE | {"b_editor"}))
def test_admin_search_shows_only_own_pages(db_in_world, role):
    world = db_in_world
    response = world.client(role).get("/admin/pages/search/", {"q": "Черновик"})
    html = response.content.decode()
    own = "A" if role in A_PEOPLE else "B"
    other = "B" if own == "A" else "A"
    assert f"Черновик {own}" in html
    assert f"Черновик {other}" not in html


@pytest.mark.parametrize("role", sorted(A_PEOPLE | {"b_editor"}))
def test_page_chooser_hides_other_institutions(db_in_world, role):
    world = db_in_world
    client = world.client(role)
    own = "A" if role in A_PEOPLE else "B"
    other = "B" if own == "A" else "A"
    search = client.get("/admin/choose-page/search/", {"q": "Новость"}).content.decode()
    assert f"Новость {own}" in search and "Новость ассоциации" in search
    assert f"Новость {other}" not in search
    browse = client.get(f"/admin/choose-page/{world.objects[f'{other}.index'].pk}/")
    assert f"Черновик {other}" not in browse.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_admin_api_does_not_list_other_institutions_pages(db_in_world, role):
    world = db_in_world
    index = world.objects["B.index"]
    response = world.client(role).get(f"/admin/api/main/pages/?child_of={index.pk}")
    if role in STAFF or role == "b_editor":
        titles = [item["title"] for item in response.json()["items"]]
        assert "Черновик B" in titles
    else:
        assert response.status_code != 200 or "Черновик B" not in response.content.decode()


@pytest.mark.parametrize(("role", "obj"), [(r, o) for r in ROLES for o in ("A", "B")])
def test_edit_documents_and_images(db_in_world, role, obj):
    world = db_in_world
    client = world.client(role)
    document, image = world.objects[f"{obj}.document"], world.objects[f"{obj}.image"]
    may = role in STAFF or may_edit(role, obj)
    expect(client.get(f"/admin/documents/edit/{document.pk}/"), may)
    expect(client.get(f"/admin/images/{image.pk}/"), may)


@pytest.mark.parametrize("role", sorted(A_PEOPLE | {"b_editor"}))
def test_media_choosers_and_listings_show_own_collection_only(db_in_world, role):
    world = db_in_world
    client = world.client(role)
    own = "A" if role in A_PEOPLE else "B"
    other = "B" if own == "A" else "A"
    for url, label in (
        ("/admin/documents/chooser/", "Документ"),
        ("/admin/documents/", "Документ"),
        ("/admin/images/chooser/", "Картинка"),
        ("/admin/images/", "Картинка"),
    ):
        response = client.get(url)
        html = response.json()["html"] if "chooser" in url else response.content.decode()
        assert f"{label} {own}" in html and f"{label} {other}" not in html, url


@pytest.mark.parametrize("role", ROLES)
def test_bulk_delete_of_another_institutions_page(db_in_world, role):
    world = db_in_world
    page = world.objects["B.draft"]
    world.client(role).post(
        f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}", {"next": "/admin/"}
    )
    deleted = not Page.objects.filter(pk=page.pk).exists()
    assert deleted == (role in STAFF or role == "b_editor")


@pytest.mark.parametrize(("role", "obj"), [(r, o) for r in ROLES for o in ("A", "B")])
def test_institution_record(db_in_world, role, obj):
    """The office edits every record; an institution's administrators edit their own
    record's contacts and nothing else."""
    world = db_in_world
    client = world.client(role)
    record = world.objects[f"{obj}.record"]
    expect(client.get(f"/admin/institutions/edit/{record.pk}/"), role in STAFF)
    may_contacts = role in STAFF or (role == "a_admin" and obj == "A")
    expect(client.get(f"/admin/institutions/{record.slug}/contacts/"), may_contacts)
    response = client.post(
        f"/admin/institutions/{record.slug}/contacts/",
        {"city": "Новый город", "address": "", "website": "", "email": "", "phone": ""},
    )
    record.refresh_from_db()
    assert (record.city == "Новый город") == may_contacts, (role, obj, response.status_code)


@pytest.mark.parametrize(("role", "obj"), [(r, o) for r in ROLES for o in ("A", "B")])
def test_institution_team_page(db_in_world, role, obj):
    world = db_in_world
    record = world.objects[f"{obj}.record"]
    response = world.client(role).get(f"/admin/institutions/{record.slug}/team/")
    expect(response, role == "assoc_admin" or (role == "a_admin" and obj == "A"))


@pytest.mark.parametrize("role", ROLES)
def test_institutions_menu_is_for_the_office(db_in_world, role):
    world = db_in_world
    response = world.client(role).get("/admin/institutions/")
    expect(response, role in STAFF)


@pytest.mark.parametrize(
    "report",
    ["site-history", "locked", "aging-pages", "workflow", "workflow_tasks", "page-types-usage"],
)
def test_reports_hide_other_institutions(db_in_world, report):
    world = db_in_world
    NewsPage.objects.get(pk=world.objects["B.page"].pk).save_revision(user=world.users["b_editor"])
    world.client("assoc_admin").post(f"/admin/pages/{world.objects['B.page'].pk}/lock/")
    for role in ("a_editor", "a_admin"):
        response = world.client(role).get(f"/admin/reports/{report}/")
        if report == "page-types-usage":
            assert refused(response)
        html = response.content.decode()
        assert "Черновик B" not in html and "Новость B" not in html, (role, report)


def test_anonymous_visitors_see_no_drafts(db_in_world):
    world = db_in_world
    client = world.client("anon")
    for obj in ("A.draft", "B.draft"):
        page = world.objects[obj]
        assert (
            client.get(f"/ru/institutions/inst-{obj[0].lower()}/news/{page.slug}/").status_code
            == 404
        )
