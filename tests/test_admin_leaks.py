"""What the admin shows of another institution's content and people.

The "owner" institution (not trusted) has a news page in each state — draft, private (live
behind a password), in moderation, live — each with its own image and document. People of
another institution (its editor and administrator), the owner's own editor and the
association's office open every bulk-action confirmation, the move confirmation and the
workflow views for them: a title is on the page only for someone who may act on the
object; the rest of the selection is counted ("N other items you may not act on are left
out"). The admin's filters (reports, page listings, histories) offer only the people the
viewer may see: the teams of their own institutions and themselves; the office sees
everyone.
"""

from __future__ import annotations

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.test import Client
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import PageViewRestriction
from wagtail.users.models import UserProfile

from association.models import NewsIndexPage, NewsPage
from association.rights import ASSOCIATION_EDITORS, Role
from association.team import set_role

from . import factories

pytestmark = pytest.mark.sqlite

ROLES = ["other_editor", "other_admin", "own_editor", "office"]
STATES = ["draft", "private", "moderation", "live"]
PAGE_ACTIONS = ["delete", "unpublish", "move", "publish"]
FILE_ACTIONS = ["delete", "add_to_collection", "add_tags"]
KINDS = {
    "page": "wagtailcore/page",
    "document": "wagtaildocs/document",
    "image": "wagtailimages/image",
}

# What a Russian-speaking editor reads instead of the titles, by the number left out.
LEFT_OUT_RU = {
    1: "1 другой объект, с которым вы не можете работать, не показан.",
    2: "2 других объекта, с которыми вы не можете работать, не показаны.",
    3: "3 других объекта, с которыми вы не можете работать, не показаны.",
    4: "4 других объекта, с которыми вы не можете работать, не показаны.",
}


def make_image(title, collection) -> Image:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 3), "teal").save(buffer, "PNG")
    return Image.objects.create(
        title=title, collection=collection, file=ImageFile(buffer, name="pixel.png")
    )


def title(kind: str, state: str) -> str:
    return {"page": "Заголовок", "document": "Документ", "image": "Картинка"}[kind] + f"-{state}"


class World:
    """Two institutions, one person per role, and the owner's objects in every state."""

    def __init__(self):
        User = get_user_model()
        self.owner = factories.institution("owner-school", name="Школа-владелец")
        self.other = factories.institution("other-school", name="Другая школа")
        self.users = {
            role: User.objects.create_user(role.replace("_", "-") + "-person", "", "pw")
            for role in ROLES
        }
        set_role(self.other, self.users["other_editor"], Role.EDITOR)
        set_role(self.other, self.users["other_admin"], Role.ADMIN)
        set_role(self.owner, self.users["own_editor"], Role.EDITOR)
        self.users["office"].groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
        self.index = factories.institution_index(NewsIndexPage, self.owner)
        self.other_index = factories.institution_index(NewsIndexPage, self.other)
        self.objects = {}
        for state in STATES:
            image = make_image(title("image", state), self.owner.collection)
            document = factories.document(title("document", state), self.owner.collection)
            page = factories.news(
                self.index,
                title=title("page", state),
                live=state != "draft",
                image=image,
                body=[("document", {"document": document, "title": ""})],
            )
            if state == "private":
                PageViewRestriction.objects.create(
                    page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
                )
            if state == "moderation":
                page = NewsPage.objects.get(pk=page.pk)
                page.save_revision(user=self.users["own_editor"])
                page.get_workflow().start(page, self.users["own_editor"])
            self.objects[("page", state)] = page
            self.objects[("document", state)] = document
            self.objects[("image", state)] = image
        self.other_page = factories.news(self.other_index, title="Новость другой школы")
        self.task_state = self.objects[("page", "moderation")].current_workflow_state
        self.task_state = self.task_state.current_task_state
        self.responses = {}

    def client(self, role) -> Client:
        client = Client()
        client.force_login(self.users[role])
        return client

    def bulk_confirmation(self, kind: str, action: str, role: str) -> str:
        """The confirmation of `action` on the owner's objects of `kind` in every state at
        once, as `role` sees it (fetched once: opening it changes nothing)."""
        key = (kind, action, role)
        if key not in self.responses:
            ids = "&".join(f"id={self.objects[(kind, state)].pk}" for state in STATES)
            response = self.client(role).get(f"/admin/bulk/{KINDS[kind]}/{action}/?{ids}")
            assert response.status_code == 200, (key, response.status_code)
            self.responses[key] = response.content.decode()
        return self.responses[key]


world = factories.module_world(World)


@pytest.fixture
def db_in_world(world, db):
    return world


def may_act(role: str, kind: str, action: str, state: str) -> bool:
    """Who may act on the owner's objects (the institution is not trusted)."""
    if role.startswith("other"):
        return False
    if kind != "page":
        return True  # the owner's team and the office manage the owner's collection
    if role == "office":
        return not (action == "unpublish" and state == "draft")
    # Its editor deletes and moves its own unpublished draft; publishing is the office's.
    return state == "draft" and action in ("delete", "move")


