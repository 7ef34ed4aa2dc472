"""Chapters as show-notes text, in the styles :func:`shownotes.chapters.find` reads back."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from shownotes.model.chapters import Chapter

__all__ = ["STYLES", "render"]


def _url(chapter: Chapter) -> str:
    return f" <{chapter.url}>" if chapter.url else ""


def _html_url(chapter: Chapter) -> str:
    if not chapter.url:
        return ""
    href = html.escape(chapter.url)
    return f' <a href="{href}">{href}</a>'


def _range(chapter: Chapter) -> str:
    end = f" – {chapter.end}" if chapter.end is not None else ""  # noqa: RUF001 - en dash
    return f"{chapter.start}{end}"


_LINE: Final[dict[str, Callable[[Chapter], str]]] = {
    "plain": lambda c: f"{c.start} {c.title}{_url(c)}",
    "dash": lambda c: f"{c.start} - {c.title}{_url(c)}",
    "padded": lambda c: f"{c.start:hh:mm:ss} {c.title}{_url(c)}",
    "bracketed": lambda c: f"[{c.start}] {c.title}{_url(c)}",
    "parenthesised": lambda c: f"({c.start}) {c.title}{_url(c)}",
    "range": lambda c: f"{_range(c)} {c.title}{_url(c)}",
    "title-first": lambda c: f"{c.title}{_url(c)} - {c.start}",
    "markdown-link": lambda c: f"- [{c.start}](#t={c.start}) {c.title}{_url(c)}",
    "html-p": lambda c: f"<p>{c.start} {html.escape(c.title, quote=False)}{_html_url(c)}</p>",
    "html-li": lambda c: f"<li>{c.start} {html.escape(c.title, quote=False)}{_html_url(c)}</li>",
}

#: The styles :func:`render` writes, each read back exactly by :func:`~shownotes.chapters.find`
#: (``range`` writes ends as ``0:00 - 2:05`` with an en dash; the others drop them).
STYLES: Final = tuple(_LINE)


def render(chapters: Iterable[Chapter], style: str = "plain") -> str:
    """The chapters as text in ``style`` (one of :data:`STYLES`), one chapter per line.

    A chapter's ``url`` follows its title as ``<url>`` (a link in the HTML styles).

    >>> from shownotes.chapters import Chapter, Timestamp
    >>> chapters = [Chapter(Timestamp(0), "Intro"), Chapter(Timestamp(125_000), "Q&A")]
    >>> print(render(chapters, "dash"))
    0:00 - Intro
    2:05 - Q&A
    >>> print(render(chapters, "html-li"))
    <ul>
    <li>0:00 Intro</li>
    <li>2:05 Q&amp;A</li>
    </ul>
    >>> render(chapters, "fancy")
    Traceback (most recent call last):
      ...
    ValueError: unknown chapter style 'fancy'; known: plain, dash, padded, bracketed, ...
    """
    try:
        line = _LINE[style]
    except (KeyError, TypeError):
        raise ValueError(f"unknown chapter style {style!r}; known: {', '.join(STYLES)}") from None
    body = "\n".join(line(chapter) for chapter in chapters)
    if style == "html-li":
        return f"<ul>\n{body}\n</ul>"
    return body
