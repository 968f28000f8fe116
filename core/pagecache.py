"""The full-page cache of anonymous responses (README, Performance).

Anonymous GET requests of the public site are answered from Django's cache (local memory
by default, Redis with CACHE_URL — the one to use with several processes, since local
memory is private to each). Every cached page is filed under the site's *content
generation*: the time of the last change to anything a public page can show. Publishing,
unpublishing, moving or deleting a page, and saving or deleting a snippet, a taxonomy
term, an institution record, the site settings, an image or a document start a new
generation (the signal handlers below), and so does the search queue when it has brought
the engine's index up to date. Pages of the old generation are never served again: a
listing, the home page and every other page that shows an edited item are all current on
the very next request, at the price of re-rendering the pages that did not change.

Never cached: requests carrying a session or messages cookie (editors, people who were
just told something), anything but GET and HEAD, the admin, document downloads, health
checks, previews (they are served by the admin), and responses that set a cookie (such as
every page with a form, which sets the CSRF cookie), are not 200, or say `private` or
`no-store`. Search results are cached per full URL, query string
included: a repeated query (autocomplete, a shared link, the bench) is a hit, and the
cache's size bound evicts the long tail.

Fragments that many pages repeat (menu, footer, the home page's figures, the cards of
listed resources) are cached by generation too (`shared`, `shared_many`), so that a page
the cache does not hold still skips them.

Pages are kept with a gzip copy made once when they are stored, so that a browser that
accepts gzip (they all do) gets the compressed bytes from every hit without any work per
request (`Vary: Accept-Encoding`; the compressed copy has the weak form of the ETag, as
Django's GZipMiddleware gives it). Cached pages hold no secret — no CSRF token, no
personal data — so compression gives an attacker nothing to guess at (BREACH).

Browsers get `Cache-Control: public, no-cache` (PAGE_CACHE_BROWSER_SECONDS raises
max-age) with an ETag and Last-Modified: they revalidate every time and receive 304 Not
Modified when nothing changed, so a published edit is never hidden behind a browser's copy.
"""

from __future__ import annotations

import functools
import hashlib
import time
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.text import compress_string

GENERATION_KEY = "pagecache:generation"
# Paths that are never cached: per-user, per-request or served with their own checks.
EXCLUDED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/healthz",
    "/readyz",
    "/static/",
    "/media/",
)
# Cookies that mean the response may be personal (a session, a message waiting to be
# shown). A CSRF cookie does not: a page with a form sets the cookie again on every
# response (Django renews it whenever a token is used), so it is never stored, and a page
# without a form is the same for everybody.
PERSONAL_COOKIES = ("sessionid", "messages")


def cache_seconds() -> int:
    return int(getattr(settings, "PORTAL_PAGE_CACHE_SECONDS", 0))


# The generation a request started in: read once per request (PageCacheMiddleware) rather
# than at every fragment, and moved on in place when the request itself changes content.
_request_generation: ContextVar[float | None] = ContextVar("portal_generation", default=None)
# What `remembered` keeps for the current request alone, when processes share no cache.
_request_memory: ContextVar[dict | None] = ContextVar("portal_request_memory", default=None)


def generation() -> float:
    """The current content generation: when public content last changed (a UNIX time)."""
    current = _request_generation.get()
    if current is not None:
        return current
    return _stored_generation()


def _stored_generation() -> float:
    value = cache.get(GENERATION_KEY)
    if value is None:
        # First request, or the cache lost it: a new generation, so nothing older is used.
        value = time.time()
        if not cache.add(GENERATION_KEY, value, None):
            value = cache.get(GENERATION_KEY, value)
    return value


_MISSING = object()


def fragment_seconds() -> int:
    return int(getattr(settings, "PORTAL_FRAGMENT_CACHE_SECONDS", 0))


def _fragment_key(name: str, current: float, key_parts) -> str:
    parts = ":".join(str(part) for part in key_parts)
    return f"fragment:{name}:{current!r}:{parts}"


def shared(name: str, compute, *key_parts):
    """`compute()`, kept in the cache for the current content generation (and
    `key_parts`, e.g. site and language): what many pages repeat — the menu, the footer,
    the home page's figures — is computed once per change of content, even for pages
    the full-page cache does not hold. Each process also keeps what it fetched
    (`remembered`), so that a page repeats no round trip to the cache either.
    PORTAL_FRAGMENT_CACHE_SECONDS=0 turns it off."""
    seconds = fragment_seconds()
    if seconds <= 0:
        return compute()

    def from_cache():
        key = _fragment_key(name, generation(), key_parts)
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = compute()
            cache.set(key, value, seconds)
        return value

    return remembered(f"fragment:{name}", from_cache, *key_parts)


