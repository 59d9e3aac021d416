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
        if low in _ADVERBS and doc.prev(start - len(prev) - 1).lower() in _NOMINATIVES:
            return None  # "they then were", "we now were": the subject stands before the adverb
        return f'after "{prev}"'
    if low in ("and", "but", "or", "so", "that") and (
        doc.sentence_start(start - len(prev) - 1) or (low == "that" and not _relative_that(doc, start, prev))
    ):
        return f'after "{prev}"'
    if low in cues("clause_verbs"):
        return f'after "{prev}"'
    if not prev and doc.after_comma(start):
        before, _ = doc.before(start)
        if before.lower() in cues("clause_verbs") or before.lower() in cues("subordinators"):
            return f'after "{before},"'
    return None


# Subject pronouns: a clause that has one before a bare form needs no contraction to bring one.
SUBJECT_PRONOUNS = frozenset(("i", "you", "we", "they", "he", "she", "it"))
# Subordinators that are also adverbs, and pronouns that are only subjects: "they then were".
_ADVERBS = frozenset(("then", "now", "once"))
_NOMINATIVES = frozenset(("i", "we", "they", "he", "she"))
# Words before "that" that make it a relative pronoun, the subject of its clause: "the groups that were".
_RELATIVE_HEADS = frozenset(("them", "those", "ones", "others", "people", "things", "many", "some", "all"))


def _relative_that(doc: ApostropheDoc, start: int, that: str) -> bool:
    """Whether ``that`` before the token at ``start`` is a relative pronoun after a plural: "trees that were".

    A plural noun or pronoun before "that" makes it the subject of a relative
    clause ("orange trees that were good"); after a verb or an adjective it
    opens a clause that needs a subject of its own ("I think that were close",
    "so sure that well win").
    """
    head = doc.prev(start - len(that) - 1)
    low = head.lower()
    return low in _RELATIVE_HEADS or "p" in word_class(low)


# Words that open an introductory phrase or clause ending in a comma: "For this test, were ...".
_INTRO_EXCLUDED = frozenset(("and", "but", "or", "so", "that", "then", "now", "where", "why", "how", "cause"))
_INTRO_WORDS = 12  # an introductory phrase longer than this is not looked for
# Openers of an introductory phrase that the cue lists leave out as they also join clauses mid-sentence.
_OPENERS = frozenset(("as", "after", "before"))
# Words that may be a subject by themselves, so never a one-word introduction: "They, were" is no intro.
_PRONOUNS = SUBJECT_PRONOUNS | frozenset(
    ("there", "this", "that", "these", "those", "which", "who", "what", "all", "both", "some", "many")
)


def intro_phrase(doc: ApostropheDoc, start: int) -> str | None:
    """The introductory phrase ending in a comma right before ``start`` ("For this test,"), or None.

    It runs from the start of the sentence, opens with a preposition or a
    subordinator ("For", "With", "If", "When", "As to when") and holds no other
    comma, so it cannot contain the subject of what follows: the next clause
    brings its own. A single word that is no pronoun is one too: an
    interjection, an adverb or a vocative ("Hey,", "Sadly,", "Mom,"), which
    a subject never is, since no comma parts a one-word subject from its verb.
    """
    word, gap = doc.before(start)
    if gap.strip() != ",":
        return None
    end = start - len(gap) + gap.index(",") + 1
    pos = start - len(gap) - len(word)
    for i in range(_INTRO_WORDS):
        one_word = not i and word.isalpha() and word.lower() not in _PRONOUNS
        if one_word and (doc.sentence_start(pos) or doc.before(pos)[1].endswith(("“", '"'))):
            return doc.text[pos:end]  # "Hey,", "Honestly,", '"Mom,': one word, no subject
        if doc.sentence_start(pos):
            first = word.lower()
            opener = first in cues("prepositions") or first in cues("subordinators") or first in _OPENERS
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
