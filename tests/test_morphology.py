"""Base forms and synonyms that every search backend relies on."""

import pytest

from core.morphology import base_form, forms, indexed_forms, is_stop_word, words
from search.synonyms import find_synonyms


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("учителей", "учитель"),
        ("Клеток", "клетка"),
        ("дроби", "дробь"),
        ("семинаров", "семинар"),
        ("наставника", "наставник"),
        ("детей", "ребенок"),
        ("mentoring", "mentor"),
        ("agreements", "agreement"),
        ("Ёлки", "елка"),
    ],
)
def test_any_form_of_a_word_has_the_base_form_of_the_others(typed, expected):
    assert base_form(typed) == expected


def test_words_are_folded_and_split_where_the_engines_split_them():
    assert words("Онлайн-курс «Ёлка», 5G!") == ["онлайн", "курс", "елка", "5g"]
    assert forms("учителей") == ("учителей", "учитель")
    assert forms("учитель") == ("учитель",)


def test_the_index_keeps_base_forms_beside_the_text():
    assert indexed_forms("Деление клеток у детей, mentoring").split() == [
        "клетка",
        "ребенок",
        "mentor",
    ]


def test_the_index_keeps_each_likely_reading_of_an_ambiguous_form():
    # «травлю» is a form of травить and of травля; «мою» of мыть only unlikely.
    assert indexed_forms("травлю").split() == ["травить", "травля"]
    assert indexed_forms("мою").split() == ["мой"]


def test_stop_words_in_both_languages():
    assert is_stop_word("Для") and is_stop_word("between")
    assert not is_stop_word("вебинар")


@pytest.mark.parametrize(
    ("query", "span", "synonym"),
    [
        ("семинары для молодых учителей", (3, 4), ("педагог",)),
        ("дети с ограниченными возможностями здоровья", (2, 5), ("овз",)),
        ("ОВЗ", (0, 1), ("ограниченными", "возможностями", "здоровья")),
        ("колледжи", (0, 1), ("спо",)),
        ("Teachers", (0, 1), ("educator",)),
    ],
)
def test_synonyms_are_found_by_any_form_of_their_words(query, span, synonym):
    found = {(start, end): others for start, end, others in find_synonyms(words(query))}
    assert synonym in found[span]


def test_a_query_without_synonyms_has_none():
    assert find_synonyms(words("деление клеток")) == []
