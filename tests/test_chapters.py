"""shownotes.chapters.find on self-written notes: every style, every trap, blocks and problems."""

from __future__ import annotations

import attrs
import pytest

from chapter_examples import DEFAULT, DURATION_NOTE, FRAMES, STYLES, TRAPS
from shownotes import chapters
from shownotes.chapters import Chapters
from shownotes.markup import to_lines
from shownotes.timestamps import Timestamp


def pairs(found: Chapters) -> tuple[tuple[float, str], ...]:
    return tuple((c.start.seconds, c.title) for c in found)


@pytest.mark.parametrize(
    ("text", "expected"), [(s[2], s[3] or DEFAULT) for s in STYLES], ids=[s[0] for s in STYLES]
)
def test_every_style_is_read_exactly(text: str, expected: tuple[tuple[float, str], ...]) -> None:
    assert pairs(chapters.find(text)) == expected


@pytest.mark.parametrize("text", [t[2] for t in TRAPS], ids=[f"{t[0]}-{t[1]}" for t in TRAPS])
def test_traps_give_no_chapters(text: str) -> None:
    assert chapters.find(text) == Chapters()


def test_a_duration_note_beside_a_list_is_not_a_chapter() -> None:
    text, expected = DURATION_NOTE
    assert pairs(chapters.find(text)) == expected


def test_frame_timecodes_are_reported_not_guessed() -> None:
    found = chapters.find(FRAMES)
    assert found == Chapters()
    assert [p.code for p in found.problems] == ["chapter-frames"]


def test_frames_are_told_by_the_duration_when_known() -> None:
    text = "00:00:00 Opening\n00:30:10 Coffee news\n01:15:00 Listener mail\n"
    assert len(chapters.find(text)) == 3
    found = chapters.find(text, duration=Timestamp.from_seconds(120))
    assert found == Chapters()
    assert [p.code for p in found.problems] == ["chapter-frames"]


def test_range_gives_the_end() -> None:
    found = chapters.find("00:00 - 01:35 Opening\n01:35 \u2013 1:05:05 Coffee news\n")
    assert [(str(c.start), str(c.end), c.title) for c in found] == [
        ("0:00", "1:35", "Opening"),
        ("1:35", "1:05:05", "Coffee news"),
    ]


def test_a_range_that_goes_back_has_no_end() -> None:
    found = chapters.find("00:00 Opening\n05:00 - 01:00 Coffee news\n")
    assert [c.end for c in found] == [None, None]


def test_urls_come_from_the_title_link_or_a_trailing_autolink() -> None:
    text = (
        "- 0:00 - [Opening](https://example.org/a)\n"
        "- 1:35 Coffee news <https://example.org/b>\n"
        "- 2:00 Beans - <https://example.org/c>\n"
        "- 3:00 Listener mail\n"
    )
    assert [(c.title, c.url) for c in chapters.find(text)] == [
        ("Opening", "https://example.org/a"),
        ("Coffee news", "https://example.org/b"),
        ("Beans - https://example.org/c", "https://example.org/c"),
        ("Listener mail", None),
    ]


def test_a_time_link_whose_target_disagrees_is_reported_and_its_text_wins() -> None:
    found = chapters.find("- [0:00](#t=0:00) Opening\n- [1:35](#t=1:50) Coffee news\n")
    assert pairs(found) == ((0.0, "Opening"), (95.0, "Coffee news"))
    assert [p.code for p in found.problems] == ["chapter-link"]
    assert found.problems[0].message == "link text 1:35 but its target says 1:50"


def test_lines_that_are_only_a_time_link_use_its_target() -> None:
    text = "- [Opening](https://example.org/ep?t=0)\n- [Coffee news](https://example.org/ep?t=95)\n"
    assert pairs(chapters.find(text)) == ((0.0, "Opening"), (95.0, "Coffee news"))


def test_a_slip_is_reported_and_the_list_kept() -> None:
    found = chapters.find("0:00 Opening\n5:00 Coffee news\n3:00 Beans\n9:00 Listener mail\n")
    assert [c.title for c in found] == ["Opening", "Coffee news", "Beans", "Listener mail"]
    assert [p.code for p in found.problems] == ["chapter-order"]
    assert found.problems[0].span is not None


def test_equal_starts_are_kept_and_reported() -> None:
    found = chapters.find("0:00 Opening\n5:00 Coffee news\n5:00 Beans\n")
    assert len(found) == 3
    assert [p.code for p in found.problems] == ["chapter-order"]


