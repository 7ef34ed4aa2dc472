"""Notebook and pandas views: HTML tables for Chapters, Episode, references and links (all
text escaped), DataFrames with seconds and NaN, and the chapters' timeline plot."""

from __future__ import annotations

import datetime as dt
import math

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

import shownotes
from shownotes import Chapter, Chapters, Episode, Link, Reference, ShowNotes, Timestamp
from shownotes.model.display import Table
from shownotes.model.plot import spans

T = Timestamp
HOSTILE = '<script>alert("x")</script> & <b>bold</b>'
CHAPTERS = Chapters(
    (
        Chapter(T(0), HOSTILE, url="javascript:alert(1)"),
        Chapter(T(46_500), "Talk", T(60_000), url='https://example.org/?a=1&b="2"'),
        Chapter(T(3_723_000), "End"),
    )
)


def _cells(html: str) -> list[list[str]]:
    """The text of each body row's cells, as a browser would show them."""
    tree = lxml.html.fragment_fromstring(html, create_parent="div")
    return [
        [td.text_content() for td in tr.findall("td")] for tr in tree.iter("tr") if tr.findall("td")
    ]


def test_chapters_show_as_a_table_with_text_escaped() -> None:
    html = CHAPTERS._repr_html_()
    assert "<script>" not in html
    assert _cells(html) == [
        ["1", "0:00", "", HOSTILE, "javascript:alert(1)"],
        ["2", "0:46.500", "1:00", "Talk", 'https://example.org/?a=1&b="2"'],
        ["3", "1:02:03", "", "End", ""],
    ]
    tree = lxml.html.fragment_fromstring(html, create_parent="div")
    assert [a.get("href") for a in tree.iter("a")] == ['https://example.org/?a=1&b="2"']


def test_an_episode_shows_what_is_known() -> None:
    episode = Episode(
        title=HOSTILE, date=dt.datetime(2024, 3, 5, tzinfo=dt.UTC), guests=("Ana", "Bo")
    )
    html = episode._repr_html_()
    assert "<script>" not in html
    assert _cells(html) == [
        ["title", HOSTILE],
        ["date", "2024-03-05 00:00:00+00:00"],
        ["guests", "Ana, Bo"],
    ]
    assert "Nothing is known" in Episode()._repr_html_()


def test_references_and_links_tables_are_views_of_the_tuples() -> None:
    notes = ShowNotes(
        references=(Reference(HOSTILE, "https://a.example/", "a note"), Reference("Plain")),
        links=(Link("https://youtu.be/x?t=5", "clip", "youtube", "video", "x", time=T(5000)),),
    )
    references = notes.references_table()
    assert tuple(references) == notes.references
    assert (len(references), references[1], references[:1].items) == (
        2,
        Reference("Plain"),
        notes.references[:1],
    )
    assert _cells(references._repr_html_()) == [
        ["1", HOSTILE, "https://a.example/", "a note"],
        ["2", "Plain", "", ""],
    ]
    assert _cells(notes.links_table()._repr_html_()) == [
        ["1", "https://youtu.be/x?t=5", "clip", "youtube", "video", "x", "0:05"]
    ]


def test_show_notes_show_every_table() -> None:
    notes = shownotes.parse_file("examples/episode-42.md")
    html = notes._repr_html_()
    assert html.count('<table class="shownotes">') == 3
    assert f"{len(notes.references)} references" in html


def test_data_frames_hold_seconds_and_nan() -> None:
    pytest.importorskip("pandas")
    frame = CHAPTERS.to_pandas()
    assert list(frame.columns) == ["start", "end", "title", "url"]
    assert frame["start"].tolist() == [0.0, 46.5, 3723.0]
    assert str(frame["start"].dtype) == str(frame["end"].dtype) == "float64"
    assert math.isnan(frame["end"][0])
    assert frame["end"][1] == 60.0
    assert math.isnan(frame["url"][2])
    assert ShowNotes(chapters=CHAPTERS).to_pandas().equals(frame)
    links = ShowNotes(links=(Link("https://a.example/"),)).links_table().to_pandas()
    assert list(links.columns) == ["url", "text", "platform", "kind", "id", "time"]
    assert str(links["time"].dtype) == "float64"
    assert links.isna().sum().to_dict() == dict.fromkeys(
        ["text", "platform", "kind", "id", "time"], 1
    ) | {"url": 0}


def test_empty_tables_are_empty_frames() -> None:
    pytest.importorskip("pandas")
    assert Chapters().to_pandas().shape == (0, 4)
    assert ShowNotes().references_table().to_pandas().shape == (0, 3)


_SHOWN = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30
)


@given(st.lists(_SHOWN, min_size=1, max_size=5))
def test_any_title_reads_back_from_the_html(titles: list[str]) -> None:
    chapters = Chapters(tuple(Chapter(T(i * 1000), title) for i, title in enumerate(titles)))
    assert [row[3] for row in _cells(chapters._repr_html_())] == titles


def test_spans_fill_to_the_next_start_the_end_or_the_duration() -> None:
    chapters = Chapters(
        (Chapter(T(0), "a"), Chapter(T(10_000), "b", T(15_000)), Chapter(T(20_000), "c"))
    )
    assert spans(chapters, T(30_000)) == [(0.0, 10.0), (10.0, 5.0), (20.0, 10.0)]
    assert spans(chapters) == [(0.0, 10.0), (10.0, 5.0), (20.0, 1.0)]  # 5 % of 20 s, at least 1 s
    assert spans(Chapters()) == []


def test_plot_draws_one_bar_per_chapter() -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ax = CHAPTERS.plot(duration=T(4_000_000))
    try:
        assert len(ax.collections) == 3
        assert [t.get_text() for t in ax.get_yticklabels()] == ["0:00", "0:46.500", "1:02:03"]
        assert [t.get_text().strip() for t in ax.texts] == [HOSTILE, "Talk", "End"]
        assert ax.get_xlim() == (0.0, 4000.0)
    finally:
        plt.close(ax.figure)
    empty = Chapters().plot()
    plt.close(empty.figure)


def test_table_is_a_sequence() -> None:
    table = Table((1, 2, 3), ("real",))
    assert list(table) == [1, 2, 3]
    assert table[-1] == 3
    assert list(table[1:]) == [2, 3]
