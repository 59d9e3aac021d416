"""Pronoun contractions that are also words: "were", "well", "ill", "hell", "shell", "wed", "shed", "id".

In a document that lost its apostrophes (see
:func:`cleanwire.rules.apostrophe_doc.stripped`) "were" may be "we're",
"well" "we'll", "Ill" "I'll", "hell" "he'll", "shell" "she'll", "wed"
"we'd", "hed" "he'd", "shed" "she'd" and "Id" "I'd". Each contraction
brings its own subject, so it opens a clause: it comes first in a
sentence or after a word that opens a clause ("while", "if", "think")
(:func:`cleanwire.rules.apostrophe_clause.opens_clause`); the verb "were"
needs a subject before it. "we'll", "I'll", "he'll" take a verb in its base
form ("Well be testing", "when hell return"), "we'd", "I'd" a base verb,
"have", "rather"... ("wed buy", "Id rather"); "well", "hell", "shell" as
nouns or adverbs take no base verb after them. The document must use the
pronoun elsewhere ("we'll" only where "we" or "our" occurs).

Left alone: "were" with a subject before it or inverted before one ("they
were", "Were they", "Were prices to rise", "the trees that were"), "well" as an adverb ("as well
be", "may well be": no clause opens there), the nouns ("the shell
company", "the hell of it"), and a lower-case "ill" or "id".

>>> from cleanwire.rules.apostrophe_doc import ApostropheDoc
>>> doc = ApostropheDoc("We won. Well be back, and they were late.")
>>> print(will_would(doc, 8, "Well", ["be", "back", ","])[1])  # doctest: +ELLIPSIS
contraction: "Well be": "Well" at the start of a sentence before a verb takes "will", so ...
>>> were(doc, 31, "were", "late") is None
True
"""

from __future__ import annotations

from .apostrophe_clause import intro_phrase, opens_clause, plain_verb, reason
from .apostrophe_doc import ApostropheDoc
from .apostrophe_words import base_verb, closed_class, cues, word_class

# Pronouns and determiners that start a subject: "Were they", "cant she", "as were many".
_SUBJECTS = frozenset(
    [
        "i",
        "you",
        "we",
        "they",
        "he",
        "she",
        "it",
        "there",
        "this",
        "that",
        "these",
        "those",
        "the",
        "a",
        "an",
        "my",
        "your",
        "our",
        "their",
        "his",
        "her",
        "its",
        "some",
        "any",
        "all",
        "many",
        "most",
        "both",
        "each",
        "every",
        "no",
        "such",
    ]
)
# Words after "were" that start a predicate, not a subject: "For this test, were not sure".
_PREDICATE_STARTS = frozenset(
    ["not", "still", "just", "now", "also", "really", "always", "never", "already", "finally"]
)
# Words whose use elsewhere shows the document speaks in that person.
_PERSON = {
    "we": ("we", "We", "our", "Our", "us"),
    "I": ("I", "my", "My", "me"),
    "he": ("he", "He", "his", "His", "him"),
    "she": ("she", "She", "her", "Her"),
}
# Words after "wed", "shed", "Id", "hed" that make them "we'd", "she'd", "I'd", "he'd".
_WOULD_HAD = frozenset(
    [
        "be",
        "have",
        "like",
        "love",
        "rather",
        "better",
        "never",
        "been",
        "had",
        "always",
        "probably",
        "also",
        "just",
        "still",
        "already",
    ]
)


def _person(doc: ApostropheDoc, pronoun: str) -> bool:
    """Whether the document uses ``pronoun`` (or its other forms) as a word somewhere."""
    return any(doc.where(w) for w in _PERSON[pronoun])


def were(doc: ApostropheDoc, start: int, word: str, nxt: str) -> tuple[int, str] | None:
    """ "were" as "we're": no subject before it, and no subject after it either."""
    low = nxt.lower()
    if not nxt.isalpha() or low in _SUBJECTS or low in cues("inverted_after"):
        return None
    if not nxt.islower() and not doc.title_line(start):
        return None
    cls = word_class(low)
    if low not in closed_class() and (
        not cls or ("n" in cls and "a" not in cls and "v" not in cls and "r" not in cls)
    ):
        return None  # "Were prices to rise": a noun subject after an inverted "were"
    why = opens_clause(doc, start, word)
    if why is None and word.islower() and (low in _PREDICATE_STARTS or _gerund(low) or _place(low)):
        intro = intro_phrase(doc, start)  # "For this test, were examining": the phrase is no subject
        why = None if intro is None else f'after the introductory "{intro}"'
    if why is None or (why != "at the start of a sentence" and not word.islower()):
        return None
    return reason(word, nxt, f'a clause needs a subject, and "were" {why} has none, so "were"', 2)


