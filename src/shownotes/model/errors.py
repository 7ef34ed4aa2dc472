"""The exceptions shownotes raises, and the :class:`Problem` it reports instead in lenient mode.

Every exception is a :class:`ShowNotesError`, so ``except shownotes.ShowNotesError`` catches all
of them; parse errors are also :class:`ValueError`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

__all__ = [
    "FeedError",
    "FormatError",
    "FrontMatterError",
    "ParseError",
    "Problem",
    "ShowNotesError",
    "ShowNotesErrorGroup",
    "TimestampError",
]


class ShowNotesError(Exception):
    """Base class of every error shownotes raises."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so


class ParseError(ShowNotesError, ValueError):
    """Text that does not follow the grammar it was parsed with.

    ``msg`` is the bare message, ``pos`` the 0-based offset in the parsed text (or ``None``),
    ``lineno``/``colno`` the 1-based line and column of ``pos``. ``str()`` shows where.

    >>> err = ParseError("unexpected '}'", "a: 1\\n}", pos=5)
    >>> str(err)
    "unexpected '}' (line 2, column 1)"
    >>> (err.lineno, err.colno)
    (2, 1)
    """

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so

    msg: str
    pos: int | None
    lineno: int | None
    colno: int | None

    def __init__(
        self,
        msg: str,
        doc: str | None = None,
        pos: int | None = None,
        *,
        lineno: int | None = None,
        colno: int | None = None,
    ) -> None:
        if doc is not None and pos is not None:
            pos = max(0, min(pos, len(doc)))
            lineno = doc.count("\n", 0, pos) + 1
            colno = pos - (doc.rfind("\n", 0, pos) + 1) + 1
        self.msg = msg
        self.pos = pos
        self.lineno = lineno
        self.colno = colno
        super().__init__(self._describe())

    def _describe(self) -> str:
        if self.lineno is None:
            return self.msg
        if self.colno is None:
            return f"{self.msg} (line {self.lineno})"
        return f"{self.msg} (line {self.lineno}, column {self.colno})"

    def __reduce__(self) -> tuple[object, ...]:
        # Keeps the keyword-only position fields through pickling (multiprocessing, Dask).
        return (_rebuild, (type(self), self.msg, self.pos, self.lineno, self.colno))


def _rebuild(
    cls: type[ParseError], msg: str, pos: int | None, lineno: int | None, colno: int | None
) -> ParseError:
    err = cls.__new__(cls)
    ParseError.__init__(err, msg, None, pos, lineno=lineno, colno=colno)
    return err


class TimestampError(ParseError):
    """A time that cannot be read, such as ``12:75`` (seconds out of range)."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so


class FrontMatterError(ParseError):
    """Front matter (YAML, TOML or JSON) that its loader rejects; wraps the loader's error."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so


class FormatError(ParseError):
    """A chapter file that does not follow its format."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so


class FeedError(ParseError):
    """A feed that cannot be read at all: not XML even with recovery, not RSS or Atom, or
    a DTD that declares entities. Any lesser fault is a :class:`Problem` on the feed."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so


@attrs.frozen
class Problem:
    """Something odd found while parsing, reported instead of raised in lenient mode.

    ``code`` is a stable, machine-readable name (``"front-matter"``, ``"chapter-order"``, …);
    ``span`` the ``(start, end)`` offsets in the parsed text where known.

    >>> Problem("chapter-order", "2:00 comes after 3:00", span=(10, 14))
    ... # doctest: +NORMALIZE_WHITESPACE
    Problem(code='chapter-order', message='2:00 comes after 3:00', span=(10, 14),
            line=None, column=None)
    """

    code: str
    message: str
    span: tuple[int, int] | None = None
    line: int | None = None
    column: int | None = None


class ShowNotesErrorGroup(ExceptionGroup[ShowNotesError], ShowNotesError):
    """All the problems of one ``parse(..., strict=True)`` call, raised at once."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so

    def __new__(cls, message: str, exceptions: Sequence[ShowNotesError]) -> ShowNotesErrorGroup:
        return super().__new__(cls, message, exceptions)

    def derive(self, excs: Sequence[ShowNotesError]) -> ShowNotesErrorGroup:  # type: ignore[override]
        return ShowNotesErrorGroup(self.message, excs)
