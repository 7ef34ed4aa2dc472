"""References as readable text."""

from __future__ import annotations

from collections.abc import Sequence

from shownotes.model.references import Reference

__all__ = ["render"]


def render(refs: Sequence[Reference]) -> str:
    """``refs`` as readable text, one per line: ``- title — note <url>``. Pure; ends with a
    newline unless empty.

    >>> print(render([Reference("attrs", "https://attrs.org", "classes"),
    ...                          Reference("A book")]), end="")
    - attrs — classes <https://attrs.org>
    - A book
    """
    out = []
    for ref in refs:
        line = f"- {ref.title}"
        if ref.note:
            line += f" — {ref.note}"
        if ref.url:
            line += f" <{ref.url}>"
        out.append(line + "\n")
    return "".join(out)
