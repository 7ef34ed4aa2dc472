"""ReDoS audit: every regular expression in src/shownotes against inputs built to make it
backtrack, its worst one recorded and its growth measured.

    python benchmarks/redos.py [--write]

For each regular expression (``tests/regexes.py`` finds them: the code's and the platform
tables' URL rules) it builds a few hundred candidate inputs (``regexes.attacks``: each character
the pattern can consume repeated, alone and in pairs, and each slice of a string shaped like the
pattern pumped in place, followed by a character that makes the match fail). Each candidate is
screened on a ladder of sizes; the three that grow fastest are measured the way
``tests/growth.py`` does (CPU time, best of three, the input and four times it), and the worst is
kept. ``--write`` records the worst input of each in ``tests/redos_attacks.json``, which
``tests/test_redos.py`` replays with ``assert_linear``, and rewrites the tables of
``docs/redos.md``. Without it, the measurements are printed only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))

import regexes  # noqa: E402  (tests/ is put on the path above)
from growth import cpu_seconds  # noqa: E402

ATTACKS = ROOT / "tests" / "redos_attacks.json"
PAGE = ROOT / "docs" / "redos.md"
#: A screening run stops growing its input once one run takes this long (s) or it is this long.
_SCREEN_STOP = 0.005
_SCREEN_LONGEST = 1 << 15
_TOP = 3
# Shown escaped in the page: controls, line breaks and lone surrogates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def screen(site: regexes.Site, attack: regexes.Attack) -> tuple[float, float]:
    """(growth per doubling, seconds at the largest size) of ``attack`` on a ladder of sizes;
    growth is 0 when it stayed too cheap to tell."""
    if not attack.pump:
        return 0.0, 0.0
    n, last, growth = 16, 0.0, 0.0
    while True:
        text = attack.build(n)
        started = time.perf_counter()
        regexes.run(site, text)
        took = time.perf_counter() - started
        if last > 0.0005:
            growth = took / last
        if took > _SCREEN_STOP or len(text) > _SCREEN_LONGEST:
            return growth, took
        last, n = took, n * 2


def measure(site: regexes.Site, attack: regexes.Attack) -> tuple[int, float]:
    """(size, CPU-time ratio of 4 * size to size), size doubled until the small run takes
    20 ms (as ``assert_linear`` does); ratio 0 when it stays too cheap at 4,000,000."""

    def cost(size: int, repeat: int = 3) -> float:
        text = attack.build(size)
        return cpu_seconds(lambda: regexes.run(site, text), repeat)

    size = 64
    small = cost(size)
    while small < 0.02 and size * 2 <= 4_000_000:
        size *= 2
        small = cost(size)
    if small < 0.02:
        return size, 0.0
    return size, cost(4 * size, repeat=1) / small


def audit(site: regexes.Site) -> dict[str, object]:
    screened = []
    for attack in regexes.attacks(site.pattern):
        growth, took = screen(site, attack)
        screened.append((growth, took, attack))
    screened.sort(key=lambda row: (row[0], row[1]), reverse=True)
    worst: tuple[float, int, regexes.Attack] | None = None
    for _, _, attack in screened[:_TOP]:
        size, ratio = measure(site, attack)
        if worst is None or ratio > worst[0]:
            worst = (ratio, size, attack)
    assert worst is not None
    ratio, size, attack = worst
    return {
        "key": site.key,
        "module": site.module,
        "name": site.name,
        "line": site.line,
        "use": site.use,
        "what": site.comment,
        "pattern": site.pattern.pattern
        if isinstance(site.pattern.pattern, str)
        else site.pattern.pattern.decode("latin-1"),
        "attack": list(attack),
        "size": size,
        "ratio": round(ratio, 2),
        "tried": len(screened),
    }


def _cell(text: str) -> str:
    shown = _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], text)
    return shown.replace("|", "\\|")


def _code(text: str, most: int = 80) -> str:
    shown = text if len(text) <= most else text[: most - 1] + "…"
    fence = "``" if "`" in shown else "`"  # a lone backtick would end the code span
    return f"{fence} {_cell(shown)} {fence}" if fence == "``" else f"`{_cell(shown)}`"


def _growth(row: dict[str, object]) -> str:
    ratio = float(row["ratio"])  # type: ignore[arg-type]
    if ratio == 0:
        return "too fast to time at 4 M"
    shown = f"{ratio:.1f} times at {row['size']:,}"
    if ratio <= 10:
        return shown
    return f"**{shown}**"


def _rows(rows: list[dict[str, object]], tables: bool) -> list[str]:
    out = []
    for row in rows:
        attack = regexes.Attack(*row["attack"])  # type: ignore[misc]
        where = f"`{row['module'].removeprefix('shownotes.')}`"  # type: ignore[union-attr]
        if not tables:
            where += f" `{row['name']}` (line {row['line']})"
        what = _cell(str(row["what"])) if row["what"] else _code(str(row["pattern"]))
        out.append(
            f"| {where} | {what} | {row['use']} | {_code(attack.describe(), 60)} | {_growth(row)} |"
        )
    return out


def write_page(code: list[dict[str, object]], tables: list[dict[str, object]]) -> None:
    head = "| Where | What it matches | Used with | Worst input tried | Cost of 4 times the input |"
    rule = "| --- | --- | --- | --- | --- |"
    text = PAGE.read_text("utf-8")
    marker = "<!-- generated by benchmarks/redos.py: do not edit below -->"
    intro = text.split(marker)[0].rstrip() + "\n\n" + marker + "\n"
    body = [
        "",
        f"## Regular expressions in the code ({len(code)})",
        "",
        head,
        rule,
        *_rows(code, tables=False),
        "",
        f"## Platform URL rules ({len(tables)})",
        "",
        "Each rule is full-matched against a URL path of at most 1,024 characters "
        "(`links.hosts.MAX_PATH`); query parameters are matched at their value's start.",
        "",
        head,
        rule,
        *_rows(tables, tables=True),
        "",
    ]
    PAGE.write_text(intro + "\n".join(body), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="record the results")
    parser.add_argument("--only", help="audit the sites whose module contains this text")
    parser.add_argument(
        "--page-only", action="store_true", help="rewrite docs/redos.md from the recorded results"
    )
    args = parser.parse_args()
    if args.page_only:
        recorded = json.loads(ATTACKS.read_text("utf-8"))
        write_page(recorded["code"], recorded["tables"])
        return
    started = time.perf_counter()
    results: dict[str, list[dict[str, object]]] = {"code": [], "tables": []}
    for group, found in (("code", regexes.sites()), ("tables", regexes.table_sites())):
        seen: set[str] = set()
        for site in found:
            if site.key in seen or (args.only and args.only not in site.module):
                continue
            seen.add(site.key)
            row = audit(site)
            results[group].append(row)
            ratio = float(row["ratio"])  # type: ignore[arg-type]
            flag = "  <-- grows faster than linear" if ratio > 10 else ""
            print(f"{ratio:>7} {site.module}:{site.line} {site.name}{flag}", flush=True)
    took = time.perf_counter() - started
    print(f"audited {sum(map(len, results.values()))} patterns in {took:.0f} s")
    if args.write:
        if args.only and ATTACKS.exists():  # the other modules' rows are kept as recorded
            kept = json.loads(ATTACKS.read_text("utf-8"))
            for group, rows in results.items():
                others = [r for r in kept[group] if args.only not in str(r["module"])]
                order = {
                    site.key: i for i, site in enumerate(regexes.sites() + regexes.table_sites())
                }
                rows[:] = sorted(others + rows, key=lambda r: order.get(str(r["key"]), -1))
        # ASCII: patterns and inputs hold lone surrogates, which UTF-8 cannot write.
        ATTACKS.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
        write_page(results["code"], results["tables"])


if __name__ == "__main__":
    main()
