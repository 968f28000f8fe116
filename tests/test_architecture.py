"""The floor plan of the code: no module of the project imports, however indirectly, a
module that imports it back (the layers between apps are import-linter's contract in
pyproject.toml, run by `make lint`)."""

from __future__ import annotations

import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = [
    "tools",
    "demo",
    "portal",
    "activity",
    "network",
    "search",
    "home",
    "association",
    "core",
]


def import_circles(graph) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    modules = sorted(m for m in graph.modules if ".migrations" not in m)
    known = set(modules)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = 0

    def visit(module: str) -> None:
        nonlocal counter
        index[module] = low[module] = counter
        counter += 1
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in known:
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for module in modules:
        if module not in index:
            visit(module)
    return circles


def test_no_module_imports_itself_back_through_others():
    sys.path.insert(0, str(ROOT))
    present = [name for name in PACKAGES if (ROOT / name / "__init__.py").exists()]
    graph = grimp.build_graph(*present, include_external_packages=False, cache_dir=None)
    assert import_circles(graph) == []
