"""Search indices that belong to one installation of the portal.

Several installations may reach the same engine: two checkouts on one machine, a staging
and a production site pointed at one cluster by mistake, a worker whose node went away
and whose address another checkout's node took over. Each installation has an id
(the SEARCH_INSTALLATION setting: derived from the checkout in development and tests,
from the configuration in production) and stamps every index it creates with it, in the
index's mapping (`_meta.portal_installation`). Before writing into an index (index
updates, bulk sends, the queue's retries, a rebuild that would replace the index) it
reads that stamp, once per process and index (again after a failed write); an index
without the stamp or with another installation's is refused: the error is logged with
both ids, nothing is written, and what was to be written stays queued
(search/indexing.py). So is an index this process found to be its own and that is now
gone: the node at the engine's address is most likely another installation's (its own
stopped, another took its port), and the next retry would otherwise create the index
there.

`manage.py update_index --claim` is the operator's way to take an index over (one made
before indices were stamped, or one whose installation id changed): it stamps it with
this installation's id, and the rebuild goes on.

The backends that portal/settings/environment.py names for SEARCH_URL are Wagtail's engine
backends made so by `owned_backend`: search/backends/opensearch2.py and elasticsearch8.py.
"""

from __future__ import annotations

import logging
import threading
from copy import deepcopy

from django.conf import settings
from modelsearch.backends.elasticsearchbase import (
    ElasticsearchAtomicIndexRebuilder,
    ElasticsearchIndexRebuilder,
)
from wagtail.search.index import get_indexed_models

logger = logging.getLogger(__name__)

# The key of the stamp in an index's mapping `_meta`.
MARKER = "portal_installation"

# (engine address, index name, installation) of the indices known to be this
# installation's. Only that is remembered: a refused index is read again at the next
# write, so that a claim made by another process takes effect.
_known: set[tuple[str, str, str]] = set()
# Those this process has found to be its installation's at least once: one of them gone
# from the engine's address is a sign that another node answers there now.
_seen: set[tuple[str, str, str]] = set()
_known_lock = threading.Lock()


class IndexNotOwned(Exception):
    """An index (or an alias's index) is not stamped with this installation's id."""

    def __init__(self, index: str, address: str, found: str | None, ours: str) -> None:
        self.index = index
        self.address = address
        self.found = found
        self.ours = ours
        owner = f"installation {found!r}" if found else "no installation (it has no marker)"
        super().__init__(
            f"search index {index} at {address} belongs to {owner}, not to this installation "
            f"({ours!r}); nothing was written to it. If it is this installation's index, "
            "claim it with `manage.py update_index --claim`."
        )


class IndexGone(IndexNotOwned):
    """An index this process wrote to is no longer there: the engine at its address may be
    another installation's node now (the own one stopped, another took its port)."""

    def __init__(self, index: str, address: str, ours: str) -> None:
        Exception.__init__(
            self,
            f"search index {index} at {address}, this installation's ({ours!r}) until now, "
            "is gone: the engine answering there may be another installation's node; nothing "
            "was written and no index created. If the index was removed on purpose, "
            "`manage.py update_index` builds it again.",
        )
        self.index, self.address, self.found, self.ours = index, address, None, ours


def address(backend) -> str:
    """The engine's address as configured (hosts and ports, no credentials)."""
    hosts = getattr(backend, "hosts", None) or []
    return ",".join(
        f"{host.get('host')}:{host.get('port')}" if isinstance(host, dict) else str(host)
        for host in hosts
    )


def forget() -> None:
    """Forget which indices were found to be this installation's (tests; a node swap)."""
    with _known_lock:
        _known.clear()
        _seen.clear()


def _key(backend, name: str) -> tuple[str, str, str]:
    return (address(backend), name, backend.installation)


def _forget_index(backend, name: str) -> None:
    with _known_lock:
        _known.discard(_key(backend, name))


def _remember(backend, name: str) -> None:
    with _known_lock:
        _known.add(_key(backend, name))
        _seen.add(_key(backend, name))


def _removed(backend, name: str) -> None:
    """The index was deleted on purpose (a rebuild replacing it)."""
    with _known_lock:
        _known.discard(_key(backend, name))
        _seen.discard(_key(backend, name))


def stamps(backend, name: str) -> dict[str, str | None] | None:
    """Each concrete index behind `name` (an index or an alias) with the installation id
    its mapping carries (None: no marker); None when nothing of that name exists."""
    try:
        response = backend.es.indices.get_mapping(index=name)
    except backend.NotFoundError:
        return None
    mappings = getattr(response, "body", response)
    return {
        concrete: ((body.get("mappings") or {}).get("_meta") or {}).get(MARKER)
        for concrete, body in mappings.items()
    }


