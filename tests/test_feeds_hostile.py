"""Hostile feeds: entity bombs, external entities, deep nesting, a 100 MB feed. Each gives a
FeedError or a Problem; work grows linearly (counted in function calls, never timed) and
memory stays flat (a child process's peak resident size, measured by the kernel)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from counting import calls
from shownotes import feeds
from shownotes.errors import FeedError

LAUGHS = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)).replace(
    "&lol0;", "lol"
)


def billion_laughs(padding: int = 0) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss {" " * padding}[{LAUGHS}]>'
        "<rss><channel><item><title>&lol9;</title></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "data",
    [
        billion_laughs(),
        billion_laughs(padding=1200),
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><title>&xxe;</title></item></channel></rss>",
        b'<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>'
        b"<rss><channel><item/></channel></rss>",
        b"<!doctype rss [<!entity a 'b'>]><rss/>",
    ],
    ids=["billion-laughs", "padded-doctype", "external-entity", "parameter-entity", "lower-case"],
)
def test_entity_declarations_are_refused(data: bytes) -> None:
    with pytest.raises(FeedError, match="entities"):
        feeds.parse(data)


def test_a_dtd_past_its_first_megabyte_is_refused() -> None:
    with pytest.raises(FeedError, match="DTD"):
        feeds.parse(billion_laughs(padding=1_100_000))


def test_an_external_dtd_is_never_loaded() -> None:
    feed = feeds.parse(
        b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://127.0.0.1:9/rss-0.91.dtd"><rss version="0.91"><channel>'
        b"<item><title>Plain</title></item></channel></rss>"
    )
    assert [n.episode.title for n in feed.items] == ["Plain"]
    assert feed.problems == ()


def deep_feed(depth: int) -> bytes:
    nested = "<b>" * depth + "x" + "</b>" * depth
    return (
        "<rss><channel><item><title>before</title></item>"
        f"<item><description>{nested}</description></item></channel></rss>"
    ).encode()


def test_deep_nesting_is_a_problem_and_the_items_before_it_are_kept() -> None:
    feed = feeds.parse(deep_feed(10_000))
    assert feed.items[0].episode.title == "before"
    assert feed.problems[0].code == "feed-recovered"
    assert "depth" in feed.problems[0].message


def items_feed(n: int) -> bytes:
    item = (
        "<item><title>Episode {i}</title><guid>g{i}</guid>"
        "<pubDate>Mon, 01 Jan 2024 00:00:00 +0000</pubDate>"
        "<itunes:duration>1:00:00</itunes:duration>"
        "<description>0:00 Intro&lt;br&gt;5:00 Topic {i}</description></item>"
    )
    body = "".join(item.format(i=i) for i in range(n))
    return (
        '<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
        f"<title>Big</title>{body}</channel></rss>"
    ).encode()


def test_reading_items_is_linear_in_their_number() -> None:
    small, large = items_feed(200), items_feed(800)
    work_small = calls(lambda: list(feeds.iter_raw_items(small)))
    work_large = calls(lambda: list(feeds.iter_raw_items(large)))
    assert work_large < 4.4 * work_small


def test_deep_nesting_costs_no_more_than_shallow() -> None:
    shallow = calls(lambda: feeds.parse(deep_feed(100)))
    deep = calls(lambda: feeds.parse(deep_feed(100_000)))
    assert deep < 2 * shallow


BIG_ITEM = (
    "<item><title>Episode {i}</title><guid>big-{i}</guid>"
    "<pubDate>Mon, 01 Jan 2024 00:00:00 +0000</pubDate>"
    '<enclosure url="https://cdn.example/{i}.mp3" length="1000" type="audio/mpeg"/>'
    "<itunes:duration>1:00:00</itunes:duration>"
    "<content:encoded><![CDATA[<p>{filler}</p><h3>Links</h3><ul>"
    '<li><a href="https://example.org/{i}">A link</a></li>'
    '<li><a href="https://example.net/{i}">Another</a></li></ul>]]></content:encoded></item>\n'
)


def big_feed(path: Path, megabytes: int) -> int:
    """Write a feed of about ``megabytes`` MB to ``path``, item by item; its item count."""
    filler = "Notes about the episode. " * 40
    target = megabytes * 1_000_000
    written = count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            "<channel><title>Big feed</title>\n"
        )
        while written < target:
            chunk = "".join(BIG_ITEM.format(i=count + k, filler=filler) for k in range(500))
            out.write(chunk)
            written += len(chunk)
            count += 500
        out.write("</channel></rss>\n")
    return count


PEAK = textwrap.dedent(
    """
    import sys
    from shownotes import feeds

    def peak():
        # VmHWM: this process's own peak (ru_maxrss also counts the parent's before exec).
        with open("/proc/self/status") as status:
            return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))

    before = peak()
    n = sum(1 for _ in feeds.iter_raw_items(sys.argv[1]))
    print(n, peak() - before)
    """
)


def peak_growth(path: Path) -> tuple[int, int]:
    """Items read and the growth of peak resident memory (kB) in a fresh process."""
    # Importing shownotes.feeds first loads lxml: its start-up is not the feed's memory.
    warm = "import lxml.etree, shownotes.feeds._reader\n"
    done = subprocess.run(
        [sys.executable, "-c", warm + PEAK, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    items, growth = done.stdout.split()
    return int(items), int(growth)


@pytest.fixture(scope="module")
def big_feeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, tuple[Path, int]]]:
    folder = tmp_path_factory.mktemp("big")
    made = {}
    for size in (10, 100):
        path = folder / f"feed-{size}mb.xml"
        made[size] = (path, big_feed(path, size))
    yield made
    for path, _count in made.values():
        path.unlink()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_a_100_mb_feed_is_read_in_flat_memory(big_feeds: dict[int, tuple[Path, int]]) -> None:
    (small, small_count), (large, large_count) = big_feeds[10], big_feeds[100]
    assert large.stat().st_size > 100_000_000
    read_small, grown_small = peak_growth(small)
    read_large, grown_large = peak_growth(large)
    assert (read_small, read_large) == (small_count, large_count)
    # Ten times the feed, and the peak grows by a few MB at most: nothing is held whole.
    assert grown_large < grown_small + 16_000
    assert grown_large < 40_000  # kB; the file is 100,000 kB


def test_iter_items_extracts_a_large_feed_item_by_item(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    count = big_feed(path, 1)
    seen = 0
    for notes in feeds.iter_items(path):
        assert [r.url for r in notes.references] == [
            f"https://example.org/{seen}",
            f"https://example.net/{seen}",
        ]
        seen += 1
    assert seen == count
