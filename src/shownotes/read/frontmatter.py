"""Split a document into its front matter and its body, keeping the body's offset.

Front matter is YAML between ``---`` lines (Jekyll, Hugo, MDX), TOML between ``+++`` lines (Hugo,
Zola) or a JSON object whose braces stand alone on their lines (Hugo). YAML is decoded by
PyYAML (imported on the first YAML front matter met, so ``import shownotes`` stays cheap), TOML
and JSON by the standard library's ``tomllib`` and ``json``. Lines may end in any break
:mod:`shownotes.read.breaks` counts (a lone CR, U+2028 too).

YAML is read by PyYAML's safe loader, and bounded: its aliases may repeat at most
:data:`MAX_ALIAS_NODES` nodes in all (0.3 kB of nested aliases can stand for millions), and an
alias may not contain itself. Past that, the front matter is refused as broken, as is front
matter nested deeper than :data:`MAX_DEPTH` levels in any of the three languages (real front
matter nests a few levels; a thousand would break ``to_json`` and ``pickle`` later, far from
the cause).

>>> doc = split("---\\ntitle: Hello\\n---\\nBody text\\n")
>>> doc.metadata, doc.body, doc.offset, doc.format
({'title': 'Hello'}, 'Body text\\n', 21, 'yaml')
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from shownotes.model.errors import FrontMatterError
from shownotes.read.breaks import normalize_breaks

if TYPE_CHECKING:
    import yaml

__all__ = ["MAX_ALIAS_NODES", "MAX_DEPTH", "Document", "FrontMatterFormat", "split"]

#: How many nodes the aliases of a YAML front matter may add when expanded, in all.
MAX_ALIAS_NODES: Final = 10_000

#: How deeply front matter's lists and mappings may nest.
MAX_DEPTH: Final = 100

#: The front-matter formats :func:`split` recognises.
FrontMatterFormat = Literal["yaml", "toml", "json"]


class _YamlFailure(ValueError):
    """PyYAML's error, carried out of :func:`_load_yaml` (``yaml`` is imported there only)."""

    def __init__(self, error: yaml.YAMLError) -> None:
        super().__init__(str(error))
        self.error = error


def _load_yaml(fm: str) -> Any:
    """The YAML front matter's value, by PyYAML's safe loader (its C version when built)."""
    import yaml  # on the first YAML front matter: ``import shownotes`` stays cheap

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(fm)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if "*" in fm:  # no alias is written without one
            _check_aliases(node)
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        raise _YamlFailure(error) from error
    finally:
        loader.dispose()


def _children(node: yaml.Node) -> list[yaml.Node]:
    import yaml

    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check_aliases(root: yaml.Node) -> None:
    """Refuse a YAML document whose aliases expand past :data:`MAX_ALIAS_NODES` more nodes, or
    contain themselves. Each node is visited once (the sizes of shared nodes are remembered),
    so the check is linear in what was written, however much it would expand to."""
    import yaml

    sizes: dict[int, int] = {}  # expanded size of each finished node
    written = 0
    open_nodes: set[int] = set()  # nodes whose subtree is being visited
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            open_nodes.discard(key)
            size = 1 + sum(sizes[id(child)] for child in _children(node))
            sizes[key] = size
            if size > written + MAX_ALIAS_NODES:
                raise yaml.constructor.ConstructorError(
                    None, None, f"aliases expand past {MAX_ALIAS_NODES} nodes", node.start_mark
                )
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise yaml.constructor.ConstructorError(
                None, None, "an alias contains itself", node.start_mark
            )
        open_nodes.add(key)
        written += 1
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def _too_deep_error(kind: str, text: str, fm_offset: int) -> FrontMatterError:
    """The error of a front matter nested past :data:`MAX_DEPTH`, on its first line."""
    return FrontMatterError(
        f"{kind.upper()} front matter nests deeper than {MAX_DEPTH} levels",
        lineno=text.count("\n", 0, fm_offset) + 2,
        colno=1,
    )


