"""References: the entries of the lists that point listeners to what an episode mentions.

:func:`find` reads them from a document's Lines (and its front matter); :func:`render` writes
them as readable text.

>>> refs = find("## Links\\n- [attrs](https://www.attrs.org) - classes\\n- A book\\n")
>>> print(render(refs), end="")
- attrs — classes <https://www.attrs.org>
- A book
"""

from __future__ import annotations

from shownotes.model.references import Reference
from shownotes.references.find import Reading, find, read
from shownotes.references.frontmatter import from_metadata
from shownotes.references.items import unique
from shownotes.references.render import render

#: The earlier name of :func:`render` (the same function).
format_references = render

__all__ = ["Reading", "Reference", "find", "from_metadata", "read", "render", "unique"]
