"""Coverage-guided fuzzing of shownotes with atheris: ``parse``, ``chapters.find`` and every
chapter format's ``loads``, each checked for the promises the README makes.

    python fuzz/fuzz_parse.py TARGET [atheris/libFuzzer options] [CORPUS_DIR ...]

TARGET is one of :data:`TARGETS`; the seed corpus of each is ``fuzz/corpus/TARGET`` (inputs
written for this project, in the styles real show notes and chapter files use). A crash is an
input that breaks a promise; libFuzzer writes it as ``crash-<sha1>``. Put it under
``fuzz/crashers/TARGET/``: ``tests/test_fuzz.py`` runs :func:`check` on every corpus and
crasher file, so each one stays a regression test.

Without atheris, :func:`check` is plain Python: the tests import it.
"""

from __future__ import annotations

import json
import pickle
import sys
from collections.abc import Callable
from typing import Final

__all__ = ["TARGETS", "check"]


def _text(data: bytes) -> str:
    # Undecodable bytes become lone surrogates (U+DC80-U+DCFF): hostile text for free.
    return data.decode("utf-8", "surrogateescape")


def _parse(data: bytes) -> None:
    import shownotes

    for given in (data, _text(data)):
        notes = shownotes.parse(given)
        json.loads(notes.to_json())
        pickle.dumps(notes)
        try:
            strict = shownotes.parse(given, strict=True)
        except shownotes.ShowNotesError:
            assert notes.problems, "strict mode raised where lenient found no problem"
        else:
            assert not notes.problems, "strict mode kept quiet about a problem"
            assert strict.chapters == notes.chapters


def _chapters(data: bytes) -> None:
    from shownotes import chapters

    found = chapters.find(_text(data))
    assert len(found) != 1, "a chapter list has at least two entries"
    for style in chapters.STYLES:
        rendered = chapters.render(found, style)
        assert isinstance(rendered, str)


def _formats(data: bytes) -> None:
    from shownotes import FormatError, formats

    formats.guess(data)
    formats.guess(_text(data))
    for name in formats.names():
        fmt = formats.get(name)
        for given in (data,) if fmt.BINARY else (data, _text(data)):
            try:
                found = fmt.loads(given)
            except FormatError:
                continue
            # A writer writes what its reader reads back, or refuses with FormatError.
            try:
                written = fmt.dumps(found)
            except FormatError:
                continue
            back = fmt.loads(written)
            if name in _HEURISTIC:
                continue
            assert back == fmt.normalize(found), f"{name} does not read its own"


# description's loads is chapters.find, which reads show notes: a title with a link or a time in
# it comes back as the chapter's url or as two chapters ("titles that look like prose may not
# come back", its documentation says). Its round trip is tested on ordinary titles
# (tests/test_formats_properties.py); here it must only not crash.
_HEURISTIC: Final = frozenset({"description"})


TARGETS: Final[dict[str, Callable[[bytes], None]]] = {
    "parse": _parse,
    "chapters": _chapters,
    "formats": _formats,
}


def check(target: str, data: bytes) -> None:
    """Run ``data`` through ``target``; raise on a broken promise. Each target catches what it
    may raise (strict mode's ShowNotesError, loads' and dumps' FormatError), so any exception
    that gets here is one."""
    TARGETS[target](data)


def main() -> None:
    import atheris

    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options] [corpus]")
    target = sys.argv.pop(1)
    with atheris.instrument_imports(include=["shownotes"]):
        import shownotes
        from shownotes import formats

        for name in formats.names():
            formats.get(name)
        shownotes.parse("<html><body><p>0:00 a</p></body></html>")  # loads lxml, bs4

    def one_input(data: bytes) -> None:
        check(target, data)

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
