"""find(), from_metadata(), merge() and the links of parse(): every link once, in order."""

from __future__ import annotations

import pickle
from datetime import date

import attrs
import pytest

import shownotes
from shownotes.links import Link, classify, find, from_metadata, merge
from shownotes.markup import to_lines
from shownotes.timestamps import Timestamp

MARKDOWN = """\
# Episode 12: Green tea

We talked about [tea](https://en.wikipedia.org/wiki/Tea) and <https://github.com/tea/kettle>.
Watch it on YouTube: https://youtu.be/AbCdEfGhIjk?t=95.

## Links
- [Kettle](https://github.com/tea/kettle) - the repo (again)
- Paper: https://arxiv.org/abs/2301.01234v2, also (https://doi.org/10.1234/tea.5)
- [Top](#top)
- [Click](javascript:alert(1))
"""

HTML = """\
<p>Listen on <a href="https://open.spotify.com/show/4rOoJ6Egrf8K2IrywzwOMk?si=abc">Spotify</a>
and <a href='https://podcasts.apple.com/us/podcast/tea/id123456789'>Apple Podcasts</a>.</p>
<ul><li><a href="https://www.youtube.com/@TeaTalk">YouTube</a></li>
<li>Mastodon: https://fosstodon.org/@teatalk</li>
<li><a href="data:text/html,hi">data</a></li></ul>
"""


def test_find_in_markdown() -> None:
    links = find(MARKDOWN)
    assert [(link.text, link.platform, link.kind, link.id) for link in links] == [
        ("tea", "wikipedia", "article", "Tea"),
        (None, "github", "repo", "tea/kettle"),
        (None, "youtube", "video", "AbCdEfGhIjk"),
        (None, "arxiv", "paper", "2301.01234v2"),
        (None, "doi", "paper", "10.1234/tea.5"),
    ]
    assert links[2].time == Timestamp(95_000)
    assert links[2].url == "https://youtu.be/AbCdEfGhIjk?t=95"


def test_find_in_html() -> None:
    links = find(HTML)
    assert [(link.text, link.platform, link.kind, link.id) for link in links] == [
        ("Spotify", "spotify", "show", "4rOoJ6Egrf8K2IrywzwOMk"),
        ("Apple Podcasts", "apple_podcasts", "show", "123456789"),
        ("YouTube", "youtube", "channel", "@TeaTalk"),
        (None, "mastodon", "profile", "teatalk@fosstodon.org"),
    ]
    assert links[0].normalized == "https://open.spotify.com/show/4rOoJ6Egrf8K2IrywzwOMk"


def test_find_takes_lines_and_text_alike() -> None:
    assert find(to_lines(MARKDOWN)) == find(MARKDOWN)
    assert find("") == ()
    assert find([]) == ()


def test_first_occurrence_text_wins() -> None:
    text = "https://github.com/a/b then [B](https://github.com/a/b) and [C](https://github.com/a/c)"
    assert [(link.text, link.id) for link in find(text)] == [(None, "a/b"), ("C", "a/c")]


@pytest.mark.parametrize("bad", [42, None, b"https://x.com", {"a": 1}])
def test_find_rejects_other_types(bad: object) -> None:
    with pytest.raises(TypeError, match="find"):
        find(bad)  # type: ignore[arg-type]


def test_find_rejects_a_sequence_of_non_lines() -> None:
    with pytest.raises(TypeError, match="Lines"):
        find(["https://x.com"])  # type: ignore[list-item]


def test_from_metadata_nested_and_in_order() -> None:
    meta = {
        "title": "Tea",
        "date": date(2024, 5, 1),
        "youtube": "https://youtu.be/AbCdEfGhIjk",
        "not_a_url": "see www",
        "links": [
            {"name": "Kettle", "url": "https://github.com/tea/kettle"},
            {"title": "Paper", "href": " https://arxiv.org/abs/2301.01234 "},
            {"url": 42},
            ["https://x.com/teatalk", "plain text"],
        ],
        "hosts": {"alice": {"mastodon": "https://fosstodon.org/@alice"}},
        "again": "https://youtu.be/AbCdEfGhIjk",
    }
    got = [(link.text, link.platform, link.id) for link in from_metadata(meta)]
    assert got == [
        (None, "youtube", "AbCdEfGhIjk"),
        ("Kettle", "github", "tea/kettle"),
        ("Paper", "arxiv", "2301.01234"),
        (None, "twitter", "teatalk"),
        (None, "mastodon", "alice@fosstodon.org"),
    ]


def test_from_metadata_is_bounded() -> None:
    deep: object = "https://x.com/deep"
    for _ in range(100):
        deep = [deep]
    assert from_metadata({"deep": deep}) == ()
    wide = {"links": [f"https://x.com/u{i}" for i in range(20_000)]}
    assert 0 < len(from_metadata(wide)) < 20_000


def test_from_metadata_rejects_non_mappings() -> None:
    with pytest.raises(TypeError, match="mapping"):
        from_metadata(["https://x.com"])  # type: ignore[arg-type]


def test_merge_keeps_first() -> None:
    a, b = classify("https://x.com/a"), classify("https://x.com/b", "B")
    assert merge([a], [b, classify("https://x.com/a", "A")], []) == (a, b)


def test_parse_holds_body_then_front_matter_links_once() -> None:
    notes = shownotes.parse(
        "---\ntitle: Tea\nlinks:\n  - name: Kettle\n    url: https://github.com/tea/kettle\n"
        "  - name: Site\n    url: https://tea.example.org/\n---\n"
        "See [the kettle](https://github.com/tea/kettle) and https://youtu.be/AbCdEfGhIjk.\n"
    )
    assert [(link.text, link.url) for link in notes.links] == [
        ("the kettle", "https://github.com/tea/kettle"),
        (None, "https://youtu.be/AbCdEfGhIjk"),
        ("Site", "https://tea.example.org/"),
    ]


def test_links_round_trip_through_dict_json_and_pickle() -> None:
    notes = shownotes.parse(
        "[Ep](https://podcasts.apple.com/us/podcast/x/id42?i=1000001) "
        "https://www.youtube.com/shorts/AbCdEfGhIjk?t=5\n"
    )
    assert notes.links[0].ids == (("country", "us"), ("show_id", "42"))
    assert notes.links[1].variant == "shorts"
    assert shownotes.ShowNotes.from_dict(notes.to_dict()) == notes
    assert pickle.loads(pickle.dumps(notes.links)) == notes.links


def test_link_fields_keep_the_fixed_order() -> None:
    link = Link("u", "t", "p", "k", "i")
    assert (link.url, link.text, link.platform, link.kind, link.id) == ("u", "t", "p", "k", "i")
    assert (link.normalized, link.time, link.ids, link.variant) == (None, None, (), None)


@pytest.mark.parametrize(
    "url",
    [
        "https://youtu.be/dQw4w9WgXcQ?t=42",
        "https://podcasts.apple.com/us/podcast/x/id1535?i=1000482",
        "not a url",
    ],
)
def test_classify_with_text_changes_only_the_text(url: str) -> None:
    assert classify(url, "Watch") == attrs.evolve(classify(url), text="Watch")


@pytest.mark.parametrize("amp", ["&", "&amp;", "&amp;amp;"])
def test_html_escaped_queries_are_cleaned_alike(amp: str) -> None:
    link = classify(f"https://example.com/a?x=1{amp}utm_source=news")
    assert link.normalized == "https://example.com/a?x=1"
