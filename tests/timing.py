"""Time budgets for the hostile-input tests."""

from __future__ import annotations

import os
import sys


def budget(seconds: float) -> float:
    """A wall-clock budget for a hostile-input test: ``seconds`` on a quiet machine, stretched
    where the same code is known to run slower (coverage tracing: x5; CI: x2).

    The budgets catch quadratic blow-ups (minutes on 1 MB), not small regressions: speed
    itself is measured by benchmarks/bench.py, not by tests.
    """
    factor = 1.0
    if sys.gettrace() is not None or "coverage" in sys.modules:
        factor *= 5
    if os.environ.get("CI"):
        factor *= 2
    return seconds * factor
