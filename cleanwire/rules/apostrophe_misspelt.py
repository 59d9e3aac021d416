"""Possessives of common nouns whose "-s" form is no word at all: "the citys bourse", "childs".

"companys", "womans", "childs" are no English words, but "company", "woman"
and "child" are common nouns whose plurals are something else; such a form
can only be the possessive that lost its apostrophe, so no determiner is
needed to tell it from a plural. Split from
:mod:`cleanwire.rules.apostrophe_nouns`, which hands these words here and
shares :func:`unknown_noun` (how a word the word-class lexicon lacks reads).

Left alone: such a form after a quantifier ("many companys offer": a
misspelt plural), before punctuation, a closed-class word or a verb.

>>> from cleanwire.rules.apostrophe_doc import ApostropheDoc
>>> misspelt_possessive(ApostropheDoc("The citys bourse fell."), 4, "citys")
(4, 'possessive: "citys bourse": "citys" is no English word, "city" is a common noun')
"""

from __future__ import annotations

from .apostrophe_doc import ApostropheDoc, marks_plural
from .apostrophe_words import closed_class, plural_markers, word_class, zipf

# Endings of verbs (and adverbs) among words the word-class lexicon lacks.
_VERB_ENDINGS = ("ed", "ly", "ing", "ize", "ise", "ify", "ate")
# Words that start an object after a verb: "Xs Y the ...": "Y" may be the verb of the plural.
OBJECT_STARTS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "to",
        "them",
        "him",
        "us",
        "me",
        "it",
    ]
)

NO_WORD_ZIPF = 3.5  # a stem at least this frequent, with an unknown "-s" form: "childs" is "child's"
NO_WORD_MARGIN = 2.0  # ...and this much more frequent than the "-s" form ("womans": 2.7, "woman": 5.3)


def unknown_noun(nxt: str, then: str) -> bool:
    """Whether ``nxt``, a word the word-class lexicon lacks, reads as a noun: "the towns tramway plans".

    Rare words are mostly nouns; a rare verb shows itself by its ending ("-ed",
    "-ize") or by the object after it ("the rebels outflank the army").
    """
    if len(nxt) < 3 or not nxt.isalpha() or nxt.endswith(_VERB_ENDINGS) or nxt in plural_markers(False):
        return False  # "the polls four times": a number
    return then not in OBJECT_STARTS


def misspelt_possessive(doc: ApostropheDoc, start: int, word: str) -> tuple[int, str] | None:
    """ "the citys bourse", "space industrys upstarts": "Xs" is no word and "X" a common noun.

    There is no plural to tell apart ("cities" is the plural), so no determiner is
    needed; only a quantifier before it ("many companys") or no ownable word
    after it leaves the word alone.
    """
    base = word[:-1]
    if (
        word_class(word)
        or "n" not in word_class(base)
        or zipf(base) < max(NO_WORD_ZIPF, zipf(word) + NO_WORD_MARGIN)
    ):
        return None
    if marks_plural(doc.prev(start), word):
        return None
    nxt = doc.next(start + len(word))
    then = doc.next(start + len(word) + 1 + len(nxt)) if nxt else ""
    ncls = word_class(nxt)
    if nxt.endswith("ly") and "r" in ncls:
        ncls, shown = word_class(then), f"{nxt} {then}"  # "the companys highly specialized technology"
        ok = "a" in ncls or (then.endswith("ed") and "v" in ncls)
    else:
        shown = nxt
        ok = nxt.isdigit() or (nxt[:1].isupper() and not doc.title_line(start))
        ok = ok or (nxt.islower() and nxt not in closed_class() and ("n" in ncls or "a" in ncls or not ncls))
        ok = (
            ok
            and "x" not in ncls
            and (bool(ncls) or nxt.isdigit() or not nxt.islower() or unknown_noun(nxt, then))
        )
    if not ok or (doc.plural_somewhere(word) and not _only_adverbs(doc, word)):
        return None
    return len(
        word
    ) - 1, f'possessive: "{word} {shown}": "{word}" is no English word, "{base}" is a common noun'


def _only_adverbs(doc: ApostropheDoc, word: str) -> bool:
    """Whether every plural use of ``word`` is only an adverb after it ("the companys highly ...")."""
    for s in doc.where(word):
        if marks_plural(doc.prev(s), word):
            return False
        nxt = doc.next(s + len(word))
        if nxt and "r" not in word_class(nxt) and doc.plural_somewhere(word) and not nxt.endswith("ly"):
            cls = word_class(nxt)
            if "x" in cls or ("v" in cls and "n" not in cls and "a" not in cls):
                return False
    return True
