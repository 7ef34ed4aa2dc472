"""Every real document in ../shared/corpus parses; metadata is exactly its front matter.

The corpus is data from elsewhere and is never copied here: these tests read it in place and
skip when ../shared is absent (a user's fresh clone).
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
import yaml

import shownotes

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs"
DOCS = sorted(p for p in CORPUS.rglob("*") if p.is_file()) if CORPUS.is_dir() else []
pytestmark = pytest.mark.skipif(not DOCS, reason="../shared/corpus is absent")

TITLE_KEYS = {"title"}
DATE_KEYS = {"date", "publishdate", "pubdate"}


def front_matter(text: str) -> dict[str, object] | None:
    """An independent reading of a document's front matter (the oracle), or None."""
    for rule, load in (("---", yaml.safe_load), ("+++", tomllib.loads)):
        match = re.match(
            rf"{re.escape(rule)}[ \t]*\r?\n(.*?)\r?\n{re.escape(rule)}[ \t]*\r?$", text, re.S | re.M
        )
        if match:
            loaded = load(match.group(1))
            return loaded if isinstance(loaded, dict) else None
    match = re.match(r"\{\r?\n(.*?)\r?\n\}[ \t]*\r?$", text, re.S | re.M)
    if match:
        loaded = json.loads("{" + match.group(1) + "}")
        return loaded if isinstance(loaded, dict) else None
    return None


@pytest.mark.parametrize("path", DOCS, ids=[str(p.relative_to(CORPUS)) for p in DOCS])
def test_corpus_document_parses_with_its_front_matter(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", errors="replace")  # no newline translation
    notes = shownotes.parse_file(path)
    assert notes == shownotes.parse(text)
    expected = front_matter(text)
    if expected is None:
        assert notes.metadata == {}
        return
    assert notes.metadata == expected
    assert not [p for p in notes.problems if p.code == "front-matter"]
    keys = {str(k).casefold(): v for k, v in expected.items()}
    if any(keys.get(k) for k in TITLE_KEYS):
        assert notes.episode.title
    if any(keys.get(k) for k in DATE_KEYS):
        assert notes.episode.date is not None
        assert notes.episode.date.tzinfo is not None


def test_corpus_output_follows_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from shownotes.serialize import schema

    validator = jsonschema.Draft202012Validator(schema())
    for path in DOCS:
        validator.validate(json.loads(shownotes.parse_file(path).to_json()))