def _gerund(word: str) -> bool:
    return word.endswith("ing") and "v" in word_class(word)


def _place(word: str) -> bool:
    """A preposition that can start a predicate after "we're" ("Hey, were on it"); "to", "of" cannot."""
    return word in cues("prepositions") and word not in ("to", "of")


def _relative(doc: ApostropheDoc, start: int, verb: str, then: str) -> str | None:
    """Why a "well", "wed"... inside a sentence starts a clause of its own, or None.

    After "what" or a plural noun a new clause starts ("what wed buy", "the
    gadgets well see"); after "and" or "but" before "be" or "have" ("and well
    be") or a verb with an object after it ("and well send you": see
    :func:`_joined_verb`). After a noun the verb must be no noun: "the oil well fire".
    """
    prev = doc.prev(start)
    low = prev.lower()
    if low == "what" or (low in ("and", "but") and verb in ("be", "have")):
        return f'after "{prev}"'
    if low in ("and", "but") and _joined_verb(verb, then):
        return f'after "{prev}", with an object after the verb,'
    if not prev.islower() or ("n" in word_class(verb) and verb not in ("be", "have")):
        return None
    cls = word_class(low)
    if "p" in cls and not ("v" in cls or "z" in cls or "a" in cls or "r" in cls or "x" in cls):
        return f'after the plural noun "{prev}" (a clause of its own)'
    return None


# Words that start the object or particle of a verb: "and well send you", "and hell take care".
_OBJECT_STARTS = frozenset(
    [
        *("a", "an", "the", "you", "it", "them", "him", "her", "us", "me", "this", "that", "his", "their"),
        *("your", "our", "my", "some", "all", "up", "out", "off", "down", "back", "away", "care", "sure"),
    ]
)


def _joined_verb(verb: str, then: str) -> bool:
    """Whether ``verb`` after "and well", "but hell"... is a verb with its object: "and well send you".

    After "and" the adverb "well" or the nouns "hell", "shell" could stand
    before a noun that is also a verb ("city and well water", "mortar and
    shell fire"); a base verb followed by an object or a particle is a
    clause ("and well send you", "and shell park a car"). Verbs whose base is
    also their participle ("put", "run", "set") stay: "well put together".
    """
    if verb in cues("participle_bases") or not plain_verb(verb):
        return False
    return then in _OBJECT_STARTS or (
        "n" not in word_class(verb) and then.islower() and then not in ("and", "or")
    )


def will_would(doc: ApostropheDoc, start: int, word: str, after: list[str]) -> tuple[int, str] | None:
    """ "well", "ill", "hell", "shell", "wed", "hed", "shed", "id" as "will" or "would" contractions."""
    lower, nxt = word.lower(), after[0]
    pronoun = {"well": "we", "wed": "we", "ill": "I", "id": "I", "hell": "he", "hed": "he"}.get(lower, "she")
    at = len(pronoun)
    if pronoun == "I" and (word[0] != "I" or doc.title_line(start)):
        return None  # "ill", "id": the pronoun "I" is always a capital
    if not nxt.islower():
        return None
    verb, then = nxt, after[1] if len(after) > 1 else ""
    if nxt.endswith("ly") or nxt in ("never", "ever", "always", "also", "still", "just", "probably", "soon"):
        verb, then = then, after[2] if len(after) > 2 else ""  # "Ill ever see", "well probably be"
    if lower in ("wed", "hed", "shed", "id"):
        ok = nxt in _WOULD_HAD or (lower != "shed" and plain_verb(verb))
        if lower in ("hed", "id") and not ok:
            ok = "v" in word_class(verb) and verb.endswith(("ed", "en")) and not base_verb(verb)
        what = '"would" or "had"'
    else:
        ok = plain_verb(verb) and verb not in ("will", "shall")
        what = '"will"'
    if not ok:
        return None
    if pronoun == "I" and not doc.sentence_start(start):
        why: str | None = "mid-sentence"  # a capital "Ill" inside a sentence is no adjective
    else:
        why = opens_clause(doc, start, word) or _relative(doc, start, verb, then)
        if why is None:
            intro = intro_phrase(doc, start)  # "If it rains, wed stay": the phrase is no subject
            why = None if intro is None else f'after the introductory "{intro}"'
        # "Ill put" needs no evidence of "I": the capital already tells it from "ill".
        if why is None or (pronoun != "I" and not _person(doc, pronoun)):
            return None
    return reason(word, nxt, f'"{word}" {why} before a verb takes {what}, so "{word}"', at)
