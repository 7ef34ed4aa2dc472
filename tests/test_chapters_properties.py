"""Properties of chapters.find and render, and linear time on hostile input."""

from __future__ import annotations

import html
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import shownotes
from growth import assert_linear
from shownotes import chapters
from shownotes.chapters import Chapters
from shownotes.strategies import chapter_lists, timestamps, titles
from shownotes.strategies import chapters as one_chapter


@pytest.mark.parametrize("style", chapters.STYLES)
@given(data=st.data())
def test_find_reads_back_what_render_writes(style: str, data: st.DataObject) -> None:
    found = data.draw(chapter_lists(urls=True, start_at_zero=data.draw(st.booleans())))
    if style == "range":
        found = found.with_ends()
    assert chapters.find(chapters.render(found, style)) == found


_WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence of prose, now and then with a time in the middle of it."""
    words = draw(st.lists(_WORD, min_size=3, max_size=14))
    if draw(st.booleans()):
        at = draw(st.integers(1, len(words) - 1))
        stamp = format(draw(timestamps(max_ms=7_200_000, whole_seconds=True)))
        words[at:at] = [draw(st.sampled_from(["at", "around", "from", "until"])), stamp]
    return " ".join(words).capitalize() + draw(st.sampled_from([".", "!", "?"]))


prose = st.lists(sentences(), min_size=1, max_size=6).map(" ".join)
paragraphs = st.lists(prose, min_size=1, max_size=4).map("\n\n".join)


@given(paragraphs)
def test_prose_alone_gives_no_chapters(text: str) -> None:
    assert chapters.find(text) == Chapters()


@pytest.mark.parametrize("style", ["plain", "dash", "bracketed", "markdown-link", "html-p"])
@given(before=paragraphs, after=paragraphs, found=chapter_lists(), data=st.data())
def test_a_list_in_prose_and_front_matter_is_found_unchanged(
    style: str, before: str, after: str, found: Chapters, data: st.DataObject
) -> None:
    title = data.draw(titles())
    body = f"{before}\n\n{chapters.render(found, style)}\n\n{after}\n"
    assert chapters.find(body) == found
    text = f"---\ntitle: {title!r}\nduration: 1000:00:00\n---\n{body}"
    assert shownotes.parse(text).chapters == found


@given(found=chapter_lists(), heading=titles(max_words=3))
def test_html_and_markdown_renderings_give_equal_chapters(found: Chapters, heading: str) -> None:
    lines = chapters.render(found, "dash").splitlines()
    markdown = f"## {heading}\n\n" + "\n".join(f"- {line}" for line in lines) + "\n"
    page = (
        f"<html><body><h2>{html.escape(heading)}</h2><ul>"
        + "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        + "</ul></body></html>"
    )
    fragment = "<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>"
    from_markdown = chapters.find(markdown)
    assert from_markdown == found
    assert chapters.find(page) == from_markdown
    assert chapters.find(fragment) == from_markdown


@given(found=chapter_lists(max_size=5))
def test_a_repeated_list_gives_each_chapter_once(found: Chapters) -> None:
    text = chapters.render(found, "plain") + "\n\n" + chapters.render(found, "html-p")
    assert chapters.find(text) == found


@given(chapter_lists(min_size=3))
def test_validate_accepts_what_starts_at_zero_with_long_chapters(found: Chapters) -> None:
    # Steps are at least a second; YouTube wants 10 s, so only the count and start rules hold.
    codes = {p.code for p in chapters.validate(found, "spotify")}
    assert codes == set()


@given(one_chapter(urls=True))
def test_generated_chapters_have_clean_titles(chapter: chapters.Chapter) -> None:
    assert chapter.title == chapter.title.strip()
    assert chapter.title[0].isalpha()


# Builders of hostile text of about n characters: each must cost linear time.
HOSTILE = {
    "colons": lambda n: "1:" * (n // 2),
    "digit run": lambda n: "9" * n,
    "nested brackets": lambda n: "[(" * (n // 4) + "1:00" + ")]" * (n // 4),
    "open brackets": lambda n: "[" * n,
    "lenticular": lambda n: "\u3010" * (n // 2) + "1:00",
    "separators": lambda n: "0:00 " + "- " * (n // 2),
    "one long title-first line": lambda n: "word " * (n // 5) + "1:00",
    "units": lambda n: "1h" * (n // 2),
    "times glued": lambda n: "0:00" * (n // 4),
    "bracketed times": lambda n: "[0:00]" * (n // 6),
    "commas before a time": lambda n: "a" + "," * n + "x 1:00",
}


@pytest.mark.parametrize("build", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_text_takes_linear_time(build: Callable[[int], str]) -> None:
    assert_linear(build, chapters.find, 50_000)


@pytest.mark.parametrize(
    "line",
    ["0:00 a\n", "0:00\n", "[0:00] a - b\n", "a 0:00\n", "<p>0:00 a</p>", "1:00:00 Same title\n"],
    ids=["entries", "bare times", "brackets", "title first", "html", "one repeated title"],
)
def test_many_entry_lines_take_linear_time(line: str) -> None:
    """A megabyte of entry lines is real work, but it must grow linearly (13,800 lines of one
    repeated title took 13.6 s when each was compared with every earlier one)."""
    assert_linear(lambda n: line * n, chapters.find, 2_000)


def test_times_that_zigzag_take_linear_time() -> None:
    """Every second time goes back: each is checked against the block's earlier titles."""

    def zigzag(count: int) -> str:
        seconds = [30 * (i // 2 + 1) - 15 * (i % 2) for i in range(count)]
        return "".join(f"{s // 60}:{s % 60:02d} title {i}\n" for i, s in enumerate(seconds))

    assert_linear(zigzag, chapters.find, 1_000)


@pytest.mark.parametrize(("low", "high"), [(0, 3), (3, 2)])
def test_chapter_lists_refuses_impossible_sizes(low: int, high: int) -> None:
    with pytest.raises(ValueError, match="min_size"):
        chapter_lists(min_size=low, max_size=high)


@given(titles())
def test_titles_never_look_like_urls_or_clock_words(title: str) -> None:
    first = title.split(maxsplit=1)[0].casefold()
    assert not first.startswith("www")
    assert first not in {"am", "pm", "h", "hrs", "uhr", "to"}


_PIECES = st.sampled_from(
    [
        *"0123456789::[]()\u3010\u3011\uff08\uff09-\u2013\u2014|\u00b7@ \n\n<>/#*_abXY.,!?&;=",
        *("<p>", "</p>", "<br>", "<li>", "#t=", "](", "**", "- ", "1. ", " AM", " pm"),
        *("\uff1a", "\uff11", "Psalm ", "---\n"),
    ]
)


@given(st.lists(_PIECES, max_size=80).map("".join))
def test_any_text_gives_clean_chapters_or_none(text: str) -> None:
    found = chapters.find(text)
    assert isinstance(found, Chapters)
    for chapter in found:
        assert chapter.title
        assert chapter.title == chapter.title.strip()
    starts = [c.start for c in found]
    assert len(set(zip(starts, (c.title for c in found), strict=True))) == len(found)
