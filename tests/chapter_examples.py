# ruff: noqa: E501 - one example per line reads best as a table
"""Self-written show notes in every chapter style shownotes reads, and traps it must refuse.

Written for this project (no text copied from real notes): each style of the real-notes
catalog gets its own example here, so the suite stands alone without ``../shared``.
"""

from __future__ import annotations

from typing import Final

#: The chapters most examples hold: 0:00 Opening, 1:35 Coffee news, 1:05:05 Listener mail.
DEFAULT: Final = ((0.0, "Opening"), (95.0, "Coffee news"), (3905.0, "Listener mail"))


def _block(lines: str) -> str:
    return f"In this episode we taste three coffees.\n\nTopics:\n{lines}\nSee you next week!\n"


# (id, style, text, expected or None for DEFAULT)
STYLES: Final[list[tuple[str, str, str, tuple[tuple[float, str], ...] | None]]] = [
    ("s01", "M:SS title", _block("0:00 Opening\n1:35 Coffee news\n1:05:05 Listener mail"), None),
    ("s02", "MM:SS padded", _block("00:00 Opening\n01:35 Coffee news\n1:05:05 Listener mail"), None),
    ("s03", "MM:SS - title", _block("00:00 - Opening\n01:35 - Coffee news\n1:05:05 - Listener mail"), None),
    ("s04", "HH:MM:SS always", _block("00:00:00 Opening\n00:01:35 Coffee news\n01:05:05 Listener mail"), None),
    ("s05", "hours when needed", _block("0:00 Opening\n1:35 Coffee news\n59:59 Tasting\n1:05:05 Listener mail"),
     ((0.0, "Opening"), (95.0, "Coffee news"), (3599.0, "Tasting"), (3905.0, "Listener mail"))),
    ("s06", "HH:MM:SS - title", _block("00:00:00 - Opening\n00:01:35 - Coffee news\n01:05:05 - Listener mail"), None),
    ("s07", "MM:SS-title", _block("00:00-Opening\n01:35-Coffee news\n1:05:05-Listener mail"), None),
    ("s08", "(MM:SS) title", _block("(00:00) Opening\n(01:35) Coffee news\n(1:05:05) Listener mail"), None),
    ("s09", "(MM:SS) - title", _block("(00:00) - Opening\n(01:35) - Coffee news\n(1:05:05) - Listener mail"), None),
    ("s10", "(MM:SS) en dash", _block("(00:00) \u2013 Opening\n(01:35) \u2013 Coffee news\n(1:05:05) \u2013 Listener mail"), None),
    ("s11", "(HH:MM:SS) en dash", _block("(00:00:00) \u2013 Opening\n(00:01:35) \u2013 Coffee news\n(01:05:05) \u2013 Listener mail"), None),
    ("s12", "[M:SS] title", _block("[0:00] Opening\n[1:35] Coffee news\n[1:05:05] Listener mail"), None),
    ("s13", "[MM:SS]title", _block("[00:00]Opening\n[01:35]Coffee news\n[1:05:05]Listener mail"), None),
    ("s14", "lenticular brackets", "\u301000:00\u3011\u306f\u3058\u3081\u306b\n\u301001:35\u3011\u73c8\u7432\n\u30101:05:05\u3011\u304a\u305f\u3088\u308a",
     ((0.0, "\u306f\u3058\u3081\u306b"), (95.0, "\u73c8\u7432"), (3905.0, "\u304a\u305f\u3088\u308a"))),
    ("s15", "wave dash", "00:00\u301c\u306f\u3058\u3081\u306b\n01:35\u301c\u73c8\u7432\n1:05:05\u301c\u304a\u308f\u308a",
     ((0.0, "\u306f\u3058\u3081\u306b"), (95.0, "\u73c8\u7432"), (3905.0, "\u304a\u308f\u308a"))),
    ("s16", "<br> list with decorated header", "<p>\u2605\u2500\u2500 <strong>Topics</strong> \u2500\u2500\u2605<br />00:00 \u306f\u3058\u3081\u306b\u30fb\u3054\u5831\u544a<br />01:35 \u73c8\u7432\u306e\u8a71<br />1:05:05 \u304a\u305f\u3088\u308a<br /></p>",
     ((0.0, "\u306f\u3058\u3081\u306b\u30fb\u3054\u5831\u544a"), (95.0, "\u73c8\u7432\u306e\u8a71"), (3905.0, "\u304a\u305f\u3088\u308a"))),
    ("s17", "Chinese titles", _block("00:00 \u5f00\u573a\n01:35 \u5496\u5561\n1:05:05 \u6765\u4fe1"),
     ((0.0, "\u5f00\u573a"), (95.0, "\u5496\u5561"), (3905.0, "\u6765\u4fe1"))),
    ("s18", "MM:SS: title", _block("00:00: Opening\n01:35: Coffee news\n1:05:05: Listener mail"), None),
    ("s19", "entity dashes and <br>", "0:00 &ndash; Opening<br>1:35 &mdash; Coffee news<br>1:05:05 &ndash; Listener mail<br>", None),
    ("s20", "glyph inside <li>", "<ul><li>\u2022 00:00 Opening</li><li>\u2022 01:35 Coffee news</li><li>\u2022 1:05:05 Listener mail</li></ul>", None),
    ("s21", "* bullet and hyphen", _block("* 00:00 - Opening\n* 01:35 - Coffee news\n* 1:05:05 - Listener mail"), None),
    ("s22", "bold link with #t=", _block("* **[00:00](#t=00:00)** Opening\n* **[01:35](#t=01:35)** Coffee news\n* **[1:05:05](#t=1:05:05)** Listener mail"), None),
    ("s23", "bold link then ' - '", _block("- **[00:00](#t=00:00)** - Opening\n- **[01:35](#t=01:35)** - Coffee news\n- **[1:05:05](#t=1:05:05)** - Listener mail"), None),
    ("s24", "nested sub-chapters", _block("* **[00:00](#t=00:00)** Opening\n    * **[01:35](#t=01:35)** Coffee news\n* **[1:05:05](#t=1:05:05)** Listener mail"), None),
    ("s25", "title is a link", _block("00:00 - [Opening](https://example.org/a)\n01:35 - [Coffee news](https://example.org/b)\n1:05:05 - [Listener mail](https://example.org/c)"), None),
    ("s26", "link time with en dash", _block("- [0:00](#t=0:00) \u2013 Opening\n- [1:35](#t=1:35) \u2013 Coffee news\n- [1:05:05](#t=1:05:05) \u2013 Listener mail"), None),
    ("s27", "bullet + [M:SS]", _block("* [0:00] Opening\n* [1:35] Coffee news\n* [1:05:05] Listener mail"), None),
    ("s28", "speaker in title", _block("00:00 - Ana: Opening\n01:35 - Ana: Coffee news\n1:05:05 - Ana: Listener mail"),
     ((0.0, "Ana: Opening"), (95.0, "Ana: Coffee news"), (3905.0, "Ana: Listener mail"))),
    ("s29", "N. Title M:SS", _block("1.  Opening 0:00\n2.  Coffee news 1:35\n3.  Listener mail 1:05:05"), None),
    ("s30", "NN. Title MM:SS", _block("01. Opening 00:00\n02. Coffee news 01:35\n03. Listener mail 1:05:05"), None),
    ("s31", "title ending in ?) then time", _block("1. Why? (Really?) 0:00\n2. Beans (Oh, Beans!) 1:35\n3. P.S. 1:05:05"),
     ((0.0, "Why? (Really?)"), (95.0, "Beans (Oh, Beans!)"), (3905.0, "P.S."))),
    ("s32", "(MM:SS ) with inner space", _block("1. Opening (00:00 )\n2. Coffee news (01:35 )\n3. Listener mail (1:05:05 )"), None),
    ("s33", "(feat. X) then (MM:SS)", _block("1. Opening (feat. Bo) (00:00)\n2. Coffee news (01:35)\n3. Listener mail (feat. Cy) (1:05:05)"),
     ((0.0, "Opening (feat. Bo)"), (95.0, "Coffee news"), (3905.0, "Listener mail (feat. Cy)"))),
    ("s34", "N. M:SS Title", _block("1. 0:00 Opening\n2. 1:35 Coffee news\n3. 1:05:05 Listener mail"), None),
    ("s35", "full-width hyphen", _block("01. 00:00 \uff0d Opening\n02. 01:35 \uff0d Coffee news\n03. 1:05:05 \uff0d Listener mail"), None),
    ("s36", "N - Title [latin] H:MM:SS", _block("1 - \u0423\u0442\u0440\u043e [Utro] 0:00:00\n2 - \u041a\u043e\u0444\u0435 [Kofe] 0:01:35\n3 - \u041f\u0438\u0441\u044c\u043c\u0430 [Pisma] 1:05:05"),
     ((0.0, "1 - \u0423\u0442\u0440\u043e [Utro]"), (95.0, "2 - \u041a\u043e\u0444\u0435 [Kofe]"), (3905.0, "3 - \u041f\u0438\u0441\u044c\u043c\u0430 [Pisma]"))),
    ("s37", "title M:SS (note)", _block("Opening 0:00  (short)\nCoffee news 1:35  (long)\nListener mail 1:05:05  (live)"),
     ((0.0, "Opening (short)"), (95.0, "Coffee news (long)"), (3905.0, "Listener mail (live)"))),
    ("s38", "title H:MM:SS(note)", _block("Opening 0:00(with Bo)\nCoffee news 1:35(with Bo)\nListener mail 1:05:05(with Bo)"),
     ((0.0, "Opening (with Bo)"), (95.0, "Coffee news (with Bo)"), (3905.0, "Listener mail (with Bo)"))),
    ("s39", "MM:SS title (guest)", _block("00:00 Opening (Bo)\n01:35 Coffee news (Bo)\n1:05:05 Listener mail (Bo)"),
     ((0.0, "Opening (Bo)"), (95.0, "Coffee news (Bo)"), (3905.0, "Listener mail (Bo)"))),
    ("s40", "emoji bullets, section lines", _block("\U0001f4da Part one\n\U0001f399 (00:00:00) Opening\n\U0001f399 (00:01:35) Coffee news\n\U0001f4da Part two\n\U0001f399 (01:05:05) Listener mail"), None),
    ("s41", "emoji header then list", "\u2728 Contents \u2728\n00:00:00 Opening\n00:01:35 Coffee news\n01:05:05 Listener mail\n", None),
    ("s42", "title begins with [tag]", _block("0:00 - [Live] Opening\n1:35 - [Live] Coffee news\n1:05:05 - [Live] Listener mail"),
     ((0.0, "[Live] Opening"), (95.0, "[Live] Coffee news"), (3905.0, "[Live] Listener mail"))),
    ("s43", "time alone, title next", "Topics:\n\n(00:00)\n\nOpening\n\n(01:35)\n\nCoffee news\n\n(1:05:05)\n\nListener mail\n", None),
    ("s44", "title [MM:SS]", _block("Opening [00:00]\nCoffee news [01:35]\nListener mail [1:05:05]"), None),
    ("s45", "title (MM:SS)", _block("Opening (00:00)\nCoffee news (01:35)\nListener mail (1:05:05)"), None),
    ("s46", "mp4chaps with <url>", "00:00:00.000 Opening\n00:01:35.000 Coffee news <https://example.org/coffee>\n01:05:05.000 Listener mail\n", None),
    ("s47", "pipe", _block("00:00 | Opening\n01:35 | Coffee news\n1:05:05 | Listener mail"), None),
    ("s48", "em dash", _block("00:00 \u2014 Opening\n01:35 \u2014 Coffee news\n1:05:05 \u2014 Listener mail"), None),
    ("s49", "arrow bullet", _block("\u25ba 00:00 Opening\n\u25ba 01:35 Coffee news\n\u25ba 1:05:05 Listener mail"), None),
    ("s50", "range start - end", _block("00:00 - 01:35 Opening\n01:35 - 1:05:05 Coffee news\n1:05:05 - 1:10:00 Listener mail"), None),
    ("s51", "<p> per line, mixed brackets", "<p>[00:00] Opening</p><p>[01:35] Coffee news</p><p>(1:05:05) Listener mail</p>", None),
    ("s52", "legacy seek anchors", '<a href="#" onclick="return false;">00:00</a> - Opening<br /><a href="#" onclick="return false;">01:35</a> - Coffee news<br /><a href="#" onclick="return false;">1:05:05</a> - Listener mail<br />', None),
]  # fmt: skip

