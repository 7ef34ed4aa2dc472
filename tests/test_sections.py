"""sections: heading classification, section ranges, own links and the show's platforms."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import shownotes
from growth import assert_linear
from shownotes import sections
from shownotes.markup import to_lines
from shownotes.sections import LEAD_IN, Section, classify, find, format_sections

# Hostile inputs must finish well under a second (more slack under coverage tracing).


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Links", "references"),
        ("Show links", "references"),
        ("Episode Links", "references"),
        ("Links from the episode", "references"),
        ("Mentioned in this episode", "references"),
        ("References and resources", "references"),
        ("Resources:", "references"),
        ("Sick Picks", "references"),
        ("Piiiicks!!", "references"),
        ("Shameless Plugs", "references"),
        ("Check Outs", "references"),
        ("Guest links", "references"),
        ("Connect with Ada", "references"),
        ("Chapters", "chapters"),
        ("Timestamps", "chapters"),
        ("Table of contents", "chapters"),
        ("Subscribe", "platforms"),
        ("Listen on", "platforms"),
        ("Follow us", "platforms"),
        ("Find us on socials", "platforms"),
        ("Watch on YouTube", "platforms"),
        ("Sponsors", "sponsors"),
        ("Acme - Sponsor", "sponsors"),
        ("This episode is brought to you by", "sponsors"),
        ("Credits", "credits"),
        ("Music credit", "credits"),
        ("Transcript", "transcript"),
        ("Full transcription", "transcript"),
        ("Dave:", "other"),
        ("Introduction", "other"),
        ("", "other"),
        ("word " * 40, "other"),
    ],
)
def test_classify(label: str, kind: str) -> None:
    assert classify(label) == kind


def test_classify_rejects_other_types() -> None:
    with pytest.raises(TypeError):
        classify(None)  # type: ignore[arg-type]


def test_find_gives_ranges_levels_and_inherited_kinds() -> None:
    text = """\
# Episode 12

Intro prose.

