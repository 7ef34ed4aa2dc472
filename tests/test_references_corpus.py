"""References measured on the real, hand-labelled show notes in ../shared (skipped without it).

The matching follows ../shared/tools/score.py: a reference counts when its title (or title and
note) has the same words as a labelled title, or its URL equals a labelled URL.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path

import pytest

import shownotes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
_MARKUP = re.compile(r"[*_`]+|\[|\]\([^)]*\)|<[^>]+>")


def _norm(text: str) -> str:
    text = _MARKUP.sub("", unicodedata.normalize("NFKC", html.unescape(text or "")))
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _norm_url(url: str | None) -> str | None:
    if not url:
        return None
    return re.sub(r"^https?://(www\.)?", "", url.strip().rstrip("/"), flags=re.I).casefold()


def _match(got: list[shownotes.Reference], want: list[dict[str, str]]) -> tuple[int, int, int]:
    left = [(_norm(w["title"]), _norm_url(w.get("url"))) for w in want]
    tp = 0
    for ref in got:
        names = {_norm(ref.title)} | ({_norm(f"{ref.title} {ref.note}")} if ref.note else set())
        url = _norm_url(ref.url)
        for i, (title, wanted_url) in enumerate(left):
            if title in names or (url is not None and url == wanted_url):
                tp += 1
                del left[i]
                break
    return tp, len(got) - tp, len(left)


@pytest.mark.skipif(not (CORPUS / "labels").is_dir(), reason="../shared corpus not present")
def test_reference_precision_and_recall_on_the_corpus() -> None:
    tp = fp = fn = 0
    for label_path in sorted((CORPUS / "labels").rglob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        if "references" not in label:
            continue
        rel = label_path.relative_to(CORPUS / "labels").with_suffix("")
        text = (CORPUS / "docs" / rel).read_text(encoding="utf-8", errors="replace")
        counts = _match(list(shownotes.parse(text).references), label["references"])
        tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
    assert tp / (tp + fp) >= 0.90
    assert tp / (tp + fn) >= 0.90
