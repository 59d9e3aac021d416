"""The abbreviation lexicon the line repairs share (``lexicons/abbreviations.txt``).

:func:`~cleanwire.rules.lines.join_split_abbreviations` joins a line broken
after one of these; :func:`~cleanwire.rules.glued.split_glued_sentences`
never splits after one. Loaded once, lazily.

>>> "Nov." in abbreviations().all, sorted(abbreviations().names["Sr."] or ())
(True, ['es', 'pt'])
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..lexicon import entries


@dataclass(frozen=True)
class Abbreviations:
    """The abbreviation lexicon: every entry, and when each may precede a name."""

    all: frozenset[str]
    # abbreviation -> languages in which a capitalised word may follow it;
    # None means in every language.
    names: dict[str, frozenset[str] | None]


@functools.cache
def abbreviations() -> Abbreviations:
    """Load ``lexicons/abbreviations.txt`` once."""
    found: set[str] = set()
    names: dict[str, frozenset[str] | None] = {}
    for entry in entries("abbreviations"):
        parts = entry.split()
        found.add(parts[0])
        if len(parts) > 1 and parts[1] == "name":
            names[parts[0]] = None
        elif len(parts) > 1 and parts[1].startswith("name="):
            names[parts[0]] = frozenset(parts[1][5:].split(","))
    return Abbreviations(frozenset(found), names)
