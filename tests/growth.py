"""Growth tests without wall-clock budgets: how cost grows with input size, not how long it takes.

A test builds an input of ``size`` and of ``times * size``, and checks that the larger costs
at most ``slack * times`` as much: linear work passes with room to spare (ratio about
``times``), quadratic work fails by far (ratio about ``times ** 2``). Cost is the CPU time of
this process (:func:`time.process_time`), the best of a few runs, so other processes on a busy
machine barely move it; a failing ratio is measured again before it fails the test, because a
single slow run proves nothing. Absolute times live in ``benchmarks/``.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: Below this many CPU seconds a run is too short to time; its input is doubled until it is not.
_FLOOR = 0.05
#: Inputs are not doubled past this size: work this cheap at this size is linear enough.
_MAX_SIZE = 4_000_000


def cpu_seconds(call: Callable[[], object], repeat: int = 3) -> float:
    """The least CPU time of ``repeat`` runs of ``call`` (the others were disturbed), with the
    cyclic garbage collector paused: its full collections cost in proportion to everything
    alive in the process, which says nothing about the code measured."""
    best = float("inf")
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.process_time()
            call()
            best = min(best, time.process_time() - started)
    finally:
        if enabled:
            gc.enable()
    return best


def assert_linear(
    build: Callable[[int], T],
    run: Callable[[T], object],
    size: int,
    *,
    times: int = 4,
    slack: float = 2.5,
    tries: int = 4,
) -> None:
    """``run(build(times * size))`` costs at most ``slack * times`` as much as
    ``run(build(size))``; ``size`` doubles (up to 4,000,000) until the small run is long
    enough to time."""

    def cost(value: T, repeat: int = 3) -> float:
        return cpu_seconds(lambda: run(value), repeat)

    small_input = build(size)
    small = cost(small_input)
    while small < _FLOOR and size * 2 <= _MAX_SIZE:
        size *= 2
        small_input = build(size)
        small = cost(small_input)
    if small < _FLOOR:
        return  # too cheap to time even at the largest size: nothing grows here
    large_input = build(times * size)
    ratios = []
    for _ in range(tries):
        ratios.append(cost(large_input, repeat=2) / small)
        if ratios[-1] <= slack * times:
            return
        small = min(small, cost(small_input))
    raise AssertionError(
        f"cost grew {min(ratios):.1f}x for {times}x the input (size {size}); "
        f"linear work grows about {times}x, at most {slack * times:.0f}x allowed"
    )
