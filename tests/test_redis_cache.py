"""The cache production runs on (CACHE_URL=redis://…): a private redis-server (Debian's
package, installed when missing, as `make bench` does) behind core.cache's backend, and
the page cache on top of it."""

from __future__ import annotations

import gzip

import pytest
from django.core.cache import cache

from core.cache import PortalRedisCache
from portal.settings.environment import cache_config
from tests import factories
from tests.bench.common import WORK_DIR
from tests.bench.server import Redis


@pytest.fixture(scope="module")
def redis_url():
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    server = Redis()
    server.start()
    yield server.url
    server.stop()


def test_cache_url_selects_the_backend_that_keeps_its_clients(redis_url):
    assert cache_config(redis_url)["BACKEND"] == "core.cache.PortalRedisCache"
    backend = PortalRedisCache(redis_url, {})
    backend.set("answer", {"value": 42}, 30)
    assert backend.get("answer") == {"value": 42}
    assert backend.add("answer", "other", 30) is False
    backend.set("counter", 1, None)
    assert backend.incr("counter") == 2
    backend.delete_many(["answer", "counter"])
    assert backend.get("answer") is None and backend.get("counter") is None
    # One client object for the server, whatever the operation.
    client = backend._cache.get_client()
    assert backend._cache.get_client(write=True) is client


@pytest.mark.django_db
def test_pages_are_cached_in_redis_and_published_edits_show_at_once(
    redis_url, settings, client, site_pages
):
    settings.CACHES = {"default": cache_config(redis_url)}
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    settings.PORTAL_FRAGMENT_CACHE_SECONDS = 600
    cache.clear()
    news = factories.news(title="Новость о семинаре")
    accepts = {"Accept-Encoding": "gzip"}
    first = client.get("/ru/news/", headers=accepts)
    second = client.get("/ru/news/", headers=accepts)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert "Новость о семинаре" in gzip.decompress(second.content).decode()

    news.title = "Новость о семинаре перенесена"
    news.save_revision().publish()
    after = client.get("/ru/news/", headers=accepts)
    assert after["X-Page-Cache"] == "miss"
    assert "Новость о семинаре перенесена" in gzip.decompress(after.content).decode()
    cache.clear()