def refused(response) -> bool:
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response.url in ("/admin/", "/admin/login/")


BULK_CASES = [
    (kind, action, state, role)
    for kind in KINDS
    for action in (PAGE_ACTIONS if kind == "page" else FILE_ACTIONS)
    for state in STATES
    for role in ROLES
]


@pytest.mark.parametrize(("kind", "action", "state", "role"), BULK_CASES)
def test_bulk_confirmation_names_only_what_the_user_may_act_on(
    db_in_world, kind, action, state, role
):
    html = db_in_world.bulk_confirmation(kind, action, role)
    named = title(kind, state) in html
    assert named == may_act(role, kind, action, state)
    left_out = sum(not may_act(role, kind, action, other) for other in STATES)
    if left_out:
        assert LEFT_OUT_RU[left_out] in html
    else:
        assert "не можете работать" not in html


def test_the_count_speaks_the_editors_language(db_in_world):
    world = db_in_world
    profile = UserProfile.get_for_user(world.users["other_editor"])
    profile.preferred_language = "en"
    profile.save()
    page = world.objects[("page", "draft")]
    response = world.client("other_editor").get(
        f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}"
    )
    html = response.content.decode()
    assert "1 other item you may not act on is left out." in html
    assert title("page", "draft") not in html


def test_a_move_to_another_institutions_page_does_not_show_its_title(db_in_world):
    """The destination of a bulk move is one the user could have chosen: the owner's
    draft, sent as the new parent by another institution's editor, is refused by the
    form, and its title is not shown back."""
    world = db_in_world
    mine = factories.news(world.other_index, title="Моя новость")
    response = world.client("other_editor").post(
        f"/admin/bulk/wagtailcore/page/move/?id={mine.pk}",
        {"chooser": world.objects[("page", "draft")].pk},
    )
    assert response.status_code == 200
    assert title("page", "draft") not in response.content.decode()
    assert NewsPage.objects.get(pk=mine.pk).get_parent().pk == world.other_index.pk


# The move confirmation and the workflow views ----------------------------------------


def check_confirmation(world, role: str, url: str, name: str, may: bool) -> None:
    """Shown with the title to whoever may do it; refused to anyone else, and people of
    another institution do not find the title on the page they are sent to either."""
    client = world.client(role)
    response = client.get(url)
    if may:
        assert response.status_code == 200 and name in response.content.decode()
        return
    assert refused(response), response.status_code
    assert name not in response.content.decode()
    if role.startswith("other"):
        assert name not in client.get(response.url).content.decode()


@pytest.mark.parametrize(("state", "role"), [(s, r) for s in STATES for r in ROLES])
def test_move_confirmation_of_the_owners_page(db_in_world, state, role):
    world = db_in_world
    page = world.objects[("page", state)]
    url = f"/admin/pages/{page.pk}/move/{world.index.pk}/confirm/"
    check_confirmation(world, role, url, title("page", state), may_act(role, "page", "move", state))


@pytest.mark.parametrize(("state", "role"), [(s, r) for s in STATES for r in ROLES])
def test_move_confirmation_into_the_owners_page(db_in_world, state, role):
    """Another institution's page moved under the owner's page: only the office may, and
    only the office sees the destination's title."""
    world = db_in_world
    target = world.objects[("page", state)]
    url = f"/admin/pages/{world.other_page.pk}/move/{target.pk}/confirm/"
    check_confirmation(world, role, url, title("page", state), role == "office")


def workflow_urls(world, page) -> dict[str, str]:
    task_state = world.task_state
    return {
        "action": f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
        "collect": f"/admin/pages/workflow/collect_action_data/{page.pk}/approve/{task_state.pk}/",
        "cancellation": f"/admin/pages/workflow/confirm_cancellation/{page.pk}/",
        "preview": f"/admin/pages/workflow/preview/{page.pk}/{task_state.task_id}/",
    }


@pytest.mark.parametrize("view", ["action", "collect", "cancellation", "preview"])
@pytest.mark.parametrize(("state", "role"), [(s, r) for s in STATES for r in ROLES])
def test_workflow_views_of_the_owners_page(db_in_world, view, state, role):
    """Another institution's people are refused before Wagtail says anything of the page
    (its title in "… is not awaiting moderation", the task it is at)."""
    world = db_in_world
    page = world.objects[("page", state)]
    client = world.client(role)
    response = client.get(workflow_urls(world, page)[view])
    if role.startswith("other"):
        assert refused(response), response.status_code
        followed = client.get("/admin/").content.decode()
        assert title("page", state) not in followed
    elif view == "cancellation" and state == "moderation":
        assert response.status_code == 200
        assert response.json()["step"] == "confirm"


