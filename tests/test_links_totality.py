"""classify(), explain(), purpose() and key() are total on str: hostile URLs (lone surrogates,
control characters, huge inputs, bracket tails) never raise, and the work grows linearly."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shownotes.links import classify, explain, key, platforms, purpose
from shownotes.links.classify import resolve
from shownotes.links.hosts import tables

# Every character, lone surrogates included (hypothesis leaves them out by default).
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
HOSTS = sorted(tables().hosts)
PIECES = st.sampled_from(
    ["/", "//", "@", "%", "%2F", "%ZZ", "#", "#!/", "?", "&", "&amp;", "=", ")", "(", ":", ".",
     "\ud800", "\udfff", "\x00", " ", "\t", "é", "\uff48", "[", "]", "v=", "list=", "t=1m", "..",
     "https://", "www.", "-", "_", "~", "+", "*"]
)  # fmt: skip
hostile_urls = st.builds(
    lambda scheme, host, parts, tail: scheme + host + "".join(parts) + tail,
    st.sampled_from(["https://", "http://", "//", "", "spotify:", "at://", "doi:", "mailto:"]),
    st.sampled_from(HOSTS) | st.text(ANY_CHAR, max_size=12),
    st.lists(PIECES | st.text(ANY_CHAR, max_size=6), max_size=12),
    st.text(ANY_CHAR, max_size=20),
)


def _check(url: str) -> None:
    link = classify(url)
    assert link.url == url
    assert link.platform is None or link.platform in platforms()
    told = explain(url)
    assert told.link == link
    assert str(told).startswith("url: ")
    assert purpose(link) == told.purpose
    assert isinstance(key(url), str)


@given(hostile_urls)
def test_hostile_urls_never_raise(url: str) -> None:
    _check(url)


@given(st.text(ANY_CHAR))
def test_any_text_never_raises(url: str) -> None:
    _check(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://a.bc/?x=\ud800",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&x=\udfff",
        "https://github.com/\ud800/x",
        "doi:10.1234/\ud800",
        "spotify:episode:\ud800",
        "https://x.com/a#\ud800",
        "https://a.bc/" + ")" * 65_536,
        "https://a.bc/x?" + "a=1&" * 20_000,
        "https://www.google.com/url?q=https%3A%2F%2F\ud800",
    ],
    ids=lambda s: repr(s[:30]),
)
def test_surrogates_and_huge_urls_are_read(url: str) -> None:
    _check(url)


def _min_time(call: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


# (prefix, repeated piece): a URL of ``n`` pieces is classified in time linear in ``n``. The
# sizes stay under the 16 384-character limit above which a URL is refused unread.
GROWING = [
    ("https://www.youtube.com/", "a"),
    ("https://www.youtube.com/watch?", "v=a&"),
    ("https://", "a."),
    ("https://x.com/", "/@"),
    ("https://fosstodon.org/@", "a"),
    ("https://anchor.fm/x/episodes/", "-e"),
    ("https://castbox.fm/episode/", "-id1"),
    ("https://dts.podtrac.com/redirect.mp3/", "chrt.fm/track/A/"),
    ("https://www.google.com/url?q=", "%"),
    ("spotify:episode:", "a"),
    ("doi:10.1234/", "x"),
    ("https://a.com/#", "%2F"),
    ("https://vimeo.com/", "1/"),
    ("https://a.bc/x", ")"),
    ("https://www.youtube.com/#", "v="),
    ("https://hachyderm.io/users/", "a/statuses"),
]


@pytest.mark.parametrize(("prefix", "piece"), GROWING, ids=lambda s: s[:24])
def test_classify_is_linear(prefix: str, piece: str) -> None:
    unmemoised = resolve.__wrapped__  # the memo would make every run after the first free
    small = prefix + piece * (1_500 // len(piece))
    large = prefix + piece * (12_000 // len(piece))
    for _attempt in range(3):  # a busy machine can slow one measurement: retry before failing
        t_small = _min_time(lambda: unmemoised(small), 30)
        t_large = _min_time(lambda: unmemoised(large), 10)
        # Eight times the input: about eight times the work (quadratic would be ~64 times).
        if t_large < 24 * t_small:
            return
    pytest.fail(f"{t_large / t_small:.1f} times the time for 8 times the input")
