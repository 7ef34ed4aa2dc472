"""Who hosts the show, as its notes name them: :func:`named_hosts`.

A host's profiles are the show's own (like its follow-us links), while a guest's pages are
references (LABELING.md). Hosts are named in the front matter (``hosts:``, as The Podlets
write it; Podcasting 2.0's ``<podcast:person role="host">`` says the same in a feed) or in
the notes' prose: ``hosts Arfon and Abby sit down with …``, ``produced and hosted by Arfon
Smith and me, Abby Cabunoc Mayes`` (JOSSCast), ``hosted by Tom Scott``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from shownotes.model.lines import Line

__all__ = ["host_keys", "named_hosts"]

# A name: one to three capitalised words ("Arfon", "Abby Cabunoc Mayes", "Seán Ó Néill").
_NAME: Final = r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]{1,30}(?: [A-ZÀ-ÖØ-Þ][\w'\u2019-]{1,30}){0,2}"
_NEXT: Final = rf"(?:\s*(?:,|&|\band\b)\s*(?:me,\s*)?({_NAME}))"
# "hosts A and B", "your hosts A, B & C", "hosted by A and me, B" (case of the keyword
# aside, the names must be capitalised: "hosted by the Eclipse Foundation" names no one).
_HOSTS: Final = re.compile(rf"\b(?i:hosts|hosted by|co-?hosts)\s+({_NAME}){_NEXT}?{_NEXT}?{_NEXT}?")
_MIN_KEY = 4  # shorter given names ("Al", "Bo") would match inside any handle
_MAX_HOSTS = 12  # a show has a few; more is a list of names, and each costs every link a check


def named_hosts(lines: Sequence[Line]) -> tuple[str, ...]:
    """The hosts the prose of ``lines`` names, in order, once each.

    >>> from shownotes.read.lines import as_lines
    >>> named_hosts(as_lines("This week hosts Ada and Grace sit down with a guest.\\n"))
    ('Ada', 'Grace')
    >>> named_hosts(as_lines("Produced and hosted by Ada Byrne and me, Grace Hall.\\n"))
    ('Ada Byrne', 'Grace Hall')
    >>> named_hosts(as_lines("A conference hosted by the Eclipse Foundation.\\n"))
    ()
    """
    found: dict[str, None] = {}
    for line in lines:
        if line.code or line.landmark is not None or "host" not in line.text.casefold():
            continue
        for match in _HOSTS.finditer(line.text[:2000]):
            found.update((name, None) for name in match.groups() if name)
        if len(found) >= _MAX_HOSTS:
            break
    return tuple(found)[:_MAX_HOSTS]


def host_keys(names: Iterable[str]) -> tuple[str, ...]:
    """What of each host's name a handle carries: the whole name and the given name, folded
    to letters (``"Abby Cabunoc Mayes"`` gives ``"abbycabunocmayes"`` and ``"abby"``)."""
    keys: dict[str, None] = {}
    for name in list(names)[:_MAX_HOSTS]:
        letters = ["".join(ch for ch in word.casefold() if ch.isalpha()) for word in name.split()]
        for key in ("".join(letters), letters[0] if letters else ""):
            if len(key) >= _MIN_KEY:
                keys[key] = None
    return tuple(keys)