def test_the_office_reviewer_sees_the_workflow_action(db_in_world):
    world = db_in_world
    page = world.objects[("page", "moderation")]
    response = world.client("office").get(workflow_urls(world, page)["collect"])
    assert response.status_code == 200 and response.json()["step"] == "action"


# Filters offer only the people the viewer may see -------------------------------------


USER_FIELDS = ("user", "owner", "edited_by", "requested_by", "locked_by")


def offered_people(html: str, names: dict[int, str]) -> set[str]:
    """The accounts a listing's filters offer to choose (checkboxes and select options)."""
    ids = set()
    for field in USER_FIELDS:
        ids |= set(re.findall(rf'<input[^>]*name="{field}"[^>]*value="(\d+)"', html))
        select = re.search(rf'<select name="{field}"[^>]*>(.*?)</select>', html, re.S)
        if select:
            ids |= set(re.findall(r'value="(\d+)"', select.group(1)))
    return {names.get(int(pk), pk) for pk in ids}


@pytest.fixture(scope="module")
def activity(world, django_db_blocker):
    """Everyone leaves traces: edits, page ownership, a submission, locks."""
    with django_db_blocker.unblock():
        users = world.users
        live = NewsPage.objects.get(pk=world.objects[("page", "live")].pk)
        live.save_revision(user=users["own_editor"], log_action=True)
        owner_pages = [world.objects[("page", state)].pk for state in STATES]
        NewsPage.objects.filter(pk__in=owner_pages).update(owner=users["own_editor"])
        now = timezone.now()
        NewsPage.objects.filter(pk=live.pk).update(
            locked=True, locked_by=users["office"], locked_at=now
        )
        NewsPage.objects.filter(pk=world.other_page.pk).update(
            owner=users["other_editor"], locked=True, locked_by=users["other_admin"], locked_at=now
        )
        other = NewsPage.objects.get(pk=world.other_page.pk)
        other.save_revision(user=users["other_editor"], log_action=True)
    return world


VISIBLE = {
    "other_editor": {"other_editor", "other_admin"},
    "other_admin": {"other_editor", "other_admin"},
    "own_editor": {"own_editor"},
    "office": set(ROLES),
}

# Listing → who, of those who left traces, each role is offered (where it may open it).
LISTINGS = {
    "site-history": "/admin/reports/site-history/",
    "workflow": "/admin/reports/workflow/",
    "locked": "/admin/reports/locked/",
    "forms": "/admin/forms/",
    "explorer": "/admin/pages/{index}/",
    "type-usage": "/admin/pages/usage/association/newspage/",
    "page-history": "/admin/pages/{page}/history/",
}
OFFERED = {
    ("site-history", "other_editor"): {"other_editor"},
    ("site-history", "other_admin"): {"other_editor"},
    ("site-history", "own_editor"): {"own_editor"},
    ("site-history", "office"): {"own_editor", "other_editor"},
    ("workflow", "other_editor"): set(),
    ("workflow", "other_admin"): set(),
    ("workflow", "own_editor"): {"own_editor"},
    ("workflow", "office"): {"own_editor"},
    ("locked", "other_admin"): {"other_admin"},
    ("locked", "office"): {"office", "other_admin"},
    ("page-history", "other_editor"): {"other_editor"},
    ("page-history", "other_admin"): {"other_editor"},
    ("page-history", "own_editor"): {"own_editor"},
    ("page-history", "office"): {"own_editor"},
}
for _listing in ("forms", "explorer", "type-usage"):
    for _role in ROLES:
        OFFERED[(_listing, _role)] = {"own_editor", "other_editor"} & VISIBLE[_role]


@pytest.mark.parametrize(("listing", "role"), [(name, r) for name in LISTINGS for r in ROLES])
def test_filters_offer_only_people_the_viewer_may_see(activity, db, listing, role):
    world = activity
    own_side = role in ("own_editor", "office")
    url = LISTINGS[listing].format(
        index=(world.index if own_side else world.other_index).pk,
        page=(world.objects[("page", "live")] if own_side else world.other_page).pk,
    )
    response = world.client(role).get(url)
    if (listing, role) not in OFFERED:
        assert refused(response)  # the locked pages report is for those who may unlock
        return
    assert response.status_code == 200
    names = {user.pk: name for name, user in world.users.items()}
    offered = offered_people(response.content.decode(), names)
    assert offered == OFFERED[(listing, role)]
    assert offered <= VISIBLE[role]


def test_a_hidden_person_cannot_be_named_through_the_query(activity, db):
    """Choosing someone the filter does not offer, by id, is an invalid filter: no chip
    with their name, and the listing is not filtered by them."""
    world = activity
    own_editor = world.users["own_editor"]
    response = world.client("other_editor").get(
        "/admin/reports/workflow/", {"requested_by": own_editor.pk}
    )
    assert response.status_code == 200
    assert own_editor.username not in response.content.decode()
