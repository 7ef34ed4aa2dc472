"""Dicts and JSON of shownotes' values, and back (public path).

The converter lives in :mod:`shownotes.model.serialize`.
"""

from __future__ import annotations

from shownotes.model.notes import from_dict, from_json, to_dict, to_json
from shownotes.model.serialize import converter, dumps, schema

__all__ = ["converter", "dumps", "from_dict", "from_json", "schema", "to_dict", "to_json"]
