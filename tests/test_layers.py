"""The package's shape: one package per pipeline stage, imports only downward, no cycles.

Read from the source with :mod:`ast` (every import, including those inside functions and under
``TYPE_CHECKING``), so a lazy import cannot hide a cycle or an upward dependency.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "shownotes"

# The stages, lowest first; a module may import its own stage and the stages below it. Stages of
# equal rank are siblings and may not import each other.
STAGES: dict[str, int] = {
    "shownotes.model": 0,
    "shownotes._version": 0,
    "shownotes.read": 1,
    "shownotes.links": 2,
    "shownotes.transcripts": 2,
    "shownotes.chapters": 3,
    "shownotes.episode": 3,
    "shownotes.references": 4,
    "shownotes._parse": 5,
    "shownotes.boilerplate": 4,  # parse takes what it found: below parse
    "shownotes.formats": 6,
    "shownotes.batch": 6,
    "shownotes.feeds": 7,
    "shownotes.strategies": 7,
    "shownotes.cli": 8,
    "shownotes.dask": 8,
    "shownotes.__main__": 9,
    "shownotes": 9,
}
# The public module paths of 0.1, kept as thin re-exports of the stage that holds the code.
ALIASES = frozenset(
    {
        "shownotes.timestamps",
        "shownotes.errors",
        "shownotes.lines",
        "shownotes.notes",
        "shownotes.serialize",
        "shownotes.metadata",
        "shownotes.document",
        "shownotes.markup",
        "shownotes.sections",
    }
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _imports(name: str) -> Iterator[str]:
    """Every shownotes module ``name`` imports, resolved to a module of the package."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            # `from pkg import submodule` needs the submodule; `from pkg import name` needs pkg.
            # (Any import of a submodule runs its package's __init__ first: that is how
            # packages work, not a dependency of the submodule on its package.)
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            if target in MODULES:
                yield target


GRAPH = {name: sorted(set(_imports(name)) - {name}) for name in MODULES}


def _stage(name: str) -> str:
    return max((s for s in STAGES if name == s or name.startswith(s + ".")), key=len, default="")


def _rank(name: str, seen: frozenset[str] = frozenset()) -> int:
    if name in ALIASES:  # an alias sits where the deepest thing it re-exports sits
        return max((_rank(t, seen | {name}) for t in GRAPH[name] if t not in seen), default=0)
    return STAGES[_stage(name)]


def test_every_module_belongs_to_a_stage() -> None:
    assert [n for n in MODULES if n not in ALIASES and not _stage(n)] == []


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n not in ALIASES))
def test_imports_only_go_down(name: str) -> None:
    own_stage, own_rank = _stage(name), _rank(name)
    upward = [
        target
        for target in GRAPH[name]
        if _stage(target) != own_stage
        and _stage(target) != "shownotes"
        and (_rank(target) > own_rank or (_rank(target) == own_rank and own_stage != "shownotes"))
    ]
    assert upward == [], f"{name} (rank {own_rank}) imports a later or sibling stage"


def test_the_model_imports_nothing_of_ours_outside_it() -> None:
    outside = {
        (name, target)
        for name in MODULES
        if _stage(name) == "shownotes.model"
        for target in GRAPH[name]
        if _stage(target) != "shownotes.model"
    }
    assert outside == set()


def test_no_import_cycles() -> None:
    """Tarjan's strongly connected components over every import: none larger than one."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in GRAPH[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for name in sorted(GRAPH):
        if name not in index:
            visit(name)
    assert cycles == []


@pytest.mark.parametrize(
    "stage",
    sorted(s for s in STAGES if s in MODULES and MODULES[s].name == "__init__.py"),
)
def test_each_stage_lists_its_public_names(stage: str) -> None:
    tree = ast.parse(MODULES[stage].read_text("utf-8"))
    names = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    ]
    assert "__all__" in names
