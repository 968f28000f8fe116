"""The demo network's texts, read from the data files in `demo/data/`.

Long texts are YAML (`site.yaml`, `institutions.yaml`, `news.yaml`, `programmes.yaml`,
`seminars.yaml`, `resources.yaml`; each file's header says what its fields mean), the
taxonomies are CSV (`regions.csv`, `subjects.csv`, `resource_types.csv`: slug, Russian and
English name). The files are read once, when this module is imported; the loader treats
the values as read-only.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"

# libyaml's parser where PyYAML was built with it (its wheels are): the files are large.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(name: str) -> Any:
    """The contents of `demo/data/<name>.yaml`, with YAML's safe types only."""
    with open(DATA_DIR / f"{name}.yaml", encoding="utf-8") as file:
        return yaml.load(file, Loader=_Loader)


def read_csv(name: str) -> list[dict[str, str]]:
    """The rows of `demo/data/<name>.csv` as dictionaries keyed by its header."""
    with open(DATA_DIR / f"{name}.csv", encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


# Site texts by language code ("ru", "en").
SITE: dict[str, dict[str, Any]] = read_yaml("site")
# Taxonomies: {"slug", "ru", "en"} each.
REGIONS: list[dict[str, str]] = read_csv("regions")
SUBJECTS: list[dict[str, str]] = read_csv("subjects")
RESOURCE_TYPES: list[dict[str, str]] = read_csv("resource_types")
# Pages and their institutions, in the order the loader creates them.
INSTITUTIONS: list[dict[str, Any]] = read_yaml("institutions")
NEWS: list[dict[str, Any]] = read_yaml("news")
PROGRAMMES: list[dict[str, Any]] = read_yaml("programmes")
SEMINARS: list[dict[str, Any]] = read_yaml("seminars")
RESOURCES: list[dict[str, Any]] = read_yaml("resources")
