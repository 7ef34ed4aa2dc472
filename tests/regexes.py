"""Every regular expression in ``src/shownotes``, found by reading the source, for the ReDoS
audit (``benchmarks/redos.py`` measures them, ``tests/test_redos.py`` keeps them linear).

A *site* is one ``re.compile(...)`` or ``re.search(...)``-style call. Its pattern is the
literal in the call, or, when the pattern is built (``rf"...{_TIME}..."``), the compiled
value of the module or class attribute the call is assigned to. How the pattern is used decides
how it is measured: ``search`` when anything scans with it (``search``, ``finditer``, ``sub``,
``split``, ``findall``), else ``match``/``fullmatch`` at the start.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

__all__ = ["SRC", "Attack", "Site", "attacks", "run", "sites", "table_sites"]

SRC = Path(__file__).resolve().parents[1] / "src" / "shownotes"
_SCANNING = frozenset({"search", "finditer", "findall", "sub", "subn", "split"})
_RE_CALLS = _SCANNING | {"compile", "match", "fullmatch"}
# Where each function of re takes its flags as a positional argument.
_FLAGS_AT = {"compile": 1, "split": 3, "sub": 4, "subn": 4} | dict.fromkeys(
    ("search", "match", "fullmatch", "findall", "finditer"), 2
)
# Modules that compile patterns given as data (the platform tables' rules): table_sites().
_COMPILED_FROM_TABLES = frozenset({"shownotes.links.rules"})


def _show_name_pattern() -> re.Pattern[str]:
    from shownotes.references.find import _about

    built = _about("The " + "Data " * 10 + "Hour")  # twelve words, the most it takes
    assert built is not None
    return built


# Patterns a function builds from its arguments: one built as the code builds it, with the
# longest arguments it takes.
_BUILT = {
    ("shownotes.references.find", "_about"): _show_name_pattern,
    ("shownotes.read.inline", "match_brackets"): lambda: re.compile(f"[{re.escape('<>')}]"),
}


class Site(NamedTuple):
    """One regular expression: where it is, what it is, and how it is used."""

    module: str  # "shownotes.episode"
    line: int
    name: str  # the attribute it is assigned to, or "<inline>"
    pattern: re.Pattern[str] | re.Pattern[bytes]
    use: str  # "search", "match" or "fullmatch"
    comment: str  # the comment lines just above it, if any

    @property
    def key(self) -> str:
        """Stable across edits elsewhere in the file: the module and the pattern itself."""
        flags = self.pattern.flags & ~re.UNICODE
        return f"{self.module}:{self.pattern.pattern!r}:{flags}"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _comment_above(lines: list[str], line: int) -> str:
    found: list[str] = []
    i = line - 2
    while i >= 0 and lines[i].strip().startswith("#"):
        found.insert(0, lines[i].strip().lstrip("#:").strip())
        i -= 1
    return " ".join(found)


def _uses(tree: ast.AST, name: str) -> set[str]:
    """The methods called on ``name`` (``_X.search(...)`` → ``search``) in the module."""
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == name:
                used.add(node.attr)
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == name  # self._X.search, module._X.search
        ):
            used.add(node.attr)
    return used


def _use(methods: set[str]) -> str:
    if methods & _SCANNING or not methods:
        return "search"
    return "fullmatch" if methods == {"fullmatch"} else "match"


def _is_re_call(node: ast.AST) -> str | None:
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "re"
        and node.func.attr in _RE_CALLS
    ):
        return node.func.attr
    return None


def _flags(call: ast.Call, module: object) -> int:
    flag_node = next((k.value for k in call.keywords if k.arg == "flags"), None)
    position = _FLAGS_AT[_is_re_call(call) or "compile"]
    if flag_node is None and len(call.args) > position:
        flag_node = call.args[position]
    if flag_node is None:
        return 0
    return int(eval(compile(ast.Expression(flag_node), "<flags>", "eval"), vars(module)))


def _patterns_in(value: object) -> Iterator[re.Pattern[str] | re.Pattern[bytes]]:
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _patterns_in(item)


def _sites_in(path: Path) -> Iterator[Site]:
    name = _module_name(path)
    source = path.read_text("utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    module = importlib.import_module(name)
    owners: dict[int, tuple[str, object]] = {}  # id(call) -> (target name, owner)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            owner = getattr(module, node.name, None)
            for stmt in node.body:
                if isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None:
                    target = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
                    if isinstance(target, ast.Name):
                        owners.update((id(n), (target.id, owner)) for n in ast.walk(stmt.value))
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None:
            target = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
            if isinstance(target, ast.Name):
                owners.update((id(n), (target.id, module)) for n in ast.walk(stmt.value))
    functions = {
        id(inner): fn.name
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef)
        for inner in ast.walk(fn)
    }
    for node in ast.walk(tree):
        kind = _is_re_call(node)
        if kind is None or not isinstance(node, ast.Call) or not node.args:
            continue
        built = _BUILT.get((name, functions.get(id(node), "")))
        if built is not None:
            comment = f"built by {functions[id(node)]}(): " + _comment_above(lines, node.lineno)
            yield Site(name, node.lineno, functions[id(node)], built(), "search", comment)
            continue
        attribute, owner = owners.get(id(node), ("<inline>", None))
        try:
            literal = ast.literal_eval(node.args[0])
        except ValueError:
            literal = None
        if literal is not None:
            pattern = re.compile(literal, _flags(node, module))
        else:
            value = getattr(owner, attribute, None)
            if not isinstance(value, re.Pattern) and name in _COMPILED_FROM_TABLES:
                continue  # each compiled table pattern is a site of table_sites()
            if not isinstance(value, re.Pattern):
                # A table of patterns compiled in a comprehension: one site per pattern.
                held = list(_patterns_in(value))
                if not held:
                    raise LookupError(f"{name}:{node.lineno}: cannot resolve the pattern")
                comment = _comment_above(lines, node.lineno)
                for pattern in held:
                    yield Site(name, node.lineno, attribute, pattern, "search", comment)
                continue
            pattern = value
        if kind == "compile":
            use = _use(_uses(tree, attribute)) if attribute != "<inline>" else "search"
        else:
            use = "search" if kind in _SCANNING else kind
        yield Site(name, node.lineno, attribute, pattern, use, _comment_above(lines, node.lineno))


def sites() -> list[Site]:
    """Every regular expression in ``src/shownotes``, in file and line order."""
    paths = sorted(p for p in SRC.rglob("*.py") if p.name != "__main__.py")  # it runs the CLI
    found = {site.key: site for path in paths for site in _sites_in(path)}
    return list(found.values())


def table_sites() -> list[Site]:
    """The URL rules of the platform tables (``links/tables/``): each rule's path pattern
    (full-matched against a path of at most ``links.hosts.MAX_PATH`` characters) and each query
    parameter's pattern (matched at the value's start)."""
    import pkgutil

    from shownotes.links import tables
    from shownotes.links.rules import Platform

    found = []
    for info in pkgutil.iter_modules(tables.__path__):
        name = f"{tables.__name__}.{info.name}"
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if not isinstance(value, tuple):
                continue
            for platform in value:
                if not isinstance(platform, Platform):
                    continue
                for rule in platform.rules:
                    what = f"a {platform.name} URL path ({rule.kind})"
                    found.append(Site(name, 0, attribute, rule.regex, "fullmatch", what))
                    for param, _, regex in rule.query:
                        if regex is not None:
                            what = f"the {param}= parameter of a {platform.name} URL"
                            found.append(Site(name, 0, attribute, regex, "match", what))
    return found


class Attack(NamedTuple):
    """An input that pumps one part of a pattern: ``prefix + pump * n + suffix``."""

    prefix: str
    pump: str
    suffix: str

    def build(self, n: int) -> str:
        return self.prefix + self.pump * n + self.suffix

    def describe(self) -> str:
        parts = [repr(self.prefix)] if self.prefix else []
        parts.append(f"{self.pump!r} * n")
        if self.suffix:
            parts.append(repr(self.suffix))
        return " + ".join(parts)


def run(site: Site, text: str) -> object:
    """``text`` through ``site``'s pattern the way the code uses it."""
    subject: str | bytes = text
    if isinstance(site.pattern.pattern, bytes):
        subject = text.encode("latin-1", "replace")
    if site.use == "search":
        return site.pattern.search(subject)  # type: ignore[arg-type]
    if site.use == "fullmatch":
        return site.pattern.fullmatch(subject)  # type: ignore[arg-type]
    return site.pattern.match(subject)  # type: ignore[arg-type]


