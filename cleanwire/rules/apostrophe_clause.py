"""Reading the clause around a bare form: the words after it, whether it opens a clause, a verb's form.

Shared by :mod:`cleanwire.rules.apostrophe_ambiguous` ("its", "lets",
"cant", "wont") and :mod:`cleanwire.rules.apostrophe_pronouns` ("were",
"well", "ill", "hell", "shell", "wed"...): both decide a bare form by what
can stand around each reading, and both need the same three facts: the next
few words up to the end of the clause (:func:`words_after`), whether the
form can open a clause (a contraction of a pronoun brings its own subject:
:func:`opens_clause`) and whether a word is a plain base verb
(:func:`plain_verb`).

>>> from cleanwire.rules.apostrophe_doc import ApostropheDoc
>>> doc = ApostropheDoc("Its all-electric range. Well, its fine.")
>>> words_after(doc, 3, 4), words_after(doc, 33, 4)
(['-'], ['fine', '.'])
"""

from __future__ import annotations

import functools
import re

from .apostrophe_doc import ApostropheDoc
from .apostrophe_words import base_verb, cues, word_class

# What may stand after a word and still end its clause: closing quotes and brackets, then an ender.
_CLAUSE_END = re.compile(r"[\"”’')\]]*(?:[.!?;:…]|$)", re.MULTILINE)

END = "."  # the clause ends here
STOP = ","  # other punctuation: the evidence stops
COMPOUND = "-"  # a hyphenated word: part of a noun phrase ("its all-electric range")


def words_after(doc: ApostropheDoc, end: int, count: int) -> list[str]:
    """Up to ``count`` words after offset ``end``, single-space separated, then END, STOP or COMPOUND."""
    text = doc.text
    m = _words(count).match(text, end)
    assert m is not None  # the pattern matches the empty string
    out = m.group(1).split()
    if m.group(2) and out:
        out[-1] = COMPOUND  # "its all-electric range": the word is part of a compound
    elif len(out) < count:
        out.append(END if _CLAUSE_END.match(text, m.end(1)) else STOP)
    return out


@functools.cache
def _words(count: int) -> re.Pattern[str]:
    """Up to ``count`` words, each after one space (group 1), and a hyphen glued to the last (group 2)."""
    return re.compile(rf"((?: [^\W_]+){{0,{count}}})(-)?")


def reason(word: str, nxt: str, why: str, at: int) -> tuple[int, str]:
    """The apostrophe position ``at`` and the reason for restoring ``word`` before ``nxt``."""
    new = word[:at] + "'" + word[at:]
    return at, f'contraction: "{word} {nxt}": {why} reads as "{new.lower()}"'


def opens_clause(doc: ApostropheDoc, start: int, word: str) -> str | None:
    """Why the token at ``start`` can start a clause (a subject must follow), or None."""
    if doc.sentence_start(start):
        return "at the start of a sentence"
    prev = doc.prev(start)
    low = prev.lower()
    if low in cues("subordinators") and low not in ("and", "but", "or", "so", "that"):
        return f'after "{prev}"'
    if low in ("and", "but", "or", "so", "that") and (
        doc.sentence_start(start - len(prev) - 1) or low == "that"
    ):
        return f'after "{prev}"'
    if low in cues("clause_verbs"):
        return f'after "{prev}"'
    if not prev and doc.after_comma(start):
        before, _ = doc.before(start)
        if before.lower() in cues("clause_verbs") or before.lower() in cues("subordinators"):
            return f'after "{before},"'
    return None


# Words that open an introductory phrase or clause ending in a comma: "For this test, were ...".
_INTRO_EXCLUDED = frozenset(("and", "but", "or", "so", "that", "then", "now", "where", "why", "how", "cause"))
_INTRO_WORDS = 12  # an introductory phrase longer than this is not looked for


def intro_phrase(doc: ApostropheDoc, start: int) -> str | None:
    """The introductory phrase ending in a comma right before ``start`` ("For this test,"), or None.

    It runs from the start of the sentence, opens with a preposition or a
    subordinator ("For", "With", "If", "When") and holds no other comma, so it
    cannot contain the subject of what follows: the next clause brings its own.
    """
    word, gap = doc.before(start)
    if gap.strip() != ",":
        return None
    end = start - len(gap) + gap.index(",") + 1
    pos = start - len(gap) - len(word)
    for _ in range(_INTRO_WORDS):
        if doc.sentence_start(pos):
            first = word.lower()
            opener = first in cues("prepositions") or first in cues("subordinators")
            if first in _INTRO_EXCLUDED or not opener:
                return None
            return doc.text[pos:end]
        word, gap = doc.before(pos)
        if not word or gap not in (" ", "-"):
            return None  # a comma, a quote or a bracket inside: no telling where the phrase starts
        pos -= len(gap) + len(word)
    return None


def plain_verb(word: str) -> bool:
    """A base verb that is no auxiliary ("be" and "have" are fine: "well be", "wed have")."""
    return word.islower() and base_verb(word) and ("x" not in word_class(word) or word in ("be", "have"))
