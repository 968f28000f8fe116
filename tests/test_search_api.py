"""The search API as a client uses it, on each backend: every facet option comes with its
key, its label in the requested language and its count, and filtering on the key gives
that count; a key that names nothing is refused with a reason; the filters are the facet
table's; autocomplete suggests what each search box searches, in its language."""

from __future__ import annotations

import pytest
from django import forms
from django.utils.translation import gettext_lazy

from search.api import SearchParams, search_params
from search.facets import FACET_NAMES, FACETS, Facet

from . import factories
from .bench.engine_share import server_timing
from .browser.content import institution, resource, translated
from .search_support import BACKENDS, module_backend

pytestmark = pytest.mark.sqlite


# What the module's content holds, as a visitor sees it: each facet's options in the order
# the resource database lists them, as (key, label in ru, label in en, resources).
EXPECTED = {
    "level": [
        ("primary", "Начальное общее образование", "Primary general education", 1),
        ("basic", "Основное общее образование", "Basic general education", 2),
        ("secondary", "Среднее общее образование", "Secondary general education", 1),
        ("vocational", "Среднее профессиональное образование", "Secondary vocational education", 1),
    ],
    "subject": [
        ("mathematics", "Математика", "Mathematics", 2),
        ("physics", "Физика", "Physics", 1),
    ],
    "resource_type": [
        ("problem-book", "Сборник задач", "Problem book", 2),
        ("guide", "Методическое пособие", "Teacher's guide", 1),
    ],
    "institution": [
        ("lyceum-7", "Лицей № 7 города Веретинска", "Lyceum No. 7 of Veretinsk", 2),
        ("college-3", "Колледж связи № 3", "Communications College No. 3", 1),
    ],
    "year": [
        ("2025", "2025", "2025", 1),
        ("2024", "2024", "2024", 1),
        ("2023", "2023", "2023", 1),
    ],
    "language": [
        ("ru", "Русский", "Russian", 2),
        ("en", "Английский", "English", 1),
    ],
    # No resource of the module has a published expert review (tests/test_expert_review.py).
    "reviewed": [],
}
TITLES = {
    "level": ("Уровень образования", "Education level"),
    "subject": ("Предмет", "Subject"),
    "resource_type": ("Тип ресурса", "Resource type"),
    "institution": ("Организация", "Institution"),
    "year": ("Год", "Year"),
    "language": ("Язык", "Language"),
    "reviewed": ("Экспертная оценка", "Expert review"),
}
# The site search's facet, for a word in three resources and one news item.
WORD = {"ru": "задачи", "en": "problems"}
TYPES = [
    ("resource", "Ресурс", "Resource", 3),
    ("news", "Новость", "News item", 1),
]
LANGUAGES = ["ru", "en"]


