"""Sphinx configuration for the shownotes documentation (Markdown pages through MyST)."""

from __future__ import annotations

project = "shownotes"
author = "The shownotes developers"
copyright = "2026, The shownotes developers"

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
html_theme = "alabaster"
suppress_warnings = ["myst.header"]
