"""Benchmark: the reader (``to_lines``) against the engines under it, and its peak memory.

    python benchmarks/reader.py [--corpus ../shared/corpus/docs] [--repeat 7] [--memory]

Speed, on the corpus's documents after their front matter is split off, best of --repeat passes
(CPU time of this process, the least disturbed by the rest of the machine):

- ``to_lines`` on the Markdown bodies (files ending .md, .markdown, .mdx), on the plain-text
  bodies (.txt) and on the HTML ones (.html);
- the floors under it: pyromark's ``events_with_range`` consumed without doing anything (the
  CommonMark engine alone), and lxml's ``document_fromstring`` on the HTML bodies;
- markdown-it-py's tokens on the Markdown bodies, when it is installed, for comparison.

With --memory: the peak of Python allocations (tracemalloc), and the process's maximum
resident size beside that of a process that only imports and reads the file (resident size
counts libxml2's tree too; decoding the file sets a high-water mark of its own), while
``to_lines`` and ``shownotes.parse`` read a 10 MB document in each style, each in a fresh
interpreter.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "docs"
STYLES = {"markdown": (".md", ".markdown", ".mdx"), "text": (".txt",), "html": (".html",)}


def bodies(corpus: Path) -> dict[str, list[tuple[str, int]]]:
    from shownotes.document import split

    found: dict[str, list[tuple[str, int]]] = {style: [] for style in STYLES}
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        doc = split(path.read_bytes().decode("utf-8", errors="replace"))
        for style, suffixes in STYLES.items():
            if path.suffix in suffixes:
                found[style].append((doc.body, doc.offset))
    return found


def best(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        started = time.process_time()
        func()
        times.append(time.process_time() - started)
    return min(times)


def speed(corpus: Path, repeat: int) -> None:
    from shownotes.markup import to_lines

    groups = bodies(corpus)
    print(f"corpus: {corpus}; CPU seconds, best of {repeat} passes\n")
    rows: list[tuple[str, float, list[tuple[str, int]]]] = []
    for style, docs in groups.items():
        seconds = best(lambda d=docs: [to_lines(*b) for b in d], repeat)  # type: ignore[misc]
        rows.append((f"to_lines, {style} bodies", seconds, docs))
    markdown = [body for body, _ in groups["markdown"]]
    try:
        import pyromark

        engine = pyromark.Markdown(
            options=pyromark.Options.ENABLE_TABLES | pyromark.Options.ENABLE_STRIKETHROUGH
        )

        def events() -> None:
            for body in markdown:
                for _ in engine.events_with_range(body, merge_text=True):
                    pass

        seconds = best(events, repeat)
        rows.append(("pyromark events_with_range alone, markdown", seconds, groups["markdown"]))
    except ImportError:
        pass
    import lxml.html

    pages = [body for body, _ in groups["html"] if body.strip()]
    seconds = best(lambda: [lxml.html.document_fromstring(page) for page in pages], repeat)
    rows.append(("lxml document_fromstring alone, html", seconds, groups["html"]))
    try:
        from markdown_it import MarkdownIt

        parser = MarkdownIt("commonmark")
        seconds = best(lambda: [parser.parse(body) for body in markdown], repeat)
        rows.append(("markdown-it-py tokens, markdown", seconds, groups["markdown"]))
    except ImportError:
        pass
    for name, seconds, docs in rows:
        size = sum(len(body.encode("utf-8")) for body, _ in docs) / 1e6
        print(f"{name:46} {len(docs):4} docs {size:5.2f} MB {seconds * 1000:8.1f} ms")


_MEASURE = """
import json, resource, sys, tracemalloc
import shownotes
from shownotes.markup import to_lines
text = open(sys.argv[1], encoding="utf-8").read()
func = {"to_lines": to_lines, "parse": shownotes.parse, "none": None}[sys.argv[2]]
peak = 0
if func is not None and sys.argv[3] == "traced":
    tracemalloc.start()
    func(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
elif func is not None:
    func(text)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"peak": peak, "rss": rss, "size": len(text.encode("utf-8"))}))
"""


def _measure(path: Path, func: str, traced: bool) -> dict[str, int]:
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), func, "traced" if traced else "untraced"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return dict(json.loads(out))


def memory(corpus: Path, tmp: Path) -> None:
    groups = bodies(corpus)
    print("\npeak memory reading a 10 MB document (made of the corpus's bodies of one style):")
    print("Python allocations (tracemalloc), and the process's maximum resident size")
    for style, docs in groups.items():
        text = "\n\n".join(body for body, _ in docs)
        text = (text * (10_000_000 // max(len(text), 1) + 1))[:10_000_000]
        path = tmp / f"reader-bench-{style}.txt"
        path.write_text(text, encoding="utf-8")
        baseline = _measure(path, "none", traced=False)["rss"]
        for func in ("to_lines", "parse"):
            traced = _measure(path, func, traced=True)
            rss = _measure(path, func, traced=False)["rss"]
            size = traced["size"]
            print(
                f"  {style:8} {func:8} tracemalloc peak {traced['peak'] / 1e6:5.0f} MB "
                f"({traced['peak'] / size:4.1f}x); max resident {rss / 1e6:4.0f} MB, "
                f"{baseline / 1e6:4.0f} MB of it to import and read the file"
            )
        path.unlink()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--memory", action="store_true")
    ap.add_argument("--tmp", type=Path, default=Path("/tmp"))
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    speed(args.corpus, args.repeat)
    if args.memory:
        memory(args.corpus, args.tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