def require(backend, name: str) -> bool:
    """Raise IndexNotOwned (and log it) unless every index behind `name` is stamped with
    this installation's id; False when nothing of that name exists yet. IndexGone when
    one that this process found to be its own is missing."""
    if _key(backend, name) in _known:
        return True
    found = stamps(backend, name)
    if found is None:
        if _key(backend, name) in _seen:
            gone = IndexGone(name, address(backend), backend.installation)
            logger.error(
                "Search index %s at %s refused: this installation's (%r) until now, it is "
                "gone; the engine there may be another installation's node; nothing written",
                name,
                gone.address,
                backend.installation,
            )
            raise gone
        return False
    foreign = {
        concrete: stamp for concrete, stamp in found.items() if stamp != backend.installation
    }
    if foreign:
        concrete, stamp = sorted(foreign.items())[0]
        error = IndexNotOwned(concrete, address(backend), stamp, backend.installation)
        logger.error(
            "Search index %s at %s refused: it belongs to %s, this installation is %r; "
            "nothing written (manage.py update_index --claim takes it over)",
            concrete,
            error.address,
            repr(stamp) if stamp else "no installation (no marker)",
            backend.installation,
        )
        raise error
    _remember(backend, name)
    return True


def claim(backend, name: str) -> list[str]:
    """Stamp every index behind `name` with this installation's id (other `_meta` keys
    kept); the indices that were not stamped so before."""
    found = stamps(backend, name) or {}
    claimed = []
    for concrete, stamp in sorted(found.items()):
        if stamp == backend.installation:
            continue
        response = backend.es.indices.get_mapping(index=concrete)
        body = getattr(response, "body", response)[concrete]
        meta = dict((body.get("mappings") or {}).get("_meta") or {})
        meta[MARKER] = backend.installation
        backend.es.indices.put_mapping(index=concrete, body={"_meta": meta})
        claimed.append(concrete)
        logger.warning(
            "Search index %s at %s claimed for installation %r (was %s)",
            concrete,
            address(backend),
            backend.installation,
            repr(stamp) if stamp else "unmarked",
        )
    _forget_index(backend, name)
    return claimed


def create_index(index) -> None:
    """Create a missing index with the mappings of every model it holds (page types
    share one index): the engine would otherwise create one with guessed field types,
    and unstamped, on the first document it receives."""
    index.put()
    for model in get_indexed_models():
        if index.backend.get_index_for_model(model).name == index.name:
            index.add_model(model)


def ensure_index(index) -> None:
    """Create the index if it is missing (a new deployment); refuse (IndexNotOwned) an
    index that is not this installation's, and one of its own that is gone (IndexGone)."""
    if isinstance(index, OwnedIndex):
        if not require(index.backend, index.name):
            create_index(index)
    elif hasattr(index, "exists") and not index.exists():
        create_index(index)


class OwnedIndex:
    """An engine index that stamps itself when created and checks the stamp before each
    write (mixed into the engine backend's index class)."""

    def put(self):
        super().put()
        _remember(self.backend, self.name)

    def delete(self):
        _removed(self.backend, self.name)
        super().delete()

    def _writable(self) -> bool:
        """Raise IndexNotOwned unless the index is ours; False if it does not exist."""
        return require(self.backend, self.name)

    def _write(self, write, *args):
        try:
            return write(*args)
        except Exception:
            # A node that went away may come back as another one at the same address:
            # read the stamp again before the next write.
            _forget_index(self.backend, self.name)
            raise

    def add_model(self, model):
        if not self._writable():
            create_index(self)
            return None
        return self._write(super().add_model, model)

    def add_item(self, item):
        if not self._writable():
            create_index(self)
        return self._write(super().add_item, item)

    def add_items(self, model, items):
        if not self._writable():
            create_index(self)
        return self._write(super().add_items, model, items)

    def delete_item(self, item):
        if not self._writable():
            return None  # nothing to delete from
        return self._write(super().delete_item, item)


class OwnedAtomicRebuilder(ElasticsearchAtomicIndexRebuilder):
    """A rebuild builds a new (stamped) index and then replaces the alias's index by it,
    deleting the old one: refused when the old one is not ours."""

    def start(self):
        require(self.alias.backend, self.alias.name)
        return super().start()


class OwnedRebuilder(ElasticsearchIndexRebuilder):
    def start(self):
        require(self.index.backend, self.index.name)
        return super().start()


class OwnedBackend:
    """Mixed into an engine backend: its installation id (INSTALLATION in the backend's
    configuration, else the SEARCH_INSTALLATION setting) goes into the mapping of every
    index it creates."""

    atomic_rebuilder_class = OwnedAtomicRebuilder
    basic_rebuilder_class = OwnedRebuilder

    def __init__(self, params):
        params = dict(params)
        installation = params.pop("INSTALLATION", None) or settings.SEARCH_INSTALLATION
        super().__init__(params)
        self.installation = installation
        self.settings = deepcopy(self.settings)
        self.settings.setdefault("mappings", {}).setdefault("_meta", {})[MARKER] = installation


def owned_backend(base: type) -> type:
    """The engine backend class `base` with stamped, checked indices."""
    index_class = type(f"Owned{base.index_class.__name__}", (OwnedIndex, base.index_class), {})
    return type(f"Owned{base.__name__}", (OwnedBackend, base), {"index_class": index_class})
