"""Fuzzing the public query strings: the search API, autocomplete and every listing take
any parameters without an error page (2 000 generated cases), NUL characters included,
on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from . import factories

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

KNOWN = [
    "q",
    "type",
    "institution",
    "level",
    "subject",
    "resource_type",
    "year",
    "language",
    "lang",
    "sort",
    "page",
    "page_size",
    "kind",
    "format",
    "when",
    "partner",
    "region",
]
VALUES = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "1e9",
            "NaN",
            "null",
            "basic",
            "mathematics",
            "resource",
            "news",
            "date",
            "relevance",
            "ru",
            "en",
            "\x00",
            "%",
            "'; DROP TABLE x; --",
            "../../etc",
            "*",
            "AND (",
            '"',
            "\\",
            "ёлка",
            "a" * 1000,
        ]
    ),
)
PARAMS = st.dictionaries(
    st.one_of(st.sampled_from(KNOWN), st.text(min_size=1, max_size=12)), VALUES, max_size=6
)
ENDPOINTS = [
    ("/api/search/", {200, 400}),
    ("/api/search/autocomplete/", {200, 400}),
    ("/ru/resources/", {200}),
    ("/ru/search/", {200}),
    ("/ru/news/", {200}),
    ("/ru/seminars/", {200}),
    ("/en/programs/", {200}),
    ("/ru/institutions/", {200}),
]
CASES = 2000 // len(ENDPOINTS)


@pytest.fixture
def content():
    inst = factories.institution("fuzz-school", name="Школа")
    factories.resource(inst, title="Ёлочные игрушки", subjects=[factories.subject()])
    factories.news(title="Новость")
    factories.seminar(title="Семинар")


@pytest.mark.parametrize(("path", "allowed"), ENDPOINTS)
def test_no_parameters_make_a_server_error(content, path, allowed):
    client = Client(raise_request_exception=False)

    @settings(
        max_examples=CASES,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(params=PARAMS)
    def check(params):
        response = client.get(path, params)
        assert response.status_code in allowed, (params, response.status_code)
        if response.status_code == 400:
            assert "errors" in response.json()

    check()
