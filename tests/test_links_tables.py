"""The platform tables check themselves: every row's own example URLs give the kind and id the
row says, read by that very row (``explain(url).rule``); every row has an id of its own."""

from __future__ import annotations

from collections import Counter

import pytest

from shownotes.links import classify, explain, purpose
from shownotes.links.hosts import tables
from shownotes.links.rules import BY_KIND, PURPOSES, Rule, Uri
from shownotes.links.unwrap import unwrap
from shownotes.links.urls import split

ROWS: list[Rule] = [row for entry in tables().hosts.values() for row in entry.rules]
ROWS += [row for entry in tables().anywhere for row in entry.rules]
ROWS = list({row.id: row for row in ROWS}.values())  # a row of several hosts once
EXAMPLES = [(row, example) for row in ROWS for example in row.examples]


def test_every_row_has_a_unique_id_and_an_example() -> None:
    ids = Counter(
        row.id
        for entry in {id(e): e for e in tables().hosts.values()}.values()
        for row in entry.rules
    )
    assert [name for name, count in ids.items() if count > 1] == []
    assert [row.id for row in ROWS if not row.examples] == []
    assert len(ROWS) > 300


@pytest.mark.parametrize(
    ("row", "example"), EXAMPLES, ids=lambda x: getattr(x, "id", None) or x.url
)
def test_every_row_reads_its_own_examples(row: Rule, example: object) -> None:
    url, kind, ident = example.url, example.kind, example.id  # type: ignore[attr-defined]
    told = explain(url)
    assert told.rule == row.id, str(told)
    link = told.link
    assert (link.kind, link.id) == (kind, ident), str(told)
    assert told.rule_at == row.where
    assert row.purpose in {None, BY_KIND} | PURPOSES
    assert purpose(classify(url)) == (told.purpose)


URI_ROWS: list[Uri] = [row for rows in tables().uris.values() for row in rows]


@pytest.mark.parametrize(
    ("row", "uri", "expected"),
    [(row, uri, expected) for row in URI_ROWS for uri, expected in row.examples],
    ids=lambda x: getattr(x, "id", None) or str(x)[:40],
)
def test_every_uri_row_reads_its_examples(row: Uri, uri: str, expected: str) -> None:
    told = explain(uri)
    if row.to is not None:
        assert told.hops[0].row == row.id
        assert told.hops[0].url == expected
        web = classify(expected)
        assert (told.link.platform, told.link.kind, told.link.id) == (
            web.platform,
            web.kind,
            web.id,
        )
    else:
        assert told.rule == row.id
        assert (told.link.platform, told.link.kind, told.link.id) == (
            row.platform,
            row.kind,
            expected,
        )


@pytest.mark.parametrize(
    ("row", "outer", "inner"),
    [
        (row, outer, inner)
        for rows in (
            tuple(tables().prefixes.values()),
            tuple(w for ws in tables().wrappers.values() for w in ws),
        )
        for row in dict.fromkeys(rows)
        for outer, inner in row.examples
    ],
    ids=lambda x: getattr(x, "id", None) or str(x)[:40],
)
def test_every_hop_row_leads_to_its_example(row: object, outer: str, inner: str) -> None:
    parts = split(outer)
    assert parts is not None
    _inner, _prefix, hops = unwrap(parts)
    assert hops[0].row == row.id  # type: ignore[attr-defined]
    assert hops[0].url == inner
