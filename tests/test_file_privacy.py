"""Files follow their pages (core/files.py): who downloads a document, an image's
original or one of its renditions, and what the APIs list — for every state a file can be
in, every role and every surface, as one data-driven matrix; then the rule's parts (the
reference index over every way our pages use files, a page's password, the setting of
public files), caching, renditions and how files leave the server in production."""

from __future__ import annotations

import importlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass, field

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from django.test import Client, override_settings
from django.urls import clear_url_caches, reverse
from PIL import Image as PILImage
from wagtail.images.models import Image, Rendition
from wagtail.models import Collection, Page, PageViewRestriction

from association.models import (
    Institution,
    NewsIndexPage,
    ResourceIndexPage,
    ResourcePage,
    SeminarIndexPage,
)
from association.provisioning import set_institution_status
from association.rights import ASSOCIATION_ADMINS, ASSOCIATION_EDITORS, EXPERTS, Role
from association.team import set_role
from core.models import FileSettings
from core.visibility import is_public
from home.models import StandardPage

from . import factories

pytestmark = pytest.mark.sqlite

User = get_user_model()

# The rendition a page's figure shows (templates/home/blocks/figure.html): its address is
# what a visitor's browser asks for.
RENDITION = "format-webp|fill-480x270"

STATES = [
    "draft",  # attached only to a page never published
    "private",  # used by a live page behind a password
    "moderation",  # used by a resource waiting for the expert
    "public",  # used by a live, public page
    "unpublished_section",  # used by a live page whose section was unpublished
    "suspended",  # used by a live page of a suspended institution
    "unused",  # in an institution's collection, used by no page
    "public_collection",  # in the collection of public files, used by no page
]
ROLES = ["anonymous", "other_editor", "own_editor", "office", "expert"]
KINDS = ["document", "rendition", "original"]


def png(colour: str = "teal") -> ImageFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), colour).save(buffer, "PNG")
    return ImageFile(buffer, name="photo.png")


def make_image(title: str, collection: Collection) -> Image:
    return Image.objects.create(title=title, collection=collection, file=png())


def body_using(document, image=None) -> list:
    blocks = [("document", {"document": document, "title": ""})]
    if image is not None:
        blocks.append(("image", {"image": image, "caption": ""}))
    return blocks


