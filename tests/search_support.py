"""Running the search suite on each backend: the database backend and the real OpenSearch
node that `make services` starts (SEARCH_URL). In the SQLite pass of `make test` the
database backend (SQLite FTS5) is the only one: the engine is tested in the PostgreSQL pass."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from portal.settings.environment import search_config

ON_SQLITE = django_settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")
BACKENDS = ["database"] if ON_SQLITE else ["database", "opensearch"]


class Backend:
    def __init__(self, name: str, settings):
        self.name = name
        self.prefix = f"portal-test-{uuid.uuid4().hex[:8]}"
        if name == "opensearch":
            url = django_settings.TEST_SEARCH_URL
            if not url:
                pytest.fail("The search suite needs SEARCH_URL: run it with `make test`.")
            config = search_config(url, index_prefix=self.prefix)
        else:
            config = search_config("", database=django_settings.DATABASES["default"])
        settings.WAGTAILSEARCH_BACKENDS = {"default": config}

    @property
    def is_engine(self) -> bool:
        return self.name != "database"

    def reindex(self) -> None:
        """Make what the test created searchable, as the site's index updates would."""
        if self.is_engine:
            call_command("update_index", verbosity=0)
            self.client().indices.refresh(index=f"{self.prefix}_*")

    def client(self):
        return get_search_backend().es

    def drop(self) -> None:
        if self.is_engine:
            client = self.client()
            for name in client.indices.get(index=f"{self.prefix}_*"):
                client.indices.delete(index=name)


class ModuleSettings:
    """Settings for every test of the module (pytest-django's `settings` lasts one test);
    `Backend` sets the search backend through it."""

    def __init__(self) -> None:
        self.__dict__["overrides"] = []

    def __setattr__(self, name: str, value) -> None:
        override = override_settings(**{name: value})
        override.enable()
        self.overrides.append(override)

    def restore(self) -> None:
        while self.overrides:
            self.overrides.pop().disable()


@contextmanager
def module_backend(name: str, django_db_blocker, media_root: Path) -> Iterator[Backend]:
    """The search backend `name` for a whole module, in a transaction: what the caller
    creates in it is rolled back, and the engine's index dropped, when the block ends."""
    overrides = ModuleSettings()
    with django_db_blocker.unblock(), transaction.atomic():
        overrides.MEDIA_ROOT = media_root
        backend = Backend(name, overrides)
        try:
            yield backend
        finally:
            backend.drop()
            overrides.restore()
            transaction.set_rollback(True)
