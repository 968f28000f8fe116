"""Which documents and images are served to whom: files follow the pages that use them.

A file is *public* — served to anyone, with `Cache-Control: public, no-cache` so that
browsers and shared caches ask again every time — when a live, public page uses it
(`core.visibility.public_pages`, with Wagtail's reference index naming the pages that use
it: foreign keys, StreamField blocks and rich-text links alike), or when it lies in the
collection of public files (Settings → Public files, `core.models.FileSettings`) or one
inside it, without a collection view restriction.

Any other file is served, with `Cache-Control: private, no-store`, only to:

- the people who may choose it in the admin (Wagtail's collection permission policy:
  its institution's editors and administrators, the association's office);
- reviewers of a page in moderation whose revision under review uses it (the expert);
- a visitor who may open a live page that uses it (who gave the page's password, or is
  logged in or in the groups its view restriction asks for).

Everyone else gets 404 Not Found, or 403 Forbidden when logged in. Image originals are
never served to the public, even of public images: pages show renditions, and only the
people who may choose an image get its original. The checks run when a file is
requested, never when a page is rendered, so pages cost no query per image; renditions
are only ever made by rendering a page the visitor may open (or by the admin), never by a
request for a file.
"""

from __future__ import annotations

import enum
import functools
from importlib import import_module
from typing import NoReturn

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import IntegerField
from django.db.models.functions import Cast
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from rest_framework import serializers
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    ReferenceIndex,
    TaskState,
)
from wagtail.query import PageQuerySet
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile

from . import pagecache, visibility
from .visibility import public_pages


class Access(enum.Enum):
    """What a request may do with a file."""

    PUBLIC = "public"  # anyone: a public page uses it, or it is in the public collection
    PERSONAL = "personal"  # this requester only
    REFUSED = "refused"


# Pages that use one file: the passes over them for restrictions stop here.
PAGES_CHECKED = 50


def public_collections() -> tuple[frozenset[int], frozenset[int]]:
    """Ids of the collection of public files and the collections inside it; and, of
    these, the ones a collection view restriction covers (they are public only to whom the
    restriction admits). Read once per content generation: saving the settings, a
    collection or a restriction starts a new one."""

    def collect() -> tuple[frozenset[int], frozenset[int]]:
        from .models import FileSettings

        setting = FileSettings.objects.select_related("public_collection").first()
        if setting is None or setting.public_collection is None:
            return frozenset(), frozenset()
        collections = list(
            Collection.objects.descendant_of(setting.public_collection, inclusive=True).only(
                "id", "path"
            )
        )
        restricted_paths = set(
            CollectionViewRestriction.objects.values_list("collection__path", flat=True)
        )
        restricted = {
            collection.id
            for collection in collections
            if any(collection.path.startswith(path) for path in restricted_paths)
        }
        return frozenset(collection.id for collection in collections), frozenset(restricted)

    return pagecache.remembered("public-collections", collect)


def pages_using(file) -> PageQuerySet:
    """The pages whose current content uses `file` (Wagtail's reference index: the live
    content of a live page, the first draft of a page never published)."""
    page_type = ContentType.objects.get_for_model(Page)
    references = (
        ReferenceIndex.get_references_to(file)
        .filter(base_content_type=page_type)
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values("page_id")
    )
    return Page.objects.filter(pk__in=references)


def is_public_file(file) -> bool:
    """Whether anyone may download `file` (a document or an image; see the module)."""
    public, restricted = public_collections()
    if file.collection_id in public and file.collection_id not in restricted:
        return True
    return public_pages(pages_using(file)).exists()


def _policy(file):
    from wagtail.permissions import policy_registry

    return policy_registry.get_by_type(type(file))


def may_choose(user, file) -> bool:
    """Whether `user` may choose or change `file` in the admin (its collection's rights)."""
    return user.is_authenticated and _policy(file).user_has_any_permission_for_instance(
        user, ["choose", "change"], file
    )


def _reviews(user, file) -> bool:
    """Whether a revision `user` is asked to review uses `file`."""
    wanted = (ContentType.objects.get_for_model(type(file)).pk, str(file.pk))
    states = TaskState.objects.reviewable_by(user).select_related("revision")
    for state in states[:PAGES_CHECKED]:
        content = state.revision.as_object()
        # The extraction the reference index itself runs, applied to the revision.
        for content_type_id, object_id, *_ in ReferenceIndex._extract_references_from_object(
            content
        ):
            if (content_type_id, object_id) == wanted:
                return True
    return False


def _restrictions(page: Page) -> list[PageViewRestriction]:
    """Every view restriction a visitor must satisfy to open `page`, those an alias or a
    translation inherits from its original included (core.visibility)."""
    return visibility.view_restrictions(page)


def _opens_a_page_using(request: HttpRequest, file) -> bool:
    """Whether the visitor may open a live, view-restricted page that uses `file`."""
    if not request.user.is_authenticated and not request.session.get(
        PageViewRestriction.passed_view_restrictions_session_key
    ):
        return False  # no password given, not logged in: no restriction admits them
    for page in pages_using(file).live()[:PAGES_CHECKED]:
        restrictions = _restrictions(page)
        # A live page that is not public and has no restriction the visitor could satisfy
        # (hidden by core.visibility for another reason) admits nobody through its files.
        if restrictions and all(
            restriction.accept_request(request) for restriction in restrictions
        ):
            return True
    return False


