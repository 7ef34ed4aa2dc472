"""Sphinx configuration for the shownotes documentation (Markdown pages through MyST, the furo
theme). Build it with ``sphinx-build -W -b html docs docs/_build/html``."""

from __future__ import annotations

project = "shownotes"
author = "The shownotes developers"
copyright = "2026, The shownotes developers"

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "notebooks"]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints = "description"  # signatures stay short: no clipped lines
html_theme = "furo"
html_title = "shownotes"
html_static_path = ["_static"]
html_css_files = ["wrap.css"]
suppress_warnings = ["myst.header"]
