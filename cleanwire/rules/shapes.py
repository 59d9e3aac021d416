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


def quote(text: str, width: int = 48) -> str:
    """``text`` cut to ``width`` characters for a reason string.

    >>> quote("  Read more: the full story of the talks in Doha  ", 24)
    'Read more: the full sto…'
    """
    text = text.strip()
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def unbracket(text: str) -> str:
    """``text`` without one pair of brackets around all of it.

    >>> unbracket("(Photo: Jane Doe/AFP)"), unbracket("Talks (again) resume")
    ('Photo: Jane Doe/AFP', 'Talks (again) resume')
    """
    if text[:1] not in ("(", "["):
        return text  # what _BRACKETED needs first, tested without a search
    m = _BRACKETED.match(text)
    return m.group(1).strip() if m else text
