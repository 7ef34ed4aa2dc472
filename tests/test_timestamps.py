"""shownotes.timestamps: Timestamp, parse, format and find."""

from __future__ import annotations

import pickle
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from growth import assert_linear
from shownotes.errors import ShowNotesError, TimestampError
from shownotes.strategies import timestamps
from shownotes.timestamps import SPECS, Timestamp, find, format_time, parse

VALID = [
    ("0:46", 46_000),
    ("00:46", 46_000),
    ("61:08", 3_668_000),  # two parts are minutes:seconds, minutes may pass 59
    ("1:02:03", 3_723_000),
    ("01:02:03", 3_723_000),
    ("100:00:00", 360_000_000),
    ("1:02:03.5", 3_723_500),
    ("1:02:03.450", 3_723_450),
    ("00:00:00,250", 250),
    ("12:34.1", 754_100),
    ("1h2m3s", 3_723_000),
    ("1H2M3S", 3_723_000),
    ("2m3s", 123_000),
    ("45s", 45_000),
    ("1h", 3_600_000),
    ("2m", 120_000),
    ("1.5s", 1_500),
    ("1500ms", 1_500),
    ("754", 754_000),  # YouTube t= values
    ("754s", 754_000),
    ("12m34s", 754_000),
    ("t=754", 754_000),
    ("#t=754", 754_000),
    ("#t=00:10", 10_000),  # NPT fragments
    ("t=10.5", 10_500),
    ("npt:1:02.5", 62_500),
    ("npt=10", 10_000),
    ("\uff11\uff12\uff1a\uff13\uff14", 754_000),  # full-width 12:34
    ("  5:00 \n", 300_000),
]

INVALID = [
    ("1:75", "seconds out of range (0-59) in '1:75': 75"),
    ("12:60", "seconds out of range (0-59) in '12:60': 60"),
    ("1:60:00", "minutes out of range (0-59) in '1:60:00': 60"),
    ("1:00:60", "seconds out of range (0-59) in '1:00:60': 60"),
    ("1h75m", "minutes out of range (0-59) in '1h75m': 75"),
    ("2m75s", "seconds out of range (0-59) in '2m75s': 75"),
    ("1:2", "seconds need two digits in '1:2'"),
    ("1:02:3", "minutes and seconds need two digits in '1:02:3'"),
    ("1:002:03", "minutes and seconds need two digits in '1:002:03'"),
    ("", "not a time: ''"),
    ("   ", "not a time: '   '"),
    ("#t=", "not a time: '#t='"),
    ("abc", "not a time: 'abc'"),
    ("-1:00", "not a time: '-1:00'"),
    ("1:02:03:04", "not a time: '1:02:03:04'"),
    ("1:02:03.", "not a time: '1:02:03.'"),
    ("12:30pm", "not a time: '12:30pm'"),
    ("1.1234567891", "too many fraction digits in '1.1234567891'"),
    ("9" * 65, f"not a time (too long): {'9' * 40!r}…"),
]


@pytest.mark.parametrize(("text", "ms"), VALID)
def test_parse_reads_every_form(text: str, ms: int) -> None:
    assert parse(text) == Timestamp(ms)
    assert Timestamp.parse(text) == Timestamp(ms)


@pytest.mark.parametrize(("text", "message"), INVALID)
def test_parse_refuses_with_a_message_naming_the_problem(text: str, message: str) -> None:
    with pytest.raises(TimestampError) as info:
        parse(text)
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, ShowNotesError)


@pytest.mark.parametrize("bad", [None, 12, 1.5, b"1:00"])
def test_parse_takes_only_str(bad: object) -> None:
    with pytest.raises(TypeError, match="takes a str"):
        parse(bad)  # type: ignore[arg-type]


FORMATS = [
    (3_723_450, "", "1:02:03.450"),
    (125_000, "", "2:05"),
    (0, "", "0:00"),
    (3_723_450, "hh:mm:ss", "01:02:03.450"),
    (3_723_000, "hh:mm:ss", "01:02:03"),
    (3_723_450, "mm:ss", "62:03.450"),
    (5_000, "mm:ss", "00:05"),
    (3_723_000, "hh:mm:ss.mmm", "01:02:03.000"),
    (3_723_450, "hh:mm:ss,mmm", "01:02:03,450"),
    (3_723_450, "npt", "1:02:03.450"),
    (3_723_450, "hms", "1h2m3.45s"),
    (3_600_000, "hms", "1h"),
    (3_605_000, "hms", "1h5s"),
    (0, "hms", "0s"),
    (1, "hms", "0.001s"),
    (3_723_450, "seconds", "3723.45"),
    (46_000, "seconds", "46"),
]


