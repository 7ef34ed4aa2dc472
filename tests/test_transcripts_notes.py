"""shownotes.transcripts.find and turn_lines: transcripts inside show notes, on notes written
for these tests in the shapes real shows use, and what is not a transcript."""

from __future__ import annotations

import pytest

import shownotes
from growth import assert_linear
from shownotes import chapters, transcripts
from shownotes.chapters.find import chapters_of, judged
from shownotes.markup import to_lines
from shownotes.timestamps import Timestamp
from shownotes.transcripts import Transcript, Turn

OUTLINE = """## Chapters

- 00:00 Welcome
- 04:12 Why Rust
- 17:40 Wrapping up

"""
OUTLINE_CHAPTERS = [(0, "Welcome"), (252, "Why Rust"), (1060, "Wrapping up")]

# (shape, notes, [(seconds or None, speaker, text)]): one transcript in each shape of turn.
SHAPES = [
    (
        "[00:00:05] **Name:** words (Descript export)",
        """## Transcript

[00:00:05] **Mira:** Welcome to the show, where we talk with maintainers.

And today is a special one.

[00:00:12] **Tomas:** And I'm Tomas.

[00:00:14] **Mira:** Our guest built a build tool.
""",
        [
            (5, "Mira", "Welcome to the show, where we talk with maintainers.\n"
                        "And today is a special one."),
            (12, "Tomas", "And I'm Tomas."),
            (14, "Mira", "Our guest built a build tool."),
        ],
    ),
    (
        "[0:00:08.7] NL: words (The Podlets)",
        """[INTRODUCTION]

[0:00:08.7] ANNOUNCER: Welcome to the podcast, a weekly show about the cloud.

[EPISODE]

[0:00:41.9] CC: Hi everybody, welcome back. Today we talk about networks.

[0:01:29.4] JB: Glad to be here. I have been looking forward to this one for a while.

[0:02:12.0] CC: So where do we start with networks, at the packets or the cables?

[0:02:16.8] JB: At the packets, always at the packets, they are what everyone forgets.
""",
        [
            (8.7, "ANNOUNCER", "Welcome to the podcast, a weekly show about the cloud."),
            (41.9, "CC", "Hi everybody, welcome back. Today we talk about networks."),
            (89.4, "JB", "Glad to be here. I have been looking forward to this one for a while."),
            (132.0, "CC", "So where do we start with networks, at the packets or the cables?"),
            (136.8, "JB", "At the packets, always at the packets, they are what everyone forgets."),
        ],
    ),
    (
        "Name (00:09) then the words (Riverside export)",
        """Mira (00:09)
Welcome back to the show.

Tomas (00:15)
Thanks for having me.

Mira (01:02:21)
So tell us how it started.

Tomas (01:02:40)
With a side project.
""",
        [
            (9, "Mira", "Welcome back to the show."),
            (15, "Tomas", "Thanks for having me."),
            (3741, "Mira", "So tell us how it started."),
            (3760, "Tomas", "With a side project."),
        ],
    ),
    (
        "Name [12:03] then the words (Otter export)",
        """Mira [12:03]
Let's talk about editors.

Tomas Berg [12:09]
I use a plain one.

Mira [12:15]
No plugins at all?

Tomas Berg [12:20]
Almost none.
""",
        [
            (723, "Mira", "Let's talk about editors."),
            (729, "Tomas Berg", "I use a plain one."),
            (735, "Mira", "No plugins at all?"),
            (740, "Tomas Berg", "Almost none."),
        ],
    ),
    (
        "**Name** 00:12 then the words, in <details>",
        """<details>
<summary>Transcript</summary>

**Mira** 00:12
Hello and welcome.

**Tomas** 00:20
Hi!

</details>
""",
        [(12, "Mira", "Hello and welcome."), (20, "Tomas", "Hi!")],
    ),
    (
        "Name (0:00:11): words (Haskell Interlude, HTML)",
        """<h2>Transcript</h2>
<p><em>Mira Holt (0:00:11)</em>: Welcome to the next episode.</p>
<p><em>Tomas Berg (0:00:19)</em>: Hi.</p>
<p><em>MH (0:00:20)</em>: Our guest today maintains a compiler.</p>
<p>It has been a long road for that compiler.</p>
""",
        [
            (11, "Mira Holt", "Welcome to the next episode."),
            (19, "Tomas Berg", "Hi."),
            (20, "MH", "Our guest today maintains a compiler.\n"
                       "It has been a long road for that compiler."),
        ],
    ),
    (
        "#### [00:12:03] speaker headings",
        """#### [00:12:03]
**Mira:** Welcome to the show.

#### [00:12:10]
**Tomas:** Thanks.

#### [00:12:16]
**Mira:** Let's start with the news.

#### [00:12:30]
**Tomas:** Everything is on fire.
""",
        [
            (723, "Mira", "Welcome to the show."),
            (730, "Tomas", "Thanks."),
            (736, "Mira", "Let's start with the news."),
            (750, "Tomas", "Everything is on fire."),
        ],
    ),
    (
        "**Name:** words, no times (devtools.fm)",
        """**Andrew:** Hello, welcome to the podcast about developer tools and their makers.

**Justin:** Hey everyone, we're really excited to have our guest on today.

**Andrew:** So tell us a little bit about yourself and the project you built.

**Justin:** And how long it took you to get the first version out of the door.
""",
        [
            (None, name, said)
            for name, said in [
                ("Andrew", "Hello, welcome to the podcast about developer tools and their makers."),
                ("Justin", "Hey everyone, we're really excited to have our guest on today."),
                ("Andrew", "So tell us a little bit about yourself and the project you built."),
                ("Justin", "And how long it took you to get the first version out of the door."),
            ]
        ],
    ),
    (
        "**Name** words, no colon (Software Sessions, needs the source)",
        """## Transcript

**Armin** Thank you for having me.

**Jeremy** The first thing I want to ask about is your background.
""",
        [
            (None, "Armin", "Thank you for having me."),
            (None, "Jeremy", "The first thing I want to ask about is your background."),
        ],
    ),
]  # fmt: skip