## Links
- [a](https://a.test)

### Tools
- [b](https://b.test)

## Credits
- Music by someone
"""
    lines = to_lines(text)
    found = find(lines)
    assert [(s.heading, s.kind, s.level) for s in found] == [
        ("Episode 12", "other", 1),
        ("Links", "references", 2),
        ("Tools", "references", 3),
        ("Credits", "credits", 2),
    ]
    links, tools = found[1], found[2]
    assert [line.text for line in lines[links.start : links.end]] == ["Links", "a", "Tools", "b"]
    assert (tools.start, tools.end) == (links.start + 2, links.end)
    assert found[0].end == len(lines)
    assert text[links.span[0] : links.span[1]].startswith("## Links")


def test_picker_pseudo_headings_stay_in_their_picks_section() -> None:
    text = "**Picks**\n\n**Ann:**\n\n- a\n\n**Bo:**\n\n- b\n\n## Outro\n\nbye"
    found = find(to_lines(text))
    assert [(s.heading, s.kind) for s in found] == [
        ("Picks", "references"),
        ("Ann", "references"),
        ("Bo", "references"),
        ("Outro", "other"),
    ]


def test_lead_ins_start_sections() -> None:
    text = (
        "<p>We talk about owls. Resources to learn more about our guest:</p>"
        "<p><a href='https://owl.test'>https://owl.test</a></p>"
        "<p>Subscribe to the show: <a href='https://pod.test/rss'>RSS</a></p>"
        "<p>References from Episode</p><p><a href='https://paper.test'>Paper</a></p>"
    )
    found = find(to_lines(text))
    assert [(s.heading, s.kind, s.level) for s in found] == [
        ("Resources to learn more about our guest", "references", LEAD_IN),
        ("References from Episode", "references", LEAD_IN),
    ]


def test_a_line_naming_itself_is_not_a_lead_in() -> None:
    text = "Video Link: https://v.test/1\nArtist Link: https://v.test/2\n"
    assert find(to_lines(text)) == ()


def test_find_takes_text_or_lines_and_refuses_other_input() -> None:
    assert find(()) == ()
    assert find("## Links\n- a\n") == find(to_lines("## Links\n- a\n"))
    with pytest.raises(TypeError):
        find(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find(b"## Links")  # type: ignore[arg-type]


def test_a_lead_in_heads_the_block_after_it_only() -> None:
    # A lead-in (a sentence that ends in a colon) introduces one block; a heading runs on.
    text = (
        "Resources to learn more about our guest and her work:\n\n- [a](https://a.test)\n"
        "- [b](https://b.test)\n\nThanks for listening!\n- [c](https://c.test)\n"
    )
    assert [(s.heading, s.level, s.start, s.end) for s in find(text)] == [
        ("Resources to learn more about our guest and her work", sections.LEAD_IN, 0, 3)
    ]
    headed = "Links:\nA tool: https://tool.test\n\nMore: https://x.test\n"
    assert [(s.heading, s.start, s.end) for s in find(headed)] == [("Links", 0, 3)]


def test_decorated_labels_are_headings() -> None:
    # YouTube descriptions set their sections between decorations.
    text = "- Links -\nA: https://a.test\n\n// SOCIAL //\nTwitter: https://twitter.com/x\n"
    assert [(s.heading, s.kind) for s in find(text)] == [
        ("Links", "references"),
        ("SOCIAL", "platforms"),
    ]


def test_a_guests_social_media_under_a_reference_section_stays_references() -> None:
    text = (
        "- Links -\n\nFor Dr. Ada Byrne:\n\nSocial Media\n\nTwitter: https://twitter.com/ada\n"
        "Facebook: https://facebook.com/ada\n\n// FOLLOW US //\nTwitter: https://twitter.com/show\n"
    )
    kinds = {s.heading: s.kind for s in find(text)}
    assert kinds["Social Media"] == "references"
    assert kinds["FOLLOW US"] == "platforms"


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Weiterführende Links", "references"),
        ("Quellen", "references"),
        ("Liens", "references"),
        ("Źródła (wybrane)", "references"),
        ("参考资料", "references"),
        ("Kapitel", "chapters"),
        ("Chapitres", "chapters"),
        ("Rozdziały", "chapters"),
        ("チャプター", "chapters"),
        ("Folgt uns", "platforms"),
        ("Suivez-nous", "platforms"),
        ("Znajdziesz nas na", "platforms"),
        ("Znajdziecie mnie również na", "platforms"),
        ("订阅", "platforms"),
        ("Musik von", "credits"),
        ("Transkript", "transcript"),
    ],
)
def test_headings_in_other_languages(label: str, kind: str) -> None:
    assert classify(label) == kind


def test_kinds_by_line_and_section_of() -> None:
    lines = to_lines("before\n\n## Sponsors\n- a\n\n## Links\n- b\n")
    found = find(lines)
    assert sections.kinds_by_line(lines, found) == [
        None,
        "sponsors",
        "sponsors",
        "references",
        "references",
    ]
    assert sections.section_of(found, 0) is None
    section = sections.section_of(found, 4)
    assert section is not None
    assert section.heading == "Links"


def test_own_links() -> None:
    text = (
        "## Follow us\n- [Twitter](https://twitter.com/show)\n\n"
        "Find us on Mastodon at https://social.test/@show or read on.\n\n"
        "## Links\n- [Spotify](https://spotify.test/x)\n"
    )
    lines = to_lines(text)
    urls = [link.url for link in sections.own_links(lines, find(lines))]
    assert urls == ["https://twitter.com/show", "https://social.test/@show"]


def test_platforms_keeps_classified_own_links_once() -> None:
    text = (
        "## Follow us\n- [Twitter](https://twitter.com/show)\n- [Blog](https://blog.test)\n"
        "- [Again](https://twitter.com/show)\n"
    )
    lines = to_lines(text)
    meta = {"youtube": "https://youtube.com/@show", "title": "Not a URL", "n": 3}
    got = sections.platforms(lines, metadata=meta)
    assert [(link.url, link.text, link.platform) for link in got] == [
        ("https://youtube.com/@show", None, "youtube"),
        ("https://twitter.com/show", "Twitter", "twitter"),
    ]


def test_parse_fills_sections_and_platforms_and_round_trips() -> None:
    notes = shownotes.parse(
        "## Links\n- [a](https://a.test)\n\n## Subscribe\n- [RSS](https://a.test/feed)\n"
        "- https://twitter.com/ashow\n"
    )
    assert [(s.heading, s.kind) for s in notes.sections] == [
        ("Links", "references"),
        ("Subscribe", "platforms"),
    ]
    # the feed's host is no known platform; the bare URL has no text, as in notes.links
    assert [(p.platform, p.url, p.text) for p in notes.platforms] == [
        ("twitter", "https://twitter.com/ashow", None)
    ]
    assert notes.platforms[0] in notes.links
    assert shownotes.ShowNotes.from_dict(notes.to_dict()) == notes
    assert shownotes.ShowNotes.from_json(notes.to_json()) == notes


def test_format_sections() -> None:
    found = (Section("Links", "references", 2, 0, 3), Section("Dave", "references", 6, 1, 3))
    assert format_sections(found) == "Links [references]\n    Dave [references]\n"
    assert format_sections(()) == ""


def test_section_is_frozen() -> None:
    section = Section("Links", "references", 2, 0, 1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        section.kind = "other"  # type: ignore[misc]


# Builders of hostile notes of about n characters: the outline must cost linear time.
HOSTILE = {
    "lead-ins": lambda n: "Links:\n" * (n // 16) + "a" * (n // 2),
    "colons": lambda n: "a:" * (n // 2),
    "stretched letters": lambda n: "siii" * (n // 4),
    "one long heading": lambda n: "## " + "x " * (n // 2),
    "times": lambda n: "1:" * (n // 2),
}


@pytest.mark.parametrize("build", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_takes_linear_time(build: Callable[[int], str]) -> None:
    def outline(text: str) -> None:
        lines = to_lines(text)
        sections.own_links(lines, find(lines))
        classify(text)

    assert_linear(build, outline, 20_000)


@given(st.text(max_size=200))
def test_find_never_fails_and_ranges_are_sane(text: str) -> None:
    lines = to_lines(text)
    for section in find(lines):
        assert 0 <= section.start < section.end <= len(lines)
        assert section.kind in sections.KINDS


def test_a_lead_in_about_the_show_itself_is_its_platforms() -> None:
    text = "Resources to learn more about Bread Talk:\n\nhttps://bread.test/\n"
    lines = to_lines(text)
    assert [s.kind for s in find(lines)] == ["references"]
    assert [s.kind for s in find(lines, show="Bread Talk")] == ["platforms"]
    assert [s.kind for s in find(lines, show="!!")] == ["references"]
    assert shownotes.references.find(lines, show="bread talk") == ()