@pytest.mark.parametrize(("ms", "spec", "text"), FORMATS)
def test_format_writes_each_spec(ms: int, spec: str, text: str) -> None:
    assert format_time(Timestamp(ms), spec) == text
    assert f"{Timestamp(ms):{spec}}" == text


def test_str_is_canonical() -> None:
    assert [str(Timestamp(ms)) for ms in (0, 46_000, 3_668_000, 3_723_500)] == [
        "0:00",
        "0:46",
        "1:01:08",
        "1:02:03.500",
    ]


def test_format_refuses_unknown_specs_and_types() -> None:
    with pytest.raises(ValueError, match="unknown timestamp format spec 'h:m'"):
        format_time(Timestamp(0), "h:m")
    with pytest.raises(TypeError, match="takes a Timestamp"):
        format_time(12, "")  # type: ignore[arg-type]


def test_timestamp_is_ordered_hashable_and_picklable() -> None:
    a, b = Timestamp(1_000), Timestamp(2_000)
    assert a < b
    assert sorted([b, a]) == [a, b]
    assert len({a, Timestamp(1_000), b}) == 2
    assert pickle.loads(pickle.dumps(b)) == b
    assert b.seconds == 2.0


@pytest.mark.parametrize(
    ("value", "error"),
    [(-1, ValueError), (1.5, TypeError), ("1", TypeError)],
)
def test_timestamp_validates_its_milliseconds(value: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        Timestamp(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("seconds", "ms"), [(65.92, 65_920), (0, 0), (1.0005, 1_000), (3723, 3_723_000)]
)
def test_from_seconds_rounds_to_the_millisecond(seconds: float, ms: int) -> None:
    assert Timestamp.from_seconds(seconds) == Timestamp(ms)


@pytest.mark.parametrize(
    ("value", "error"),
    [(-1, TimestampError), (float("nan"), TimestampError), (True, TypeError), ("1", TypeError)],
)
def test_from_seconds_refuses_bad_values(value: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        Timestamp.from_seconds(value)  # type: ignore[arg-type]


@given(timestamps(), st.sampled_from(sorted(SPECS)))
def test_parse_reads_back_every_format(t: Timestamp, spec: str) -> None:
    assert Timestamp.parse(format(t, spec)) == t


@given(timestamps())
def test_str_reads_back(t: Timestamp) -> None:
    assert parse(str(t)) == t


def test_find_reports_each_mention_with_its_span() -> None:
    text = "We talk at 12:28, again at 1:02:03 and at 1h5m; see [4:29]."
    found = find(text)
    assert [(str(m.start), m.span, m.text) for m in found] == [
        ("12:28", (11, 16), "12:28"),
        ("1:02:03", (27, 34), "1:02:03"),
        ("1:05:00", (42, 46), "1h5m"),
        ("4:29", (53, 57), "4:29"),
    ]
    for mention in found:
        assert text[mention.span[0] : mention.span[1]] == mention.text


def test_find_keeps_spans_true_for_full_width_times() -> None:
    text = "会议在\uff11\uff12\uff1a\uff13\uff14开始"
    (mention,) = find(text)
    assert mention.start == Timestamp(754_000)
    assert text[mention.span[0] : mention.span[1]] == mention.text


@pytest.mark.parametrize(
    "text",
    ["On 2024-01-02 at v1.2:30", "ratio 16:9:4:3", "1:75 is no time", "192.168.1.1:8080", ""],
)
def test_find_skips_what_is_no_time(text: str) -> None:
    assert find(text) == ()


def test_find_takes_only_str() -> None:
    with pytest.raises(TypeError):
        find(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "1:" * (n // 2),
        lambda n: "9" * n,
        lambda n: "1:2" * (n // 3),
        lambda n: "12:34." * (n // 6),
        lambda n: "1h" * (n // 2),
        lambda n: "[(" * (n // 4) + "1:00" + ")]" * (n // 4),
    ],
    ids=["colons", "digits", "one-digit-fields", "dotted", "hours", "brackets"],
)
def test_find_takes_linear_time_on_hostile_text(build: Callable[[int], str]) -> None:
    assert_linear(build, find, 50_000)
