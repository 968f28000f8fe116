"""`make relevance`: ranking quality of the resource database's search on a judged set, on
every backend. Prints, per backend, nDCG@10, MRR and recall@10 per query kind and overall,
the queries that fare worst, and the morphology and typo probes whose best document is not
in the top 3. Progress goes to stderr; logs and the corpora are in .services/relevance/.

    export $(make -s services) && .venv/bin/python -m tests.relevance.run [options]

Backends: `sqlite` (a SQLite file and the database search backend, as `make run`),
`postgres` (PostgreSQL and the database backend), `engine` (PostgreSQL and the engine at
SEARCH_URL, in an index prefix of its own). Each corpus is the demo network, loaded once
and reused until the demo or the migrations change; its search index is rebuilt when the
search code changes (tests/relevance/corpus.py). The figures are not checked against
anything: the exit status is non-zero only when the run itself fails. Settings, from the
environment (defaults in brackets):

    RELEVANCE_DATABASE [portal_relevance]   PostgreSQL database of the corpus (dropped and
                                            rebuilt at will: its name must say relevance)
    RELEVANCE_INDEX [relevance]             the engine's index prefix
    RELEVANCE_SQLITE [.services/relevance/corpus.sqlite3]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import corpus as corpora
from .judged import (
    DEFAULT_JUDGEMENTS,
    KINDS,
    PROBE_DEPTH,
    PROBE_KINDS,
    JudgedQuery,
    JudgementError,
    load,
)
from .metrics import CUTOFF, best_rank, mean, ndcg, recall, reciprocal_rank

BACKENDS = ("sqlite", "postgres", "engine")


@dataclass
class Scored:
    """One query's answer on one backend, with its measures."""

    query: JudgedQuery
    answer: dict
    ndcg: float
    rr: float
    recall: float
    best_rank: int | None
    absent_found: list[str]


def score(query: JudgedQuery, answer: dict) -> Scored:
    ranked = answer["ranked"]
    return Scored(
        query=query,
        answer=answer,
        ndcg=ndcg(ranked, query.judgements),
        rr=reciprocal_rank(ranked, query.judgements),
        recall=recall(ranked, query.judgements),
        best_rank=best_rank(ranked, query.judgements),
        absent_found=[slug for slug in ranked if slug in query.absent],
    )


def evaluate(corpus: corpora.Corpus, judgements: Path) -> list[dict]:
    """The backend's answers, from a process with its settings (tests/relevance/evaluate.py)."""
    with tempfile.TemporaryDirectory() as work:
        output = Path(work) / "answers.json"
        log = corpora.WORK_DIR / f"evaluate-{corpus.name}.log"
        log.unlink(missing_ok=True)
        arguments = ["--judgements", str(judgements), "--output", str(output)]
        corpora.run_python(
            ["-m", "tests.relevance.evaluate", *arguments],
            corpus.env,
            log,
            f"{corpus.label}: the queries",
        )
        return json.loads(output.read_text(encoding="utf-8"))


# The report --------------------------------------------------------------------------


def figures(scored: Sequence[Scored]) -> str:
    if not scored:
        return "  –  |  –  |  –  "
    return " | ".join(
        f"{mean([getattr(item, name) for item in scored]):.3f}" for name in ("ndcg", "rr", "recall")
    )


def summary_table(results: dict[str, list[Scored]], labels: dict[str, str]) -> list[str]:
    """Markdown: a row per kind and overall, nDCG@10 | MRR | recall@10 per backend."""
    names = list(results)
    header = (
        "| kind | queries | "
        + " | ".join(f"{labels[name]} nDCG@10 | MRR | R@10" for name in names)
        + " |"
    )
    lines = [header, "|" + " --- |" * (2 + 3 * len(names))]
    any_backend = next(iter(results.values()))
    for kind in (*KINDS, "all"):
        rows = {
            name: [item for item in scored if kind == "all" or item.query.kind == kind]
            for name, scored in results.items()
        }
        count = len([item for item in any_backend if kind == "all" or item.query.kind == kind])
        if not count:
            continue
        label = "**all**" if kind == "all" else kind
        lines.append(
            f"| {label} | {count} | " + " | ".join(figures(rows[name]) for name in names) + " |"
        )
    return lines


def worst(scored: list[Scored], count: int) -> list[str]:
    lines = []
    for item in sorted(scored, key=lambda item: (item.ndcg, item.rr, item.query.id))[:count]:
        ranked = item.answer["ranked"]
        first = "nothing found"
        if ranked:
            grade = item.query.judgements.get(ranked[0], 0)
            first = f"first {ranked[0]} (grade {grade}) «{item.answer['first_title'][:60]}»"
        filters = " ".join(f"{name}={value}" for name, value in item.query.filters.items())
        lines.append(
            f"  {item.ndcg:.2f}  [{item.query.kind}] {item.query.lang}: {item.query.text}"
            + (f"  ({filters})" if filters else "")
            + f" — {item.answer['total']} found; {first}"
        )
    return lines


def probe_misses(scored: list[Scored]) -> list[str]:
    lines = []
    for item in scored:
        if item.query.kind not in PROBE_KINDS:
            continue
        if item.best_rank is not None and item.best_rank <= PROBE_DEPTH:
            continue
        top = max(item.query.judgements.values())
        best = sorted(slug for slug, grade in item.query.judgements.items() if grade == top)
        where = f"rank {item.best_rank}" if item.best_rank else f"not in the top {CUTOFF}"
        lines.append(f"  [{item.query.kind}] {item.query.text}: {best[0]} — {where}")
    return lines


