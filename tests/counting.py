"""Work counted, not timed: how many Python function calls an action makes."""

from __future__ import annotations

import sys
from collections.abc import Callable


def calls(action: Callable[[], object]) -> int:
    """How many Python function calls ``action()`` makes (C functions not counted): growth
    tests compare these counts between input sizes, never wall-clock times."""
    count = 0

    def profile(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return count
