"""One backend's answers to the judged set, in a process of its own (the backend is a
setting): `python -m tests.relevance.evaluate --judgements PATH --output FILE`, with
DJANGO_SETTINGS_MODULE, DATABASE_URL and SEARCH_URL naming the backend's corpus.

Every query takes the portal's own path — ResourceSearchForm, ResourceQuery,
search.backends.resource_search, then search.rescue.rescued (the corrected or relaxed
query when the one typed finds nothing) — as the resource database page does: what is
measured is what a visitor is shown. The top ten are written as resource slugs, with
the total, the flags of the answer and how it was rescued, to the output file as JSON.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import django

from .judged import JudgedQuery, load
from .metrics import CUTOFF


class CorpusError(Exception):
    """The corpus does not hold what the judged set names."""


def answer(query: JudgedQuery, locale) -> dict:
    from association.models import ResourcePage
    from search.backends import resource_search
    from search.query import ResourceQuery, ResourceSearchForm
    from search.rescue import rescued

    form = ResourceSearchForm({"q": query.text, **query.filters})
    if not form.is_valid():
        raise CorpusError(f"query {query.id!r}: the form refuses it: {form.errors.as_text()}")
    started = time.perf_counter()
    typed = ResourceQuery.from_form(locale, form)
    search, rescue = rescued(typed, resource_search(typed))
    results = search.results(0, CUTOFF)
    seconds = time.perf_counter() - started
    ids = results.ids[:CUTOFF]
    found = dict(ResourcePage.objects.filter(pk__in=ids).values_list("pk", "slug"))
    titles = dict(ResourcePage.objects.filter(pk__in=ids[:1]).values_list("pk", "title"))
    return {
        "id": query.id,
        "ranked": [found[pk] for pk in ids if pk in found],
        "first_title": titles.get(ids[0], "") if ids else "",
        "total": results.total,
        "degraded": results.degraded,
        "approximate": results.approximate,
        "suggestions": list(results.suggestions),
        "shown": rescue.shown,
        "milliseconds": round(seconds * 1000, 1),
    }


def check_corpus(queries: list[JudgedQuery], locales: dict) -> None:
    """Every judged slug names one resource in the query's language."""
    from association.models import ResourcePage

    slugs = {
        code: set(ResourcePage.objects.filter(locale=locale).values_list("slug", flat=True))
        for code, locale in locales.items()
    }
    for query in queries:
        missing = query.identifiers - slugs.get(query.lang, set())
        if missing:
            raise CorpusError(
                f"query {query.id!r}: no resource {sorted(missing)} on the {query.lang} site"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judgements", type=Path, required=True)
    parser.add_argument("--output", type=Path, required=True)
    options = parser.parse_args()
    queries = load(options.judgements)
    django.setup()
    from wagtail.models import Locale

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    check_corpus(queries, locales)
    answers = [answer(query, locales[query.lang]) for query in queries]
    options.output.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