# Characters a class or category stands for, first the ones most likely to be pumped.
_CATEGORY_SAMPLES = {
    "CATEGORY_DIGIT": "1",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": " ",
    "CATEGORY_LINEBREAK": "\n",
    "CATEGORY_NOT_LINEBREAK": "a",
}
_FAIL = ("!", "\x00", "\n")


def _samples(tree: object, out: list[str]) -> None:
    """Characters ``tree`` (a :mod:`re._parser` parse) can consume, in pattern order."""
    for op, arg in tree:  # type: ignore[attr-defined]
        kind = str(op)
        if kind == "LITERAL":
            out.append(chr(arg))
        elif kind == "ANY":
            out.append("a")
        elif kind == "IN":
            negated = any(str(o) == "NEGATE" for o, _ in arg)
            if negated:
                out.extend(("a", " ", "1"))
                continue
            for o, a in arg:
                if str(o) == "LITERAL":
                    out.append(chr(a))
                elif str(o) == "RANGE":
                    out.extend((chr(a[0]), chr(a[1])))
                elif str(o) == "CATEGORY":
                    out.append(_CATEGORY_SAMPLES.get(str(a), "a"))
        elif kind == "CATEGORY":
            out.append(_CATEGORY_SAMPLES.get(str(arg), "a"))
        elif kind in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            _samples(arg[2], out)
        elif kind in {"SUBPATTERN"}:
            _samples(arg[3], out)
        elif kind == "ATOMIC_GROUP":
            _samples(arg, out)
        elif kind == "BRANCH":
            for branch in arg[1]:
                _samples(branch, out)
        elif kind in {"ASSERT", "ASSERT_NOT"}:
            _samples(arg[1], out)