def _turns(found: Transcript | None) -> list[tuple[float | None, str | None, str]]:
    assert found is not None
    return [(t.start.seconds if t.start else None, t.speaker, t.text) for t in found]


def _chapters(text: str) -> list[tuple[float, str]]:
    found = [(c.start.seconds, c.title) for c in chapters.find(text)]
    assert [(c.start.seconds, c.title) for c in shownotes.parse(text).chapters] == found
    return found


@pytest.mark.parametrize(("shape", "notes", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_each_turn_shape_is_read(shape: str, notes: str, expected: list[tuple]) -> None:
    assert _turns(transcripts.find(notes)) == expected


@pytest.mark.parametrize(("shape", "notes", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_turns_are_no_chapters_and_the_outline_above_is(
    shape: str, notes: str, expected: list[tuple]
) -> None:
    assert _chapters(notes) == []
    assert _chapters(OUTLINE + notes) == OUTLINE_CHAPTERS


def test_without_the_exclusion_turns_were_chapters() -> None:
    """What the exclusion fixes: the chapter finder alone reads timed turns as a list."""
    notes = SHAPES[2][1]  # Name (00:09)
    lines = to_lines(notes)
    unguarded = chapters_of(lines, judged(lines, None))
    assert [c.title for c in unguarded] == ["Mira", "Tomas", "Mira", "Tomas"]
    assert _chapters(notes) == []


def test_the_turn_lines_are_the_heads_their_times_and_their_words() -> None:
    notes = (
        "## Transcript\n\nIntro.\n\n#### [00:12:03]\n**Mira:** Hello there.\n\nMore words.\n\n"
        + ("#### [00:12:10]\n**Tomas:** Hi.\n\n## Links\n\n- https://example.org\n")
    )
    lines = to_lines(notes)
    claimed = transcripts.turn_lines(notes)
    assert [lines[i].text for i in sorted(claimed)] == [
        "[00:12:03]",
        "Mira: Hello there.",
        "More words.",
        "[00:12:10]",
        "Tomas: Hi.",
    ]


def test_find_without_source_misses_only_the_colonless_bold_name() -> None:
    notes = SHAPES[-1][1]
    assert transcripts.find(to_lines(notes)) is None
    assert _turns(transcripts.find(to_lines(notes), source=notes))[0][1] == "Armin"


# --- Outline or turns: timed topic lines have no speaker and no spoken text under them -----


def test_timed_topic_lines_before_a_transcript_are_an_outline() -> None:
    notes = """[00:00:22] Intro
[00:01:14] Why Rust
[00:09:30] Wrap-up

## Transcript

[00:00:05] **Mira:** Welcome to the show.

[00:00:12] **Tomas:** Thanks for having me.
"""
    assert _chapters(notes) == [(22, "Intro"), (74, "Why Rust"), (570, "Wrap-up")]
    assert [t.speaker for t in transcripts.find(notes) or ()] == ["Mira", "Tomas"]


def test_timed_topic_headings_inside_a_transcript_are_its_outline() -> None:
    """devtools.fm: ``#### [00:00:55] Topic`` headings between the turns."""
    notes = """#### [00:00:00] Introduction

**Andrew:** Hello, welcome to the podcast about developer tools and the people who make them.

**Artem:** Thanks for having me, it is really great to be here with you both today.

#### [00:00:55] Background

**Andrew:** So tell us a little bit about how you came to build your mocking library.

**Artem:** It started as a small prototype over a weekend, and then it grew and grew.
"""
    assert _chapters(notes) == [(0, "Introduction"), (55, "Background")]
    assert len(transcripts.find(notes) or ()) == 4


def test_an_outline_with_a_description_under_each_entry_is_no_transcript() -> None:
    notes = """[00:00:22] Intro
We say hello and introduce the guest.

[00:05:00] Rust in production
What it takes to run it at work.

**Andrew:** Hello, welcome to the podcast about developer tools and the people who make them.

**Justin:** Hey everyone, we're really excited to have our guest on today, welcome.

**Andrew:** So tell us a little bit about yourself and the project you have been building.

**Justin:** And how long it took you to get the first version out of the door, too.
"""
    assert _chapters(notes) == [(22, "Intro"), (300, "Rust in production")]
    assert [t.speaker for t in transcripts.find(notes) or ()] == ["Andrew", "Justin"] * 2


# --- Not transcripts ------------------------------------------------------------------------

NOT_TRANSCRIPTS = [
    (
        "a chapter list that names a segment twice (Syntax)",
        "00:00 - Welcome\n02:00 - Sponsor: Sentry\n05:00 - News: Rust 1.80\n"
        "10:00 - Sponsor: Linode\n12:00 - News: Python 3.13\n",
    ),
    (
        "picks per host: a list under each name",
        "**Wes:**\n\n- A ring light\n- A desk\n\n**Scott:**\n\n- A pen\n\n**Wes:**\n\n- A mug\n\n"
        "**Scott:**\n\n- Headphones\n",
    ),
    (
        "labelled link items",
        "- Pick: [lazyssh](https://example.org/a)\n- Meetup: [Austin](https://example.org/b)\n"
        "- Pick: [term](https://example.org/c)\n- Meetup: [Denver](https://example.org/d)\n",
    ),
    (
        "pull quotes (Arrested DevOps)",
        "**Joan:** “There was this huge wall between the teams that built and ran things.”\n\n"
        "**Gene:** “Events like this one solve the problem by bringing people together.”\n\n"
        "**Joan:** “Having them build everything they need is not realistic at all.”\n\n"
        "**Gene:** “That format has been so much fun and created so much value.”\n",
    ),
    (
        "quotes inside a chapter list (Rustacean Station)",
        "- [@13:00] - Redust by Will\n  - [@13:50] Allen: The comments are more interesting.\n"
        "  - [@16:20] Tim: Open source is really complicated.\n"
        "- [@16:40] Josh on building with Rust\n  - [@16:50] Sean: Sharing between crates.\n",
    ),
    (
        "one speaker, no transcript heading",
        "**Ana:** Welcome to a solo episode where I talk about the tools I use every day.\n\n"
        "**Ana:** First up is my editor, which I have used for years and years now.\n",
    ),
    ("prose with times", "We met at 10:30 and left at 12:00.\n\nAna: see you at 14:00 then."),
    (
        "picks by host, as paragraphs: nobody takes turns (Syntax)",
        "Wes: A ring light that clamps onto the desk and lights the whole room evenly.\n\n"
        "Wes: A standing desk that I have been using for the whole of this year now.\n\n"
        "Scott: A fountain pen with a fine nib that writes like a dream on any paper.\n\n"
        "Scott: Headphones that cancel the noise of the street outside my office.\n",
    ),
    (
        "credits with links (music videos)",
        "Video Link: https://example.org/v/1\n\nArtist Link: https://example.org/a/1\n\n"
        "Video Link: https://example.org/v/2\n\nArtist Link: https://example.org/a/2\n",
    ),
    ("a time that cannot be", "[00:75] Ana: hi\n\n[00:80] Bo: hi\n\n" * 3),
]


@pytest.mark.parametrize(("case", "notes"), NOT_TRANSCRIPTS, ids=[c for c, _ in NOT_TRANSCRIPTS])
def test_what_is_not_a_transcript(case: str, notes: str) -> None:
    assert transcripts.find(notes) is None
    assert transcripts.turn_lines(notes) == frozenset()


def test_the_chapter_list_with_segment_names_keeps_its_chapters() -> None:
    notes = NOT_TRANSCRIPTS[0][1]
    assert [c.title for c in chapters.find(notes)][:3] == [
        "Welcome",
        "Sponsor: Sentry",
        "News: Rust 1.80",
    ]
    assert len(_chapters(notes)) == 5


def test_empty_lines_are_nothing() -> None:
    from shownotes.lines import Line

    assert transcripts.find([Line(""), Line("")]) is None


def test_a_transcript_heading_is_enough_for_one_speaker() -> None:
    notes = "## Transcript\n\n" + NOT_TRANSCRIPTS[5][1]
    assert [t.speaker for t in transcripts.find(notes) or ()] == ["Ana", "Ana"]


def test_a_transcript_heading_with_timed_words_and_no_names() -> None:
    notes = "## Transcript\n\n#### [00:00:05]\nWelcome back.\n\n#### [00:00:09]\nTools, today.\n"
    assert _turns(transcripts.find(notes)) == [
        (5, None, "Welcome back."),
        (9, None, "Tools, today."),
    ]


def test_a_link_named_transcript_is_no_transcript_heading() -> None:
    notes = "[Transcript](https://example.org/t)\n\n**Ana:** Hi.\n\n**Ana:** Bye.\n"
    assert transcripts.find(notes) is None


def test_the_transcript_ends_at_the_next_heading_of_its_rank() -> None:
    notes = "## Transcript\n\nAna: Hi.\n\nBo: Hello.\n\n## Links\n\nNote: this is no turn.\n"
    assert [t.speaker for t in transcripts.find(notes) or ()] == ["Ana", "Bo"]


# --- Runs, times, values --------------------------------------------------------------------


def test_a_clock_that_goes_back_starts_a_second_transcript() -> None:
    part = "[00:00:{:02d}] **{}:** These are the words of a turn, ten words or so long.\n\n"
    first = "".join(part.format(s, n) for s, n in [(5, "Ana"), (9, "Bo"), (12, "Ana"), (15, "Bo")])
    second = "".join(part.format(s, n) for s, n in [(1, "Cy"), (3, "Di"), (4, "Cy"), (8, "Di")])
    found = transcripts.find(first + second)
    assert [t.start.seconds for t in found or () if t.start] == [5, 9, 12, 15, 1, 3, 4, 8]


def test_a_part_the_clock_cut_off_is_the_same_transcript_when_its_speakers_speak_on() -> None:
    """The Podlets: the host's roll call is timed after the intro it follows."""
    roll_call = "[0:00:41.5] DC: Good afternoon and welcome.\n\n[0:00:56.6] OP: Hi.\n\n"
    roll_call += "[0:00:57.4] DC: Carlisia.\n\n[0:00:58.6] CC: Hi everybody.\n\n"
    talk = "".join(
        f"[0:0{m}:00.0] {name}: These are the words of a turn, ten words or so long.\n\n"
        for m, name in enumerate(["DC", "CC", "OP", "DC", "CC", "OP"], start=1)
    )
    talk = talk.replace("[0:01:00.0]", "[0:00:30.0]")  # the talk starts before the roll call
    assert transcripts.find(roll_call) is None  # alone, the roll call is no transcript
    found = transcripts.find(talk + roll_call)
    talkers = ["DC", "CC", "OP", "DC", "CC", "OP"]
    assert [t.speaker for t in found or ()] == [*talkers, "DC", "OP", "DC", "CC"]
    stranger = roll_call.replace("OP:", "ZZ:")
    assert len(transcripts.find(talk + stranger) or ()) == 6


def test_find_returns_a_transcript_of_turns() -> None:
    found = transcripts.find(SHAPES[4][1])
    assert found == Transcript((Turn(Timestamp(12_000), "Mira", "Hello and welcome."),
                                Turn(Timestamp(20_000), "Tomas", "Hi!")))  # fmt: skip
    assert found is not None
    assert found.speakers == ("Mira", "Tomas")
    assert found.text == "[0:12] Mira: Hello and welcome.\n[0:20] Tomas: Hi!"
    assert found[1:] == Transcript((found[1],))
    assert Transcript((Turn(None, None, "Hm."),)).text == "Hm."


@pytest.mark.parametrize("bad", [None, 3, b"text", [1]])
def test_find_takes_text_or_lines(bad: object) -> None:
    with pytest.raises(TypeError):
        transcripts.find(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        transcripts.turn_lines(bad)  # type: ignore[arg-type]


def test_source_must_be_text() -> None:
    with pytest.raises(TypeError, match="source"):
        transcripts.find("Ana: hi", source=b"Ana: hi")  # type: ignore[arg-type]


def test_values_check_their_fields() -> None:
    with pytest.raises(ValueError, match="after its start"):
        Turn(Timestamp(5000), "Ana", "Hi", end=Timestamp(5000))
    with pytest.raises(TypeError):
        Turn(5000, "Ana", "Hi")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Turn values"):
        Transcript(("Ana: hi",))  # type: ignore[arg-type]
    assert Turn(None, None, "Hi", end=Timestamp(1)).end == Timestamp(1)


# --- Linear time ----------------------------------------------------------------------------


def test_each_line_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Work counted, not timed: the finder reads every line's head exactly once."""
    from shownotes.transcripts import _notes

    calls = 0
    real = _notes.read_head

    def counted(*args: object) -> object:
        nonlocal calls
        calls += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(_notes, "read_head", counted)
    notes = SHAPES[0][1] * 500
    lines = to_lines(notes)
    transcripts.turn_lines(lines, source=notes)
    assert calls == len(lines)


HOSTILE = [
    "[0:00:00] A: ",
    "A (0:00) ",
    "A" * 30 + " ",
    "**A** ",
    "[" * 5,
    "00:00 ",
    "Ab Cd Ef Gh Ij: ",
    "1:" * 40,
    "#### [00:00:01]\n",
    "A: x\n\n",
    "Transcript\n\n",
]


@pytest.mark.parametrize("piece", HOSTILE, ids=range(len(HOSTILE)))
@pytest.mark.parametrize("joiner", ["", "\n"], ids=["one line", "many lines"])
def test_hostile_input_takes_linear_time(piece: str, joiner: str) -> None:
    """Four times the input costs about four times as much, on one long line and on many
    short ones (tests/growth.py: CPU-time ratios, never wall-clock)."""
    assert_linear(lambda n: joiner.join([piece] * (n // len(piece))), transcripts.turn_lines, 5_000)


@pytest.mark.parametrize(
    ("first", "second", "speakers"),
    [("Ana Bel Cy Do", "Bo Li", 2), ("Ana Bel Cy Do Ed", "Bo Li", 0), ("ana", "bo", 0)],
)
def test_a_name_is_up_to_four_words_not_starting_in_lower_case(
    first: str, second: str, speakers: int
) -> None:
    said = "these are the words of one turn, more than ten of them in all"
    notes = "".join(f"{name}: {said}\n\n" for name in [first, second] * 2)
    assert len((transcripts.find(notes) or Transcript()).speakers) == speakers