@dataclass
class World:
    """Two active institutions (A owns the files, B is the other one), C to be
    suspended, one account per role, and a document and an image in each state."""

    users: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    images: dict = field(default_factory=dict)
    renditions: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)

    def build(self) -> World:
        a = factories.institution("files-a", name="Школа А")
        b = factories.institution("files-b", name="Школа Б")
        c = factories.institution("files-c", name="Школа В")
        self.a = a
        for name, institution in (("a_editor", a), ("b_editor", b), ("c_editor", c)):
            set_role(institution, self.account(name), Role.EDITOR)
        self.account("office").groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
        self.account("expert").groups.add(Group.objects.get(name=EXPERTS))
        public_collection = FileSettings.objects.get().public_collection
        collections = dict.fromkeys(STATES, a.collection)
        collections |= {"suspended": c.collection, "public_collection": public_collection}
        for state in STATES:
            self.documents[state] = factories.document(f"Документ {state}", collections[state])
            self.images[state] = make_image(f"Фото {state}", collections[state])
        doc, img = self.documents, self.images

        news = factories.institution_index(NewsIndexPage, a)
        self.pages["draft"] = factories.news(
            news, title="Черновик", live=False, image=img["draft"], body=body_using(doc["draft"])
        )
        private = factories.news(
            news, title="Под паролем", image=img["private"], body=body_using(doc["private"])
        )
        self.restriction = PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
        self.pages["private"] = private
        self.pages["moderation"] = self.submit_resource(a, doc["moderation"], img["moderation"])
        self.pages["public"] = factories.news(
            news, title="Новость", image=img["public"], body=body_using(doc["public"])
        )
        seminars = factories.institution_index(SeminarIndexPage, a)
        self.pages["unpublished_section"] = factories.seminar(
            seminars,
            image=img["unpublished_section"],
            body=body_using(doc["unpublished_section"]),
        )
        seminars.unpublish()
        self.pages["suspended"] = factories.news(
            factories.institution_index(NewsIndexPage, c),
            title="Новость приостановленной школы",
            body=body_using(doc["suspended"], img["suspended"]),
        )
        set_institution_status(c, Institution.Status.SUSPENDED)
        # Renditions as rendering the pages (or the admin's previews) made them.
        self.renditions = {state: self.images[state].get_rendition(RENDITION) for state in STATES}
        return self

    def account(self, name: str):
        self.users[name] = User.objects.create_user(name, f"{name}@example.ru", "pw")
        return self.users[name]

    def submit_resource(self, institution, document, image) -> ResourcePage:
        """A resource its editor has sent for publication: it waits for the expert."""
        editor = self.users["a_editor"]
        page = ResourcePage(
            title="Ресурс на проверке",
            slug="resource-in-review",
            abstract="Аннотация.",
            resource_type=factories.resource_type(),
            year=2025,
            language="ru",
            document=document,
            body=[("image", {"image": image, "caption": ""})],
            live=False,
        )
        factories.institution_index(ResourceIndexPage, institution).add_child(instance=page)
        page.save_revision(user=editor)
        page.get_workflow().start(page, editor)
        return page

    def user_for(self, role: str, state: str):
        if role == "anonymous":
            return None
        if role == "own_editor":
            return self.users["c_editor" if state == "suspended" else "a_editor"]
        return self.users[{"other_editor": "b_editor"}.get(role, role)]

    def client(self, role: str, state: str = "public") -> Client:
        client = Client()
        user = self.user_for(role, state)
        if user is not None:
            client.force_login(user)
        return client

    def url(self, kind: str, state: str) -> str:
        if kind == "document":
            return self.documents[state].url
        if kind == "rendition":
            return self.renditions[state].url
        return self.images[state].file.url

    def content(self, kind: str, state: str) -> bytes:
        files = {
            "document": self.documents[state].file,
            "rendition": self.renditions[state].file,
            "original": self.images[state].file,
        }
        with files[kind].open("rb") as stored:
            return stored.read()

    def is_public(self, state: str) -> bool:
        """What the rule makes of each state: pages of an unpublished section and of a
        suspended institution follow core.visibility, whatever it decides for them."""
        if state in ("unpublished_section", "suspended"):
            return is_public(Page.objects.get(pk=self.pages[state].pk))
        return state in ("public", "public_collection")

    def may_choose(self, role: str, state: str) -> bool:
        """Collection rights: the office everywhere, an institution's active editors in
        its collection (a suspended one's have none), nobody else."""
        if role == "office":
            return True
        return role == "own_editor" and state not in ("suspended", "public_collection")


@pytest.fixture(scope="module")
def media_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def _media_root(settings, media_dir):
    """The module's files live in one folder for all its tests (conftest's own fixture
    gives each test an empty one)."""
    settings.MEDIA_ROOT = media_dir


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, media_dir):
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media_dir),
        transaction.atomic(),
    ):
        yield World().build()
        transaction.set_rollback(True)


@pytest.fixture
def db_in_world(world, db):
    """Each test runs in a savepoint inside the module's world, rolled back after it."""
    return world


def expected(world: World, kind: str, state: str, role: str) -> tuple[int, str]:
    """The status and Cache-Control a download gets (the module docstring of core/files.py
    says why)."""
    refused = 404 if role == "anonymous" else 403
    if kind == "original":
        return (200 if world.may_choose(role, state) else refused), "private, no-store"
    if world.is_public(state):
        return 200, "public, no-cache"
    reviews = role == "expert" and state == "moderation"
    allowed = world.may_choose(role, state) or reviews
    return (200 if allowed else refused), "private, no-store"


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


