"""The exceptions shownotes raises, and the :class:`Problem` it reports instead in lenient mode.

Every exception is a :class:`ShowNotesError`, so ``except shownotes.ShowNotesError`` catches all
of them; parse errors are also :class:`ValueError`. Each :class:`ParseError` has the ``code`` of
the :class:`Problem` it is, and ``problem``, that Problem: lenient parsing reports the one,
``strict=True`` raises the other (:meth:`ParseError.from_problem`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

__all__ = [
    "ChapterError",
    "EpisodeError",
    "FeedError",
    "FormatError",
    "FrontMatterError",
    "LinkError",
    "ParseError",
    "Problem",
    "ShowNotesError",
    "ShowNotesErrorGroup",
    "TimestampError",
    "UnknownFormatError",
]


class ShowNotesError(Exception):
    """Base class of every error shownotes raises."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so


class ParseError(ShowNotesError, ValueError):
    """Text that does not follow the grammar it was parsed with.

    ``msg`` is the bare message, ``pos`` the 0-based offset in the parsed text (or ``None``),
    ``lineno``/``colno`` the 1-based line and column of ``pos``. ``str()`` shows where.
    ``code`` names the kind of problem (each subclass has its own; an error made from a
    :class:`Problem` has that problem's code), and ``problem`` is the error as the
    :class:`Problem` lenient parsing reports.

    >>> err = ParseError("unexpected '}'", "a: 1\\n}", pos=5)
    >>> str(err)
    "unexpected '}' (line 2, column 1)"
    >>> (err.lineno, err.colno, err.code)
    (2, 1, 'parse')
    >>> err.problem
    Problem(code='parse', message="unexpected '}'", span=None, line=2, column=1)

    ``strict=True`` raises each :class:`Problem` as the error :meth:`from_problem` makes:

    >>> err = ParseError.from_problem(Problem("chapter-order", "0:30 after 1:00", None, 3, 1))
    >>> err
    ChapterError('chapter-order: 0:30 after 1:00 (line 3, column 1)')
    >>> (err.code, err.msg, err.lineno, err.colno, err.problem.code)
    ('chapter-order', '0:30 after 1:00', 3, 1, 'chapter-order')
    """

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so

    #: The problem code of this kind of error; :meth:`from_problem` gives a finer one.
    code: str = "parse"
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
        self._problem: Problem | None = None
        super().__init__(self._describe())

    @classmethod
    def from_problem(cls, problem: Problem) -> ParseError:
        """The error ``strict=True`` raises for ``problem``: an instance of the class its code's
        family names (``chapter-…`` a :class:`ChapterError`, ``link-…`` a :class:`LinkError`,
        ``episode-…`` an :class:`EpisodeError`, ``front-matter…`` a
        :class:`FrontMatterError`; any other code a :class:`ParseError`), keeping the code,
        the problem and its line and column.
        """
        family = next(
            (error for prefix, error in _FAMILIES if problem.code.startswith(prefix)), ParseError
        )
        pos = problem.span[0] if problem.span is not None else None
        err = family(problem.message, None, pos, lineno=problem.line, colno=problem.column)
        err.code = problem.code
        err._problem = problem
        err.args = (err._describe(),)
        return err

    @property
    def problem(self) -> Problem:
        """This error as the :class:`Problem` lenient parsing reports in its place."""
        if self._problem is not None:
            return self._problem
        return Problem(self.code, self.msg, None, self.lineno, self.colno)

    def _describe(self) -> str:
        msg = self.msg if self._problem is None else f"{self.code}: {self.msg}"
        if self.lineno is None:
            return msg
        if self.colno is None:
            return f"{msg} (line {self.lineno})"
        return f"{msg} (line {self.lineno}, column {self.colno})"

    def __reduce__(self) -> tuple[object, ...]:
        # Keeps the keyword-only position fields, the code and the problem through pickling
        # (multiprocessing, Dask).
        where = (self.msg, self.pos, self.lineno, self.colno)
        return (_rebuild, (type(self), where, self.code, self._problem))


def _rebuild(
    cls: type[ParseError],
    where: tuple[str, int | None, int | None, int | None],
    code: str,
    problem: Problem | None,
) -> ParseError:
    msg, pos, lineno, colno = where
    err = cls.__new__(cls)
    ParseError.__init__(err, msg, None, pos, lineno=lineno, colno=colno)
    if code != err.code:
        err.code = code
    if problem is not None:
        err._problem = problem
        err.args = (err._describe(),)
    return err


class TimestampError(ParseError):
    """A time that cannot be read, such as ``12:75`` (seconds out of range)."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so

    code = "timestamp"


class FrontMatterError(ParseError):
    """Front matter (YAML, TOML or JSON) that its loader rejects; wraps the loader's error.
    Also what ``strict=True`` raises for a value in front matter that cannot be read (codes
    ``front-matter…``)."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so

    code = "front-matter"


class FormatError(ParseError):
    """A chapter file that does not follow its format."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so

    code = "format"


class UnknownFormatError(FormatError, KeyError):
    """A format name that no reader or writer has; ``name`` is the name asked for, ``known``
    the names there are. A :class:`KeyError` too, as a failed look-up.

    >>> err = UnknownFormatError("srt", ("psc", "cue"), "chapter format")
    >>> str(err), err.name, isinstance(err, KeyError)
    ("unknown chapter format 'srt'; known: psc, cue", 'srt', True)
    """

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so

    code = "unknown-format"
    name: str
    known: tuple[str, ...]
    what: str

    def __init__(self, name: str, known: Sequence[str], what: str = "format") -> None:
        self.name = name
        self.known = tuple(known)
        self.what = what
        super().__init__(f"unknown {what} {name!r}; known: {', '.join(self.known)}")

    def __str__(self) -> str:  # the message as it is, not quoted as KeyError quotes a key
        return self._describe()

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.name, self.known, self.what))


class ChapterError(ParseError):
    """A chapter list with a problem (codes ``chapter-…``), raised by ``strict=True``."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so

    code = "chapter"


class LinkError(ParseError):
    """A link with a problem (codes ``link-…``), raised by ``strict=True``."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so

    code = "link"


class EpisodeError(ParseError):
    """An episode field that is there but cannot be read (codes ``episode-…``), raised by
    ``strict=True``."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so

    code = "episode"


class FeedError(ParseError):
    """A feed that cannot be read at all: not XML even with recovery, not RSS or Atom, or
    a DTD that declares entities. Any lesser fault is a :class:`Problem` on the feed."""

    __module__ = "shownotes.errors"  # where users import it from: tracebacks name it so

    code = "feed"


# The error class of each family of problem codes, by the code's first words: one table for
# ParseError.from_problem (and the docs), longest prefix first.
_FAMILIES: tuple[tuple[str, type[ParseError]], ...] = (
    ("front-matter", FrontMatterError),
    ("chapter-", ChapterError),
    ("link-", LinkError),
    ("episode-", EpisodeError),
)


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