def test_too_many_slips_is_no_list() -> None:
    text = "9:00 a\n1:10 b\n8:00 c\n1:20 d\n7:00 e\n1:30 f\n"
    assert chapters.find(text) == Chapters()


def test_lists_may_begin_minutes_in() -> None:
    found = chapters.find("12:34 Coffee news\n25:01 Listener mail\n")
    assert pairs(found) == ((754.0, "Coffee news"), (1501.0, "Listener mail"))


def test_one_line_is_no_list() -> None:
    assert chapters.find("0:00 Opening\n\nSome prose.\n") == Chapters()


def test_a_start_past_the_duration_drops_the_list_with_a_problem() -> None:
    found = chapters.find("0:00 a\n10:00 b\n30:00 c\n", duration=Timestamp.from_seconds(1800))
    assert found == Chapters()
    assert [p.code for p in found.problems] == ["chapter-duration"]


def test_repeated_notes_give_each_chapter_once() -> None:
    body = "0:00 Opening\n1:35 Coffee news\n1:05:05 Listener mail\n"
    html = "<p>0:00 Opening</p><p>1:35 Coffee news</p><p>1:05:05 Listener mail</p>"
    assert pairs(chapters.find(f"{body}\n{html}\n")) == DEFAULT


def test_of_two_restarted_lists_the_longer_wins() -> None:
    text = "10:00 Not a list\n20:00 Too late\n\nChapters\n0:00 A\n1:00 B\n2:00 C\n"
    assert [c.title for c in chapters.find(text)] == ["A", "B", "C"]
    text = "Chapters:\n0:00 A\n1:00 B\n2:00 C\n\nClips:\n0:00 X\n3:00 Y\n4:00 Z\n"
    assert [c.title for c in chapters.find(text)] == ["A", "B", "C"]


def test_a_list_of_lengths_is_no_chapter_list() -> None:
    text = "1. One - 3:45\n2. Two - 4:12\n3. Three - 3:30\n4. Four - 5:01\n5. Five - 2:59\n"
    assert chapters.find(text) == Chapters()
    results = "1. Ana 2:01:09\n2. Bo 2:01:41\n3. Cy 2:02:48\n"
    assert chapters.find(results) == Chapters()


def test_a_slip_in_three_entries_is_no_list() -> None:
    assert chapters.find("0:00 A\n5:00 B\n3:00 C\n") == Chapters()


def test_a_list_carried_on_after_other_text_joins_up() -> None:
    text = "0:00 A\n1:00 B\n" + "filler line\n" * 20 + "2:00 C\n3:00 D\n"
    assert [c.title for c in chapters.find(text)] == ["A", "B", "C", "D"]


def test_transcript_headings_repeating_the_list_are_not_added() -> None:
    text = "[00:00:00] Opening\n[00:01:35] Coffee news\n\n" + "".join(
        f"#### [00:0{i}:4{i}] {title}\n\n" + "Talk.\n\n" * 15
        for i, title in enumerate(["Opening", "Coffee news"], 1)
    )
    assert pairs(chapters.find(text)) == ((0.0, "Opening"), (95.0, "Coffee news"))


def test_a_fence_holding_only_a_chapter_list_is_one() -> None:
    # Notes fence a plain-text list to keep it as typed (seen in Chinese Jekyll posts and in
    # YouTube descriptions pasted into Markdown).
    text = "Outline:\n\n```\n0:00 Opening\n1:48 Coffee news\n1:02:03 Listener mail\n```\n"
    assert pairs(chapters.find(text)) == (
        (0.0, "Opening"),
        (108.0, "Coffee news"),
        (3723.0, "Listener mail"),
    )


def test_a_fence_holding_code_or_logs_gives_no_chapters() -> None:
    code = "```\nstart = 0\n0:00 a\n1:00 b\nprint(start)\nrun()\n```\n"
    assert chapters.find(code) == Chapters()
    mixed = "0:00 Opening\n\n```\n1:00 b\n```\n"
    assert chapters.find(mixed) == Chapters()


def test_page_chrome_holds_no_chapters() -> None:
    page = "<html><body><nav><p>0:00 Home</p><p>1:00 About</p></nav><p>Hi</p></body></html>"
    assert chapters.find(page) == Chapters()


