"""Apostrophes that scrapers dropped: possessives and contractions (English).

Some scrapers and "article rewriter" sites strip every apostrophe, leaving
"Merkels departure", "Kenyas economy", "his airplanes transponder", "youre"
and "didnt". :func:`restore_apostrophes` puts them back where the evidence leaves
no real doubt, because a wrong apostrophe ("the result's show") is worse than
a missing one. It works in two passes:

1. forms that can only have lost an apostrophe: bare contractions that are no
   English words ("dont", "youre"; ``lexicons/contractions.en.txt``) and the
   possessives :mod:`cleanwire.rules.apostrophe_possessives` is sure of
   ("Merkels" when "Merkel" occurs and "merkels" is no common word);
2. only if the document lost its apostrophes (pass 1 found such forms and the
   document writes next to no apostrophe inside a word; see
   :func:`cleanwire.rules.apostrophe_doc.stripped`), or if it writes not one
   apostrophe and the context alone reads one of these forms as a
   contraction ("Were coming in") or two different words as possessives
   (see :func:`_lost`): the forms that are also
   words ("its", "were", "well", "cant", "lets"...), decided by the words
   around them (:mod:`cleanwire.rules.apostrophe_ambiguous`), and the
   possessives that need that document-wide evidence.

A document that writes "don't" correctly keeps every "its", "were" and "well"
as written: there they are the possessive, the verb and the adverb.

The word data (contractions, closed-class words, word classes derived offline
from LemmInflect, ``wordfreq`` frequencies) is loaded lazily by
:mod:`cleanwire.rules.apostrophe_words`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..context import Context
from ..rule import Edit, rule
from .apostrophe_ambiguous import FORMS, bare_forms, decide
from .apostrophe_doc import INNER_APOSTROPHE, ApostropheDoc, stripped
from .apostrophe_names import stripped_name_possessive
from .apostrophe_nouns import common_possessive
from .apostrophe_possessives import POSSESSIVE_DETERMINERS, possessive, worth_a_look
from .apostrophe_tokens import TOKEN, contraction_patterns
from .apostrophe_words import contractions, word_classes

LOST_POSSESSIVES = 2  # different possessive words that show a document without apostrophes lost them


def _contraction(doc: ApostropheDoc, start: int, word: str) -> int | None:
    """Where the apostrophe goes in the contraction ``word``, or None to leave it."""
    lower = word.lower()
    if not (
        word.islower() or (word.isupper() and len(word) > 3) or (word[0].isupper() and word[1:].islower())
    ):
        return None  # mixed case ("WHOs") or a short acronym ("HES")
    nxt = doc.next(start + len(word))
    if lower in ("ive", "im"):
        if not nxt.islower() or doc.next_to_name(word):
            return None  # "Ive" and "Im" are also surnames (Jony Ive, Im Sung-jae)
        if lower == "im" and _past(nxt):
            return None  # "Im said": a name
    at, blockers = contractions()[lower]
    return None if nxt in blockers else at  # "dont le": French


def _past(word: str) -> bool:
    """A verb form that is no "-ing" form: "Im said" is a name, "I'm" takes "-ing", "not", adjectives."""
    return word_classes().get(word) == "v" and not word.endswith("ing")


# Words after "Im" + participle that make the participle an adjective: "Im honored to", "Im pleased with".
_PARTICIPLE_LINKS = frozenset(["to", "by", "with", "about", "at", "for", "of", "that", "and"])


def _name_said(doc: ApostropheDoc, start: int, nxt: str) -> bool:
    """Whether "Im" + the past form ``nxt`` reads as a name's clause: "Im said he", "Im thanked fans".

    A participle that ends the clause or takes a preposition is an adjective
    after "I'm" ("Im impressed!", "Im honored to serve").
    """
    if not _past(nxt):
        return False
    then = doc.next(start + 3 + len(nxt))
    return bool(then) and then not in _PARTICIPLE_LINKS


def _strict(doc: ApostropheDoc, start: int, word: str) -> tuple[int, str] | None:
    """Pass 1: the apostrophe position and reason for a form that can only have lost one."""
    if word.lower() in contractions():
        at = _contraction(doc, start, word) if doc.free(start, word) else None
        return None if at is None else (at, "")
    if word[-1] == "s" and len(word) > 3 and word.isalpha() and not word.isupper() and doc.free(start, word):
        reason = possessive(doc, start, word)
        return None if reason is None else (len(word) - 1, reason)
    return None


def _loose(doc: ApostropheDoc, start: int, word: str) -> tuple[int, str] | None:
    """Pass 2, in stripped documents: forms that are also words, decided by their context."""
    if word.lower() in FORMS:
        return decide(doc, start, word) if doc.free(start, word) else None
    if (word[-1] != "s" or len(word) < 3) and word != "Im":
        return None  # most tokens: nothing to look at
    if not doc.free(start, word):
        return None
    nxt = doc.next(start + len(word))
    if word == "Im" and nxt.islower() and not doc.next_to_name(word) and not _name_said(doc, start, nxt):
        return 1, f'contraction: "Im {nxt}": in a document without apostrophes "Im" reads as "I\'m"'
    if word[-1] != "s" or not word.isalpha():
        return None
    if word[0].isupper():
        # Three letters only for a name: "Eds offer", "EUs budget".
        reason = _name(doc, start, word)
        return None if reason is None else (len(word) - 1, reason)
    return common_possessive(doc, start, word) if len(word) > 3 else None


def _name(doc: ApostropheDoc, start: int, word: str) -> str | None:
    """:func:`stripped_name_possessive`, asked once per word and context (two tokens either side)."""
    right = doc.right_context(start + len(word))
    if right is None:
        return stripped_name_possessive(doc, start, word)
    key = (word, doc.left_context(start), right, doc.title_line(start))
    if key not in doc.names:
        doc.names[key] = stripped_name_possessive(doc, start, word)
    return doc.names[key]


def _lost(loose: dict[int, tuple[str, int, str]]) -> bool:
    """Whether a document without a single apostrophe lost them, judged by what the loose checks found.

    A contraction read from its context ("Were coming in", "Wed buy a game")
    is evidence as good as a "dont". One possessive is none (its check leans
    on the document having lost its apostrophes), and neither is "Im"; but
    possessives of :data:`LOST_POSSESSIVES` different words, each in a frame
    that leaves no plural reading ("the towns reservoir ... the councils
    website"), are: a text that writes no apostrophe yet needs them twice
    over has lost them.
    """
    words = set()
    for word, _, reason in loose.values():
        if word.lower() in FORMS:
            return True
        if reason.startswith(("possessive", "plural possessive")):
            words.add(word.lower())
    return len(words) >= LOST_POSSESSIVES


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return contraction_patterns(bare_forms())


@rule(kind="repair", languages=("en",))
def restore_apostrophes(text: str, ctx: Context) -> Iterator[Edit]:
    """Put back apostrophes a scraper dropped: "Merkels government", "youre", "didnt".

    Restores unambiguous contractions, possessives of names the document also
    uses bare and rare as "Xs" words, and singular possessives of common nouns
    in unambiguous frames; in a document that lost all its apostrophes also
    "its", "were", "well", "cant", "lets"... where the neighbouring words allow
    only the contraction. Leaves plurals and names ending in -s alone. Uses the
    apostrophe the document already uses inside words (’ or ').

    >>> restore_apostrophes("Merkel left. Merkels government fell, and youre right.", lang="en")
    "Merkel left. Merkel's government fell, and you're right."
    >>> restore_apostrophes("The Americans say its news to Reuters.", lang="en")
    'The Americans say its news to Reuters.'
    >>> restore_apostrophes("Dont worry: its a fine day, and its sky is blue.", lang="en")
    "Don't worry: it's a fine day, and its sky is blue."
    """
    doc = ApostropheDoc(text)
    after = tuple(sorted(POSSESSIVE_DETERMINERS))
    found: dict[int, tuple[str, int, str]] = {}
    rest: list[tuple[int, str]] = []
    for start, word in doc.candidates(bare_forms(), _patterns(), worth_a_look, after):
        decision = _strict(doc, start, word)
        if decision is None:
            rest.append((start, word))
        else:
            found[start] = (word, *decision)
    written = INNER_APOSTROPHE.findall(text)
    doc.stripped = stripped(len(found), len(written))
    if doc.stripped or not written:
        # Every token ending in "s" may now be a possessive: one pass over all tokens.
        rest = [(m.start(), m.group()) for m in TOKEN.finditer(text) if m.start() not in found]
        loose = {}
        for start, word in rest:
            decision = _loose(doc, start, word)
            if decision is not None:
                loose[start] = (word, *decision)
        if doc.stripped or _lost(loose):
            found.update(loose)
    if not found:
        return
    apostrophe = "’" if written.count("’") > written.count("'") else "'"
    for start in sorted(found):
        word, at, reason = found[start]
        new = word[:at] + apostrophe + word[at:]
        yield Edit(start, start + len(word), new, reason or f'contraction "{word}" -> "{new}"')
