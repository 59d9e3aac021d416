"""Line shapes that several filter families share, and quoting a line in a reason.

Filters that drop whole lines keep asking the same questions about a line:
does it end like a sentence, is it wrapped in one pair of brackets, does a
second sentence start inside it. One definition each keeps the families from
drifting apart.
"""

from __future__ import annotations

import re

import regex

# A sentence end at the end of a line, closing quotes or brackets allowed.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
# Sentence boundary inside a line: end punctuation, space, a capital or a quote.
SENTENCE_BREAK = regex.compile(r"[.!?][\"'”’)]*\s+[\"“‘]?\p{Lu}")
# Outer brackets around a whole credit or source line: "(Photo: X/AFP)".
_BRACKETED = re.compile(r"^[(\[](.*)[)\]]$")
# A digit anywhere in a word.
_DIGIT = re.compile(r"\d")
_DIGIT_SHARE = 5  # running text has at most one word in this many with a digit
# A word that starts with a cased letter, after opening quotes or brackets: group 1 is the letter.
_CASED_START = regex.compile(r"(?<!\S)[\"'“‘«(\[]*([\p{Lu}\p{Ll}])")


def quote(text: str, width: int = 48) -> str:
    """``text`` cut to ``width`` characters for a reason string.

    >>> quote("  Read more: the full story of the talks in Doha  ", 24)
    'Read more: the full sto…'
    """
    text = text.strip()
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


EXCERPT = 24  # characters of each side of a seam quoted in a reason, at most


def excerpt(s: str, tail: bool) -> str:
    """The end (``tail``) or start of ``s`` for a reason: at most ``EXCERPT`` characters, cut at a space.

    >>> excerpt("the harbour talks would continue next week.", True)
    '…continue next week.'
    >>> excerpt("The council met on Tuesday evening.", False)
    'The council met on…'
    """
    if len(s) <= EXCERPT:
        return s
    if tail:
        cut = s[-EXCERPT:]
        space = cut.find(" ")
        return "…" + (cut[space + 1 :] if 0 <= space < len(cut) - 1 else cut)
    cut = s[:EXCERPT]
    space = cut.rfind(" ")
    return (cut[:space] if space > 0 else cut) + "…"


def running_text(text: str) -> bool:
    """Whether a line reads as a finished sentence of running text, not a list item or heading.

    It ends like a sentence, at most a fifth of its words hold a digit, and,
    of its words that start with a cased letter, at least half start in lower
    case: "Portion: 1 Green, 1 Red, 1 tsp." (an item), "Meal Plan for Week
    Two" (a heading), "Eggs [2 eggs, 1 cup kale]" (no sentence end) and "Lunch
    1 cup rice, 2 eggs, 1 tbsp. oil." (quantities) are not. A script without
    case only needs the sentence end and few digits.

    >>> running_text("The council met on Tuesday to discuss the budget.")
    True
    >>> running_text("Portion Fix Containers: 1 Green, 1 Red, 1 tsp.")
    False
    >>> running_text("Drink within 30 minutes after your workout")
    False
    """
    if SENTENCE_END.search(text) is None:
        return False
    words = text.split()
    if sum(1 for w in words if _DIGIT.search(w)) * _DIGIT_SHARE > len(words):
        return False
    lower = upper = 0
    for m in _CASED_START.finditer(text):
        if m.group(1).islower():
            lower += 1
        else:
            upper += 1
    return lower >= upper


def is_prose(text: str) -> bool:
    """Whether a line reads as article prose: a long line or a finished sentence of 8+ words.

    >>> is_prose("The council met on Tuesday to discuss the new budget."), is_prose("Related stories")
    (True, False)
    """
    n = len(text.split())
    return n >= 25 or (n >= 8 and SENTENCE_END.search(text) is not None)


def unbracket(text: str) -> str:
    """``text`` without one pair of brackets around all of it.

    >>> unbracket("(Photo: Jane Doe/AFP)"), unbracket("Talks (again) resume")
    ('Photo: Jane Doe/AFP', 'Talks (again) resume')
    """
    if text[:1] not in ("(", "["):
        return text  # what _BRACKETED needs first, tested without a search
    m = _BRACKETED.match(text)
    return m.group(1).strip() if m else text
