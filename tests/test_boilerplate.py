"""shownotes.boilerplate: blocks repeated across a show's notes, and parse(boilerplate=...)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import shownotes
from counting import calls
from shownotes import boilerplate

FOOTER = (
    "Support the show: [Patreon](https://patreon.com/teatime)\n"
    "Follow us: [@teatime](https://x.com/teatime)\n"
)


def episode(n: int, footer: str = FOOTER) -> str:
    return (
        f"Episode {n} is about tea number {n}.\n\n"
        "## Links\n"
        f"- [Tea {n}](https://tea.example/{n})\n"
        f"- [Kettle {n}](https://kettle.example/{n})\n\n"
        f"{footer}"
    )


@pytest.mark.parametrize(
    ("with_footer", "total", "found"),
    [
        (2, 2, False),  # two documents are no template
        (3, 3, True),
        (3, 20, True),  # 15 % of 20
        (2, 20, False),
        (4, 40, False),  # 10 % of 40: a page cited now and then
        (6, 40, True),
    ],
)
def test_thresholds(with_footer: int, total: int, found: bool) -> None:
    docs = [episode(n, FOOTER if n < with_footer else "") for n in range(total)]
    assert boilerplate.find(docs).covers(shownotes.markup.to_lines(FOOTER)[0]) is found


def test_parse_drops_only_the_references_on_boilerplate_lines() -> None:
    docs = [episode(n, "## Support\n" + FOOTER) for n in range(5)]
    found = boilerplate.find(docs)
    plain = shownotes.parse(docs[0])
    cleaned = shownotes.parse(docs[0], boilerplate=found)
    assert {r.url for r in plain.references} - {r.url for r in cleaned.references} <= {
        "https://patreon.com/teatime",
        "https://x.com/teatime",
    }
    assert [r.url for r in cleaned.references] == [
        "https://tea.example/0",
        "https://kettle.example/0",
    ]
    assert cleaned.chapters == plain.chapters
    assert cleaned.links == plain.links


def test_a_template_line_whose_link_changes_is_not_boilerplate() -> None:
    docs = [f"Intro.\n\n## Links\n- [Episode page](https://x.example/{n})\n" for n in range(6)]
    found = boilerplate.find(docs)
    assert not found.covers(shownotes.markup.to_lines(docs[0])[-1])
    assert [r.url for r in shownotes.parse(docs[2], boilerplate=found).references] == [
        "https://x.example/2"
    ]


def test_a_url_also_cited_outside_the_boilerplate_is_kept() -> None:
    footer = "## Our book\n- [The Tea Guide](https://books.example/tea-guide)\n"
    docs = [episode(n, footer) for n in range(4)]
    found = boilerplate.find(docs)
    assert shownotes.parse(docs[1], boilerplate=found).references[-1].title == "Kettle 1"
    cited = docs[0].replace("https://tea.example/0", "https://books.example/tea-guide")
    urls = [r.url for r in shownotes.parse(cited, boilerplate=found).references]
    assert "https://books.example/tea-guide" in urls


def test_documents_may_be_lines_and_results_agree() -> None:
    docs = [episode(n) for n in range(5)]
    assert boilerplate.find(docs) == boilerplate.find(shownotes.markup.to_lines(d) for d in docs)


def test_wrong_types_are_type_errors() -> None:
    with pytest.raises(TypeError):
        boilerplate.find([42])  # type: ignore[list-item]


@given(st.lists(st.text(max_size=40), max_size=8))
def test_never_raises_and_only_repeated_lines_count(docs: list[str]) -> None:
    found = boilerplate.find(docs)
    assert found.documents == len(docs)
    if len(docs) < boilerplate.MIN_DOCUMENTS:
        assert found.lines == frozenset()


def test_work_grows_linearly_with_the_documents() -> None:
    small = [episode(n) for n in range(50)]
    large = [episode(n) for n in range(200)]
    assert calls(lambda: boilerplate.find(large)) < 4.4 * calls(lambda: boilerplate.find(small))


def test_links_on_boilerplate_lines_get_the_own_role() -> None:
    footer = "## Our book\n- [The Tea Guide](https://books.example/tea-guide)\n"
    docs = [episode(n, footer) for n in range(4)]
    found = boilerplate.find(docs)
    roles = {link.url: link.role for link in shownotes.parse(docs[1], boilerplate=found).links}
    assert roles["https://books.example/tea-guide"] == "own"
    assert roles["https://tea.example/1"] == "reference"
