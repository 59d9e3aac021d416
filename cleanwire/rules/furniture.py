"""Shapes of page furniture and of article text that hold in any language.

The appeal and navigation filters find most of what they drop through
language data (cue phrases, menu words). What they must never drop is found
by shape instead, so that it holds when the document's language has no
lexicon or was detected wrongly:

* **prose**: a line that reads as running text: it ends like a sentence and
  is mostly in sentence case. A short line between two prose lines is a
  heading, a quote, a list item: shape alone never drops it.
* **table cells**: a line that is a number ("63", "85%", "1-0"), or that
  starts or ends with a pipe ("Player |"). A run of short lines next to one is
  a table header, not a menu.
* **link-like**: a line ending in an arrow or a one-sided guillemet ("Go to
  Home Page »", "Next ›", "→"), which is how pages draw links and buttons; a
  French quotation « ... » is not one.

>>> prose("The council met on Monday to discuss the budget."), prose("Starting Line-up")
(True, False)
>>> number_cell("85%"), number_cell("Player")
(True, False)
>>> link_like("Go to Home Page »"), link_like("« Pas encore »")
(True, False)
"""

from __future__ import annotations

import re

# The end of a sentence at the end of a line (closing quotes and brackets
# allowed), in scripts with and without spaces between words.
_PROSE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")
# A table cell that is a number: digits with signs, units and separators, no letters.
_NUMBER_CELL = re.compile(r"\(?[-+±−–]?[$€£¥]?\d[\d.,:/\s-]{0,10}%?\)?|%")
# An arrow or one-sided guillemet that marks a link or button at the end of a
# line, or a "previous" marker at its start; the line holds a few words at most.
_LINK_TAIL = re.compile(r"(?:^|\s|\w)(?:[»›→⟶➔➜▸▶►]|>>)\s*$")
_LINK_HEAD = re.compile(r"^\s*(?:[«‹←⟵◂◀◄]|<<)(?:\s|\w)")
# Only arrows and the like: a button drawn with no words ("→", "‹ ›", "»»").
_ARROWS_ONLY = re.compile(r"[\s»›«‹→←⟶⟵➔➜▸▶►◂◀◄<>]+")
# A line longer than this is never one table cell or link.
_SHORT = 60
_END_CHARS = 8  # a sentence end and the quotes and brackets after it fit in this many characters
_SAMPLE_WORDS = 40  # prose() reads the case of this many words at most


def prose(text: str) -> bool:
    """Whether a line reads as running text rather than a title, item or button.

    True for a line of at least four words that ends like a sentence with at
    least half of its words after the first in lower case (German nouns are
    capitalised), and for a line in a script without spaces that ends like a
    sentence and has 20 characters or more. A headline without a full stop is
    not prose, and neither is a line of a hard-wrapped paragraph
    (:mod:`cleanwire.rules.layout` rejoins those first).

    >>> prose("The vote is on Sunday."), prose("“Not again.”"), prose("Floods Hit The North Of England.")
    (True, False, False)
    >>> prose("Floods hit the north as rivers burst their banks")
    False
    """
    stripped = text.strip()
    # The end mark is among the last few characters: search only there.
    if len(stripped) < 12 or _PROSE_END.search(stripped, len(stripped) - _END_CHARS) is None:
        return False
    words = stripped.split(None, _SAMPLE_WORDS)[:_SAMPLE_WORDS]  # the first words tell
    if len(words) == 1:
        return len(stripped) >= 20 and not stripped.isascii()
    if len(words) < 4:
        return False
    lower = 0
    for w in words[1:]:
        first = w[0] if w[0].isalpha() else next((c for c in w if c.isalpha()), "")
        lower += first.islower()
    return lower * 2 >= len(words) - 1


def number_cell(text: str) -> bool:
    """Whether a line is one table cell holding a number ("63", "85%", "1-0", "$4.99").

    >>> number_cell("1 tackle (1 combined)"), number_cell("%"), number_cell("][3]")
    (False, True, False)
    """
    stripped = text.strip()
    return len(stripped) <= 16 and _NUMBER_CELL.fullmatch(stripped) is not None


def table_cell(text: str) -> bool:
    """Whether a line is a cell of a text table: it starts or ends with a pipe ("| Pos |", "Player |").

    >>> table_cell("Player |"), table_cell("Home | News")
    (True, False)
    """
    stripped = text.strip()
    return stripped.startswith("|") or stripped.endswith("|")


def link_like(text: str) -> bool:
    """Whether a short line is drawn as a link or button: an arrow at its end or start, or arrows only.

    A line with guillemets on both sides is a quotation (« Non »), not a link.

    >>> link_like("Next ›"), link_like("← Previous"), link_like("→"), link_like("»Nein«, sagte er.")
    (True, True, True, False)
    """
    stripped = text.strip()
    if not stripped or len(stripped) > _SHORT:
        return False
    if ("«" in stripped and "»" in stripped) or ("‹" in stripped and "›" in stripped):
        return False
    return bool(
        _LINK_TAIL.search(stripped) or _LINK_HEAD.search(stripped) or _ARROWS_ONLY.fullmatch(stripped)
    )


def all_caps(text: str) -> bool:
    """Whether a line has two letters or more, all of them capitals ("SUBSCRIBE", "LOG IN").

    >>> all_caps("SIGN IN"), all_caps("NATO"), all_caps("Sign in"), all_caps("1-0")
    (True, True, False, False)
    """
    return text.isupper() and sum(c.isalpha() for c in text) >= 2
