"""Every real feed in ../shared/corpus/feeds read with every item, checked against an
independent reading of the same files (a plain lxml tree with recovery, and regexes on the
bytes). The corpus is never copied here; the tests skip when ../shared is absent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from shownotes import feeds

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "feeds"
FEEDS = sorted(CORPUS.rglob("*.xml")) if CORPUS.is_dir() else []
pytestmark = pytest.mark.skipif(not FEEDS, reason="../shared/corpus/feeds is absent")

PODCAST_URIS = (
    "https://podcastindex.org/namespace/1.0",
    "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md",
)
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"


def oracle(path: Path) -> list[etree._Element]:
    """The items of the feed as a whole lxml tree read with recovery sees them."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    root = etree.parse(str(path), parser).getroot()
    return [
        e
        for e in root.iter()
        if isinstance(e.tag, str) and e.tag.split("}")[-1] in ("item", "entry")
    ]


def local_children(item: etree._Element, local: str) -> list[etree._Element]:
    return [
        c for c in item if isinstance(c.tag, str) and c.tag.split("}")[-1].split(":")[-1] == local
    ]


@pytest.fixture(scope="module", params=FEEDS, ids=lambda p: p.name)
def pair(request: pytest.FixtureRequest) -> tuple[Path, feeds.Feed]:
    return request.param, feeds.parse(request.param)


def test_every_item_is_read(pair: tuple[Path, feeds.Feed]) -> None:
    path, feed = pair
    expected = oracle(path)
    assert len(feed.items) == len(expected) > 0
    titles = [" ".join((local_children(e, "title")[0].text or "").split()) for e in expected]
    assert [bool(n.episode.title) for n in feed.items] == [bool(t) for t in titles]


def test_every_duration_is_found(pair: tuple[Path, feeds.Feed]) -> None:
    path, feed = pair
    written = [
        any((d.text or "").strip() for d in local_children(e, "duration")) for e in oracle(path)
    ]
    assert [n.episode.duration is not None for n in feed.items] == written


def test_every_podcast_chapters_url_is_found(pair: tuple[Path, feeds.Feed]) -> None:
    path, feed = pair
    text = path.read_bytes().decode("utf-8", "replace")
    urls = re.findall(r"<podcast:chapters\b[^>]*?\burl=\"([^\"]+)\"", text)
    found = [n.episode.chapters_url for n in feed.items if n.episode.chapters_url]
    assert sorted(found) == sorted(u.replace("&amp;", "&") for u in urls)


def test_every_psc_block_is_found(pair: tuple[Path, feeds.Feed]) -> None:
    path, feed = pair
    text = path.read_bytes().decode("utf-8", "replace")
    blocks = re.findall(r"<psc:chapters\b.*?</psc:chapters>", text, re.S)
    expected = [len(re.findall(r"<psc:chapter\b", block)) for block in blocks]
    with_psc = [n for n in feed.items if len(n.chapters) and n.episode.duration]
    raw = [item for item in feeds.iter_raw_items(path) if item.chapters]
    assert [len(item.chapters) for item in raw] == expected
    assert len(with_psc) >= len(expected)


def written_guid(item: etree._Element) -> str | None:
    found = local_children(item, "guid") or local_children(item, "id")
    text = " ".join((found[0].text or "").split()) if found else ""
    return text or None


def test_guids_are_the_feeds_or_stable_fallbacks(pair: tuple[Path, feeds.Feed]) -> None:
    path, feed = pair
    for notes, guid in zip(feed.items, map(written_guid, oracle(path)), strict=True):
        assert notes.episode.guid
        if guid is not None:
            assert notes.episode.guid == guid
    again = feeds.parse(path)
    assert [n.episode.guid for n in again.items] == [n.episode.guid for n in feed.items]


def test_the_hard_feeds_say_how_they_were_read() -> None:
    by_name = {p.name: p for p in FEEDS}
    recovered = {
        name: [p.code for p in feeds.parse(by_name[name]).problems]
        for name in ("all-things-chemical-bad.xml", "de-grote-no-guid.xml", "no-agenda.xml")
        if name in by_name
    }
    assert all(codes == ["feed-recovered"] for codes in recovered.values())
    if "series-i-cinema.xml" in by_name:  # declared ISO-8859-1, and it is
        feed = feeds.parse(by_name["series-i-cinema.xml"])
        assert feed.problems == ()
        assert feed.title is not None
        assert "\ufffd" not in feed.title
