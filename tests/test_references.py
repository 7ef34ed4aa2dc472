"""references.find and from_metadata: golden reference lists in the styles show notes use."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import shownotes
from growth import assert_linear
from shownotes.lines import Line, LineLink
from shownotes.links import from_metadata as links_from_metadata
from shownotes.links.find import TEXT_KEYS, URL_KEYS
from shownotes.markup import to_lines
from shownotes.references import Reference, find, format_references, from_metadata, unique

# Hostile inputs must finish well under a second (more slack under coverage tracing).


def refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.title, r.url, r.note) for r in find(text)]


# -- golden lists, one per style --------------------------------------------------------------


def test_markdown_links_with_notes() -> None:
    text = """\
Our guest talks about baking bread at scale.

## Links

- [Sourdough Handbook](https://bread.test/handbook) - the book we kept quoting
- [Ada Baker](https://ada.test) — head baker at Crumb & Co
- [levain-calc](https://github.com/crumb/levain-calc): a calculator for starters
- Flour Power by J. Miller
"""
    assert refs(text) == [
        ("Sourdough Handbook", "https://bread.test/handbook", "the book we kept quoting"),
        ("Ada Baker", "https://ada.test", "head baker at Crumb & Co"),
        ("levain-calc", "https://github.com/crumb/levain-calc", "a calculator for starters"),
        ("Flour Power by J. Miller", None, None),
    ]


def test_html_unordered_list_under_a_heading() -> None:
    text = (
        "<p>We talk about telescopes.</p>"
        "<h3>Related links</h3>"
        "<ul><li><a href='https://scope.test/mirror'>Mirror grinding guide</a></li>"
        "<li><a href='https://scope.test/club'>Amateur Telescope Club</a> &amp; friends</li>"
        "<li>Starlight Nights (a novel)</li></ul>"
        "<h3>Transcript</h3><p>Host: hello <a href='https://scope.test/x'>x</a></p>"
    )
    assert refs(text) == [
        ("Mirror grinding guide", "https://scope.test/mirror", None),
        ("Amateur Telescope Club", "https://scope.test/club", "& friends"),
        ("Starlight Nights (a novel)", None, None),
    ]


def test_nested_lists_keep_every_entry_but_not_their_group_labels() -> None:
    # "Tools" and "Reading" label the groups nested under them: they name no thing of their
    # own (LABELING.md: group labels are not references).
    text = """\
### Resources
- Tools
  - [kiln-timer](https://kiln.test/timer)
  - [glaze-db](https://glaze.test)
- Reading
  - [Clay and Fire](https://books.test/clay) by R. Potter
- A book with no link
"""
    assert refs(text) == [
        ("kiln-timer", "https://kiln.test/timer", None),
        ("glaze-db", "https://glaze.test", None),
        ("Clay and Fire", "https://books.test/clay", "by R. Potter"),
        ("A book with no link", None, None),
    ]


def test_html_nested_lists_and_strong_labels() -> None:
    text = (
        "<p><strong>Mentioned in this episode</strong></p>"
        "<ul><li><a href='https://a.test'>Alpha project</a>"
        "<ul><li><a href='https://a.test/docs'>Alpha docs</a></li></ul></li>"
        "<li><a href='https://b.test'>Beta paper</a></li></ul>"
        "<p><strong>Sponsors</strong></p>"
        "<ul><li><a href='https://sponsor.test'>Acme Hosting</a></li></ul>"
    )
    assert refs(text) == [
        ("Alpha project", "https://a.test", None),
        ("Alpha docs", "https://a.test/docs", None),
        ("Beta paper", "https://b.test", None),
    ]


def test_bare_url_bullets_titled_by_their_url() -> None:
    text = """\
This week we talk to a compiler engineer.

- https://bsky.app/profile/compiler.test
- https://compiler.test/
- https://github.com/compiler-test

Become a paid subscriber on our patreon for the full episode.

- https://www.patreon.com/ourshow
- https://podcasts.apple.com/us/podcast/our-show/id123
"""
    assert refs(text) == [
        ("https://bsky.app/profile/compiler.test", "https://bsky.app/profile/compiler.test", None),
        ("https://compiler.test/", "https://compiler.test/", None),
        ("https://github.com/compiler-test", "https://github.com/compiler-test", None),
    ]


def test_front_matter_links_through_parse() -> None:
    text = """\
---
title: A talk with a gardener
links:
  - name: Seed Library
    url: https://seeds.test/
  - name: Compost Guide — https://compost.test/guide
  - name: The Podcast on Twitter
    url: https://twitter.com/thepodcast
---
Find us on Twitter at https://twitter.com/ThePodcast and subscribe.
"""
    got = [(r.title, r.url) for r in shownotes.parse(text).references]
    assert got == [
        ("Seed Library", "https://seeds.test/"),
        ("Compost Guide", "https://compost.test/guide"),
    ]


def test_picks_with_picker_labels_and_comma_separated_links() -> None:
    text = """\
## Sick Picks

**Wes:**

- [Cast iron pan](https://pan.test)

**Scott:**

- Scott: [Trail shoes](https://shoes.test), [Headlamp](https://lamp.test).

## Hit us up on Socials!

- [Wes on Instagram](https://instagram.com/wes)
"""
    assert refs(text) == [
        ("Cast iron pan", "https://pan.test", None),
        ("Trail shoes", "https://shoes.test", None),
        ("Headlamp", "https://lamp.test", None),
    ]


def test_picker_headings_under_a_check_outs_heading() -> None:
    text = (
        "<h2>Check Outs</h2><b>Dana: </b><ul><li>Reading a lot about tides</li></ul>"
        "<b>Lee: </b><ul><li><a href='https://kayak.test'>https://kayak.test</a></li></ul>"
    )
    assert refs(text) == [
        ("Reading a lot about tides", None, None),
        ("https://kayak.test", "https://kayak.test", None),
    ]


def test_name_then_url_lines_and_lead_ins() -> None:
    text = (
        "<p>Our guest builds synthesizers. Resources to learn more about her work:</p>"
        "<p><a href='https://synth.test/'>https://synth.test/</a></p>"
        "<p>Moog history - <a href='https://moog.test/'>https://moog.test/</a></p>"
        "<p>Resources to learn more about this podcast and the host: "
        "<a href='https://www.linkedin.com/in/host'>https://www.linkedin.com/in/host</a></p>"
        "<p><a href='https://medium.com/@host'>https://medium.com/@host</a></p>"
        "<p>References from Episode</p>"
        "<p><a href='https://paper.test/1'>Voltage control in practice</a></p>"
        "<p>Contents</p><p>01:15 - Career Background</p><p>05:18 - Modular systems</p>"
    )
    assert refs(text) == [
        ("https://synth.test/", "https://synth.test/", None),
        ("Moog history", "https://moog.test/", None),
        ("Voltage control in practice", "https://paper.test/1", None),
    ]


def test_what_is_not_a_reference() -> None:
    text = """\
In this episode we read [a blog post](https://prose.test) together.

## Chapters
- 00:00 Intro
- [12:34](#t=12:34) Deep dive
- Wrap-up - 41:02

## Sponsors
- [Acme VPN](https://acme.test): use code SHOW

## Credits
- Music by [DJ Test](https://dj.test)

## Follow us
- [YouTube](https://youtube.com/@show)

## Transcript
- [Host](https://host.test): welcome
"""
    assert refs(text) == []


def test_page_navigation_and_footer_are_skipped() -> None:
    text = (
        "<!doctype html><html><body><nav><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/about'>About</a></li></ul></nav>"
        "<h2>Links</h2><ul><li><a href='https://real.test'>Real one</a></li></ul>"
        "<footer><ul><li><a href='/privacy'>Privacy</a></li>"
        "<li><a href='/terms'>Terms</a></li></ul></footer></body></html>"
    )
    assert refs(text) == [("Real one", "https://real.test", None)]


def test_repeated_notes_give_each_reference_once() -> None:
    markdown = "## Links\n- [Alpha](https://a.test)\n- [Beta](https://b.test)\n\n"
    html = "<h2>Links</h2><ul><li><a href='https://a.test/'>Alpha</a></li>"
    html += "<li><a href='http://www.b.test'>Beta</a></li></ul>"
    assert refs(markdown + html) == [
        ("Alpha", "https://a.test", None),
        ("Beta", "https://b.test", None),
    ]


def test_bare_run_of_link_lines_without_a_heading() -> None:
    text = "Intro text.\n\nhttps://a.test/1\nhttps://b.test/2\nhttps://c.test/3\n"
    assert [r.url for r in find(text)] == [
        "https://a.test/1",
        "https://b.test/2",
        "https://c.test/3",
    ]
    assert find("Intro.\n\nhttps://a.test/1\nhttps://b.test/2\n") == ()


def test_wrapped_list_items_are_joined() -> None:
    text = "## Links\n- [Long article about\n  lighthouses](https://light.test) and more\n"
    assert refs(text) == [("Long article about lighthouses", "https://light.test", "and more")]


def test_find_accepts_lines() -> None:
    lines = to_lines("## Links\n- [a](https://a.test)\n")
    assert find(lines) == (Reference("a", "https://a.test"),)
    assert find(list(lines)) == find(lines)


# -- front matter -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        ({}, []),
        ({"links": [{"name": "A", "url": "https://a.test"}]}, [("A", "https://a.test")]),
        ({"Links": [{"title": "A", "link": "https://a.test"}]}, [("A", "https://a.test")]),
        ({"resources": ["https://r.test"]}, [("https://r.test", "https://r.test")]),
        ({"links": [{"name": "Only a name"}]}, [("Only a name", None)]),
        ({"links": [{"url": "https://u.test"}]}, [("https://u.test", "https://u.test")]),
        ({"links": [{"name": "N — https://n.test/x."}]}, [("N", "https://n.test/x")]),
        ({"links": [{}, 3, None]}, []),
        ({"links": "not a list"}, []),
        (
            {
                "guests": [
                    {"name": "G", "url": "https://g.test", "social": {"x": "https://x.test/g"}}
                ]
            },
            [("https://g.test", "https://g.test"), ("https://x.test/g", "https://x.test/g")],
        ),
        ({"guest": {"social": ["mailto:g@test", 7]}}, []),
        ({"guest": "someone"}, []),
        (
            {
                "links": [
                    {"name": "A", "url": "https://a.test"},
                    {"name": "A", "url": "https://a.test/"},
                    {"name": "A2", "url": "https://a.test/"},
                ]
            },
            [("A", "https://a.test"), ("A2", "https://a.test/")],
        ),
    ],
)
def test_from_metadata(metadata: dict[str, object], expected: list[tuple[str, str | None]]) -> None:
    assert [(r.title, r.url) for r in from_metadata(metadata)] == expected


def test_unique_keys_on_url_and_title() -> None:
    # The same URL under the same title is one entry (scheme, www. and a trailing slash do not
    # count); under another title it is another entry; without a URL, the title decides.
    got = unique(
        [
            Reference("A", "https://a.test"),
            Reference("a", "http://www.a.test/"),
            Reference("B", "http://www.a.test/"),
            Reference("https://a.test/x", "https://a.test/x"),
            Reference("Page X", "https://a.test/x"),
            Reference("C"),
            Reference("c!"),
        ]
    )
    assert got == (
        Reference("A", "https://a.test"),
        Reference("B", "http://www.a.test/"),
        Reference("https://a.test/x", "https://a.test/x"),
        Reference("C"),
    )


# -- formatting ---------------------------------------------------------------------------------


def test_format_references() -> None:
    assert format_references([]) == ""
    text = format_references([Reference("A", "https://a.test", "note"), Reference("B")])
    assert text == "- A — note <https://a.test>\n- B\n"


# -- errors and hostile input -------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, 3, b"bytes", object()])
def test_find_rejects_other_types(bad: object) -> None:
    with pytest.raises(TypeError):
        find(bad)  # type: ignore[arg-type]


def test_from_metadata_rejects_other_types() -> None:
    with pytest.raises(TypeError):
        from_metadata(["links"])  # type: ignore[arg-type]


# Builders of hostile notes of about n characters: finding references must cost linear time.
HOSTILE = {
    "colons": lambda n: "1:" * (n // 2),
    "open links": lambda n: "## Links\n- " + "[a](" * (n // 4),
    "glued urls": lambda n: "## Links\n- " + "https://a.test/" * (n // 15),
    "labels": lambda n: "## Links\n" + "- x: " * (n // 5),
    "html items": lambda n: (
        "<h2>Links</h2><ul>" + "<li><a href='https://a.test'>a</a> - " * (n // 40)
    ),
    "lead-in colons": lambda n: "Links:\n" + "a:" * (n // 2),
}


@pytest.mark.parametrize("build", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_takes_linear_time(build: Callable[[int], str]) -> None:
    assert_linear(lambda n: to_lines(build(n)), find, 20_000)


def test_a_line_with_many_links_takes_linear_time() -> None:
    def item(count: int) -> tuple[Line, ...]:
        # One list item holding `count` links (40 000 of them are about 1 MB of text).
        links = tuple(LineLink("a", "https://a.test", i * 3, i * 3 + 1) for i in range(count))
        text = "a, " * count
        return (Line("Links", heading=2), Line(text, links, list_depth=1, section="Links"))

    assert find(item(100)) == (Reference("a", "https://a.test"),)
    assert_linear(item, find, 2_000)


# -- properties ---------------------------------------------------------------------------------

_names = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x2FF),
    min_size=1,
    max_size=12,
)
_hosts = st.from_regex(r"[a-z]{3,10}\.test", fullmatch=True)


@given(st.lists(st.tuples(_names, _hosts), min_size=1, max_size=8, unique_by=lambda p: p[1]))
def test_generated_link_lists_come_back_in_order(entries: list[tuple[str, str]]) -> None:
    text = "## Links\n" + "".join(f"- [{name}](https://{host}/p)\n" for name, host in entries)
    assert refs(text) == [(name, f"https://{host}/p", None) for name, host in entries]


@given(st.text(max_size=300))
def test_find_never_fails_and_titles_are_text(text: str) -> None:
    found = find(text)
    assert all(isinstance(r.title, str) and r.title.strip() for r in found)
    assert len(found) == len(unique(found))


def test_outline_notes_under_a_links_heading_are_not_references() -> None:
    text = """\
### Episode Links
#### Feedback
- Sam writes in about flaky builds.
- What is a flaky build?
- [Retry plugin](https://retry.test)
- Bisect tool
"""
    assert refs(text) == [("Retry plugin", "https://retry.test", None), ("Bisect tool", None, None)]


def test_timed_outline_headings_do_not_pass_their_section_on() -> None:
    text = """\
## Timestamps & referenced resources
#### [@05:10] Official notices
- Custom exit codes
- [Release notes](https://rel.test)
"""
    assert refs(text) == [("Release notes", "https://rel.test", None)]


def test_footer_and_site_links_are_chrome() -> None:
    text = (
        "<h2>Related links</h2><ul><li><a href='https://a.test'>A</a></li></ul>"
        "<p>To learn more about the foundation</p><p><a href='../../contact'>contact us</a></p>"
        "<p>2026 © Foundation, fixes on <a href='https://github.com/f/site'>GitHub</a></p>"
    )
    assert refs(text) == [("A", "https://a.test", None)]


def test_entries_about_the_show_itself_need_its_name() -> None:
    text = "## Episode Links\n- [Tea Time on Fountain](https://fountain.test/tea)\n- [Kettles](https://k.test)\n"
    assert len(find(text)) == 2
    assert [r.title for r in find(text, show="Tea Time")] == ["Kettles"]


def test_a_plain_list_of_linked_notes_counts_every_linked_entry() -> None:
    text = """\
- Our guest runs the [Lighthouse Society](https://lights.test).
- We compare [Fresnel lenses](https://fresnel.test) with mirrors
- The keeper's log is [online](https://log.test)
- Nobody remembers the fog horn
"""
    assert [r.url for r in find(text)] == [
        "https://lights.test",
        "https://fresnel.test",
        "https://log.test",
    ]
    prose = "- We talk about [fog](https://fog.test) a lot\n- and rain\n- and wind\n"
    assert find(prose) == ()


def test_headings_that_are_statements_do_not_hold_what_follows() -> None:
    text = (
        "**Sponsored by [Acme](https://acme.test)**\n\n- https://guest.test\n- https://tool.test\n"
    )
    assert [r.url for r in find(text)] == ["https://guest.test", "https://tool.test"]


def test_an_own_link_line_keeps_a_bare_run_together() -> None:
    text = (
        "Discuss on the forum: https://forum.test/t/1\n\n"
        "Buy a lamp: https://shop.test/lamp\n\nBuy a desk: https://shop.test/desk\n"
    )
    assert [r.title for r in find(text)] == ["Buy a lamp", "Buy a desk"]


def test_wrapped_list_item_lines_given_as_lines_are_joined() -> None:
    lines = (
        Line("Links", heading=2),
        Line("Long article about", list_depth=1, paragraph=1, section="Links"),
        Line(
            "lighthouses and more",
            (LineLink("lighthouses", "https://light.test", 0, 11),),
            paragraph=1,
            section="Links",
        ),
    )
    assert find(lines) == (
        Reference("Long article about lighthouses and more", "https://light.test"),
    )


def test_long_name_before_a_url_keeps_the_whole_entry() -> None:
    name = " ".join(["word"] * 14)
    assert refs(f"## Links\n- {name} - https://a.test/x\n") == [
        (f"{name} - https://a.test/x", "https://a.test/x", None)
    ]


def test_overlapping_links_are_not_split() -> None:
    text = "a b"
    links = (LineLink("a b", "https://a.test", 0, 3), LineLink("b", "https://b.test", 2, 3))
    lines = (Line("Links", heading=2), Line(text, links, list_depth=1, section="Links"))
    assert find(lines) == (Reference("a b", "https://a.test"),)


@pytest.mark.parametrize(
    ("text", "chapter"),
    [
        ("00:46 Intro", True),
        ("Wrap-up - 41:02", True),
        ("[@1:02:03] - Outro", True),
        ("12:34", False),
        ("0h", False),
        ("0Hµ", False),
        ("Issue 12:34abc", False),
        ("Meet at 12:30 for lunch", False),
    ],
)
def test_chapter_lines_need_a_time_at_an_edge_and_a_title(text: str, chapter: bool) -> None:
    from shownotes.timestamps import at_edge as is_chapter

    assert is_chapter(text) is chapter


def test_find_reuses_given_sections() -> None:
    from shownotes import sections

    lines = to_lines("## Links\n- A book\n")
    assert find(lines, sections=sections.find(lines)) == find(lines) == (Reference("A book"),)
    assert find(lines, sections=()) == ()  # without its Links section, a plain item is no entry


def test_the_shows_profile_on_another_platform_is_its_own() -> None:
    text = (
        "## Shameless Plugs\n- [Our YouTube](https://www.youtube.com/@teatime)\n"
        "- [Kettle guide](https://kettle.test)\n\n"
        "## Follow us\n- [X](https://twitter.com/TeaTime)\n"
    )
    assert [r.title for r in find(text)] == ["Kettle guide"]


def test_a_timed_heading_naming_resources_is_an_outline_entry() -> None:
    text = "**03:49 - By resources**\n\n- Ram\n- CPU\n"
    assert find(text) == ()


def test_find_with_metadata_puts_front_matter_first_and_drops_own_pages() -> None:
    meta = {
        "links": [
            {"name": "Seed Library", "url": "https://seeds.test/"},
            {"name": "https://swap.test/", "url": "Swapped"},
            {"name": "The Show on Twitter", "url": "https://twitter.com/theshow"},
        ]
    }
    body = "- [Trowel](https://trowel.test)\n\nFind us on Twitter at https://twitter.com/TheShow\n"
    assert [(r.title, r.url) for r in find(body, metadata=meta)] == [
        ("Seed Library", "https://seeds.test/"),
        ("Swapped", "https://swap.test/"),
        ("Trowel", "https://trowel.test"),
    ]


def test_a_label_line_above_one_bare_url_titles_it() -> None:
    # News-style notes: a sentence, its URL on the next line, items set apart by blank lines.
    text = """\
NEWS SOURCES:
Kettles now boil in half the time
https://kettles.test/fast

A second source on the same story
https://news.test/kettle

Three links under one label
https://a.test/1
https://a.test/2
"""
    assert refs(text) == [
        ("Kettles now boil in half the time", "https://kettles.test/fast", None),
        ("A second source on the same story", "https://news.test/kettle", None),
        ("https://a.test/1", "https://a.test/1", None),
        ("https://a.test/2", "https://a.test/2", None),
    ]


def test_an_unheaded_run_of_labelled_urls_is_a_list() -> None:
    text = "".join(f"{n}- Game {n}\nhttps://games.test/{n}\n\n" for n in range(5, 0, -1))
    assert [r.title for r in find(text)] == [f"{n}- Game {n}" for n in range(5, 0, -1)]


def test_a_name_and_its_profiles_give_one_reference_per_link() -> None:
    text = "## Links\n- Irea on ([GitHub](https://github.com/irea), [X](https://x.com/irea))\n"
    assert refs(text) == [
        ("GitHub", "https://github.com/irea", None),
        ("X", "https://x.com/irea", None),
    ]


def test_a_run_of_links_joined_by_dashes_gives_each_link() -> None:
    # Podlove Publisher's OSF export sets a chapter's links in one paragraph, dash-separated.
    text = "## Links\n- [Tee](https://tee.test) — [Kanne](https://kanne.test) — [Tasse](https://t.test)\n"
    assert [r.title for r in find(text)] == ["Tee", "Kanne", "Tasse"]


def test_a_title_with_its_url_nested_under_it_is_one_entry() -> None:
    text = (
        "## Links\n- A talk on kilns\n  - https://talks.test/kilns\n"
        "- Two links below\n  - https://a.test\n  - https://b.test\n"
    )
    assert refs(text) == [
        ("A talk on kilns", "https://talks.test/kilns", None),
        ("https://a.test", "https://a.test", None),
        ("https://b.test", "https://b.test", None),
    ]


def test_an_href_without_a_scheme_is_kept_as_written() -> None:
    html = "<h3>Links</h3><ul><li><a href='gyrosco.pe'>Gyroscope</a></li>"
    html += "<li><a href='page.html'>a page of this site</a></li></ul>"
    assert refs(html) == [("Gyroscope", "gyrosco.pe", None)]


def test_a_url_listed_again_under_another_title_is_another_entry() -> None:
    text = (
        "## Links\n- [Episode 42](https://pod.test/42)\n"
        "- [The kiln episode](https://pod.test/42)\n- [Episode 42](https://pod.test/42)\n"
    )
    assert refs(text) == [
        ("Episode 42", "https://pod.test/42", None),
        ("The kiln episode", "https://pod.test/42", None),
    ]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("https:/www.example.org/page", "https://www.example.org/page"),
        ("https:///example.org", "https://example.org"),
        ("http//example.org/x", "http://example.org/x"),
    ],
)
def test_an_obviously_malformed_target_is_repaired_and_reported(written: str, meant: str) -> None:
    notes = shownotes.parse(f"## Links\n- [Example]({written})\n- [Ok](https://ok.test)\n")
    assert [r.url for r in notes.references] == [meant, "https://ok.test"]
    assert [(p.code, p.line) for p in notes.problems] == [("link-repaired", 2)]


def test_a_good_target_needs_no_repair() -> None:
    from shownotes.references.find import repair

    assert repair("https://example.org") is None
    assert repair("mailto:a@b.test") is None
    assert repair(" https://example.org ") == "https://example.org"  # as an href may hold it


@pytest.mark.parametrize("url_key", URL_KEYS)
@pytest.mark.parametrize("text_key", TEXT_KEYS)
def test_front_matter_links_are_read_by_one_table(url_key: str, text_key: str) -> None:
    """Every key pair of the one table gives the same reference and the same link text."""
    metadata = {"links": [{text_key: "Attrs", url_key: "https://www.attrs.org/"}]}
    assert from_metadata(metadata) == (Reference("Attrs", "https://www.attrs.org/"),)
    assert [link.text for link in links_from_metadata(metadata)] == ["Attrs"]
