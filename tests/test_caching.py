"""The full-page cache of anonymous responses (core/pagecache.py): a published edit is
visible to the public on the very next request, on the page itself and on every listing
that shows it; editors and people with a session never get a cached page."""

from __future__ import annotations

import gzip

import pytest
from django.core.cache import cache

from association.models import NewsIndexPage, ResourcePage, SeminarIndexPage
from home.models import SiteSettings

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(shared_cache):
    return shared_cache


@pytest.fixture
def inst(site_pages):
    return factories.institution("gymnasium-3", name="Гимназия № 3")


def fetch(client, path: str, **headers):
    response = client.get(path, headers=headers)
    assert response.status_code in (200, 304), (path, response.status_code)
    return response


def text(response) -> str:
    return response.content.decode()


def publish_edit(page, **fields):
    """An editor's change, saved as a revision and published, as the admin does it."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_second_anonymous_request_is_served_from_the_cache(client, site_pages):
    first = fetch(client, "/ru/news/")
    second = fetch(client, "/ru/news/")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Cache-Control"] == "public, no-cache"
    assert "Cookie" in second["Vary"]
    assert second["ETag"] and second["Last-Modified"]


def test_browsers_that_accept_gzip_get_the_stored_compressed_copy(client, site_pages):
    plain = fetch(client, "/ru/news/")
    cache.clear()
    accepts = {"Accept-Encoding": "gzip, deflate, br"}
    stored, served = fetch(client, "/ru/news/", **accepts), fetch(client, "/ru/news/", **accepts)
    for packed, state in ((stored, "miss"), (served, "hit")):
        assert packed["X-Page-Cache"] == state
        assert packed["Content-Encoding"] == "gzip"
        assert gzip.decompress(packed.content) == plain.content
        assert int(packed["Content-Length"]) == len(packed.content) < len(plain.content) / 3
        assert "Accept-Encoding" in packed["Vary"]
    # The compressed copy's ETag is the weak form of the page's: either revalidates.
    assert packed["ETag"] == f"W/{fetch(client, '/ru/news/')['ETag']}"
    for etag in (packed["ETag"], plain["ETag"]):
        headers = {"If-None-Match": etag, "Accept-Encoding": "gzip"}
        assert client.get("/ru/news/", headers=headers).status_code == 304
    identity = fetch(client, "/ru/news/", **{"Accept-Encoding": "identity"})
    assert identity["X-Page-Cache"] == "hit" and "Content-Encoding" not in identity
    assert identity.content == plain.content


def test_security_headers_are_added_to_cached_pages(client, site_pages):
    fetch(client, "/ru/")
    cached = fetch(client, "/ru/")
    assert cached["X-Page-Cache"] == "hit"
    assert "default-src 'self'" in cached["Content-Security-Policy"]
    assert cached["X-Content-Type-Options"] == "nosniff"


def test_if_none_match_gets_304_until_something_is_published(client, site_pages):
    etag = fetch(client, "/ru/news/")["ETag"]
    not_modified = client.get("/ru/news/", headers={"If-None-Match": etag})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    factories.news(title="Свежая новость")
    changed = client.get("/ru/news/", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert "Свежая новость" in text(changed)


def test_published_news_edit_shows_on_its_page_and_every_listing(client, inst):
    own = factories.institution_index(NewsIndexPage, inst)
    item = factories.news(own, title="Старый заголовок")
    paths = ["/ru/", "/ru/news/", item.url, inst.page.url, own.url]
    for path in paths:
        assert "Старый заголовок" in text(fetch(client, path))
        assert fetch(client, path)["X-Page-Cache"] == "hit"
    publish_edit(item, title="Новый заголовок")
    for path in paths:
        body = text(fetch(client, path))
        assert "Новый заголовок" in body, path
        assert "Старый заголовок" not in body, path


def test_unpublish_move_and_delete_leave_no_stale_page(client, inst):
    item = factories.news(title="Новость для снятия")
    detail = item.url
    assert "Новость для снятия" in text(fetch(client, "/ru/news/"))
    fetch(client, detail)
    item.unpublish()
    assert "Новость для снятия" not in text(fetch(client, "/ru/news/"))
    assert client.get(detail).status_code == 404

    moved = factories.news(title="Переезжающая новость")
    fetch(client, "/ru/news/")
    own = factories.institution_index(NewsIndexPage, inst)
    moved.move(own, pos="last-child")
    assert "Переезжающая новость" in text(fetch(client, own.url))
    assert "Гимназия № 3" in text(fetch(client, "/ru/news/"))

    doomed = factories.seminar(title="Отменённый семинар")
    assert "Отменённый семинар" in text(fetch(client, "/ru/seminars/"))
    doomed.delete()
    assert "Отменённый семинар" not in text(fetch(client, "/ru/seminars/"))


def test_resource_edit_shows_in_the_resource_database_and_sections(client, inst):
    item = factories.resource(inst, title="Урок о дробях")
    paths = [
        item.url,
        "/ru/resources/?level=basic&subject=mathematics",
        inst.page.url,
        f"{inst.page.url}resources/",
    ]
    for path in paths:
        fetch(client, path)
        assert "Урок о дробях" in text(fetch(client, path)), path
    page = ResourcePage.objects.get(pk=item.pk)
    publish_edit(page, title="Урок о процентах")
    for path in paths:
        assert "Урок о процентах" in text(fetch(client, path)), path


def test_taxonomy_and_site_settings_edits_show_at_once(client, inst):
    item = factories.resource(inst, title="Пособие по физике")
    fetch(client, item.url)
    rtype = item.resource_type
    rtype.name = "Методическая разработка"
    rtype.save()
    assert "Методическая разработка" in text(fetch(client, item.url))

    fetch(client, "/ru/")
    settings_record = SiteSettings.objects.filter(locale__language_code="ru").first()
    if settings_record is not None:
        settings_record.tagline = "Новый девиз сети"
        settings_record.save()
        assert "Новый девиз сети" in text(fetch(client, "/ru/"))


def test_editors_and_sessions_never_get_a_cached_page(client, admin_client, site_pages):
    fetch(client, "/ru/news/")
    assert fetch(client, "/ru/news/")["X-Page-Cache"] == "hit"
    for_editor = admin_client.get("/ru/news/")
    assert for_editor.status_code == 200
    assert "X-Page-Cache" not in for_editor
    # A page an editor saw is not filed for the public either.
    factories.news(title="Новость для всех")
    admin_client.get("/ru/news/")
    assert fetch(client, "/ru/news/")["X-Page-Cache"] == "miss"

    client.cookies["sessionid"] = "anything"
    assert "X-Page-Cache" not in fetch(client, "/ru/news/")


def test_a_csrf_cookie_alone_still_gets_cached_pages(client, site_pages):
    fetch(client, "/ru/news/")
    client.cookies["csrftoken"] = "x" * 32
    assert fetch(client, "/ru/news/")["X-Page-Cache"] == "hit"


def test_forms_posts_and_admin_are_not_cached(client, site_pages):
    join = client.get("/ru/join/")
    if join.status_code == 200 and "csrfmiddlewaretoken" in text(join):
        # The form's CSRF cookie makes the page personal.
        assert "X-Page-Cache" not in join
        assert "X-Page-Cache" not in client.get("/ru/join/")
    assert "X-Page-Cache" not in client.post("/ru/search/", {"q": "x"})
    assert "X-Page-Cache" not in client.get("/admin/login/")


def test_search_results_are_cached_per_full_url(client, inst):
    factories.resource(inst, title="Геометрия вокруг нас")
    first = fetch(client, "/ru/search/?q=геометрия")
    assert "вокруг нас" in text(first)  # the title, with the query's word highlighted
    assert fetch(client, "/ru/search/?q=геометрия")["X-Page-Cache"] == "hit"
    other = fetch(client, "/ru/search/?q=физика")
    assert other["X-Page-Cache"] == "miss"
    assert "вокруг нас" not in text(other)


def test_languages_are_cached_apart(client, inst):
    own = factories.institution_index(SeminarIndexPage, inst)
    factories.seminar(own, title="Семинар гимназии")
    russian = fetch(client, "/ru/seminars/")
    english = fetch(client, "/en/seminars/")
    assert english["X-Page-Cache"] == "miss"
    assert russian.content != english.content
    assert 'lang="en"' in text(fetch(client, "/en/seminars/"))


def test_menu_and_footer_fragments_follow_edits_even_without_the_page_cache(
    client, settings, site_pages
):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    from home.models import StandardPage

    home = factories.home()
    assert "Партнёрам" not in text(fetch(client, "/ru/news/"))
    page = StandardPage(title="Партнёрам", slug="partners", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    assert "Партнёрам" in text(fetch(client, "/ru/news/"))
    page.unpublish()
    assert "Партнёрам" not in text(fetch(client, "/ru/news/"))


def test_a_change_made_by_another_worker_reaches_this_process_memory(client, settings, inst):
    """Each process keeps what every page needs (term names, site settings, the site) in
    its own memory for the current content generation. Another worker's change moves the
    generation on in the shared cache, and this process follows on its next page."""
    from core import pagecache

    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    item = factories.resource(inst, title="Пособие по химии")
    rtype = item.resource_type
    assert rtype.name in text(fetch(client, item.url))
    # Saved by another worker: no signal reaches this process.
    type(rtype).objects.filter(pk=rtype.pk).update(name="Практикум")
    assert "Практикум" not in text(fetch(client, item.url))
    # That worker's signal handler starts a new generation in the shared cache.
    pagecache.invalidate()
    assert "Практикум" in text(fetch(client, item.url))


def test_without_a_shared_cache_no_process_keeps_data_between_requests(client, settings, inst):
    """With local memory (no CACHE_URL) another process's change could never reach this
    one, so nothing is kept beyond the request: the next page shows the change."""
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    settings.PORTAL_FRAGMENT_CACHE_SECONDS = 0
    settings.PORTAL_CACHE_SHARED_BY_PROCESSES = False
    item = factories.resource(inst, title="Пособие по биологии")
    rtype = item.resource_type
    assert rtype.name in text(fetch(client, item.url))
    # Saved by another process: no signal here, and no generation this process would see.
    type(rtype).objects.filter(pk=rtype.pk).update(name="Лабораторный практикум")
    assert "Лабораторный практикум" in text(fetch(client, item.url))