def _example(tree: object, twice: bool) -> str:
    """One string shaped like ``tree``: repeats taken at least once (twice when ``twice``),
    the first branch of each alternation, lookarounds left out."""
    out = []
    for op, arg in tree:  # type: ignore[attr-defined]
        kind = str(op)
        if kind == "LITERAL":
            out.append(chr(arg))
        elif kind in {"ANY", "CATEGORY", "IN"}:
            sample: list[str] = []
            _samples([(op, arg)], sample)
            out.append(sample[0] if sample else "a")
        elif kind in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            low, high = arg[0], arg[1]
            count = max(low, min(high, 2 if twice else 1))
            out.append(_example(arg[2], twice) * min(count, 8))
        elif kind == "SUBPATTERN":
            out.append(_example(arg[3], twice))
        elif kind == "ATOMIC_GROUP":
            out.append(_example(arg, twice))
        elif kind == "BRANCH":
            out.append(_example(arg[1][0], twice))
    return "".join(out)


def attacks(pattern: re.Pattern[str] | re.Pattern[bytes]) -> list[Attack]:
    """Inputs that pump each part of ``pattern``: every character it can consume repeated
    (alone and in pairs), and each one- to three-character slice of strings shaped like it
    repeated in place, each followed by a character that makes the match fail."""
    from re import _parser  # type: ignore[attr-defined]

    source = pattern.pattern
    text = source.decode("latin-1") if isinstance(source, bytes) else source
    tree = _parser.parse(text, pattern.flags & ~re.UNICODE if isinstance(source, bytes) else 0)
    chars: list[str] = []
    _samples(tree, chars)
    alphabet = list(dict.fromkeys([*chars, "a", "A", " ", "1", ".", "/", ":", "-"]))[:14]
    found: dict[Attack, None] = {}
    for c in alphabet:
        for fail in _FAIL:
            found[Attack("", c, fail)] = None
    for c in alphabet[:8]:
        for d in alphabet[:8]:
            if c != d:
                found[Attack("", c + d, "!")] = None
    for twice in (False, True):
        shape = _example(tree, twice)[:32]
        if shape:
            found[Attack("", shape, "\x00")] = None
        for i in range(len(shape)):
            for width in (1, 2, 3):
                pump = shape[i : i + width]
                if len(pump) == width:
                    found[Attack(shape[:i], pump, shape[i + width :] + "!")] = None
                    found[Attack(shape[:i], pump, "\x00")] = None
    return list(found)
