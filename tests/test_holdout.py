"""benchmarks/holdout.py (issue 12.6): its rule switches switch, and it reads the corpus.

The switches are checked on notes written for these tests; the corpus part runs only when
../shared is present (it is never copied into the project).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

import shownotes

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _holdout() -> ModuleType:
    spec = importlib.util.spec_from_file_location("holdout", ROOT / "benchmarks" / "holdout.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HOLDOUT = _holdout()
# One document per rule, where switching the rule off changes the references.
NOTES = {
    "profile blocks": "A video about kites.\n\nhttps://twitter.com/kitebench\n"
    "https://www.instagram.com/kitebench/\nhttps://www.facebook.com/kitebench\n",
    "hosts' profiles": "This week hosts Priya and Tomasz talk kites.\n\n## Links\n"
    "- [Kite paper](https://kites.test/paper)\n"
    "- @priya on ([GitHub](https://github.com/priya), [Bluesky](https://bsky.app/profile/priya.test))\n",
    "sites named by a handle": "Kites.\n\nBooks:\nKite book: https://kitebench.test/book\n"
    "Other book: https://press.test/aero\n\nSocial:\nTwitter: https://twitter.com/kitebench\n",
    "one owner per entry": "Hosted by Priya Raman.\n\n## Links\n"
    "- [Kite paper](https://kites.test/paper)\n"
    "- Priya on ([GitHub](https://github.com/priyaraman), "
    "[Bluesky](https://bsky.app/profile/priyaraman.test), [website](https://priya.test/))\n",
}


@pytest.mark.parametrize("rule", sorted(NOTES))
def test_each_switch_turns_its_rule_off(rule: str) -> None:
    (switch,) = [on_off for name, on_off in HOLDOUT.RULES.items() if name.startswith(rule)]
    text = NOTES[rule]
    with_rule = [r.url for r in shownotes.parse(text).references]
    with switch():
        without = [r.url for r in shownotes.parse(text).references]
    assert len(without) > len(with_rule)
    assert [r.url for r in shownotes.parse(text).references] == with_rule  # restored


def test_every_threshold_is_on_its_grid() -> None:
    for (module, name), grid in HOLDOUT.THRESHOLDS.items():
        assert getattr(module, name) in grid, name


@pytest.mark.skipif(not (SHARED / "corpus" / "labels").is_dir(), reason="../shared absent")
def test_it_scores_the_corpus_per_source() -> None:
    score = HOLDOUT._load_score(SHARED)
    corpus = [doc for doc in HOLDOUT.load(SHARED, by_channel=True) if doc[0] == "josscast"][:2]
    counts = HOLDOUT.run(score, corpus)
    assert set(counts) == {"josscast"}
    tp, fp, fn = counts["josscast"]
    assert tp > 0
    assert 0.0 < HOLDOUT.f1(tp, fp, fn) <= 1.0
