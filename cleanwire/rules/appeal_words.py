"""The cue lexicon of ``drop_appeals``: phrases by kind of appeal, merged over languages.

Cue phrases are language data in ``cleanwire/lexicons/appeals.<lang>.txt``: one
phrase per line under a ``[section]`` naming the kind of appeal
(``[donation]``, ``[paywall]``, ...) or ``[weak]``; ``^phrase`` matches only at
the start of a sentence, ``=phrase`` only as the whole line. Two optional
sections: ``[reader]`` holds words that address the reader ("you", "your"),
weak cues that also show a line speaks to the reader; ``[connectors]`` holds
the small words that may join whole-line cues into one row of buttons ("Log
in or sign up"). A language's file may leave both out: the English ones apply
to every document.

>>> lexicon(("en",)).whole_lines[("subscribe",)]
'paywall'
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lexicon import folded_words, prefix_tree, sections

__all__ = ["COMMENTS", "CONNECTORS", "READER", "WEAK", "Lexicon", "Phrase", "lexicon"]

#: The section of weak cues (publisher voice, reader address); every other section is a kind of appeal.
WEAK = "weak"
#: The section of weak cues that address the reader ("you", "your").
READER = "reader"
#: The section of words that may join whole-line cues ("Log in or sign up").
CONNECTORS = "connectors"
#: The kind of appeal whose cue at the end of a prose paragraph is the author's own words.
COMMENTS = "comments"


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    kind: str  # a section of the lexicon: "donation", ..., or "weak"
    at_start: bool  # "^phrase": only at the start of a sentence
    reader: bool = False  # a weak cue from [reader]: it addresses the reader


@dataclass(frozen=True)
class Lexicon:
    """Cue phrases of one or more languages, indexed by their first word."""

    by_first: dict[str, tuple[Phrase, ...]]
    whole_lines: dict[tuple[str, ...], str]
    first_words: frozenset[str]
    longest_whole: int
    connectors: frozenset[str] = frozenset()  # may join whole-line cues into a row of buttons
    reader_words: frozenset[str] = frozenset()  # one-word [reader] cues: "you", "your"
    # Screens over folded text (see _screens); None when the lexicon defeats them.
    strong_screen: re.Pattern[str] | None = None  # strong and whole-line phrases, after a non-word char
    cue_screen: re.Pattern[str] | None = None  # every phrase, as whole words


@functools.cache
def lexicon(langs: tuple[str, ...]) -> Lexicon:
    """The merged cue lexicon of ``langs`` (languages without a file add nothing)."""
    by_first: dict[str, list[Phrase]] = {}
    whole: dict[tuple[str, ...], str] = {}
    connectors: set[str] = set()
    for lang in langs:
        for section, phrases in sections("appeals", lang).items():
            if section == CONNECTORS:
                connectors.update(w for p in phrases for w in folded_words(p))
                continue
            kind = WEAK if section == READER else section
            for phrase in phrases:
                mark = phrase[0] if phrase[0] in "^=" else ""
                words = folded_words(phrase)
                if not words:
                    continue
                if mark == "=":
                    whole.setdefault(words, kind)
                else:
                    found = Phrase(words, kind, mark == "^", section == READER)
                    by_first.setdefault(words[0], []).append(found)
    # Longest phrases first, strong before weak, so the first match is the best one.
    ranked = {
        w: tuple(sorted(ps, key=lambda p: (-len(p.words), p.kind == WEAK))) for w, ps in by_first.items()
    }
    longest = max(map(len, whole), default=0)
    screens = _screens(by_first, whole)
    reader = frozenset(p.words[0] for ps in by_first.values() for p in ps if p.reader and len(p.words) == 1)
    return Lexicon(ranked, whole, frozenset(ranked), longest, frozenset(connectors), reader, *screens)


def _screens(
    by_first: dict[str, list[Phrase]], whole: dict[tuple[str, ...], str]
) -> tuple[re.Pattern[str], re.Pattern[str]] | tuple[None, None]:
    """Patterns that find cue phrases in folded text: the strong ones, and all of them.

    A phrase is found as its words in order with anything but a word between
    them, which :func:`classify` also accepts, so a line where a screen finds
    nothing has no such cue: with no strong or whole-line phrase it is not
    strong and cannot open a block; with no phrase at all its label is "none".
    An acronym keeps its case when a line is classified, so the screens hold
    only while no cue word has an upper-case letter (None otherwise).
    """
    phrases = {p.words for ps in by_first.values() for p in ps}
    if any(not w or any(c.isupper() for c in w) for p in (*phrases, *whole) for w in p):
        return None, None
    strong = {p.words for ps in by_first.values() for p in ps if p.kind != WEAK} | set(whole)
    gap = r"[^\w\n]+"
    return (
        # The phrase follows a non-word character, matched rather than looked behind
        # for: a pattern that starts with a character class lets the engine skip ahead.
        re.compile(rf"\W(?:{prefix_tree(sorted(strong), gap)})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{prefix_tree(sorted(phrases | set(whole)), gap)})(?!\w)"),
    )
