"""Benchmark: shownotes against yt-dlp's description-chapter extraction, on the same documents.

    python benchmarks/bench.py [--corpus ../shared/corpus/docs] [--repeat 5]

Needs the `bench` extra (yt-dlp, podcast-chapter-tools). Everything is measured in one run, on
one machine, over the same texts; each figure is the best of --repeat passes over all documents
(the least disturbed by the rest of the machine). It prints what it measured and the ratios:

- shownotes.parse, full extraction (front matter, Lines, chapters, references, links, sections);
- shownotes chapters only (front matter split, Lines, chapters.find);
- yt-dlp as ../shared/tools/score.py runs it: python-frontmatter, BeautifulSoup(lxml).get_text,
  then InfoExtractor._extract_chapters_from_description (it needs plain text);
- yt-dlp's chapter regex alone on text already extracted (its floor; the HTML step excluded);
- podcast-chapter-tools' extract_description_chapters as score.py runs it;
- each stage's share of shownotes.parse (front matter, Lines, sections, chapters, ...);
- peak memory (tracemalloc) of one pass of each; `import shownotes` in a fresh interpreter;
- 1 MB hostile inputs through shownotes.parse.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "docs"


def load(corpus: Path) -> list[str]:
    paths = sorted(p for p in corpus.rglob("*") if p.is_file())
    return [p.read_bytes().decode("utf-8", errors="replace") for p in paths]


def _cold() -> None:
    """Empty shownotes' memos (URL splits and classes, section kinds, ...: every
    ``functools`` cache in its loaded modules), so that no pass profits from the one before it.
    The tables compiled once per process (``functools.cache`` without arguments) stay."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("shownotes"):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None:
                value.cache_clear()


# The names shownotes.parse calls its stages by (in shownotes._parse), and the stage each is.
STAGES = {
    "split": "front matter",
    "html_head": "episode",
    "read_episode": "episode",
    "to_lines": "Lines (markup reading)",
    "_sections": "sections",
    "scan": "transcript",
    "_chapters": "chapters",
    "_body_chapters": "chapters",
    "_references": "references",
    "_links": "links",
    "_with_role": "links",
    "platforms": "platforms",
}


class _Timed:
    """A stand-in for a function or module of shownotes._parse that adds its time to a stage."""

    def __init__(self, target: object, stage: str, spent: dict[str, float]) -> None:
        self.target, self.stage, self.spent = target, stage, spent

    def __call__(self, *args: object, **kwargs: object) -> object:
        started = time.perf_counter()
        try:
            return self.target(*args, **kwargs)  # type: ignore[operator]
        finally:
            self.spent[self.stage] += time.perf_counter() - started

    def __getattr__(self, name: str) -> object:  # a module: time its functions
        return _Timed(getattr(self.target, name), self.stage, self.spent)


def stage_shares(texts: list[str]) -> dict[str, float]:
    """Each stage's share of one pass of shownotes.parse over ``texts`` (the timing wrappers
    add a little to every stage; "rest" is what parse does between them)."""
    import shownotes._parse as pipeline

    spent = dict.fromkeys([*dict.fromkeys(STAGES.values()), "rest"], 0.0)
    saved = {name: getattr(pipeline, name) for name in STAGES}
    for name, stage in STAGES.items():
        setattr(pipeline, name, _Timed(saved[name], stage, spent))
    _cold()
    gc.collect()
    try:
        started = time.perf_counter()
        for text in texts:
            pipeline.parse(text)
        total = time.perf_counter() - started
    finally:
        for name, value in saved.items():
            setattr(pipeline, name, value)
    spent["rest"] = total - sum(spent.values())
    return {stage: seconds / total for stage, seconds in spent.items()}


