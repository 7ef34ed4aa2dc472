"""Benchmark: reading podcast feeds with shownotes, podcastparser and feedparser, in one run.

    python benchmarks/feeds.py [--feeds ../shared/corpus/feeds] [--repeat 5] [--workers N]

Needs the `bench` extra (podcastparser, feedparser). Every figure is CPU time (process_time)
of the best of --repeat passes over the same feed bytes, in this process:

- reading items and their metadata, no extraction: shownotes.feeds.iter_raw_items (title,
  guid, dates, duration, enclosure, Podcasting 2.0 tags, inline psc chapters, the notes text)
  against podcastparser.parse and feedparser.parse, with the ratios (the three interleaved
  pass by pass, so that a busy moment of the machine falls on all of them alike);
- full extraction per item (shownotes.parse of the richest notes field, boilerplate learnt per
  feed): feeds.parse, as items/s in one process, and the items through
  shownotes.batch.map_chunked at 1 and N workers (wall time: a pool's work is in its children);
- peak memory on the largest feed: tracemalloc's peak (Python objects) and the growth of peak
  resident memory in a fresh process, after its imports and at the end (libxml2's memory
  included), for iter_raw_items and parse.
"""

from __future__ import annotations

import argparse
import gc
import io
import logging
import os
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FEEDS = HERE.parent.parent / "shared" / "corpus" / "feeds"


def best_cpu(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        started = time.process_time()
        action()
        times.append(time.process_time() - started)
    return min(times)


def ours_read(datas: list[bytes]) -> int:
    from shownotes import feeds

    return sum(1 for data in datas for _item in feeds.iter_raw_items(data))


def podcastparser_read(datas: list[bytes]) -> int:
    import podcastparser

    count = 0
    for data in datas:
        try:
            count += len(
                podcastparser.parse("https://example.invalid/feed", io.BytesIO(data))["episodes"]
            )
        except Exception:
            continue
    return count


def feedparser_read(datas: list[bytes]) -> int:
    import feedparser

    return sum(len(feedparser.parse(data).entries) for data in datas)


def _extract(_index: int, item: object) -> object:
    import shownotes

    episode = item.episode  # type: ignore[attr-defined]
    return shownotes.parse(item.notes, duration=episode.duration)  # type: ignore[attr-defined]


def extraction(datas: list[bytes], repeat: int, workers: int) -> dict[str, float]:
    from shownotes import feeds
    from shownotes.batch import map_chunked

    items = [item for data in datas for item in feeds.iter_raw_items(data)]
    sizes = [len(item.notes) + 1 for item in items]
    whole = best_cpu(lambda: [feeds.parse(data) for data in datas], repeat)
    out = {"items": len(items), "feeds.parse (1 process, CPU)": len(items) / whole}
    for count in sorted({1, workers}):
        times = []
        for _ in range(max(1, repeat // 2)):
            started = time.perf_counter()
            for _start, _done in map_chunked(_extract, items, sizes, workers=count):
                pass
            times.append(time.perf_counter() - started)
        out[f"map_chunked, {count} worker(s) (wall)"] = len(items) / min(times)
    return out


PEAK = """
import sys
import lxml.etree, shownotes.feeds._reader, shownotes.boilerplate
from shownotes import feeds

def peak():
    # VmHWM: this process's own peak (ru_maxrss also counts the parent's before exec).
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))

before = peak()
if sys.argv[2] == "raw":
    n = sum(1 for _ in feeds.iter_raw_items(sys.argv[1]))
else:
    n = len(feeds.parse(sys.argv[1]).items)
print(n, before, peak())
"""


def memory(path: Path) -> dict[str, str]:
    from shownotes import feeds

    out = {}
    for mode, action in (
        ("raw", lambda: sum(1 for _ in feeds.iter_raw_items(path))),
        ("parse", lambda: feeds.parse(path)),
    ):
        action()  # warm: imports and caches are not the feed's memory
        tracemalloc.start()
        action()
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        done = subprocess.run(
            [sys.executable, "-c", PEAK, str(path), mode],
            capture_output=True,
            text=True,
            check=True,
        )
        _n, before, after = (int(v) for v in done.stdout.split())
        out[mode] = (
            f"tracemalloc peak {peak / 1e6:.1f} MB; peak RSS {after / 1e3:.1f} MB "
            f"(after imports {before / 1e3:.1f} MB)"
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=Path, default=DEFAULT_FEEDS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # podcastparser logs each undeclared namespace
    paths = sorted(args.feeds.rglob("*.xml"))
    if not paths:
        sys.exit(f"no feeds under {args.feeds}")
    datas = [p.read_bytes() for p in paths]
    size = sum(map(len, datas))
    print(f"{len(paths)} feeds, {size / 1e6:.1f} MB, python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs; best of {args.repeat}, CPU seconds")  # fmt: skip
    for reader in (ours_read, podcastparser_read, feedparser_read):
        reader(datas[:1])  # imports and first-call costs are not reading
    readers = {
        "shownotes.feeds.iter_raw_items": ours_read,
        "podcastparser 0.6": podcastparser_read,
        "feedparser 6": feedparser_read,
    }
    counts = {name: reader(datas) for name, reader in readers.items()}
    results = dict.fromkeys(readers, float("inf"))
    for _ in range(args.repeat):
        for name, reader in readers.items():
            results[name] = min(results[name], best_cpu(lambda r=reader: r(datas), 1))
    for name, seconds in results.items():
        print(f"  read  {name:34} {counts[name]:5} items  {seconds:7.3f} s")
    ours = results["shownotes.feeds.iter_raw_items"]
    for name, seconds in results.items():
        if name != "shownotes.feeds.iter_raw_items":
            print(f"  ratio {name:34} {seconds / ours:7.1f}x slower than shownotes")
    print("full extraction (items/s):")
    for name, value in extraction(datas, args.repeat, args.workers).items():
        print(f"  {name:44} {value:9.0f}")
    largest = max(paths, key=lambda p: p.stat().st_size)
    print(f"memory on the largest feed, {largest.name} ({largest.stat().st_size / 1e6:.1f} MB):")
    for mode, text in memory(largest).items():
        print(f"  {mode:6} {text}")


if __name__ == "__main__":
    main()
