"""Search on both backends: morphology in Russian and English, facets, snippets, sorting,
visibility, the JSON API and its bad input, autocomplete."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from association.models import Institution, NewsIndexPage, ResourcePage
from search.models import ResourceDatabasePage

from . import factories
from .search_support import Backend

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


@pytest.fixture
def corpus(backend):
    college = factories.institution("college", name="Педагогический колледж", short_name="Колледж")
    school = factories.institution("school", name="Школа № 5", short_name="Школа № 5")
    math = factories.subject("mathematics", "Математика")
    speech = factories.subject("speech", "Развитие речи")
    guide = factories.resource_type("guide", "Методическое пособие")
    plan = factories.resource_type("lesson-plan", "Конспект урока")
    pages = {
        "seminar": factories.resource(
            college,
            title="Семинар по наставничеству для молодых педагогов",
            abstract="Программа встреч наставников и молодых учителей.",
            subjects=[speech],
            rtype=guide,
            levels=("vocational",),
            year=2023,
        ),
        "guide": factories.resource(
            college,
            title="Методическое пособие по развитию речи дошкольников",
            abstract="Игры и упражнения для занятий в детском саду.",
            subjects=[speech],
            rtype=guide,
            levels=("preschool",),
            year=2024,
        ),
        "yolka": factories.resource(
            school,
            title="Новогодняя ёлка своими руками",
            abstract="Проект для начальной школы: украшения из бумаги.",
            subjects=[math],
            rtype=plan,
            levels=("primary",),
            year=2024,
        ),
        "cafe": factories.resource(
            school,
            title="Café pédagogique: a teachers' meeting format",
            abstract="How teachers run an informal exchange of practice.",
            subjects=[speech],
            rtype=guide,
            levels=("additional",),
            language="en",
            year=2022,
        ),
        "programme": factories.resource(
            school,
            title="Designing joint programme curricula",
            abstract="A guide for partner institutions planning a shared programme.",
            subjects=[math],
            rtype=guide,
            levels=("higher",),
            language="en",
            year=2025,
        ),
    }
    factories.news(title="Итоги семинаров сети", intro="Сеть провела пять семинаров.")
    backend.reindex()
    return pages


def resources_page(client, query: str) -> BeautifulSoup:
    response = client.get(f"/ru/resources/?{query}")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def found(client, query: str) -> list[str]:
    soup = resources_page(client, query)
    return sorted(" ".join(h.get_text().split()) for h in soup.select(".results .card__title"))


def api(client, **params) -> dict:
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("семинаров", "Семинар по наставничеству для молодых педагогов"),
        ("методических пособий", "Методическое пособие по развитию речи дошкольников"),
        ("ёлка", "Новогодняя ёлка своими руками"),
        ("елка", "Новогодняя ёлка своими руками"),
        ("programmes", "Designing joint programme curricula"),
        ("РАЗВИТИЕ РЕЧИ", "Методическое пособие по развитию речи дошкольников"),
        ("cafe", "Café pédagogique: a teachers' meeting format"),
        ("teacher's meetings", "Café pédagogique: a teachers' meeting format"),
    ],
)
def test_words_are_found_in_any_grammatical_form(client, corpus, query, expected):
    assert expected in found(client, f"q={query}")


def test_up_to_two_words_must_all_match_when_a_resource_holds_them(client, corpus):
    assert found(client, "q=пособие дошкольников") == [
        "Методическое пособие по развитию речи дошкольников"
    ]


def test_when_no_resource_holds_every_word_those_with_some_of_them_are_shown(client, corpus):
    results = found(client, "q=пособие ёлка")
    assert "Новогодняя ёлка своими руками" in results
    assert "Методическое пособие по развитию речи дошкольников" in results


def test_misspellings_are_forgiven_on_every_backend(client, corpus):
    assert found(client, "q=наставничиству") == ["Семинар по наставничеству для молодых педагогов"]


def test_snippets_mark_the_matched_words(client, corpus):
    soup = resources_page(client, "q=семинаров")
    marks = [mark.get_text() for mark in soup.select(".results mark")]
    assert "Семинар" in marks


def test_facet_counts_follow_the_query_and_the_other_filters(client, corpus):
    # The type's name is searchable too: four resources are "методические пособия".
    assert api(client, q="пособие", type="resource")["count"] == 4
    assert api(client, q="дошкольников", type="resource")["count"] == 1
    data = api(client, type="resource")
    assert data["count"] == 5
    assert data["facets"]["subject"] == {"speech": 3, "mathematics": 2}
    assert data["facets"]["institution"] == {"college": 2, "school": 3}
    narrowed = api(client, type="resource", subject="speech")
    assert narrowed["count"] == 3
    # The chosen facet keeps counting its other values; the others count within it.
    assert narrowed["facets"]["subject"] == {"speech": 3, "mathematics": 2}
    assert narrowed["facets"]["institution"] == {"college": 2, "school": 1}
    assert narrowed["facets"]["level"] == {"vocational": 1, "preschool": 1, "additional": 1}
    assert narrowed["facets"]["year"] == {"2022": 1, "2023": 1, "2024": 1}
    both = api(client, type="resource", subject="mathematics", language="en")
    assert [r["title"] for r in both["results"]] == ["Designing joint programme curricula"]


def test_resource_database_page_shows_facets_and_filters(client, corpus):
    soup = resources_page(client, "resource_type=guide")
    assert len(soup.select(".results .card__title")) == 4
    subject = soup.find("section", attrs={"aria-labelledby": "facet-subject"})
    counts = {
        link.contents[0].strip(): link.select_one(".facet__count").get_text(strip=True)
        for link in subject.find_all("a")
    }
    assert counts == {"Развитие речи": "(3)", "Математика": "(1)"}


def test_sorting_by_date_and_by_relevance(client, corpus):
    newest = api(client, type="resource", sort="date")["results"]
    assert newest[0]["title"] == "Designing joint programme curricula"
    relevant = api(client, q="пособие речи", type="resource")["results"]
    assert relevant[0]["title"] == "Методическое пособие по развитию речи дошкольников"


def test_pagination(client, corpus):
    first = api(client, type="resource", page_size=3, sort="date")
    second = api(client, type="resource", page_size=3, page=2, sort="date")
    assert first["count"] == second["count"] == 5
    assert len(first["results"]) == 3 and len(second["results"]) == 2
    titles = {r["title"] for r in first["results"]} | {r["title"] for r in second["results"]}
    assert len(titles) == 5
    assert api(client, type="resource", page=50)["results"] == []


def test_listing_pages_through_the_results_whichever_page_is_asked(client, corpus, monkeypatch):
    monkeypatch.setattr(ResourceDatabasePage, "results_per_page", 2)

    def titles(query: str) -> list[str]:
        soup = resources_page(client, query)
        return [" ".join(h.get_text().split()) for h in soup.select(".results .card__title")]

    pages = [titles(f"page={number}") for number in (1, 2, 3)]
    assert [len(page) for page in pages] == [2, 2, 1]
    assert len({title for page in pages for title in page}) == 5
    # Not a number: the first page; past the end: the last one.
    assert titles("page=abc") == pages[0]
    assert titles("page=99") == pages[2]
    assert titles("page=2&subject=speech") == titles("subject=speech&page=2")
    assert len(titles("page=2&subject=speech")) == 1


@pytest.fixture
def card_cache(shared_cache):
    """Without the full-page cache: every request renders its page, and takes the result
    cards it can from the fragment cache."""
    shared_cache.PORTAL_PAGE_CACHE_SECONDS = 0


def resource_rows_fetched(client, query: str) -> int:
    """How many queries read what a card shows (the abstract); counting the matches and
    their facets reads other columns."""
    with CaptureQueriesContext(connection) as queries:
        resources_page(client, query)
    card_column = '"association_resourcepage"."abstract"'
    return sum(card_column in q["sql"] for q in queries.captured_queries)


def test_result_cards_are_kept_until_something_is_published(client, corpus, card_cache):
    query = "q=пособие&sort=relevance"
    before = found(client, query)
    assert "Методическое пособие по развитию речи дошкольников" in before
    # Every card is in the cache now: the next rendering fetches no resource.
    assert resource_rows_fetched(client, query) == 0
    assert found(client, query) == before

    # The same card for another query marks that query's words, not the first one's.
    soup = resources_page(client, "q=речи")
    assert [mark.get_text() for mark in soup.select(".results mark")] == ["речи"]

    guide = ResourcePage.objects.get(pk=corpus["guide"].pk)
    guide.title = "Методическое пособие по развитию связной речи"
    guide.save_revision().publish()
    assert "Методическое пособие по развитию связной речи" in found(client, query)

    # Unpublished: gone from the very next listing, even before the engine has heard;
    # where it was the only result, the page says that nothing matches.
    ResourcePage.objects.get(pk=corpus["guide"].pk).unpublish()
    assert not any("связной речи" in title for title in found(client, query))
    assert not any("связной речи" in title for title in found(client, "q=речи"))
    soup = resources_page(client, "q=связной")
    assert not soup.select(".results .card") and soup.select(".empty-results")


def test_site_search_covers_every_page_type_with_a_type_facet(client, corpus):
    data = api(client, q="семинаров")
    # The events section ("Семинары и мероприятия") is found too.
    assert data["facets"]["type"] == {"resource": 1, "news": 1, "section": 1}
    news_only = api(client, q="семинаров", type="news")
    assert [r["title"] for r in news_only["results"]] == ["Итоги семинаров сети"]
    assert news_only["results"][0]["type"] == "news"
    page = BeautifulSoup(client.get("/ru/search/?q=семинаров").content, "html.parser")
    titles = [" ".join(h.get_text().split()) for h in page.select(".search-results h3")]
    assert "Итоги семинаров сети" in titles
    assert "Семинар по наставничеству для молодых педагогов" in titles
    assert page.select(".search-results mark")


def test_results_carry_the_documented_fields(client, corpus):
    result = api(client, q="ёлка украшения")["results"][0]
    assert result["title"] == "Новогодняя ёлка своими руками"
    assert result["url"].startswith("http://testserver/ru/institutions/school/resources/")
    assert result["type"] == "resource"
    assert result["institution"] == "school"
    assert result["language"] == "ru"
    assert result["date"]
    assert "<mark>украшения</mark>" in result["snippet"]


# Visibility ------------------------------------------------------------------------


def hide_everything_but_one(corpus, backend):
    corpus["seminar"].unpublish()
    draft = factories.resource(Institution.objects.get(slug="college"), title="Черновик пособия")
    draft.unpublish()
    restriction = PageViewRestriction.objects.create(
        page=corpus["guide"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.first())
    Institution.objects.filter(slug="school").update(status=Institution.Status.SUSPENDED)
    backend.reindex()


def test_hidden_pages_never_appear(client, corpus, backend):
    hide_everything_but_one(corpus, backend)
    assert found(client, "") == []
    data = api(client, type="resource")
    assert data["count"] == 0 and data["results"] == []
    assert all(not values for values in data["facets"].values())
    hidden_titles = {page.title for page in corpus.values()} | {"Черновик пособия"}
    for word in ("наставничеству", "пособие", "ёлка", "programme", "черновик"):
        assert api(client, q=word, type="resource")["count"] == 0, word
        titles = {result["title"] for result in api(client, q=word)["results"]}
        assert not titles & hidden_titles, word
        response = client.get("/api/search/autocomplete/", {"q": word[:4], "type": "all"})
        assert not set(response.json()["results"]) & hidden_titles, word


def test_other_languages_are_not_mixed_in(client, corpus):
    data = api(client, q="семинаров", lang="en")
    assert data["count"] == 0


# Autocomplete --------------------------------------------------------------------------


def test_autocomplete_completes_a_prefix(client, corpus):
    response = client.get("/api/search/autocomplete/", {"q": "Метод"})
    assert response.status_code == 200
    assert response.json()["results"] == ["Методическое пособие по развитию речи дошкольников"]
    two_words = client.get("/api/search/autocomplete/", {"q": "новогодняя ёл"}).json()
    assert two_words["results"] == ["Новогодняя ёлка своими руками"]


# Bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": "0"}, "page"),
        ({"page": "abc"}, "page"),
        ({"page_size": "1000"}, "page_size"),
        ({"level": "doctorate"}, "level"),
        ({"year": "nineteen"}, "year"),
        ({"lang": "de"}, "lang"),
        ({"type": "castle"}, "type"),
        ({"sort": "random"}, "sort"),
        ({"subject": "astrology"}, "subject"),
        ({"institution": "no-such-school"}, "institution"),
        ({"q": "x" * 10_000}, "q"),
        ({"type": "news", "level": "basic"}, "type"),
    ],
)
def test_invalid_parameters_get_400_with_a_reason(client, corpus, params, field):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    body = response.json()
    assert field in body["errors"] and body["errors"][field]


@pytest.mark.parametrize(
    "text",
    [
        '"семинар',
        "(методическ* OR",
        "AND (",
        "*",
        "\\\\",
        "пособие]]]{{",
        "семинар\x00\x07\x1b",
        "a" * 199,
        "Методика 数学 математика ∑ 🙂",
        "title:ёлка^5 ~2",
        "/ru/resources/?q=1",
    ],
)
def test_any_query_text_gets_a_normal_answer(client, corpus, text):
    assert client.get("/api/search/", {"q": text}).status_code == 200
    assert client.get("/api/search/", {"q": text, "type": "resource"}).status_code == 200
    assert client.get("/api/search/autocomplete/", {"q": text[:100]}).status_code in (200, 400)
    assert client.get("/ru/resources/", {"q": text}).status_code == 200
    assert client.get("/ru/search/", {"q": text}).status_code == 200


def test_openapi_schema_documents_the_api(client):
    response = client.get("/api/search/schema/")
    assert response.status_code == 200
    schema = response.json()
    assert "/api/search/" in schema["paths"] and "/api/search/autocomplete/" in schema["paths"]
    parameters = {p["name"] for p in schema["paths"]["/api/search/"]["get"]["parameters"]}
    assert {
        "q",
        "type",
        "institution",
        "level",
        "subject",
        "resource_type",
        "year",
        "lang",
        "page",
        "page_size",
    } <= parameters


def test_news_listing_is_unaffected_by_search_backend(client, corpus):
    index = NewsIndexPage.objects.child_of(factories.home()).get()
    assert client.get(index.url).status_code == 200
    assert ResourcePage.objects.count() >= 4


@pytest.mark.postgresql_only("two processes share one database, which an in-memory SQLite is not")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_reindex_from_two_processes_sends_every_object_once(site_pages, client, settings):
    """`update_index --jobs 2`: each process sends its share of the primary keys, and the
    new index replaces the old one with every page in it."""
    import io

    from django.core.management import call_command

    from association.models import ResourceIndexPage

    engine = Backend("opensearch", settings)
    try:
        college = factories.institution("college", name="Педагогический колледж")
        titles = [f"Практикум по геометрии, часть {number}" for number in range(1, 26)]
        for title in titles:
            factories.resource(college, title=title, abstract="Задачи с решениями.")
        out = io.StringIO()
        call_command("update_index", jobs=2, chunk_size=4, stdout=out)
        engine.client().indices.refresh(index=f"{engine.prefix}_*")

        assert "association.ResourcePage" in out.getvalue()
        indexed = ResourcePage.objects.count()
        assert f"{indexed}/{indexed}" in out.getvalue()
        response = client.get("/api/search/", {"q": "практикум геометрия", "page_size": 50})
        assert response.status_code == 200
        assert sorted(item["title"] for item in response.json()["results"]) == sorted(titles)
        assert ResourceIndexPage.objects.exists()
    finally:
        engine.drop()


def test_reindex_jobs_must_be_a_positive_number():
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="--jobs"):
        call_command("update_index", jobs=0)