def best_time(func: Callable[[str], object], texts: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        _cold()
        gc.collect()
        started = time.perf_counter()
        for text in texts:
            func(text)
        times.append(time.perf_counter() - started)
    return min(times)


def peak_memory(func: Callable[[str], object], texts: list[str]) -> int:
    _cold()
    gc.collect()
    tracemalloc.start()
    for text in texts:
        func(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def import_time(repeat: int) -> float:
    code = "import time; t = time.perf_counter(); import shownotes; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(repeat)
    ]
    return statistics.median(runs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2

    import frontmatter
    from bs4 import BeautifulSoup
    from podcast_chapter_tools import extract_description_chapters
    from yt_dlp.extractor.common import InfoExtractor

    import shownotes
    from shownotes import chapters
    from shownotes.document import split
    from shownotes.markup import to_lines

    texts = load(args.corpus)
    size = sum(len(t.encode("utf-8")) for t in texts)
    ie = InfoExtractor()

    def body_of(text: str) -> str:
        try:
            return str(frontmatter.loads(text).content)
        except Exception:  # as score.py does: broken front matter leaves all body
            return text

    def ytdlp(text: str) -> object:
        plain = BeautifulSoup(body_of(text), "lxml").get_text("\n")
        return ie._extract_chapters_from_description(plain, 10**7)

    plain_texts = [BeautifulSoup(body_of(t), "lxml").get_text("\n") for t in texts]

    def ytdlp_regex_only(plain: str) -> object:
        return ie._extract_chapters_from_description(plain, 10**7)

    def pct(text: str) -> object:
        return extract_description_chapters(body_of(text), strip_html=True)

    def shownotes_chapters(text: str) -> object:
        doc = split(text)
        return chapters.find(to_lines(doc.body, doc.offset))

    print(f"corpus: {len(texts)} documents, {size / 1e6:.2f} MB, from {args.corpus}")
    print(f"python {sys.version.split()[0]}; best of {args.repeat} passes\n")
    full = best_time(shownotes.parse, texts, args.repeat)
    chap = best_time(shownotes_chapters, texts, args.repeat)
    yt = best_time(ytdlp, texts, args.repeat)
    yt_floor = best_time(ytdlp_regex_only, plain_texts, args.repeat)
    pc = best_time(pct, texts, args.repeat)
    rows = [
        ("shownotes.parse (full extraction)", full),
        ("shownotes chapters only", chap),
        ("yt-dlp description chapters (score.py pipeline)", yt),
        ("yt-dlp chapter regex alone, on pre-extracted text", yt_floor),
        ("podcast-chapter-tools (score.py pipeline)", pc),
    ]
    for name, seconds in rows:
        print(f"{name:52} {seconds * 1000:9.1f} ms  {seconds / len(texts) * 1e6:8.0f} us/doc")
    print()
    print(f"ratio shownotes full / yt-dlp pipeline:        {full / yt:6.2f}")
    print(f"ratio shownotes chapters / yt-dlp pipeline:    {chap / yt:6.2f}")
    print(f"ratio shownotes full / yt-dlp regex alone:     {full / yt_floor:6.2f}")
    print(f"ratio shownotes full / podcast-chapter-tools:  {full / pc:6.2f}")
    print()
    print("shownotes.parse by stage (share of one instrumented pass):")
    for stage, share in stage_shares(texts).items():
        print(f"  {stage:24} {share * 100:5.1f} %")
    print()
    mem_sn = peak_memory(shownotes.parse, texts)
    mem_yt = peak_memory(ytdlp, texts)
    print(
        f"peak traced memory, one pass: shownotes {mem_sn / 1e6:.1f} MB, "
        f"yt-dlp pipeline {mem_yt / 1e6:.1f} MB (ratio {mem_sn / mem_yt:.2f})"
    )
    print(f"import shownotes (fresh interpreter, median of 5): {import_time(5) * 1000:.0f} ms\n")

    hostile = {
        '"1:" * 500_000': "1:" * 500_000,
        '"[" * 500_000 + "]" * 500_000': "[" * 500_000 + "]" * 500_000,
        '"9" * 1_000_000': "9" * 1_000_000,
        '"(0:00) " * 140_000': "(0:00) " * 140_000,
        '"<p>" * 330_000': "<p>" * 330_000,
        '"[a](b) " * 140_000': "[a](b) " * 140_000,
        '"0:00 a\\n" * 140_000 (lines)': "0:00 a\n" * 140_000,
        '"a\\n" * 500_000 (lines)': "a\n" * 500_000,
    }
    print("hostile inputs through shownotes.parse (one pass each):")
    for name, text in hostile.items():
        started = time.perf_counter()
        shownotes.parse(text)
        elapsed = time.perf_counter() - started
        print(f"  {name:34} {len(text) / 1e6:5.2f} MB  {elapsed:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
