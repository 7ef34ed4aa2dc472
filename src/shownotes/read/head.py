"""The head of an HTML page: its ``<title>`` and ``<meta>`` properties, read with bounded scans."""

from __future__ import annotations

import html
import re
from typing import Final

__all__ = ["html_head"]

_META_TAG: Final = re.compile(r"<meta\s[^<>]{0,2000}>", re.IGNORECASE)
_ATTR: Final = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def html_head(page: str) -> dict[str, str]:
    """``<title>`` and the ``<meta>`` properties of an HTML page's head (``og:title``, …),
    found with bounded scans only."""
    head_end = page.lower().find("</head>")
    head = page[: head_end if head_end != -1 else min(len(page), 200_000)]
    found: dict[str, str] = {}
    lower = head.lower()
    start = lower.find("<title")
    if start != -1:
        open_end = head.find(">", start)
        close = lower.find("</title>", open_end)
        if open_end != -1 and close != -1:
            found["html:title"] = html.unescape(" ".join(head[open_end + 1 : close].split()))
    for tag in _META_TAG.finditer(head):
        attrs_found = {
            m.group(1).lower(): m.group(2) or m.group(3) or "" for m in _ATTR.finditer(tag.group())
        }
        key = attrs_found.get("property") or attrs_found.get("name")
        if key and "content" in attrs_found:
            found.setdefault(key.lower(), html.unescape(attrs_found["content"]).strip())
    return found