def test_find_takes_lines_or_text() -> None:
    text = "0:00 Opening\n1:35 Coffee news\n"
    assert chapters.find(to_lines(text)) == chapters.find(text)
    assert chapters.find(list(to_lines(text))) == chapters.find(text)


@pytest.mark.parametrize("bad", [None, 12, b"0:00 a", ["0:00 a"]])
def test_find_refuses_other_types(bad: object) -> None:
    with pytest.raises(TypeError, match="takes a str or Lines"):
        chapters.find(bad)  # type: ignore[arg-type]


def test_find_refuses_a_duration_that_is_not_a_timestamp() -> None:
    with pytest.raises(TypeError, match="duration"):
        chapters.find("0:00 a", duration=60)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(12:30 we meet by the door", None),
        ("12:30pm lunch", None),
        ("12:30 PM lunch", None),
        ("9:15 a.m. coffee", None),
        ("Opening 1:75", "bad"),
        ("1:75 Opening", "bad"),
        ("1h2m Opening", (3_720_000, "Opening")),
        ("[Opening](https://example.org/ep#t=1:75)", None),
        ("[Opening](https://example.org/?format=x)", None),
        ("[a](https://e.org/?t=1) and [b](https://e.org/?t=2)", None),
        ("Opening [talk](https://e.org/?t=5)", None),
        ("[Opening](https://e.org/?t=5)", (5_000, "Opening")),
        ("We start at 12:28", None),
        ("Deadline 2026-01-02 12:00", None),
        ("Ana @ 12:28", None),
        ("John 3:16", None),
        ("1 Corinthians 13:4", None),
        ("The Song 3:16", (196_000, "The Song")),
        ("I argue for a long time that this is a sentence and it ends at the time. 12:28", None),
        ("A short sentence. 12:28", (748_000, "A short sentence.")),
    ],
)
def test_one_line_grammar(text: str, expected: object) -> None:
    from shownotes.chapters.grammar import Bad, Entry, parse_line

    (line,) = to_lines(text)
    got = parse_line(line, 0)
    if expected is None:
        assert got is None
    elif expected == "bad":
        assert isinstance(got, Bad)
        assert "out of range" in got.message
    else:
        assert isinstance(got, Entry)
        assert (got.start.ms, got.title) == expected


def test_a_longer_list_further_down_replaces_a_shorter_rival() -> None:
    text = "0:00 A\n1:00 B\n2:00 C\n" + "filler line\n" * 20 + "0:00 W\n1:00 X\n2:00 Y\n3:00 Z\n"
    assert [c.title for c in chapters.find(text)] == ["W", "X", "Y", "Z"]


def test_a_transcript_after_the_outline_is_left_out() -> None:
    text = (
        "00:00:00 Opening\n00:01:35 Coffee news\n\n---\n\nTranscript\n\n"
        "[00:00:01] Ana: hello there and welcome back to the show about coffee\n"
        "[00:00:05] Bo: thanks, it is a fine day to talk about beans with you\n"
    )
    assert pairs(chapters.find(text)) == ((0.0, "Opening"), (95.0, "Coffee news"))


def test_bare_time_headings_of_a_transcript_take_no_title() -> None:
    turns = ["So we started roasting.", "Really, at home?", "Yes, in a pan."]
    text = "# Transcript\n\n" + "".join(
        f"#### [00:12:{10 * i:02d}]\n\n{turn}\n\n" for i, turn in enumerate(turns)
    )
    assert chapters.find(text) == Chapters()


def test_spaced_colons_and_autolinks_with_underscores_stay_in_their_place() -> None:
    found = chapters.find("0:00 Part : end <https://example.org/>\n0:46 Part two end\n")
    assert [(c.title, c.url) for c in found] == [
        ("Part : end", "https://example.org/"),
        ("Part two end", None),
    ]
    found = chapters.find("0:00 Part end\n0:46 Part end <https://example.org/_>\n")
    assert [(c.title, c.url) for c in found] == [
        ("Part end", None),
        ("Part end", "https://example.org/_"),
    ]


def test_round_times_past_the_day_are_chapters_not_clock_times() -> None:
    found = chapters.find("10:00 Coffee news\n20:00 Beans\n30:30 Listener mail\n")
    assert [str(c.start) for c in found] == ["10:00", "20:00", "30:30"]