@pytest.fixture(scope="module", params=BACKENDS)
def content(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """Two institutions with three resources and a news item, in Russian with English
    translations, searchable on the backend; rolled back after the module."""
    with module_backend(
        request.param, django_db_blocker, tmp_path_factory.mktemp("media")
    ) as backend:
        math = factories.subject("mathematics", "Математика")
        physics = factories.subject("physics", "Физика")
        book = factories.resource_type("problem-book", "Сборник задач")
        guide = factories.resource_type("guide", "Методическое пособие")
        for term, name in [
            (math, "Mathematics"),
            (physics, "Physics"),
            (book, "Problem book"),
            (guide, "Teacher's guide"),
        ]:
            translated(term, {term.name: name})
        lyceum = institution("lyceum-7", "Лицей № 7 города Веретинска", "Lyceum No. 7 of Veretinsk")
        college = institution("college-3", "Колледж связи № 3", "Communications College No. 3")
        resource(
            lyceum,
            "Сборник задач по геометрии",
            "Geometry problem book",
            "Задачи по планиметрии с решениями.",
            "Plane geometry problems with solutions.",
            levels=("basic", "secondary"),
            subjects=[math],
            rtype=book,
            year=2024,
        )
        resource(
            lyceum,
            "Задачи по алгебре для начальной школы",
            "Algebra problems for primary school",
            "Задачи на смекалку.",
            "Puzzles for young pupils.",
            levels=("primary",),
            subjects=[math],
            rtype=book,
            year=2023,
        )
        resource(
            college,
            "Задачи по физике с решениями",
            "Physics problems with solutions",
            "Механика и электричество.",
            "Mechanics and electricity.",
            levels=("basic", "vocational"),
            subjects=[physics],
            rtype=guide,
            year=2025,
            language="en",
        )
        title, intro = "Сеть решает задачи года", "Итоги и планы."
        news = factories.news(title=title, intro=intro)
        translated(news, {title: "The network tackles the year's problems", intro: "Plans."})
        backend.reindex()
        yield backend


@pytest.fixture
def api(content, db, client):
    def get(**params) -> dict:
        response = client.get("/api/search/", params)
        assert response.status_code == 200, response.content
        return response.json()

    return get


def options_of(data: dict, name: str) -> list[tuple]:
    return [(o["key"], o["label"], o["count"]) for o in data["facet_options"][name]["options"]]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", FACET_NAMES)
def test_each_facet_option_has_key_label_and_count_and_filters_by_its_key(api, name, language):
    column = LANGUAGES.index(language) + 1
    data = api(type="resource", lang=language)
    assert data["count"] == 3
    facet = data["facet_options"][name]
    assert facet["title"] == TITLES[name][column - 1]
    expected = [(option[0], option[column], option[3]) for option in EXPECTED[name]]
    assert options_of(data, name) == expected
    assert not any(option["selected"] for option in facet["options"])
    # The counts by key, as before facet_options, are still there.
    assert data["facets"][name] == {key: count for key, _label, count in expected}

    for key, _label, count in expected:
        narrowed = api(type="resource", lang=language, **{name: key})
        assert narrowed["count"] == count == len(narrowed["results"]), key
        chosen = [o for o in narrowed["facet_options"][name]["options"] if o["selected"]]
        assert [option["key"] for option in chosen] == [key]
        # The chosen facet keeps counting its other options (they stay choosable).
        assert options_of(narrowed, name) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_type_facet_has_key_label_and_count_and_filters_by_its_key(api, language):
    column = LANGUAGES.index(language) + 1
    data = api(q=WORD[language], lang=language)
    expected = [(option[0], option[column], option[3]) for option in TYPES]
    assert options_of(data, "type") == expected
    assert data["facet_options"]["type"]["title"] == ("Тип страницы", "Type of page")[column - 1]
    assert data["facets"]["type"] == {key: count for key, _label, count in expected}
    for key, _label, count in expected:
        narrowed = api(q=WORD[language], lang=language, type=key)
        assert narrowed["count"] == count, key
        assert {result["type"] for result in narrowed["results"]} == {key}
        chosen = [o["key"] for o in narrowed["facet_options"]["type"]["options"] if o["selected"]]
        assert chosen == [key]


# What is not a key ----------------------------------------------------------------------

REFUSED = [
    ("level", "doctorate"),
    ("level", "Основное общее образование"),
    ("level", "BASIC"),
    ("subject", "astrology"),
    ("subject", "problem-book"),
    ("subject", "Математика"),
    ("resource_type", "mathematics"),
    ("resource_type", "Сборник задач"),
    ("institution", "no-such-school"),
    ("institution", "Лицей № 7 города Веретинска"),
    ("year", "nineteen"),
    ("year", "1850"),
    ("year", "2024.5"),
    ("language", "de"),
    ("language", "Русский"),
    ("type", "castle"),
    ("type", "Ресурс"),
]


@pytest.mark.parametrize(("name", "value"), REFUSED)
def test_a_key_that_names_nothing_is_refused_with_a_reason(content, db, client, name, value):
    response = client.get("/api/search/", {"type": "resource", name: value})
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["detail"] == "Invalid parameters."
    assert list(body["errors"]) == [name]
    assert body["errors"][name].strip()


def test_every_facet_of_the_table_is_a_documented_filter(client):
    schema = client.get("/api/search/schema/").json()
    parameters = {p["name"]: p for p in schema["paths"]["/api/search/"]["get"]["parameters"]}
    assert set(FACET_NAMES) <= set(parameters)
    # Facets with a fixed list of keys document the list.
    level = parameters["level"]["schema"]
    keys = {key for option in level["anyOf"] if "enum" in option for key in option["enum"]}
    assert keys == {
        "preschool",
        "primary",
        "basic",
        "secondary",
        "vocational",
        "higher",
        "additional",
    }
    assert set(FACET_NAMES) <= set(SearchParams.model_fields)


def test_a_facet_added_to_the_table_becomes_a_filter_of_the_api():
    """A new facet in search/facets.py needs nothing in search/api.py: its parameter is
    derived from its form field."""
    extra = Facet(
        name="format",
        title=gettext_lazy("Format"),
        form_field=lambda: forms.ChoiceField(
            required=False, choices=[("", ""), ("print", "Print"), ("video", "Video")]
        ),
        lookup="format",
        engine_field="format",
        row_column=7,
        labels=lambda counts: {},
    )
    params = search_params((*FACETS, extra))
    assert params(format="video").format == "video"
    assert params().format is None
    with pytest.raises(ValueError, match="format"):
        params(format="opera")


# Autocomplete ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "kind", "typed", "expected"),
    [
        ("ru", "resource", "алгебр", {"Задачи по алгебре для начальной школы"}),
        ("en", "resource", "physics prob", {"Physics problems with solutions"}),
        ("ru", "all", "сеть реш", {"Сеть решает задачи года"}),
        ("en", "all", "network tack", {"The network tackles the year's problems"}),
        ("ru", "resource", "сеть реш", set()),
        ("en", "resource", "network tack", set()),
        ("en", "all", "алгебр", set()),
    ],
)
def test_autocomplete_suggests_what_the_box_searches_in_its_language(
    content, db, client, language, kind, typed, expected
):
    response = client.get("/api/search/autocomplete/", {"q": typed, "lang": language, "type": kind})
    assert response.status_code == 200, response.content
    assert set(response.json()["results"]) == expected


# Server-Timing --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/search/", {"q": "задачи", "lang": "ru"}),
        ("/api/search/", {"q": "problems", "lang": "en", "type": "resource"}),
        ("/api/search/autocomplete/", {"q": "алгебр", "lang": "ru"}),
    ],
)
def test_a_search_tells_how_long_it_waited_for_the_engine(content, db, client, path, params):
    response = client.get(path, params)
    assert response.status_code == 200, response.content
    spent = server_timing(response.headers["Server-Timing"])
    if content.is_engine:
        # The engine's round trips are part of the request's time, and its own time of them.
        assert 0 < spent["engine"] <= spent["total"]
        assert 0 <= spent["engine-took"] <= spent["engine"]
    else:
        assert set(spent) == {"total"}
