"""How the values look in a notebook and in pandas: HTML tables (every piece of document text
escaped), :class:`Table` (a sequence of values shown as one), and rows for DataFrames in which
times are seconds and a missing value is ``NaN``.

>>> cell("<b>attrs</b>"), cell("javascript:alert(1)")
('&lt;b&gt;attrs&lt;/b&gt;', 'javascript:alert(1)')
>>> cell("https://www.attrs.org/?a=1&b=2")
'<a href="https://www.attrs.org/?a=1&amp;b=2" target="_blank" rel="noopener">https://www.attrs.org/?a=1&amp;b=2</a>'
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar, overload

import attrs

from shownotes.model.timestamps import Timestamp

if TYPE_CHECKING:
    import pandas

__all__ = ["TIMES", "Table", "cell", "frame", "html_table", "plain"]

T = TypeVar("T")
#: The fields that hold a time: seconds (floats) in a DataFrame.
TIMES = frozenset({"start", "end", "time"})


def cell(value: object) -> str:
    """``value`` as the HTML of a table cell: escaped text; an http(s) URL as a link (no other
    scheme is a link: ``javascript:`` in show notes must not run in a notebook); nothing for
    ``None``; a tuple as its items joined by commas."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ", ".join(cell(item) for item in value)
    text = str(value)
    escaped = html.escape(text)
    if text.startswith(("https://", "http://")) and not any(ch.isspace() for ch in text):
        return f'<a href="{escaped}" target="_blank" rel="noopener">{escaped}</a>'
    return escaped


def html_table(
    columns: Sequence[str], rows: Iterable[Sequence[object]], *, numbered: bool = True
) -> str:
    """An HTML table of ``rows`` under ``columns`` (cells made by :func:`cell`), each row
    numbered from 1 when ``numbered``."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in (("#", *columns) if numbered else columns))
    body = "".join(
        "<tr>"
        + (f"<td>{number}</td>" if numbered else "")
        + "".join(f"<td>{cell(value)}</td>" for value in row)
        + "</tr>"
        for number, row in enumerate(rows, start=1)
    )
    return f'<table class="shownotes"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def plain(value: object) -> object:
    """``value`` as a DataFrame holds it: a time as seconds (a float), ``None`` as ``NaN``, a
    tuple of pairs as a dict."""
    if value is None:
        return math.nan
    if isinstance(value, Timestamp):
        return value.seconds
    if isinstance(value, tuple) and all(isinstance(v, tuple) and len(v) == 2 for v in value):
        return dict(value)
    return value


def frame(items: Iterable[object], columns: Sequence[str]) -> pandas.DataFrame:
    """A DataFrame of ``columns`` read from each of ``items`` (through :func:`plain`): the
    time columns (:data:`TIMES`) as floats, the others as objects, so a column of text that is
    all missing is still one of text.

    Needs the ``pandas`` extra: ``pip install 'shownotes[pandas]'``.
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - exercised without the extra only
        raise ImportError("to_pandas() needs pandas: pip install 'shownotes[pandas]'") from exc
    rows = [[plain(getattr(item, column)) for column in columns] for item in items]
    table = pd.DataFrame(rows, columns=list(columns))
    return table.astype({c: "float64" if c in TIMES else object for c in columns})


@attrs.frozen
class Table(Sequence[T], Generic[T]):
    """Values (references, links) that a notebook shows as one table and pandas reads as one
    DataFrame; a sequence of the values themselves otherwise.

    ``columns`` names the fields shown, in order; :meth:`to_pandas` gives one column each.
    """

    items: tuple[T, ...]
    columns: tuple[str, ...]

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Table[T]: ...
    def __getitem__(self, index: int | slice) -> T | Table[T]:
        if isinstance(index, slice):
            return Table(self.items[index], self.columns)
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def _repr_html_(self) -> str:
        rows = [[getattr(item, column) for column in self.columns] for item in self.items]
        return html_table(self.columns, rows)

    def to_pandas(self) -> pandas.DataFrame:
        """One row per value, one column per field in :attr:`columns`; times in seconds, a
        missing value ``NaN``. Needs the ``pandas`` extra."""
        return frame(self.items, self.columns)
