"""What every ``shownotes`` subcommand shares: exit statuses, the two kinds of failure, the
parser class, and quiet dependencies.

Exit status 2 is a command line that cannot run (a bad option, an output that cannot be
written); 1 is an input that could not be used (missing, unreadable, not show notes, broken,
refused); 0 is everything done.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import warnings
from collections.abc import Iterator
from typing import NoReturn, TextIO

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FileFailure",
    "Parser",
    "UsageError",
    "internal",
    "quiet_dependencies",
    "report",
]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A command line that cannot run: reported in one line, exit status 2."""


class FileFailure(Exception):
    """One input that could not be used: reported as ``shownotes: NAME: reason``; the run goes
    on with the next input and ends with exit status 1."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def internal(name: str, exc: Exception) -> str:
    """The one line for an exception shownotes should never raise (a bug): the command reports
    it like any failed input, and goes on, instead of printing a traceback."""
    return f"{name}: internal error, please report it: {type(exc).__name__}: {exc}"


def report(stderr: TextIO, failure: FileFailure | str) -> int:
    """Write ``failure`` as one line on ``stderr``; the exit status it calls for."""
    stderr.write(f"shownotes: {failure}\n")
    return EXIT_FAILED


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


@contextlib.contextmanager
def quiet_dependencies() -> Iterator[None]:
    """Keep what libraries log or warn (beautifulsoup4's encoding detector logs a warning on
    binary input) off the terminal while a command runs: the command reports for itself."""
    root = logging.getLogger()
    silent = logging.NullHandler()
    root.addHandler(silent)  # a handler anywhere stops logging's last-resort print to stderr
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        root.removeHandler(silent)