def shared_many(name: str, wanted: dict, compute) -> dict:
    """`shared` for many values of one kind with one round trip to the cache: `wanted`
    maps an id to the key parts of its value, `compute(ids)` gives the values missing
    from the cache by id, and may leave out ids that have none (a resource that is gone).
    Returns the values by id."""
    seconds = fragment_seconds()
    if seconds <= 0 or not wanted:
        return compute(list(wanted))
    current = generation()
    keys = {id_: _fragment_key(name, current, parts) for id_, parts in wanted.items()}
    found = cache.get_many(list(keys.values()))
    values = {id_: found[key] for id_, key in keys.items() if key in found}
    missing = [id_ for id_ in keys if id_ not in values]
    if missing:
        computed = compute(missing)
        cache.set_many({keys[id_]: value for id_, value in computed.items()}, seconds)
        values.update(computed)
    return values


# What this process has computed for the current generation (`remembered`), by name:
# dropped as a whole when the generation moves on; each name's values are dropped when
# they grow past the limit (key parts such as a host name or a path come from requests),
# so that many of one kind (the routes of a crawl) never push out the others.
_remembered: dict[str, dict[tuple, object]] = {}
_remembered_generation: list[float | None] = [None]
REMEMBERED_LIMIT = 2000


def forget() -> None:
    """Drop what this process remembered (tests roll the database back behind its back)."""
    _remembered.clear()
    _remembered_generation[0] = None


def process_memory_enabled() -> bool:
    """Whether a process may keep data across requests: only when a change made in any
    other process reaches it, through a cache they all share."""
    return bool(getattr(settings, "PORTAL_CACHE_SHARED_BY_PROCESSES", False))


def remembered(name: str, compute, *key_parts):
    """`compute()`, kept until public content changes: for what requests need again and
    again (the site, locales, the site settings, term names, the page a path leads to)
    and is not worth a round trip to the shared cache. Objects are shared between
    requests: read them, never change them.

    With a cache all processes share, each process keeps the value for the current
    generation. Without one (local memory: development, tests, a single server without
    Redis) another process's change would never reach this one, so the value is kept for
    the current request only, and outside a request it is computed every time."""
    key = (name, *key_parts)
    if not process_memory_enabled():
        memory = _request_memory.get()
        if memory is None:
            return compute()
    else:
        current = generation()
        if _remembered_generation[0] != current:
            _remembered.clear()
            _remembered_generation[0] = current
        memory = _remembered.setdefault(name, {})
    value = memory.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        if len(memory) >= REMEMBERED_LIMIT:
            memory.clear()
        memory[key] = value
    return value


def invalidate(**kwargs) -> None:
    """Start a new content generation now, and again once the current transaction
    commits: a page another request renders in between, from data not committed yet, is
    filed under a generation that is already over when the change becomes visible."""
    _new_generation()
    transaction.on_commit(_new_generation)


def _new_generation() -> None:
    previous = cache.get(GENERATION_KEY) or 0
    # Strictly later than the previous one even if the clock stands still.
    current = max(time.time(), previous + 0.001)
    cache.set(GENERATION_KEY, current, None)
    if _request_generation.get() is not None:
        _request_generation.set(current)
    memory = _request_memory.get()
    if memory is not None:
        memory.clear()


def personal_cookie_names() -> set[str]:
    return {
        settings.SESSION_COOKIE_NAME,
        getattr(settings, "MESSAGE_COOKIE_NAME", "messages"),
        *PERSONAL_COOKIES,
    }