def report(
    results: dict[str, list[Scored]],
    corpora_by_name: dict[str, corpora.Corpus],
    path: Path,
    count: int,
) -> None:
    labels = {name: corpus.label for name, corpus in corpora_by_name.items()}
    queries = len(next(iter(results.values())))
    shown = path.relative_to(corpora.ROOT) if path.is_relative_to(corpora.ROOT) else path
    print(
        f"\nSearch relevance: {queries} judged queries ({shown}), "
        f"top {CUTOFF} of the resource database\n"
    )
    print("\n".join(summary_table(results, labels)))
    for name, scored in results.items():
        answers = [item.answer for item in scored]
        probes = [item for item in scored if item.query.kind in PROBE_KINDS]
        misses = probe_misses(scored)
        print(f"\n## {labels[name]}")
        notes = list(corpora_by_name[name].notes)
        degraded = sum(answer["degraded"] for answer in answers)
        if degraded:
            notes.append(
                f"{degraded} answers DEGRADED (the engine did not answer): not its figures"
            )
        approximate = sum(answer["approximate"] for answer in answers)
        if approximate:
            notes.append(f"{approximate} answers matched with misspellings forgiven")
        for kind, label in (("corrected", "a spelling correction"), ("relaxed", "relaxed")):
            rescued = sum(answer.get("shown") == kind for answer in answers)
            if rescued:
                notes.append(f"{rescued} answers shown for {label}")
        empty = sum(not answer["ranked"] for answer in answers)
        notes.append(f"{empty} queries found nothing")
        notes.append(
            f"mean time per query {mean([answer['milliseconds'] for answer in answers]):.0f} ms"
        )
        print("; ".join(notes))
        print(
            f"Morphology and typo probes with the best document in the top {PROBE_DEPTH}: "
            f"{len(probes) - len(misses)} of {len(probes)}"
        )
        print("\n".join(misses) if misses else "  (none missed)")
        violations = [item for item in scored if item.absent_found]
        if violations:
            print("Excluded words not excluded:")
            for item in violations:
                print(f"  {item.query.text}: {', '.join(item.absent_found)}")
        print(f"Worst {count} queries (nDCG@10):")
        print("\n".join(worst(scored, count)))


# Driver ------------------------------------------------------------------------------


def prepare(names: Sequence[str]) -> tuple[dict[str, corpora.Corpus], list[str]]:
    """The corpora of the backends asked for; the backends skipped, and why."""
    ready: dict[str, corpora.Corpus] = {}
    skipped: list[str] = []
    database_url = os.environ.get("DATABASE_URL", "")
    search_url = os.environ.get("SEARCH_URL", "")
    sqlite_path = Path(
        os.environ.get("RELEVANCE_SQLITE") or corpora.WORK_DIR / "corpus.sqlite3"
    ).resolve()
    database = os.environ.get("RELEVANCE_DATABASE") or "portal_relevance"
    prefix = os.environ.get("RELEVANCE_INDEX") or "relevance"
    if "sqlite" in names:
        ready["sqlite"] = corpora.sqlite_corpus(sqlite_path)
    postgres_wanted = {"postgres", "engine"} & set(names)
    if postgres_wanted and not database_url.startswith(("postgres://", "postgresql://")):
        skipped += [f"{name}: DATABASE_URL names no PostgreSQL" for name in sorted(postgres_wanted)]
        return ready, skipped
    if postgres_wanted:
        postgres = corpora.postgres_corpus(database_url, database)
        if "postgres" in names:
            ready["postgres"] = postgres
        if "engine" in names:
            if search_url.startswith(("opensearch", "elasticsearch", "http")):
                ready["engine"] = corpora.engine_corpus(postgres, search_url, prefix)
            else:
                skipped.append("engine: SEARCH_URL names no search engine")
    return ready, skipped


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--judgements",
        type=Path,
        default=DEFAULT_JUDGEMENTS,
        help="a judged set in the format of tests/relevance/judgements.yaml",
    )
    parser.add_argument(
        "--backends",
        default=",".join(BACKENDS),
        help=f"comma-separated, of {', '.join(BACKENDS)} (default: all)",
    )
    parser.add_argument("--worst", type=int, default=8, help="worst queries listed per backend")
    options = parser.parse_args(argv)
    names = [name.strip() for name in options.backends.split(",") if name.strip()]
    unknown = set(names) - set(BACKENDS)
    if unknown or not names:
        parser.error(f"--backends: choose among {', '.join(BACKENDS)}")
    judgements = options.judgements.resolve()
    try:
        queries = load(judgements)
    except (OSError, JudgementError) as error:
        parser.error(f"--judgements: {error}")
    try:
        ready, skipped = prepare(names)
        results = {}
        for name in BACKENDS:
            if name in ready:
                corpora.say(f"{ready[name].label}: running {len(queries)} queries")
                answers = {answer["id"]: answer for answer in evaluate(ready[name], judgements)}
                results[name] = [score(query, answers[query.id]) for query in queries]
    except corpora.CorpusBuildError as error:
        print(f"relevance: {error}", file=sys.stderr)
        return 1
    for line in skipped:
        print(f"skipped {line}", file=sys.stderr)
    if not results:
        print("relevance: no backend to run", file=sys.stderr)
        return 1
    report(results, ready, judgements, options.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
