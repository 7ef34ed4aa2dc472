"""Leave-one-source-out check of the reference rules' switches and thresholds (issue 12.6).

    python benchmarks/holdout.py [--shared ../shared] [--json]

A rule written while reading one show's notes may only fit that show. For each rule this
prints, per source of the labelled corpus, the reference F1 with the rule and without it
(a rule that helps only the source it was written for shows up as one row that moves); for
each threshold, the value chosen on every *other* source (best micro-F1 over a small grid,
the shipped value on a tie) and the held-out source's F1 with it, next to the shipped value.

It reads the corpus and ``tools/score.py`` from ``--shared`` (never copied into the project)
and switches rules by patching module attributes for the run; nothing is written.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import shownotes

# By module path: the package re-exports a function named ``find``.
find_module = importlib.import_module("shownotes.references.find")
roles_module = importlib.import_module("shownotes.references.roles")

Counts = dict[str, tuple[int, int, int]]  # source -> (tp, fp, fn)


def _load_score(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no tools/score.py under {shared}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load(
    shared: Path, *, by_channel: bool = False
) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    """(source, text, labelled references) of every labelled document that scores them; with
    ``by_channel``, a source of YouTube descriptions (files named ``<channel>_entries-<id>``)
    is split by channel, so a rule is held out of the channel it was written for."""
    docs, labels = shared / "corpus" / "docs", shared / "corpus" / "labels"
    out = []
    for path in sorted(labels.rglob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        if "references" not in label:
            continue
        rel = path.relative_to(labels).with_suffix("")
        text = (docs / rel).read_text(encoding="utf-8", errors="replace")
        want = [(r["title"], r.get("url")) for r in label["references"]]
        source = rel.parts[0]
        if by_channel and "_entries-" in rel.name:
            source = f"{source}/{rel.name.partition('_entries-')[0][:10]}"
        out.append((source, text, want))
    return out


def run(score: ModuleType, corpus: Sequence[tuple[str, str, list[Any]]]) -> Counts:
    """Per source, the references' (tp, fp, fn) as score.py counts them."""
    counts: dict[str, list[int]] = {}
    for source, text, want in corpus:
        notes = shownotes.parse(text)
        got = [(str(r.title), r.url, r.note) for r in notes.references]
        tp, fp, fn = score.match_refs(got, want)
        tally = counts.setdefault(source, [0, 0, 0])
        tally[0] += tp
        tally[1] += fp
        tally[2] += fn
    return {source: (t[0], t[1], t[2]) for source, t in counts.items()}


def f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def pooled(counts: Counts, skip: str | None = None) -> float:
    tp = sum(c[0] for s, c in counts.items() if s != skip)
    fp = sum(c[1] for s, c in counts.items() if s != skip)
    fn = sum(c[2] for s, c in counts.items() if s != skip)
    return f1(tp, fp, fn)


@contextlib.contextmanager
def patched(module: ModuleType, name: str, value: object) -> Iterator[None]:
    old = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, old)


def _same(parts: Any) -> Any:
    return parts