def cacheable_request(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(EXCLUDED_PREFIXES):
        return False
    names = personal_cookie_names()
    return not any(name in request.COOKIES for name in names)


def cacheable_response(response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store")):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part}
    # Responses that vary on anything but what the key already holds are left alone.
    return vary <= {"cookie", "accept-language", "accept-encoding"}


# Smaller bodies are not worth the header; what is not text does not shrink.
MIN_COMPRESSED_LENGTH = 200
COMPRESSIBLE_TYPES = ("text/", "application/json", "application/xml", "application/ld+json")


@dataclass(slots=True)
class CachedPage:
    """A stored page: its headers, its body and the body compressed (None when it would
    not be worth it)."""

    headers: list[tuple[str, str]]
    content: bytes
    compressed: bytes | None

    @classmethod
    def from_response(cls, response: HttpResponse) -> CachedPage:
        content = response.content
        compressed = None
        content_type = response.get("Content-Type", "")
        if (
            len(content) >= MIN_COMPRESSED_LENGTH
            and content_type.startswith(COMPRESSIBLE_TYPES)
            and not response.has_header("Content-Encoding")
        ):
            compressed = compress_string(content)
            if len(compressed) >= len(content):
                compressed = None
            else:
                patch_vary_headers(response, ("Accept-Encoding",))
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in {"content-length", "x-page-cache"}
        ]
        return cls(headers=headers, content=content, compressed=compressed)

    def response(self, request: HttpRequest, state: str) -> HttpResponse:
        gzipped = self.compressed is not None and bool(
            re_accepts_gzip.search(request.headers.get("Accept-Encoding", ""))
        )
        response = HttpResponse(self.compressed if gzipped else self.content)
        for name, value in self.headers:
            response.headers[name] = value
        if gzipped:
            response["Content-Encoding"] = "gzip"
            etag = response.get("ETag", "")
            if etag and not etag.startswith("W/"):
                response["ETag"] = f"W/{etag}"
        response["Content-Length"] = str(len(response.content))
        response["X-Page-Cache"] = state
        return response


def cache_key(request: HttpRequest, current: float) -> str:
    language = getattr(request, "LANGUAGE_CODE", "")
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(f"{language}|{url}".encode()).hexdigest()
    return f"pagecache:{current!r}:{digest}"


def public_headers(response: HttpResponse, modified: float) -> None:
    """What browsers and shared caches are told about a cacheable page."""
    browser_seconds = int(getattr(settings, "PORTAL_PAGE_CACHE_BROWSER_SECONDS", 0))
    if browser_seconds:
        response["Cache-Control"] = f"public, max-age={browser_seconds}"
    else:
        response["Cache-Control"] = "public, no-cache"
    response["Last-Modified"] = http_date(int(modified))
    if not response.has_header("ETag"):
        digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        response["ETag"] = f'"{digest}"'
    patch_vary_headers(response, ("Cookie",))


class PageCacheMiddleware:
    """Serves and stores anonymous pages (see the module's docstring). It sits after
    LocaleMiddleware, so that the key knows the language, and inside the security and
    CSP middleware, which add their headers to cached responses too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        generation_token = _request_generation.set(_stored_generation())
        memory_token = _request_memory.set({})
        try:
            prime_site(request)
            return self.respond(request)
        finally:
            _request_memory.reset(memory_token)
            _request_generation.reset(generation_token)

    def respond(self, request: HttpRequest) -> HttpResponse:
        seconds = cache_seconds()
        if seconds <= 0 or not cacheable_request(request):
            return self.get_response(request)
        current = generation()
        key = cache_key(request, current)
        cached = cache.get(key)
        if isinstance(cached, CachedPage):
            response = cached.response(request, "hit")
        else:
            response = self.get_response(request)
            if not cacheable_response(response):
                return response
            public_headers(response, current)
            page = CachedPage.from_response(response)
            if request.method == "GET":
                # The generation may have moved on while rendering: file it under the one
                # it was rendered in, where nobody looks once a newer one exists.
                cache.set(key, page, seconds)
            response = page.response(request, "miss")
        conditional = get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=int(current),
            response=response,
        )
        return conditional


def prime_site(request: HttpRequest) -> None:
    """The Wagtail site of the request from this process's memory (`remembered`): every
    page needs it, and with it its root page, which Wagtail's routing starts from.
    (Without process memory Wagtail's own lookup, once per request, is as good.)"""
    if (
        not process_memory_enabled()
        or request.path_info.startswith(EXCLUDED_PREFIXES)
        or hasattr(request, "_wagtail_site")
    ):
        return
    # The host as Wagtail matches it (before ALLOWED_HOSTS, which the view checks).
    host = request._get_raw_host()
    port = request.get_port()
    request._wagtail_site = remembered("site", lambda: _find_site(request), host, port)


def _find_site(request: HttpRequest):
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is not None:
        # Loaded now, so that the remembered site carries it for the next requests.
        site.root_page = site.root_page.specific
    return site


# Signals ---------------------------------------------------------------------------------

# Apps whose every model is public content (or decides what the public sees: core's
# setting of public files).
CONTENT_APPS = {"core", "home", "association", "network", "activity", "taggit"}
# Of Wagtail's own models, the ones that change what the public sees.
WAGTAIL_CONTENT_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    # Which files are public follows the tree of collections (core/files.py).
    "wagtailcore.collection",
    "wagtailredirects.redirect",
}
# Page fields Wagtail writes when a draft is saved, locked or sent to moderation: the
# public version does not change.
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
    "live_revision",
}


@functools.cache
def _is_content_model(model) -> bool:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    if issubclass(model, Page):
        return False  # handled by _on_page_saved and the page signals
    meta = model._meta
    if meta.app_label in CONTENT_APPS:
        return True
    if meta.label_lower in WAGTAIL_CONTENT_MODELS:
        return True
    return model in (get_image_model(), get_document_model())


def _on_saved_or_deleted(sender, raw=False, **kwargs) -> None:
    if not raw and _is_content_model(sender):
        invalidate()


def _on_page_saved(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    """A live page saved outside publishing (a script, a bulk action); draft bookkeeping
    (saving a revision, locking) leaves the public version as it was."""
    if raw or not instance.live:
        return
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    invalidate()


def _on_m2m_changed(sender, action, **kwargs) -> None:
    if action.startswith("post_") and _is_content_model(kwargs["model"]):
        invalidate()


def register_signal_handlers() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import get_page_models
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(invalidate, dispatch_uid="pagecache-published")
    page_unpublished.connect(invalidate, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="pagecache-moved")
    post_save.connect(_on_saved_or_deleted, dispatch_uid="pagecache-saved")
    post_delete.connect(_on_saved_or_deleted, dispatch_uid="pagecache-deleted")
    m2m_changed.connect(_on_m2m_changed, dispatch_uid="pagecache-m2m")
    # Model signals name the concrete class: one connection per page type.
    for model in get_page_models():
        uid = f"pagecache-{model._meta.label_lower}"
        post_save.connect(_on_page_saved, sender=model, dispatch_uid=f"{uid}-saved")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"{uid}-deleted")
