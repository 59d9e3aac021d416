"""Navigation words: the lexicon of the navigation filters, merged over languages.

Breadcrumb roots, menu items, page controls, share phrases and network names
differ by language; they are data in ``cleanwire/lexicons/navigation.<lang>.txt``
(sections ``[home]``, ``[menu]``, ``[controls]``, ``[share]``, ``[networks]``,
``[connectors]``, ``[suffix]``; see the English file). The filters use the
document's language plus English.

>>> ("news",) in nav_lexicon(("en",)).menu
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..context import Context
from ..lexicon import folded_words, lexicon_lang, lookup_order, prefix_tree, sections

__all__ = ["NavLexicon", "nav_lexicon", "navigation_lexicon"]


@dataclass(frozen=True)
class NavLexicon:
    """Navigation words of one or more languages."""

    home: frozenset[tuple[str, ...]]
    menu: frozenset[tuple[str, ...]]
    controls: frozenset[tuple[str, ...]]  # whole-line page controls ("skip to main content")
    plain: dict[str, tuple[str, ...]]  # menu items and controls as folded text -> their words
    # First word -> (phrase, category), longest first; categories: share, network, connector.
    share: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    suffixes: tuple[tuple[str, ...], ...]
    # In folded text, the start of every line that share_parts can accept: its first
    # word starts a share phrase, or is not a word of lower-case a-z (a number).
    share_head: re.Pattern[str]
    # In folded text, a whole line whose words are a menu item or a page control.
    listed_line: re.Pattern[str]


@functools.cache
def nav_lexicon(langs: tuple[str, ...]) -> NavLexicon:
    """The merged navigation lexicon of ``langs`` (languages without a file add nothing)."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for lang in langs:
        for section, phrases in sections("navigation", lang).items():
            found.setdefault(section, set()).update(w for w in map(folded_words, phrases) if w)
    share: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for section, category in (("share", "share"), ("networks", "network"), ("connectors", "connector")):
        for words in found.get(section, ()):
            share.setdefault(words[0], []).append((words, category))
    order = {"share": 0, "network": 1, "connector": 2}
    firsts = prefix_tree(sorted((w,) for w in share), "")
    listed = prefix_tree(sorted({*found.get("menu", ()), *found.get("controls", ())}), r"[^\w\n]+")
    return NavLexicon(
        home=frozenset(found.get("home", ())),
        menu=frozenset(found.get("menu", ())),
        controls=frozenset(found.get("controls", ())),
        plain={" ".join(w): w for w in (*found.get("menu", ()), *found.get("controls", ()))},
        share={w: tuple(sorted(ps, key=lambda p: (-len(p[0]), order[p[1]]))) for w, ps in share.items()},
        suffixes=tuple(sorted(found.get("suffix", ()), key=len, reverse=True)),
        share_head=re.compile(rf"\n[^\w\n]*(?:(?:{firsts})(?!\w)|[^\W_a-z])"),
        # "o ": the bullet text renderers put before the items of a nested list.
        listed_line=re.compile(rf"\n[^\w\n]*(?:o[ \t]+)?(?:{listed})[^\w\n]*(?=\n|\Z)"),
    )


def navigation_lexicon(ctx: Context) -> NavLexicon:
    """The navigation lexicon of the document's language and English."""
    return nav_lexicon(lookup_order(lexicon_lang(ctx, "navigation")))
