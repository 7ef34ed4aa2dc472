"""The ReDoS audit (docs/redos.md) kept true: every regular expression in the source has a
recorded worst input (``tests/redos_attacks.json``, written by ``benchmarks/redos.py``), and
each grows linearly on it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import regexes
from growth import assert_linear

RECORDED = json.loads((Path(__file__).parent / "redos_attacks.json").read_text("utf-8"))
SITES = {site.key: site for site in (*regexes.sites(), *regexes.table_sites())}
ROWS = [row for group in ("code", "tables") for row in RECORDED[group]]
#: Four times the input may cost at most this many times as much (linear: about 4).
SLACK = 2.5


def test_every_regular_expression_is_audited() -> None:
    recorded = {row["key"] for row in ROWS}
    missing = sorted(set(SITES) - recorded)
    stale = sorted(recorded - set(SITES))
    assert (missing, stale) == ([], []), "run: python benchmarks/redos.py --write"


def _param(row: dict[str, object]) -> object:
    return pytest.param(row, id=f"{row['module']}:{row['name']}:{row['line']}")


@pytest.mark.parametrize("row", [_param(row) for row in ROWS if row["key"] in SITES])
def test_regular_expression_grows_linearly_on_its_worst_input(row: dict[str, object]) -> None:
    site = SITES[str(row["key"])]
    attack = regexes.Attack(*row["attack"])  # type: ignore[misc]
    size = int(row["size"])  # type: ignore[call-overload]
    assert_linear(attack.build, lambda text: regexes.run(site, text), size, slack=SLACK)