# The matrix: download addresses -------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("state", STATES)
def test_download(db_in_world, state, kind, role):
    world = db_in_world
    status, cache_control = expected(world, kind, state, role)
    response = world.client(role, state).get(world.url(kind, state))
    assert response.status_code == status, (state, kind, role)
    if status == 200:
        assert response["Cache-Control"] == cache_control
        assert body(response) == world.content(kind, state)
    else:
        assert world.content(kind, state) not in body(response)


# The matrix: APIs ----------------------------------------------------------------------

FILE_ENDPOINTS = {"document": "documents", "rendition": "images"}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kind", ["document", "rendition"])
@pytest.mark.parametrize("state", STATES)
def test_public_api_has_no_listing_or_detail_of_files(db_in_world, state, kind, role):
    world = db_in_world
    client = world.client(role, state)
    endpoint = FILE_ENDPOINTS[kind]
    file = world.documents[state] if kind == "document" else world.images[state]
    for url in (f"/api/v2/{endpoint}/", f"/api/v2/{endpoint}/{file.pk}/"):
        response = client.get(url, follow=True)
        assert response.status_code == 404, url
        assert file.title.encode() not in response.content


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kind", ["document", "rendition"])
@pytest.mark.parametrize("state", STATES)
def test_admin_api_lists_what_the_user_may_choose(db_in_world, state, kind, role):
    world = db_in_world
    client = world.client(role, state)
    endpoint = FILE_ENDPOINTS[kind]
    file = world.documents[state] if kind == "document" else world.images[state]
    listing = client.get(f"/admin/api/main/{endpoint}/?id={file.pk}")
    detail = client.get(f"/admin/api/main/{endpoint}/{file.pk}/", follow=True)
    if role == "anonymous" or not world.user_for(role, state).has_perm("wagtailadmin.access_admin"):
        # Not let into the admin at all (a suspended institution's editor neither).
        assert listing.status_code == 302 and listing.url.startswith("/admin/login/")
        assert file.title.encode() not in detail.content
        return
    assert listing.status_code == 200
    listed = [item["id"] for item in listing.json()["items"]]
    if world.may_choose(role, state):
        assert listed == [file.pk]
        assert detail.status_code == 200 and detail.json()["title"] == file.title
    else:
        assert listed == []
        assert detail.status_code == 404


def test_pages_api_carries_the_files_of_the_pages_it_lists(db_in_world, client):
    world = db_in_world
    image_of_news = world.images["public"]
    assert client.get(world.pages["public"].url).status_code == 200  # the page's renditions
    made = Rendition.objects.filter(image=image_of_news).count()
    news = client.get("/api/v2/pages/?type=association.NewsPage&fields=image&limit=20").json()
    by_title = {item["title"]: item for item in news["items"]}
    assert "Черновик" not in by_title and "Под паролем" not in by_title
    image = by_title["Новость"]["image"]
    assert set(image) == {"url", "full_url", "width", "height", "alt"}
    assert image["url"].startswith("/media/images/")
    # One of the renditions the page itself shows: the API made none of its own.
    assert Rendition.objects.filter(image=image_of_news).count() == made
    assert client.get(image["url"]).status_code == 200
    resources = client.get("/api/v2/pages/?type=association.ResourcePage&fields=document").json()
    assert "Ресурс на проверке" not in [item["title"] for item in resources["items"]]


def test_pages_api_gives_a_resource_document_with_its_download_address(site_pages, client):
    resource = factories.resource(factories.institution("api-school"), title="Пособие")
    items = client.get("/api/v2/pages/?type=association.ResourcePage&fields=document").json()
    document = items["items"][0]["document"]
    assert document["id"] == resource.document_id
    assert document["title"] == resource.document.title
    assert document["meta"]["type"] == "wagtaildocs.Document"
    download = document["meta"]["download_url"]
    assert download.endswith(resource.document.url)
    assert client.get(resource.document.url).status_code == 200


# The rule's parts -------------------------------------------------------------------


