"""Language-aware text analysis for the search engines, in Russian and English.

Russian and English words share one analyzer: each Snowball stemmer only touches words in
its own alphabet, so chaining them handles mixed texts. «ё» is folded into «е» before
tokenizing, as Russian texts spell it either way. Kept free of Django imports: the
settings read it.
"""

from __future__ import annotations

YO_FOLDING = {"type": "mapping", "mappings": ["ё => е", "Ё => Е"]}

ENGINE_INDEX_SETTINGS: dict = {
    "settings": {
        "analysis": {
            "char_filter": {"yo_folding": YO_FOLDING},
            "filter": {
                "russian_stop": {"type": "stop", "stopwords": "_russian_"},
                "english_stop": {"type": "stop", "stopwords": "_english_"},
                "russian_stemmer": {"type": "stemmer", "language": "russian"},
                "english_stemmer": {"type": "stemmer", "language": "english"},
                "english_possessive": {"type": "stemmer", "language": "possessive_english"},
            },
            "analyzer": {
                # The engine backends map every full-text field without an explicit
                # analyzer, so "default" applies to all of them (and to their queries).
                "default": {
                    "type": "custom",
                    "char_filter": ["yo_folding"],
                    "tokenizer": "standard",
                    "filter": [
                        "english_possessive",
                        "lowercase",
                        "asciifolding",
                        "russian_stop",
                        "english_stop",
                        "russian_stemmer",
                        "english_stemmer",
                    ],
                },
                "edgengram_analyzer": {
                    "type": "custom",
                    "char_filter": ["yo_folding"],
                    "tokenizer": "standard",
                    "filter": ["asciifolding", "lowercase", "edgengram"],
                },
                "ngram_analyzer": {
                    "type": "custom",
                    "char_filter": ["yo_folding"],
                    "tokenizer": "standard",
                    "filter": ["asciifolding", "lowercase", "ngram"],
                },
                # What a typed prefix is analysed with when matched against edge n-grams.
                "autocomplete_query": {
                    "type": "custom",
                    "char_filter": ["yo_folding"],
                    "tokenizer": "standard",
                    "filter": ["asciifolding", "lowercase"],
                },
            },
        }
    }
}

# PostgreSQL full-text search configuration created by search/migrations (see there).
POSTGRES_SEARCH_CONFIG = "portal_search"