def _admitted_to_collection(request: HttpRequest, file) -> bool:
    public, restricted = public_collections()
    if file.collection_id not in restricted:
        return False
    return all(
        restriction.accept_request(request)
        for restriction in file.collection.get_view_restrictions()
    )


def file_access(request: HttpRequest, file) -> Access:
    """What the request may do with `file`, a document or an image (see the module)."""
    if is_public_file(file):
        return Access.PUBLIC
    user = request.user
    if user.is_authenticated and (may_choose(user, file) or _reviews(user, file)):
        return Access.PERSONAL
    if _opens_a_page_using(request, file) or _admitted_to_collection(request, file):
        return Access.PERSONAL
    return Access.REFUSED


def original_access(request: HttpRequest, image) -> Access:
    """Who gets an image's original: the people who may choose the image."""
    return Access.PERSONAL if may_choose(request.user, image) else Access.REFUSED


def refuse(request: HttpRequest) -> NoReturn:
    """Not found for the public (a private file's existence is not told), forbidden for
    someone logged in."""
    if request.user.is_authenticated:
        raise PermissionDenied
    raise Http404


def set_cache_headers(response: HttpResponse, access: Access) -> None:
    """Public files are revalidated every time, so a file that stops being public is
    refused at once; nobody keeps a copy of a personal one."""
    if access is Access.PUBLIC:
        response["Cache-Control"] = "public, no-cache"
    else:
        response["Cache-Control"] = "private, no-store"


# Documents: Wagtail's serve view, with this check as its `before_serve_document` hook ----

ACCESS_ATTRIBUTE = "_portal_file_access"


def check_document(document, request: HttpRequest) -> None:
    """`before_serve_document`: refuse what the request may not have (Wagtail's own hook
    has asked for a collection's password before this one runs)."""
    access = file_access(request, document)
    if access is Access.REFUSED:
        refuse(request)
    setattr(request, ACCESS_ATTRIBUTE, access)


def with_cache_headers(view):
    """Wagtail's document view, with the caching the check decided (and `private,
    no-store` if no check ran: nothing leaves without one)."""

    @functools.wraps(view)
    def serve(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if response.status_code in (200, 206, 304):
            set_cache_headers(response, getattr(request, ACCESS_ATTRIBUTE, Access.PERSONAL))
        return response

    return serve


# Images: /media/ ---------------------------------------------------------------------


def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    """`/media/<path>`: an image rendition to whom may see the image, an original to
    whom may choose it, and nothing else (documents are served by /documents/). Only
    renditions that exist are served: a request never makes one."""
    from wagtail.images import get_image_model

    image_model = get_image_model()
    folder = path.partition("/")[0]
    if folder == "images":
        rendition = (
            image_model.get_rendition_model()
            .objects.select_related("image")
            .filter(file=path)
            .first()
        )
        if rendition is None:
            raise Http404
        access, file = file_access(request, rendition.image), rendition.file
    elif folder == "original_images":
        image = image_model.objects.filter(file=path).first()
        if image is None:
            raise Http404
        access, file = original_access(request, image), image.file
    else:
        raise Http404
    if access is Access.REFUSED:
        refuse(request)
    response = send_file(request, file)
    set_cache_headers(response, access)
    return response


def send_file(request: HttpRequest, file) -> HttpResponse:
    """The file's bytes, sent the way Wagtail sends documents: through SENDFILE_BACKEND
    when one is set (nginx's X-Accel-Redirect in production, core/sendfile.py), streamed
    by Django otherwise; from a storage without local paths (S3), read through it."""
    try:
        local_path = file.path
    except NotImplementedError:
        return FileResponse(file.open("rb"))
    backend_name = getattr(settings, "SENDFILE_BACKEND", None)
    backend = import_module(backend_name) if backend_name else sendfile_streaming_backend
    return sendfile(request, local_path, attachment=False, backend=backend.sendfile)


# The pages API -----------------------------------------------------------------------


class DocumentField(serializers.Field):
    """A page's document in the pages API (which lists public pages only, so the document
    is public): its title and where it downloads from. There is no documents endpoint,
    hence no `detail_url`."""

    def to_representation(self, document) -> dict:
        from wagtail.api.v2.utils import get_full_url  # needs the models loaded

        return {
            "id": document.pk,
            "meta": {
                "type": document._meta.label,
                "download_url": get_full_url(self.context["request"], document.url),
            },
            "title": document.title,
        }


# The renditions the pages API gives of a page's image and of an institution's logo: ones
# the pages themselves show (`{% picture %}` in templates/association/*.html, spelt as it
# spells them), so the API makes none of its own.
PAGE_IMAGE_RENDITION = "format-webp|fill-960x540"
LOGO_RENDITION = "format-webp|max-320x320"
COVER_RENDITION = "format-webp|fill-1600x600"
