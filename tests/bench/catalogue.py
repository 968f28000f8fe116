"""Import throughput: `import_resources` of a generated CSV catalogue into a throwaway copy
of the bench database (so that the dataset stays as it is), with a time limit."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

import psycopg

from association.catalogue_format import COLUMNS

from .common import WORK_DIR, BenchError, manage, run_logged, say, with_database
from .dataset import create_database, drop_database
from .workload import SUBJECTS

EXTERNAL_ID_PREFIX = "bench-import-"
FORMS = ["Методическая разработка", "Сборник заданий", "Практикум", "Кейс", "Рабочая программа"]
TOPICS = [
    "Дроби и проценты",
    "Электрические цепи",
    "Климат России",
    "Финансовая грамотность",
    "Робототехника",
    "Химические реакции",
    "Чтение с пониманием",
    "Проектная деятельность",
]
SENTENCES = [
    "Материал подготовлен методическим объединением и опробован на уроках.",
    "В комплект входят задания трёх уровней сложности и ключи к ним.",
    "Подходит для очных и дистанционных занятий.",
    "Приведены критерии оценивания и образцы работ учеников.",
]
AUTHORS = ["Иванова А. В.", "Смирнов Е. Н.", "Кузнецова М. С.", "Попов О. П.", "Лебедев И. К."]
LEVELS = ["primary", "basic", "secondary", "vocational", "higher", "additional", "preschool"]
RESOURCE_TYPES = ["lesson-plan", "methodological-guide", "curriculum", "presentation", "article"]
TAGS = ["ФГОС", "олимпиада", "проект", "дистанционно", "практика", "ОГЭ", "ЕГЭ"]


def write_catalogue(path: Path, rows: int, seed: int = 11) -> None:
    """A valid catalogue of `rows` new resources (subjects and types by slug, levels by
    code), the same every time."""
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        for number in range(1, rows + 1):
            title = f"{rng.choice(FORMS)} «{rng.choice(TOPICS)}» (импорт {number})"
            writer.writerow(
                [
                    f"{EXTERNAL_ID_PREFIX}{number:05d}",
                    title,
                    "ru",
                    " ".join(rng.sample(SENTENCES, 2)),
                    "\n".join(rng.sample(SENTENCES, 2)),
                    ";".join(rng.sample(AUTHORS, rng.randint(1, 2))),
                    ";".join(rng.sample(LEVELS, rng.randint(1, 2))),
                    ";".join(rng.sample(SUBJECTS, rng.randint(1, 2))),
                    rng.choice(RESOURCE_TYPES),
                    str(2016 + number % 10),
                    f"https://example.org/catalogue/{number}",
                    ";".join(rng.sample(TAGS, rng.randint(0, 2))),
                ]
            )


@dataclass
class ImportRun:
    rows_wanted: int
    rows_imported: int
    seconds: float
    finished: bool
    rejected_note: str = ""

    @property
    def rate(self) -> float:
        return self.rows_imported / self.seconds if self.seconds else 0.0

    @property
    def seconds_for_10000(self) -> float:
        return 10_000 / self.rate if self.rate else float("inf")


def imported_rows(url: str) -> int:
    with psycopg.connect(url) as connection:
        row = connection.execute(
            "SELECT count(*) FROM association_resourcepage WHERE external_id LIKE %s",
            [EXTERNAL_ID_PREFIX + "%"],
        ).fetchone()
    return row[0]


def measure_import(
    services_url: str,
    bench_database: str,
    institution: str,
    rows: int,
    time_limit: float,
    env: dict[str, str],
) -> ImportRun:
    """Import `rows` generated rows into a copy of `bench_database` (no connection to it
    may be open: the copy is made with CREATE DATABASE … TEMPLATE), stopping after
    `time_limit` seconds; count what was imported, then drop the copy."""
    copy = f"{bench_database}_import"
    drop_database(services_url, copy)
    say(f"copying {bench_database} to {copy} for the import")
    create_database(services_url, copy, template=bench_database)
    url = with_database(services_url, copy)
    catalogue = WORK_DIR / f"catalogue-{rows}.csv"
    if not catalogue.exists():
        write_catalogue(catalogue, rows)
    log = WORK_DIR / "import.log"
    log.unlink(missing_ok=True)
    say(f"importing {rows} rows into {institution} (time limit {time_limit:.0f} s; log in {log})")
    try:
        status, output, elapsed = run_logged(
            manage("import_resources", str(catalogue), "--institution", institution),
            env={**env, "DATABASE_URL": url},
            log=log,
            timeout=time_limit,
            check=False,
        )
        imported = imported_rows(url)
        finished = status == 0
        note = ""
        if finished:
            summary = [line for line in output.splitlines() if "rejected:" in line]
            note = summary[-1].strip() if summary else ""
        elif status != -1:
            tail = "\n".join(output.splitlines()[-15:])
            raise BenchError(f"import_resources failed (exit {status}); see {log}:\n{tail}")
    finally:
        drop_database(services_url, copy)
    return ImportRun(rows, imported, elapsed, finished, note)