# Each rule of issue 12 and how to switch it off.
RULES: dict[str, Callable[[], contextlib.AbstractContextManager[None]]] = {
    "profile blocks (roles._profile_blocks)": lambda: patched(
        roles_module, "_profile_blocks", lambda *args: []
    ),
    "hosts' profiles (roles.host_keys)": lambda: patched(
        roles_module, "host_keys", lambda names: ()
    ),
    "one owner per entry (find._one_owner)": lambda: patched(find_module, "_one_owner", _same),
    "sites named by a handle (roles._site_name)": lambda: patched(
        roles_module, "_site_name", lambda url: None
    ),
}
# Each threshold and the grid it is chosen from (the shipped value is in it).
THRESHOLDS: dict[tuple[ModuleType, str], tuple[float, ...]] = {
    (roles_module, "_BLOCK_SHARE"): (0.5, 0.6, 2 / 3, 0.75, 0.9, 1.0),
    (roles_module, "_MIN_BLOCK_PROFILES"): (1, 2, 3, 4),
    (roles_module, "_MAX_LEAD_IN_WORDS"): (4, 6, 8, 12, 20),
    (find_module, "_OWN_SHARE"): (0.5, 2 / 3, 0.8, 1.0),
    (find_module, "_MIN_OWN_PAGES"): (1, 2, 3),
}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--by-channel", action="store_true", help="split YouTube sources by channel")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus" / "labels").is_dir():
        print(f"no labelled corpus under {args.shared}", file=sys.stderr)
        return 2
    score = _load_score(args.shared)
    corpus = load(args.shared, by_channel=args.by_channel)
    base = run(score, corpus)
    sources = sorted(base)
    report: dict[str, Any] = {"with": {s: [round(f1(*base[s]), 3), base[s][1]] for s in sources}}

    report["rules"] = {}
    for name, switch in RULES.items():
        with switch():
            without = run(score, corpus)
        report["rules"][name] = {s: [round(f1(*without[s]), 3), without[s][1]] for s in sources}

    report["thresholds"] = {}
    for (module, attr), grid in THRESHOLDS.items():
        shipped = getattr(module, attr)
        by_value: dict[float, Counts] = {}
        for value in grid:
            with patched(module, attr, value):
                by_value[value] = base if value == shipped else run(score, corpus)
        rows = {}
        for source in sources:
            chosen = max(grid, key=lambda v: (round(pooled(by_value[v], source), 4), v == shipped))
            others = {round(pooled(by_value[v], source), 4) for v in grid}
            rows[source] = {
                "signal": len(others) > 1,  # whether the other sources tell the values apart
                "chosen": round(chosen, 3),
                "f1_chosen": round(f1(*by_value[chosen][source]), 3),
                "f1_shipped": round(f1(*base[source]), 3),
            }
        report["thresholds"][f"{module.__name__.rpartition('.')[2]}.{attr}"] = {
            "shipped": round(shipped, 3),
            "grid": [round(v, 3) for v in grid],
            "sources": rows,
        }

    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    _print(report, sources)
    return 0


def _print(report: dict[str, Any], sources: list[str]) -> None:
    names = list(report["rules"])
    print("reference F1 (false positives) per source: every rule, and each rule switched off")
    print(
        f"{'source':34} {'all':>10} "
        + " ".join(f"{'-R' + str(i + 1):>10}" for i in range(len(names)))
    )

    def cell(pair: list[float]) -> str:
        return f"{pair[0]:.3f} ({int(pair[1]):2d})"

    for source in sources:
        cells = " ".join(f"{cell(report['rules'][n][source]):>10}" for n in names)
        print(f"{source[:34]:34} {cell(report['with'][source]):>10} {cells}")
    for i, name in enumerate(names):
        print(f"  -R{i + 1}: without {name}")
    print()
    print("thresholds, leave-one-source-out: value chosen on the other sources -> held-out F1")
    for name, row in report["thresholds"].items():
        blind = [s for s, r in row["sources"].items() if not r["signal"]]
        if len(blind) == len(row["sources"]):
            print("  no source tells the grid's values apart")
        elif blind:
            print(f"  without {', '.join(blind)}: the other sources tie over the grid")
        moved = {
            s: r
            for s, r in row["sources"].items()
            if r["chosen"] != row["shipped"] or r["f1_chosen"] != r["f1_shipped"]
        }
        print(
            f"{name} (shipped {row['shipped']}, grid {row['grid']}):",
            "same choice everywhere" if not moved else "",
        )
        for source, r in moved.items():
            held = f"F1 {r['f1_chosen']:.3f} (shipped {r['f1_shipped']:.3f})"
            print(f"  {source[:34]:34} chose {r['chosen']}: {held}")


if __name__ == "__main__":
    raise SystemExit(main())