def publish_changed(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def standard_page(body) -> Page:
    page = StandardPage(title="Страница", slug="page-with-files", body=body)
    factories.home().add_child(instance=page)
    return publish_changed(page)


def resource_with(document):
    page = factories.resource(factories.institution(), with_document=False)
    return publish_changed(page, document=document, external_url="")


# How each of our page types uses a file: foreign keys, StreamField blocks, rich text.
USES = {
    "resource's document": ("document", resource_with),
    "news item's image": ("image", lambda image: factories.news(image=image)),
    "event's image": ("image", lambda image: factories.seminar(image=image)),
    "programme's image": ("image", lambda image: factories.programme(image=image)),
    "institution's logo": (
        "image",
        lambda image: publish_changed(factories.institution().page, logo=image),
    ),
    "home page's image": (
        "image",
        lambda image: publish_changed(factories.home(), hero_image=image),
    ),
    "document block": (
        "document",
        lambda document: standard_page([("document", {"document": document, "title": ""})]),
    ),
    "figure block": (
        "image",
        lambda image: standard_page([("image", {"image": image, "caption": ""})]),
    ),
    "link in a paragraph": (
        "document",
        lambda document: standard_page(
            [("paragraph", f'<p><a linktype="document" id="{document.pk}">План</a></p>')]
        ),
    ),
}


@pytest.mark.parametrize("use", list(USES))
def test_a_file_becomes_public_when_a_published_page_uses_it(site_pages, client, use):
    kind, use_in_a_page = USES[use]
    if kind == "document":
        file = factories.document("Файл")
        url = file.url
    else:
        file = make_image("Файл", Collection.get_first_root_node())
        url = file.get_rendition(RENDITION).url
    assert client.get(url).status_code == 404
    page = use_in_a_page(file)
    response = client.get(url)
    assert response.status_code == 200, use
    assert response["Cache-Control"] == "public, no-cache"
    page.unpublish()
    assert client.get(url).status_code == 404


def test_who_gives_the_page_password_downloads_its_files(db_in_world):
    world = db_in_world
    visitor = Client()
    document, rendition = world.documents["private"], world.renditions["private"]
    assert visitor.get(document.url).status_code == 404
    page = world.pages["private"]
    form = reverse("wagtailcore_authenticate_with_password", args=[world.restriction.pk, page.pk])
    wrong = visitor.post(form, {"password": "guess", "return_url": page.url})
    assert wrong.status_code == 200 and visitor.get(document.url).status_code == 404
    visitor.post(form, {"password": "secret", "return_url": page.url})
    for url in (document.url, rendition.url):
        response = visitor.get(url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"
    # The password opens this page's files only.
    assert visitor.get(world.documents["draft"].url).status_code == 404
    assert visitor.get(world.images["private"].file.url).status_code == 404


def test_the_expert_gets_the_file_of_the_revision_under_review(db_in_world):
    world = db_in_world
    replacement = factories.document("Новая версия", world.a.collection)
    expert = world.client("expert")
    assert expert.get(replacement.url).status_code == 403
    # The editor swaps the document while the resource waits: the page row (and the
    # reference index) still name the old one, the revision under review the new one.
    page = ResourcePage.objects.get(pk=world.pages["moderation"].pk)
    page.document = replacement
    revision = page.save_revision(user=world.users["a_editor"])
    state = page.current_workflow_task_state
    state.revision = revision
    state.save(update_fields=["revision"])
    assert expert.get(replacement.url).status_code == 200
    assert world.client("other_editor").get(replacement.url).status_code == 403


def test_the_office_chooses_the_collection_of_public_files(db_in_world):
    world = db_in_world
    document = world.documents["unused"]
    assert Client().get(document.url).status_code == 404
    url = reverse("wagtailsettings:edit", args=["core", "filesettings"])
    # Editors of the office keep off the site's settings; its administrators choose.
    assert world.client("office").get(url).status_code in (302, 403)
    administrator = world.account("files-admin")
    administrator.groups.add(Group.objects.get(name=ASSOCIATION_ADMINS))
    admin = Client()
    admin.force_login(administrator)
    page = admin.get(url, follow=True)
    assert page.status_code == 200
    url = page.redirect_chain[-1][0] if page.redirect_chain else url
    assert "Общедоступные файлы" in page.content.decode()
    response = admin.post(url, {"public_collection": world.a.collection.pk})
    assert response.status_code == 302
    assert FileSettings.objects.get().public_collection == world.a.collection
    anonymous = Client().get(document.url)
    assert anonymous.status_code == 200
    assert anonymous["Cache-Control"] == "public, no-cache"
    # The previous public collection is an ordinary one again.
    assert Client().get(world.documents["public_collection"].url).status_code == 404


def test_a_file_that_stops_being_public_is_refused_at_once(db_in_world, shared_cache):
    world = db_in_world
    visitor = Client()
    document, rendition = world.documents["public"], world.renditions["public"]
    for url in (document.url, rendition.url):
        first = visitor.get(url)
        assert first.status_code == 200 and "X-Page-Cache" not in first
        assert first["Cache-Control"] == "public, no-cache"
        # Revalidation asks the portal again.
        again = visitor.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
        assert again.status_code == 304
    page = world.pages["public"]
    assert visitor.get(page.url).status_code == 200
    page.unpublish()
    for url in (document.url, rendition.url):
        assert visitor.get(url).status_code == 404
        assert (
            visitor.get(url, headers={"If-Modified-Since": first["Last-Modified"]}).status_code
            == 404
        )
    assert visitor.get(page.url).status_code == 404


def test_requests_for_files_never_make_renditions(db_in_world, client):
    world = db_in_world
    draft_image = world.images["draft"]
    before = Rendition.objects.count()
    guessed = world.renditions["draft"].url.replace("480x270", "1440x810")
    for url in (
        guessed,
        world.renditions["public"].url.replace("480x270", "960x540"),
        world.pages["draft"].url or "/ru/",
        f"/api/v2/pages/{world.pages['draft'].pk}/?fields=image",
        "/api/v2/pages/?type=association.NewsPage&fields=image",
    ):
        client.get(url, follow=True)
    assert client.get(guessed).status_code == 404
    assert (
        not Rendition.objects.filter(image=draft_image)
        .exclude(pk=world.renditions["draft"].pk)
        .exists()
    )
    # The only new renditions are those of the listed news item's image, for the API.
    new = Rendition.objects.exclude(pk__lte=0).count() - before
    assert set(Rendition.objects.order_by("-pk")[:new].values_list("image__title", flat=True)) <= {
        "Фото public"
    }


@pytest.mark.parametrize("role", ["anonymous", "office"])
def test_media_serves_no_file_as_it_lies(db_in_world, role):
    world = db_in_world
    client = world.client(role)
    document = world.documents["public"]
    for url in (
        f"/media/{document.file.name}",  # documents go through /documents/ only
        "/media/images/",
        "/media/images/no-such-file.webp",
        "/media/original_images/../documents/" + document.file.name.split("/")[-1],
        "/media/../portal/settings/base.py",
    ):
        response = client.get(url, follow=True)
        assert response.status_code == 404, url
        assert b"A small guide." not in body(response)


def test_the_dev_server_serves_no_originals_either(db_in_world, settings):
    world = db_in_world
    import portal.urls

    settings.DEBUG = True
    try:
        clear_url_caches()
        importlib.reload(portal.urls)
        visitor = Client()
        assert visitor.get(world.images["public"].file.url).status_code == 404
        assert visitor.get(world.renditions["draft"].url).status_code == 404
        assert visitor.get(world.renditions["public"].url).status_code == 200
    finally:
        settings.DEBUG = False
        clear_url_caches()
        importlib.reload(portal.urls)


def test_nginx_sends_the_files_the_portal_allows(db_in_world, settings):
    """Production with MEDIA_ACCEL_REDIRECT: the portal checks, then hands the file to
    nginx's internal location (deploy/nginx.conf), keeping its own Cache-Control."""
    from wagtail.utils.sendfile import _get_sendfile

    world = db_in_world
    settings.SENDFILE_BACKEND = "core.sendfile"
    settings.PORTAL_MEDIA_ACCEL_REDIRECT = "/internal-media/"
    _get_sendfile.clear()  # Wagtail keeps the backend it found first
    try:
        visitor = Client()
        for file, url in (
            (world.documents["public"].file, world.documents["public"].url),
            (world.renditions["public"].file, world.renditions["public"].url),
        ):
            response = visitor.get(url)
            assert response.status_code == 200
            assert response["X-Accel-Redirect"] == f"/internal-media/{file.name}"
            assert response.content == b""
            assert response["Cache-Control"] == "public, no-cache"
        refused = visitor.get(world.documents["draft"].url)
        assert refused.status_code == 404 and "X-Accel-Redirect" not in refused
        office = world.client("office").get(world.images["draft"].file.url)
        assert office["X-Accel-Redirect"].startswith("/internal-media/original_images/")
        assert office["Cache-Control"] == "private, no-store"
    finally:
        _get_sendfile.clear()


def production_settings(*names: str, **env: str) -> list[str]:
    """Values of the production settings module with `env` (read as a module: a bucket's
    client library need not be installed to check what the settings say)."""
    code = "import portal.settings.production as s; " + "; ".join(
        f"print(getattr(s, {name!r}, None))" for name in names
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={
            **os.environ,
            "SECRET_KEY": "k" * 50,
            "ALLOWED_HOSTS": "portal.example.org",
            "DATABASE_URL": "postgres://portal:portal@127.0.0.1:1/portal",
            "WAGTAILADMIN_BASE_URL": "https://portal.example.org",
            **env,
        },
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_production_serves_uploads_only_through_the_portal():
    accel = production_settings(
        "SENDFILE_BACKEND", "PORTAL_MEDIA_ACCEL_REDIRECT", MEDIA_ACCEL_REDIRECT="/internal-media/"
    )
    assert accel == ["core.sendfile", "/internal-media/"]
    # A bucket's addresses lead to the portal's /media/ view, not to the bucket.
    bucket = production_settings(
        "AWS_S3_CUSTOM_DOMAIN",
        "AWS_QUERYSTRING_AUTH",
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="b",
    )
    assert bucket == ["portal.example.org/media", "False"]


# Issue 19, finding 2, as it was reported over HTTP ------------------------------------
# Each test below failed on the main of before this change (the document view and the
# dev server's /media/ served everything; /api/v2/documents|images/ and the admin API
# listed every file).


@dataclass
class Vergu:
    """As in the report: vergu's editor uploads files for its pages, kpu's editor is an
    editor of another institution."""

    vergu: Institution
    editor: object
    kpu_editor: object

    def file_of(self, title: str):
        return factories.document(title, self.vergu.collection)


@pytest.fixture
def vergu(site_pages) -> Vergu:
    vergu, kpu = factories.institution("vergu"), factories.institution("kpu")
    editor = User.objects.create_user("vergu-editor", "v@example.ru", "pw")
    kpu_editor = User.objects.create_user("kpu-editor", "k@example.ru", "pw")
    set_role(vergu, editor, Role.EDITOR)
    set_role(kpu, kpu_editor, Role.EDITOR)
    return Vergu(vergu, editor, kpu_editor)


def test_finding_a_never_published_drafts_document_does_not_download(vergu, client):
    document = vergu.file_of("Приложение к черновику")
    news = factories.institution_index(NewsIndexPage, vergu.vergu)
    factories.news(news, title="Черновик", live=False, body=body_using(document))
    response = client.get(document.url)
    assert response.status_code == 404
    assert b"A small guide." not in body(response)


def test_finding_a_private_pages_document_does_not_download(vergu, client):
    document = vergu.file_of("Приложение к закрытой новости")
    news = factories.institution_index(NewsIndexPage, vergu.vergu)
    page = factories.news(news, title="Под паролем", body=body_using(document))
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert client.get(page.url).status_code == 200  # the password form
    assert client.get(document.url).status_code == 404


def test_finding_the_document_of_a_resource_waiting_for_the_expert_does_not_download(vergu, client):
    document = vergu.file_of("Ресурс на проверке")
    page = ResourcePage(
        title="Ресурс на проверке",
        slug="waiting",
        abstract="Аннотация.",
        resource_type=factories.resource_type(),
        year=2025,
        language="ru",
        document=document,
        live=False,
    )
    factories.institution_index(ResourceIndexPage, vergu.vergu).add_child(instance=page)
    page.save_revision(user=vergu.editor)
    page.get_workflow().start(page, vergu.editor)
    assert page.current_workflow_state is not None  # waiting for the expert
    assert client.get(document.url).status_code == 404


def test_finding_a_drafts_image_original_is_not_served_by_make_run(vergu, settings):
    import portal.urls

    image = make_image("Фото черновика", vergu.vergu.collection)
    news = factories.institution_index(NewsIndexPage, vergu.vergu)
    factories.news(news, title="Черновик", live=False, image=image)
    settings.DEBUG = True  # `make run`: the development server
    try:
        clear_url_caches()
        importlib.reload(portal.urls)
        url = image.file.url
        assert url.startswith("/media/original_images/")
        assert Client().get(url).status_code == 404
    finally:
        settings.DEBUG = False
        clear_url_caches()
        importlib.reload(portal.urls)


@pytest.mark.parametrize("endpoint", ["documents", "images"])
def test_finding_anonymous_api_lists_no_files(vergu, client, endpoint):
    document = vergu.file_of("Документ черновика")
    image = make_image("Фото черновика", vergu.vergu.collection)
    for url in (f"/api/v2/{endpoint}/", f"/api/v2/{endpoint}/?fields=*"):
        response = client.get(url, follow=True)
        assert response.status_code == 404, url
        text = response.content.decode()
        assert document.title not in text and image.title not in text
        assert document.url not in text and "download_url" not in text


@pytest.mark.parametrize("endpoint", ["documents", "images"])
def test_finding_an_editor_of_another_institution_sees_none_of_its_files(vergu, client, endpoint):
    document = vergu.file_of("Документ черновика")
    image = make_image("Фото черновика", vergu.vergu.collection)
    file = document if endpoint == "documents" else image
    client.force_login(vergu.kpu_editor)
    listing = client.get(f"/admin/api/main/{endpoint}/?limit=100")
    assert listing.status_code == 200
    assert file.pk not in [item["id"] for item in listing.json()["items"]]
    assert file.title not in listing.content.decode()
    assert client.get(f"/admin/api/main/{endpoint}/{file.pk}/", follow=True).status_code == 404
    # Its own editor still finds it there (the choosers use this API).
    client.force_login(vergu.editor)
    listing = client.get(f"/admin/api/main/{endpoint}/?limit=100")
    assert file.pk in [item["id"] for item in listing.json()["items"]]


@pytest.mark.parametrize("role", ["anonymous", "kpu_editor", "own_editor"])
def test_the_english_alias_of_a_private_page_opens_its_files_only_if_the_rule_says_so(vergu, role):
    """Finding 1's alias, seen from its files: the alias uses the page's document too
    (Wagtail's reference index records it), and the file is public only if
    core.visibility makes the alias public. Once the rule holds the original's password
    against its aliases, a login alone (the alias has no restriction of its own) opens
    nothing."""
    from wagtail_localize.synctree import create_aliases_for_new_page

    document = vergu.file_of("Приложение к закрытой новости")
    news = factories.institution_index(NewsIndexPage, vergu.vergu)
    page = factories.news(news, title="Под паролем", body=body_using(document))
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    create_aliases_for_new_page(page)
    alias = page.get_translation(factories.home("en").locale)
    assert alias.alias_of_id == page.pk and alias.live
    client = Client()
    if role != "anonymous":
        client.force_login(vergu.editor if role == "own_editor" else vergu.kpu_editor)
    if is_public(alias) or role == "own_editor":
        status = 200
    else:
        status = 404 if role == "anonymous" else 403
    assert client.get(document.url).status_code == status