def test_a_time_run_into_a_title_is_split_when_it_fits() -> None:
    text = (
        "00:00 Opening\n"
        "01:35 We talk about why beans matter 05:10 and then we grind them all\n"
        "09:00 The 10:00 rule explained\n"
        "12:00 Listener mail\n"
    )
    assert pairs(chapters.find(text)) == (
        (0.0, "Opening"),
        (95.0, "We talk about why beans matter"),
        (310.0, "and then we grind them all"),
        (540.0, "The 10:00 rule explained"),
        (720.0, "Listener mail"),
    )


def test_osf_chapter_boxes_title_their_times_by_the_heading_above() -> None:
    # Podlove Publisher's Open Show Format export: <h2>Title</h2> <span>time</span>, items below.
    boxes = "".join(
        f'<h2>{title}</h2> <span class="osf_chaptertime">{time}</span>'
        f'<div class="osf_items"><a href="https://example.org/{n}">Link {n}</a> — more</div>'
        for n, (title, time) in enumerate(
            [("Begrüßung", "00:00:00"), ("Kaffee", "00:12:40"), ("Post", "01:02:03")]
        )
    )
    found = chapters.find(f"<html><body>{boxes}</body></html>")
    assert pairs(found) == ((0.0, "Begrüßung"), (760.0, "Kaffee"), (3723.0, "Post"))


def test_a_section_heading_above_one_bare_time_does_not_title_it() -> None:
    text = "## Show Notes\n\n02:40\n\n- What is a domain?\n\n05:10\n\n- Registrars\n"
    assert pairs(chapters.find(text)) == ((160.0, "What is a domain?"), (310.0, "Registrars"))


def test_explain_reports_each_block_with_the_rule_that_decided() -> None:
    text = "Readings:\nMark 4:21\n\n0:00 Opening\n0:00 Opening\n0:00 Opening\n\n" + "x\n" * 14
    text += "0:00 Opening\n1:35 Coffee news\n"
    report = chapters.explain(text)
    assert [(b.accepted, b.rule) for b in report] == [(False, "log"), (True, "chapter-list")]
    assert report.chapters == chapters.find(text)
    assert "refused by log" in str(report)


def test_rules_are_named_and_can_be_changed() -> None:
    text = "0:00 Opening\n1:35 Coffee news\n"
    assert len(chapters.find(text)) == 2
    stricter = attrs.evolve(chapters.RULES, min_entries=3)
    assert chapters.find(text, rules=stricter) == Chapters()
    assert chapters.explain(text, rules=stricter)[0].rule == "too-few"


def test_topic_entries_with_long_descriptions_are_not_turns() -> None:
    # "Topic: what was said" names a new topic each time; a transcript's names come back.
    topics = [
        "Introduction to the tool: the guest explains what it is for and why she built it "
        "to study bacteria found in rivers, farms and hospitals over several years",
        "Sequencing: the conversation turns to reading many genomes at once with short and "
        "long reads, and what each technology is good for in practice today",
        "Roadmap: plans for new detectors, better typing of strains and more documentation "
        "so that other labs can contribute to the project and reuse its parts",
    ]
    text = "".join(f"- [00:0{i}:21] {t}\n" for i, t in enumerate(topics, 1))
    assert [c.title for c in chapters.find(text)] == topics
    turns = "".join(
        f"[00:0{i}:0{i}] {name}: {line}\n"
        for i, (name, line) in enumerate(
            [
                ("Ana", "so tell me"),
                ("Ben", "well it started"),
                ("Ana", "and then"),
                ("Ben", "then we shipped it"),
            ],
            1,
        )
    )
    assert chapters.find(turns) == Chapters()


def test_a_list_whose_line_breaks_were_lost_is_read() -> None:
    # Feeds that strip <br> from a description glue the list onto one line.
    text = "Wer fliegt raus:(00:00) Intro - Begrüßung(02:32) Die Lage(1:02:03) Ende - Tschüss"
    assert pairs(chapters.find(text)) == (
        (0.0, "Intro - Begrüßung"),
        (152.0, "Die Lage"),
        (3723.0, "Ende - Tschüss"),
    )
    assert chapters.find("We met (10:30) and again (09:15) and (11:00) later") == Chapters()


def test_one_entry_is_a_list_where_the_notes_say_chapters() -> None:
    assert pairs(chapters.find("## Chapters\n\n(0:46) The only one\n")) == ((46.0, "The only one"),)
    assert chapters.find("Notes.\n\n(0:46) The only one\n") == Chapters()
