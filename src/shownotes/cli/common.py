"""What every ``shownotes`` subcommand shares: exit statuses, the usage error, the parser class."""

from __future__ import annotations

import argparse
from typing import NoReturn

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "Parser", "UsageError"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A bad command line or a missing file: reported in one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")
