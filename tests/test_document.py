"""document.split: front matter in three languages, broken front matter, and no front matter."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shownotes.document import split
from shownotes.errors import FrontMatterError


@pytest.mark.parametrize(
    ("text", "metadata", "body", "kind"),
    [
        ("---\ntitle: A\n---\nBody\n", {"title": "A"}, "Body\n", "yaml"),
        ("---\ntitle: A\n---\r\nBody", {"title": "A"}, "Body", "yaml"),
        ("+++\ntitle = 'A'\nn = 3\n+++\nBody", {"title": "A", "n": 3}, "Body", "toml"),
        ('{\n  "title": "A",\n  "n": [1, 2]\n}\nBody', {"title": "A", "n": [1, 2]}, "Body", "json"),
        ("---\n---\nBody", {}, "Body", "yaml"),
        ("\ufeff---\ntitle: A\n---\nBody", {"title": "A"}, "Body", "yaml"),
        ("No front matter\n---\nhere", {}, "No front matter\n---\nhere", None),
        ("", {}, "", None),
    ],
)
def test_split_reads_each_front_matter_language(
    text: str, metadata: dict[str, object], body: str, kind: str | None
) -> None:
    doc = split(text)
    assert doc.metadata == metadata
    assert doc.body == body
    assert doc.format == kind
    assert doc.error is None
    assert text[doc.offset :] == body


def test_yaml_and_toml_dates_stay_datetimes() -> None:
    yaml_doc = split("---\ndate: 2020-01-22T23:30:00Z\nday: 2024-09-08\n---\n")
    assert yaml_doc.metadata["date"] == dt.datetime(2020, 1, 22, 23, 30, tzinfo=dt.UTC)
    assert yaml_doc.metadata["day"] == dt.date(2024, 9, 8)
    toml_doc = split("+++\ndate = 2015-01-15T20:43:37-05:00\n+++\n")
    date = toml_doc.metadata["date"]
    assert isinstance(date, dt.datetime)
    assert date.utcoffset() == dt.timedelta(hours=-5)


@pytest.mark.parametrize(
    ("text", "lineno", "colno", "fragment"),
    [
        ("---\ntitle: A\nbad: [1, 2\n---\nBody", 4, 1, "YAML"),
        ("---\ntitle: 'A\n---\nBody", 3, 1, "YAML"),  # the quote runs to the closing rule
        ("---\na: 1\n  b: 2\n---\nBody", 3, 4, "YAML"),
        ("+++\ntitle = \n+++\nBody", 2, 9, "TOML"),
        ('{\n  "title": "A",\n  "n": ,\n}\nBody', 3, 8, "JSON"),
    ],
)
def test_broken_front_matter_names_line_and_column(
    text: str, lineno: int, colno: int, fragment: str
) -> None:
    doc = split(text)
    assert doc.metadata == {}
    assert doc.body == "Body"
    assert isinstance(doc.error, FrontMatterError)
    assert (doc.error.lineno, doc.error.colno) == (lineno, colno)
    assert fragment in str(doc.error)
    assert f"line {lineno}, column {colno}" in str(doc.error)
    assert doc.error.__cause__ is not None


def test_deeply_nested_front_matter_is_an_error_not_a_crash() -> None:
    doc = split("---\na: " + "[" * 100_000 + "\n---\nbody")
    assert isinstance(doc.error, FrontMatterError)
    assert doc.body == "body"


def test_unclosed_front_matter_is_an_error_and_the_text_stays_body() -> None:
    doc = split("---\ntitle: A\nno closing rule\n")
    assert isinstance(doc.error, FrontMatterError)
    assert "never closed" in doc.error.msg
    assert doc.body == "---\ntitle: A\nno closing rule\n"


def test_front_matter_that_is_a_list_is_an_error() -> None:
    doc = split("---\n- a\n- b\n---\nBody")
    assert isinstance(doc.error, FrontMatterError)
    assert "not a mapping" in doc.error.msg
    assert doc.body == "Body"


def test_text_between_two_rules_is_not_front_matter() -> None:
    text = "---\nJust a line between rules\n---\nMore text"
    doc = split(text)
    assert doc.error is None
    assert doc.metadata == {}
    assert doc.body == text


def test_split_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="takes a str"):
        split(b"---\n---\n")  # type: ignore[arg-type]


@given(st.text())
def test_split_never_raises_and_body_is_a_suffix(text: str) -> None:
    doc = split(text)
    assert text.endswith(doc.body)
    assert text[doc.offset :] == doc.body


@pytest.mark.parametrize("newline", ["\r", "\u2028", "\u2029", "\x85", "\r\n"])
@pytest.mark.parametrize(
    "rules", [("---", "title: Tea", "---"), ("+++", "title = 'Tea'", "+++")], ids=["yaml", "toml"]
)
def test_front_matter_is_found_whatever_ends_its_lines(
    newline: str, rules: tuple[str, str, str]
) -> None:
    text = newline.join([*rules, "Body", "more"])
    doc = split(text)
    assert (doc.metadata, doc.error) == ({"title": "Tea"}, None)
    assert doc.body == text[doc.offset :] == newline.join(["Body", "more"])


def test_broken_front_matter_after_cr_breaks_names_its_line() -> None:
    doc = split("---\rtitle: A\rbad: [1, 2\r---\rBody")
    assert doc.error is not None
    assert doc.error.lineno == 4


def anchors(levels: int, width: int = 9) -> str:
    """YAML whose last key expands to ``width ** levels`` scalars through nested aliases."""
    lines = ["l0: &l0 [" + ", ".join(["x"] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * width) + "]")
    return "---\n" + "\n".join(lines) + "\n---\nBody"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("---\nguests: &a [*a]\n---\nBody", "contains itself"),
        ("---\nhost: &h {name: Ana, also: *h}\n---\nBody", "contains itself"),
        (anchors(6), "expand past 10000 nodes"),
        (anchors(20, width=2), "expand past 10000 nodes"),
    ],
    ids=["list-in-itself", "map-in-itself", "bomb", "deep-bomb"],
)
def test_yaml_aliases_are_bounded(text: str, reason: str) -> None:
    doc = split(text)
    assert isinstance(doc.error, FrontMatterError)
    assert reason in doc.error.msg
    assert doc.error.lineno is not None
    assert doc.metadata == {}
    assert doc.body == "Body"


def test_yaml_aliases_within_the_bound_are_read() -> None:
    doc = split("---\nbase: &b {show: Tea, lang: en}\nep1: *b\nep2:\n  <<: *b\n  n: 2\n---\n")
    assert doc.error is None
    assert doc.metadata["ep2"] == {"show": "Tea", "lang": "en", "n": 2}
    assert split(anchors(4)).error is None  # 9 ** 4 = 6561 scalars


def test_alias_checking_is_linear_in_the_written_yaml() -> None:
    # 40 levels of two aliases each would expand to 2 ** 40 nodes; the check visits each once.
    doc = split(anchors(40, width=2))
    assert doc.error is not None
    assert "expand past" in doc.error.msg


@pytest.mark.parametrize(
    "text",
    [
        "---\nduration: 1.0e+306\nscore: 1e400\nn: " + "9" * 4000 + "\n---\n",
        "+++\nduration = 1e400\n+++\n",
        '{\n"duration": 1e400\n}\n',
        "---\nn: " + "9" * 5000 + "\n---\n",
        '{\n"n": ' + "9" * 5000 + "\n}\n",
        "---\na: " + "[" * 300 + "]" * 300 + "\n---\n",
        "---\na: " + "[" * 5000 + "]" * 5000 + "\n---\n",
        "{\n" + '"a": ' + "[" * 5000 + "]" * 5000 + "\n}\n",
    ],
    ids=[
        "yaml-floats",
        "toml-inf",
        "json-inf",
        "yaml-long-int",
        "json-long-int",
        "nested",
        "deep",
        "json-deep",
    ],
)
def test_numbers_and_nesting_never_escape_split(text: str) -> None:
    doc = split(text)
    assert doc.error is None or isinstance(doc.error, FrontMatterError)