def _too_deep(value: object) -> bool:
    """Whether ``value`` nests lists and mappings deeper than :data:`MAX_DEPTH` (no recursion:
    the check must not itself run out of stack)."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False


# Each language: its decoder and its rule line. A rule ends at its line's end (python-frontmatter's
# YAML boundary let ``\s*`` run over following blank lines; ours keeps the body offset exact).
_HANDLERS: Final[tuple[tuple[FrontMatterFormat, Callable[[str], Any], re.Pattern[str]], ...]] = (
    ("yaml", _load_yaml, re.compile(r"^-{3,}[ \t]*\r?$", re.MULTILINE)),
    ("toml", tomllib.loads, re.compile(r"^\+{3,}[ \t]*\r?$", re.MULTILINE)),
    ("json", json.loads, re.compile(r"^(?:\{|\})[ \t]*\r?$", re.MULTILINE)),
)
_TOML_WHERE: Final = re.compile(r"\(at line (\d+), column (\d+)\)")


@attrs.frozen
class Document:
    """A document split in two: ``metadata`` (the decoded front matter, ``{}`` when there is
    none), the ``body`` text, and ``offset``, where the body starts in the original text.
    ``format`` names the front matter's language, or is ``None``; ``error`` holds the
    :class:`~shownotes.errors.FrontMatterError` when front matter was there but broken (then
    ``metadata`` is ``{}`` and ``body`` is what follows the front matter)."""

    metadata: Mapping[str, object]
    body: str
    offset: int = 0
    format: FrontMatterFormat | None = None
    error: FrontMatterError | None = None


def _error(kind: str, exc: Exception, text: str, fm_offset: int) -> FrontMatterError:
    """The loader's error as a FrontMatterError whose line and column count in ``text``."""
    # The loaders count from the rest of the opening rule's line, which is the document's line
    # `first_line + 1`.
    first_line = text.count("\n", 0, fm_offset)
    line: int | None = None
    column: int | None = None
    if isinstance(exc, _YamlFailure):
        exc = exc.error
    problem_mark = getattr(exc, "problem_mark", None)  # a yaml.MarkedYAMLError's
    if problem_mark is not None:
        line, column = problem_mark.line + 1, problem_mark.column + 1
        reason = getattr(exc, "problem", None) or str(exc)
    elif isinstance(exc, json.JSONDecodeError):
        line, column, reason = exc.lineno, exc.colno, exc.msg
    else:
        reason = str(exc)
        where = _TOML_WHERE.search(reason)
        if where:
            line, column = int(where.group(1)), int(where.group(2))
            reason = reason[: where.start()].strip()
    lineno = None if line is None else first_line + max(line, 1)
    err = FrontMatterError(
        f"invalid {kind.upper()} front matter: {reason}", lineno=lineno, colno=column
    )
    err.__cause__ = exc
    return err


def split(text: str) -> Document:
    """Split ``text`` into front matter and body; never raises on a ``str``.

    A document without front matter is all body. Broken front matter leaves ``metadata``
    empty and the error on :attr:`Document.error`; so does front matter that is not a mapping.
    """
    if not isinstance(text, str):
        raise TypeError(f"split() takes a str, not {type(text).__name__}")
    if text.startswith("\ufeff"):  # a byte-order mark is not content
        doc = split(text[1:])
        return attrs.evolve(doc, offset=doc.offset + 1)
    original = text
    text = normalize_breaks(text)  # same offsets; a lone CR or U+2028 ends a line too
    for kind, handler, boundary in _HANDLERS:
        opening = boundary.match(text)
        if not opening:
            continue
        closing = boundary.search(text, opening.end())
        if not closing:
            err = FrontMatterError(
                f"{kind.upper()} front matter opened on line 1 is never closed", lineno=1, colno=1
            )
            return Document({}, original, 0, kind, err)
        raw = text[opening.end() : closing.start()]
        body_start = closing.end()
        if text.startswith("\r\n", body_start):
            body_start += 2
        elif text.startswith("\n", body_start):
            body_start += 1
        body = original[body_start:]
        fm = "{" + raw + "}" if kind == "json" else raw
        try:
            metadata = handler(fm)
        except (ValueError, OverflowError) as exc:  # TOMLDecodeError, JSONDecodeError too
            return Document({}, body, body_start, kind, _error(kind, exc, text, opening.end()))
        except RecursionError:
            # The loader ran out of stack on nested flow collections: the same error as a value
            # past MAX_DEPTH, whatever depth the caller's stack left the loader.
            return Document({}, body, body_start, kind, _too_deep_error(kind, text, opening.end()))
        if metadata is None:
            metadata = {}
        if isinstance(metadata, str) and kind == "yaml":
            break  # text between two rules (``---``), not front matter
        if not isinstance(metadata, dict):
            err = FrontMatterError(
                f"{kind.upper()} front matter is a {type(metadata).__name__}, not a mapping",
                lineno=2,
                colno=1,
            )
            return Document({}, body, body_start, kind, err)
        if _too_deep(metadata):
            return Document({}, body, body_start, kind, _too_deep_error(kind, text, opening.end()))
        return Document(metadata, body, body_start, kind)
    return Document({}, original, 0)