# (id, trap, text): none of these holds a chapter list.
TRAPS: Final[list[tuple[str, str, str]]] = [
    ("t01", "time of day in prose", "- Fan meetup: Friday from 14:30 by the fountain!\n- Merch: ask at the desk."),
    ("t02", "event schedule", "Schedule:\n09:00 Registration\n09:30 Talks\n11:00 Coffee\n12:15 Lunch"),
    ("t03", "meetups with PM times", "* [Brunch, Sun, Apr 7, 2024, 11:30 AM](https://example.org/a)\n* [Quiz night, Tue, May 2, 2023, 7:00 PM](https://example.org/b)"),
    ("t04", "dates with times", "Voting closes 2026-03-01 18:00 (UTC)\nVoting opens 2026-02-01 09:00 (UTC)\nResults on 2026-03-02 12:00"),
    ("t05", "record time in a link", "- [My bike ride in 42:17 (PB)](https://example.org/ride)\n- [Another link](https://example.org)"),
    ("t06", "time glued to AM", "- [Our run club met at 7:15AM today](https://example.org/run)"),
    ("t07", "listen at around", "The story of the name (listen at around 31:10).\nAna says a good mug matters. (12:45)\n- The tasting begins at [3:20](#t=3:20)"),
    ("t08", "times inside sentences", "We start at 0:00 sharp. At 10:30 we talk, and around 40:00 we stop.<br>Back at 1:00:00 next week."),
    ("t09", "field out of range", "0:00 Opening\n1:75 Coffee news\n2:00 Listener mail"),
    ("t10", "verses", "Readings:\nMark 4:21\nRomans 12:10\nPsalm 46:10"),
    ("t11", "ratio and score", "Filmed in 4:3 on film.\nThey won 3:1 in the end.\nFinal was 24:20 after overtime."),
    ("t12", "CJK clock times", "\u5f00\u653e\u65f6\u95f4 09:00\uff5e18:00\n\u4f1a\u8bae\u5c06\u4e8e2020.05.01 10:00:00 \u5f00\u59cb"),
    ("t14", "log lines", "[00:00:00] Loading data\n[00:00:00] Sorting keys\n[00:00:00] Writing file\n[00:00:00] Done"),
    ("t15", "number-led lines", "3 beans to try\n12 mugs we love\n2025 in review"),
    ("t17", "transcript turns", "[00:00:05] HOST: Welcome back to the show, everyone, it is good to have you here again.\n[00:00:12] ANA: Thanks, it is good to be here and to talk about coffee with you today.\n[00:00:20] HOST: So tell me how you got into roasting beans at home in the first place."),
    ("t18", "lone pull-quote attribution", "\u201cCoffee is a habit.\u201d \u2014 Ana @ 12:28"),
]  # fmt: skip

#: A duration note next to a real list (t13): the list is found, the note is not.
DURATION_NOTE: Final = (
    "## Timeline\n\n(final cut 10:14, normal pace)\n\n- 00:00 Opening \u00b7 why beans?\n"
    "- 01:34 Roasting (basics)\n- 05:57 Grinding \u00b7 burr or blade\n- 10:09 Goodbye\n",
    ((0.0, "Opening \u00b7 why beans?"), (94.0, "Roasting (basics)"),
     (357.0, "Grinding \u00b7 burr or blade"), (609.0, "Goodbye")),
)  # fmt: skip

#: Frame timecodes (t16): MM:SS:FF read as H:MM:SS would be wrong; reported, not guessed.
FRAMES: Final = (
    "* **[00:12:05](#t=00:12:05)** Opening\n* **[01:03:10](#t=01:03:10)** Coffee news\n"
    "* **[01:41:00](#t=01:41:00)** Tasting\n* **[02:50:20](#t=02:50:20)** Listener mail\n"
)
