"""parse() of a beautifulsoup4 soup: a scraper's page, or one element of it, read as HTML."""

from __future__ import annotations

import bs4
import pytest
from hypothesis import given
from hypothesis import strategies as st

import shownotes

PAGE = """<!DOCTYPE html>
<!-- scraped 2026-12-02 -->
<html><head><title>Ep. 4: Tea with Ana Ruiz | Slow Mornings</title></head>
<body>
<nav><a href="/">Home</a></nav>
<article>
<h2>Chapters</h2>
<p>0:00 Intro<br>2:05 Green or black?<br>14:30 Brewing at home</p>
<h2>Links</h2>
<ul><li><a href="https://en.wikipedia.org/wiki/Camellia_sinensis">Camellia sinensis</a></li></ul>
</article>
</body></html>
"""


@pytest.mark.parametrize("features", ["html.parser", "lxml"])
def test_a_whole_soup_reads_like_its_page(features: str) -> None:
    soup = bs4.BeautifulSoup(PAGE, features)
    from_soup = shownotes.parse(soup)
    from_text = shownotes.parse(PAGE)
    assert from_soup.episode == from_text.episode
    assert from_soup.chapters == from_text.chapters
    assert from_soup.references == from_text.references
    assert [str(c.start) for c in from_soup.chapters] == ["0:00", "2:05", "14:30"]
    assert from_soup.episode.number == 4


def test_one_element_is_read_as_html() -> None:
    article = bs4.BeautifulSoup(PAGE, "html.parser").find("article")
    assert isinstance(article, bs4.Tag)
    notes = shownotes.parse(article)
    assert [c.title for c in notes.chapters] == ["Intro", "Green or black?", "Brewing at home"]
    assert [r.title for r in notes.references] == ["Camellia sinensis"]
    assert notes.episode.title is None  # the <title> is outside the element


def test_a_fragment_is_html_not_markdown_or_front_matter() -> None:
    # As Markdown, the indented lines would be a code block and "---" would open front matter;
    # in HTML, white space is one space and there is no front matter.
    markup = "---\ntitle: Not front matter\n---\n<p>0:00 a</p>\n    <p>*kept*</p>"
    notes = shownotes.parse(bs4.BeautifulSoup(markup, "html.parser"))
    assert notes.metadata == {}
    assert notes.chapters == shownotes.parse(f"<html><body>{markup}</body></html>").chapters


def test_an_html_tag_itself_is_the_page() -> None:
    html = bs4.BeautifulSoup(PAGE, "html.parser").find("html")
    assert isinstance(html, bs4.Tag)
    assert shownotes.parse(html).episode.title == "Ep. 4: Tea with Ana Ruiz | Slow Mornings"


def test_a_soup_string_is_text_and_other_objects_a_type_error() -> None:
    text = bs4.NavigableString("0:00 Intro\n2:05 Talk\n")  # a str subclass: read as text
    assert [c.title for c in shownotes.parse(text).chapters] == ["Intro", "Talk"]
    with pytest.raises(TypeError, match=r"a str or bytes \(or a bs4 soup\), not list"):
        shownotes.parse(["0:00 Intro"])  # type: ignore[arg-type]


@given(st.text(max_size=300), st.sampled_from(["html.parser", "lxml"]))
def test_any_soup_parses(markup: str, features: str) -> None:
    soup = bs4.BeautifulSoup(markup, features)
    assert isinstance(shownotes.parse(soup), shownotes.ShowNotes)
    for tag in soup.find_all(True, limit=5):
        assert isinstance(shownotes.parse(tag), shownotes.ShowNotes)
