"""Browser tests: Debian's Chromium, driven by Playwright, against a live server on the
suite's PostgreSQL database (and the OpenSearch node where search is involved).

Two ways to get content, both reusable by any module in tests/browser:

- per test (`portal`, `page`, `new_page`, marked `BROWSER_DB`): for journeys that change
  the content (moderation, team invitations, forms). The live server answers from another
  thread with its own database connection, so these tests are transactional
  (`django_db(transaction=True, serialized_rollback=True)`): each builds its content and
  the database is flushed afterwards, then reloaded with what the migrations created
  (groups, education levels, workflows). pytest-django runs them after the other tests.
- shared (`shared_portal`, with `server_url` overridden as below): for what only reads
  (visitors' journeys, refusals, the accessibility audit). The content is built once for
  all such modules of tests/browser, searchable on the OpenSearch node, served by a second
  live server, and flushed after the last of them (pytest-django runs tests without the
  `django_db` mark after the transactional ones, so they follow each other). A module
  opts in with::

      @pytest.fixture
      def server_url(shared_portal):
          return shared_portal.base_url

  and its tests ask for `page` / `new_page` / `shared_portal`, never `portal` or
  `live_server` (those would make each test transactional, flushing the shared content).

The browser is started once per session. When a browser test fails, a screenshot of each
of its pages is saved under `test-artifacts/screenshots/` (git-ignored).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import pytest_django.fixtures as pytest_django_fixtures
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS
from django.test import TransactionTestCase

from .content import Portal, build_portal
from .support import ROOT

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = Path(os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 20_000


def _databases_for_setup_with_shared_content(original):
    """pytest-django creates (and serializes, for the flush) the test database only for
    tests that ask for it through the `django_db` mark or its fixtures; the tests on the
    shared content ask for `shared_portal` instead (the mark would wrap each of them in a
    transaction or flush the content after each)."""

    def get_databases_for_setup(items):
        aliases, serialized_aliases = original(items)
        if any("shared_portal" in getattr(item, "fixturenames", ()) for item in items):
            aliases.add(DEFAULT_DB_ALIAS)
            serialized_aliases.add(DEFAULT_DB_ALIAS)
        return aliases, serialized_aliases

    return get_databases_for_setup


pytest_django_fixtures._get_databases_for_setup = _databases_for_setup_with_shared_content(
    pytest_django_fixtures._get_databases_for_setup
)


def _keep_serialized_contents_on_new_connections() -> None:
    """With an event loop running in the thread (Playwright's, from its first call on),
    Django keeps database connections per async context, not per thread: the test then
    gets new connection objects, without the migrations' data that `setup_databases`
    serialized on the first ones, and a transactional test would start on an empty
    database. Give every new connection that data too."""
    from django.db import connections

    serialized = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    if not serialized or "create_connection" in vars(connections):
        return
    create_connection = connections.create_connection

    def create_connection_with_serialized_contents(alias):
        connection = create_connection(alias)
        if alias in serialized:
            connection._test_serialized_contents = serialized[alias]
        return connection

    connections.create_connection = create_connection_with_serialized_contents


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """Debian's Chromium, started once per session with the project's flags.

    After the test database exists: Django's connections, set up with Playwright's event
    loop running, would keep pointing at the development database.
    """
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package.")
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API keeps an event loop running in this thread, which makes
    # Django refuse ORM calls from the test ("async context"); the tests make them between
    # browser steps, never concurrently with the loop's work.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    _keep_serialized_contents_on_new_connections()
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def server_url(live_server) -> str:
    """Where the pages come from: pytest-django's live server, for tests with their own
    content (`portal`). Modules on the shared content override it (see above)."""
    return live_server.url


@pytest.fixture
def new_page(browser, server_url):
    """Opens pages in fresh browser contexts (a context per visitor: its own cookies).

    `new_page(width=320, locale="en-GB")` sets the viewport and the browser's language;
    other keyword arguments go to Playwright's `Browser.new_context`. Visitors prefer
    reduced motion unless a test says otherwise: with the site's smooth scrolling, a
    position read right after a scroll would be stale by the time of the click.
    """
    contexts = []

    def open_page(*, width: int = 1280, height: int = 900, locale: str = "ru-RU", **options):
        context = browser.new_context(
            base_url=server_url,
            viewport={"width": width, "height": height},
            locale=locale,
            accept_downloads=True,
            **{"reduced_motion": "reduce", **options},
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """One visitor's page, 1280 × 900, browser language Russian."""
    return new_page()


@pytest.fixture
def portal(live_server, mailoutbox) -> Portal:
    """The content of one test (the database is flushed after each browser test)."""
    return build_portal()


@pytest.fixture
def bare_portal(live_server, mailoutbox) -> Portal:
    """As `portal`, without the news, events, programme and resources: the skeleton, the
    two institutions with their sections, the taxonomy and the accounts (faster)."""
    return build_portal(content=False)


@pytest.fixture(scope="session")
def shared_server(django_db_setup, django_db_blocker):
    """A second live server for the modules on shared content: pytest-django's own
    `live_server` makes every test that uses it transactional."""
    from pytest_django.live_server_helper import LiveServer

    address = os.environ.get("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost"
    with django_db_blocker.unblock():
        server = LiveServer(address)
    yield server
    server.stop()


class _SharedContent(TransactionTestCase):
    """Django's set-up and tear-down of a transactional test, stretched over many:
    the migrations' data restored at the start, everything flushed at the end."""

    serialized_rollback = True

    def runTest(self):  # pragma: no cover - never run, the class only lends its set-up
        pass


@pytest.fixture(autouse=True)
def _media_root(request, settings, tmp_path):
    """Uploads in a folder of the test (as in the rest of the suite), or in the shared
    content's folder for the tests that read it."""
    if "shared_portal" in request.fixturenames:
        settings.MEDIA_ROOT = request.getfixturevalue("shared_portal").media_root
    else:
        settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(scope="package")
def shared_portal(shared_server, browser, django_db_blocker, tmp_path_factory) -> Portal:
    """The content of the modules that only read it, built once and searchable on the
    OpenSearch node; `.base_url` is the live server that serves it.

    Database access stays open meanwhile (the live server's threads need it too), so
    its tests may read through the ORM; what they write is flushed with the rest. It asks
    for `browser` first so that Django's async-safety switch is set before the build.
    """
    from django.core import mail

    from ..search_support import Backend, ModuleSettings

    with django_db_blocker.unblock():
        _SharedContent.setUpClass()
        case = _SharedContent()
        case._pre_setup()
        shared_settings = ModuleSettings()
        backend = None
        try:
            media_root = tmp_path_factory.mktemp("shared-media")
            shared_settings.MEDIA_ROOT = media_root
            backend = Backend("opensearch", shared_settings)
            portal = build_portal()
            portal.media_root = media_root
            backend.reindex()
            portal.base_url = shared_server.url
            portal.search = backend
            yield portal
        finally:
            if backend is not None:
                backend.drop()
            shared_settings.restore()
            mail.outbox = []
            cache.clear()
            case._post_teardown()
            _SharedContent.tearDownClass()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed and report.when in ("setup", "call"):
        _save_screenshots(item)
    return report


def _save_screenshots(item) -> None:
    pages = []
    fixtures = getattr(item, "funcargs", {})
    if "new_page" in fixtures or "page" in fixtures:
        browser = fixtures.get("browser")
        for context in browser.contexts if browser else []:
            pages.extend(context.pages)
    if not pages:
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", item.nodeid.split("::", 1)[-1]).strip("_")
    for number, page in enumerate(pages, start=1):
        suffix = "" if len(pages) == 1 else f"-{number}"
        path = SCREENSHOTS / f"{name}{suffix}.png"
        try:
            page.screenshot(path=str(path), full_page=True)
        except Exception as error:  # noqa: BLE001 - a screenshot must not hide the failure
            item.add_report_section("call", "screenshot", f"no screenshot: {error}")
        else:
            item.add_report_section("call", "screenshot", str(path))
