"""Test-session settings shared by tests/, docs/ and README.md doctests."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# `ci` runs more examples with no deadline (CI machines are shared and slow); `dev` stays quick.
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

collect_ignore = ["docs/conf.py", "benchmarks"]
collect_ignore_glob = ["docs/_build/*", ".ci/*"]
