"""Hypothesis strategies for chapter lists with hostile titles (quotes, &, <, =, ;, #, line
breaks, emoji, right-to-left text), shared by the chapter-format tests."""

from __future__ import annotations

from hypothesis import strategies as st

from shownotes.chapters import Chapter, Chapters, Location
from shownotes.timestamps import Timestamp

# Pieces every format has to escape, quote or refuse somewhere.
NASTY = (
    '"',
    "'",
    "&",
    "&amp;",
    "<",
    ">",
    "<b>",
    "=",
    ";",
    "#",
    "\\",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "  ",
    "-->",
    "]]>",
    "[CHAPTER]",
    "%",
    "🎉",
    "👩‍💻",
    "שלום",
    "مرحبا",
    "\u200f",
    "é",
    "中文",
    "<https://x.org>",
    "\x00",
    "\x1b",
    "\u2028",
    "\ufeff",
)
# What a person types into a chapter title: words, punctuation, emoji, right-to-left text.
FRIENDLY = (
    "Intro",
    "Q",
    "A",
    "Tea",
    ":",
    "news",
    "2024",
    "AI",
    "&",
    "'",
    '"',
    ";",
    "=",
    "#",
    "!",
    "?",
    ",",
    "(",
    ")",
    "🎉",
    "שלום",
    "مرحبا",
    "é",
    "中文",
    "-",
    "/",
    "+",
    "$5",
)

nasty_titles = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=6)), max_size=6).map(
    "".join
)
# Begins and ends with a word: chapters.find() drops separators at a title's ends by design.
friendly_titles = st.lists(st.sampled_from(FRIENDLY), max_size=5).map(
    lambda words: " ".join(["Part", *words, "end"])
)
urls = st.one_of(
    st.none(),
    st.builds(
        "https://example.org/{}".format,
        st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12),
    ),
)
# Any url text but "&": description text is read as show notes are, where "&#0;" or "&amp;"
# are character references (documented on the description format).
description_urls = st.one_of(
    st.none(),
    st.builds(
        "https://example.org/{}".format,
        st.text(
            st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="&"),
            max_size=12,
        ),
    ),
)
plain_urls = st.one_of(
    st.none(), st.from_regex(r"https://example\.org/[a-z0-9/_-]{0,12}", fullmatch=True)
)
locations = st.one_of(
    st.none(),
    st.builds(
        Location,
        nasty_titles,
        st.one_of(st.none(), st.just("geo:48.8584,2.2945")),
        st.one_of(st.none(), st.just("R7444")),
    ),
)
MAX_MS = 100 * 3_600_000  # 100 hours


@st.composite
def chapter_lists(
    draw: st.DrawFn,
    titles: st.SearchStrategy[str] = nasty_titles,
    *,
    min_size: int = 0,
    max_size: int = 8,
    min_gap: int = 1,
    urls: st.SearchStrategy[str | None] = urls,
    rich: bool = True,
    from_zero: bool = False,
    max_ms: int | None = None,
) -> Chapters:
    """Chapters with strictly increasing starts (at least ``min_gap`` ms apart, the first at
    0:00 when ``from_zero``); ends, urls, images, toc flags and locations when ``rich``. With
    ``max_ms`` every start and end stays below it (for formats with a shorter range)."""
    count = draw(st.integers(min_size, max_size))
    step = MAX_MS // 10 if max_ms is None else max(min_gap, max_ms // (2 * max_size + 4))
    gaps = draw(st.lists(st.integers(min_gap, step), min_size=count, max_size=count))
    first = 0 if from_zero else draw(st.integers(0, min(3_600_000, step)))
    starts = []
    for gap in gaps:
        starts.append(first if not starts else starts[-1] + gap)
    chapters = []
    for start in starts:
        end = None
        if rich and draw(st.booleans()):
            end = Timestamp(start + draw(st.integers(1, 2 * step)))
        chapters.append(
            Chapter(
                Timestamp(start),
                draw(titles),
                end,
                url=draw(urls),
                image=draw(urls) if rich else None,
                toc=draw(st.booleans()) if rich else True,
                location=draw(locations) if rich else None,
            )
        )
    return Chapters(tuple(chapters))
