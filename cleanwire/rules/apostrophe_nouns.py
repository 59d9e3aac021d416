"""Possessives of common nouns in a document that lost its apostrophes: "the presidents refusal".

"the Xs Y" is a plural followed by a verb ("the results show") or by a new
noun phrase ("gave the players money"), or a possessive ("the presidents
refusal", "the parents house"). In a document that lost its apostrophes
(see :func:`cleanwire.rules.apostrophe_doc.stripped`) these checks read it
as a possessive when the frame allows nothing else:

* a determiner before "Xs" (possibly with one adjective, or "own" after a
  possessive determiner, between: "the icy moons surface", "our own
  universes past"), and no verb that takes two objects before the
  determiner ("gave the players money", "found the results surprising";
  "given" after punctuation is a preposition: "— given the presidents
  refusal"; in a text about one X there is one object: "shows the victims
  mother", see :mod:`cleanwire.rules.apostrophe_evidence`); "this", "each"
  and "another" directly before a form that is also a verb are pronouns
  ("this makes sense");
* after a singular-only determiner ("a", "every", "this", "last") the plural
  "Xs" cannot stand, so "a chefs knife" is "a chef's knife";
* after "the" or a possessive determiner, the word after "Xs" must be a noun
  or adjective that cannot be the verb of the plural subject "the Xs": "the
  presidents refusal", "the worlds largest" — but not "the results show",
  unless the word after that is a verb ("the victims mother testified");
* singular or plural possessive: "X's" unless "Xs" is the more frequent word
  in English (``wordfreq``: "parents", "researchers", "users") or a plural
  determiner ("other", "these", "their") stands before it; then "Xs'".

Frames that need no frequency judgement ("the games entire story", "todays
landscape", "a blind mans sight", "no ones going", "Tuesdays hearings") are
in :mod:`cleanwire.rules.apostrophe_noun_frames`.

Left alone: plurals that modify nouns ("a sports car", "the parts supplier";
``attributive_plurals.en.txt`` and ``apostrophe_compounds.en.txt``), nouns
ending in -s in their own right ("news", "series", "savings"), any "Xs"
followed by punctuation or a capitalised word, a plural followed by a
plural noun and a verb ("the frustrations players feel": a relative clause)
or by an adverb ("the costs alone", "the highs today").

>>> from cleanwire.rules.apostrophe_doc import ApostropheDoc
>>> doc = ApostropheDoc("He cited the presidents refusal to act.")
>>> print(common_possessive(doc, 13, "presidents")[1])  # doctest: +ELLIPSIS
possessive: "the presidents refusal": "refusal" cannot be the verb of "presidents", and "president" ...
>>> common_possessive(ApostropheDoc("It was a chefs knife."), 9, "chefs")
(4, 'possessive: "a chefs knife": "a" takes a singular noun')
"""

from __future__ import annotations

import functools

from ..lexicon import entries
from .apostrophe_ambiguous import bare_forms
from .apostrophe_doc import ApostropheDoc
from .apostrophe_evidence import owner_frame
from .apostrophe_misspelt import (
    NO_WORD_MARGIN,
    NO_WORD_ZIPF,
    OBJECT_STARTS,
    misspelt_possessive,
    unknown_noun,
)
from .apostrophe_noun_frames import (
    adjective_frame,
    irregular_frame,
    no_one_frame,
    rare_plural_frame,
    weekday_frame,
)
from .apostrophe_words import (
    adjective_first,
    attributive_plurals,
    base_verb,
    closed_class,
    object_verbs,
    verb_rare,
    word_class,
    zipf,
)

# Determiners that take a singular noun: "Xs" right after one cannot be a plural.
_SINGULAR = frozenset(["a", "an", "another", "every", "each", "this", "last", "next"])
# Determiners that take either number ("the", possessives): the next word must decide.
_EITHER = frozenset(["the", "his", "her", "my", "your", "our", "its", "their"])
# Determiners after a verb with two objects that are no object themselves ("gave her doctors money").
_ONE_OBJECT = _EITHER - {"her"}
# Determiners that mark a plural: "other planets atmospheres" -> "planets'".
_PLURAL = frozenset(["these", "those", "other", "their", "many", "several", "both", "all"])
# Determiners that are also pronouns: "this makes", "each returns", "another helps" are subject and verb.
_PRONOUNS = frozenset(["this", "each", "another"])
# Verb forms that open a phrase as prepositions after punctuation: "Given the presidents refusal, ...".
_PREPOSITION_VERBS = frozenset(["given", "considering"])
# Possessive determiners: "own" after one is an adjective ("our own universes past").
_OWNERS = frozenset(["his", "her", "my", "your", "our", "its", "their"])
# Words that show the word before them is a noun, not the verb of a plural subject.
_NOUN_AFTER = frozenset(["of", "is", "was", "has", "will", "would", "could", "should", "can", "may"])

# Words after an adjective that make it a predicate ("due to", "cooler for"), not a noun's modifier.
_PREDICATE_LINKS = frozenset(["to", "for", "than", "with", "in", "on", "at", "from", "by", "about"])

RARE_PLURAL_MARGIN = 0.9  # "X" this much more frequent than "Xs": the plural is a rare subject

PLURAL_MARGIN = 0.2  # "Xs" at least this much more frequent than "X": a plural possessive ("parents'")
SINGULAR_MARGIN = 0.2  # "X" at least this much more frequent than "Xs" to read "the Xs Y" as "the X's Y"
SINGULAR_MARGIN_PLURAL_NEXT = 0.5  # ... when "Y" is itself a plural noun ("the presidents allies")


@functools.cache
def _compounds() -> frozenset[str]:
    return attributive_plurals() | frozenset(entries("apostrophe_compounds", "en"))


def _regular_plural(word: str) -> bool:
    """Whether ``word`` is the regular plural of a common noun, and not a noun of its own.

    A word the lexicon does not know at all whose stem is a common noun
    ("childs", "womans") counts too: it can only be that noun's possessive.
    """
    cls, base = word_class(word), word_class(word[:-1])
    if not cls and "n" in base and zipf(word[:-1]) >= max(NO_WORD_ZIPF, zipf(word) + NO_WORD_MARGIN):
        return True
    return "p" in cls and "l" not in cls and "n" in base and word not in _compounds()


def _determiner(doc: ApostropheDoc, start: int) -> tuple[str, int] | None:
    """The determiner before the token at ``start`` (skipping one adjective) and where it starts."""
    prev = doc.prev(start)
    if not prev:
        return None
    low = prev.lower()
    at = start - 1 - len(prev)
    if low in _SINGULAR or low in _EITHER or low in _PLURAL:
        return low, at
    cls = word_class(low)
    if prev.islower() and (("a" in cls and "n" not in cls and "v" not in cls) or low == "own"):
        before = doc.prev(at).lower()
        if low == "own" and before not in _OWNERS:
            return None  # "they own": "own" is a verb
        if before in _SINGULAR or before in _EITHER or before in _PLURAL:
            return before, at - 1 - len(before)
    return None


def _singular(doc: ApostropheDoc, word: str, margin: float, plural_next: bool) -> str | None:
    """Why "Xs" before a noun is "X's": "X" is the more common word, or the document uses it; else None.

    ``margin`` is how much more frequent "X" is than "Xs" in English. In
    between (the two about as common) the document decides: it uses "X" and
    never "Xs" as a plural ("the victim ... the victims mother testified").
    """
    base = word[:-1]
    if margin >= (SINGULAR_MARGIN_PLURAL_NEXT if plural_next else SINGULAR_MARGIN):
        return f'"{base}" is far more common than "{word}"'
    if not plural_next and doc.where(base) and not doc.plural_somewhere(word):
        return f'the document uses "{base}" and never "{word}" as a plural'
    return None


def _time_word(doc: ApostropheDoc, det_at: int, det: str) -> bool:
    """Whether ``det`` is "last", "every"... with no article before it ("the last weeks" is a plural)."""
    return det in ("last", "next", "every", "another", "this") and doc.prev(det_at).lower() not in _EITHER


def _rare_plural(doc: ApostropheDoc, word: str, nxt: str, margin: float, then: str) -> bool:
    """Whether "Xs" before a noun-or-verb is "X's" by frequency and the document: "the moons surface".

    The plural "Xs" is far rarer in English than "X", the document uses "X" and
    never "Xs" as a plural, and no object follows ("the markets rally the ...").
    """
    if margin < RARE_PLURAL_MARGIN or then in OBJECT_STARTS or word in closed_class():
        return False
    if nxt.endswith("ed") or not base_verb(nxt):
        return False  # "the moons orbited", "the ones blocked": a past form, the plural's verb
    return bool(doc.where(word[:-1])) and not doc.plural_somewhere(word)


def _that_frame(doc: ApostropheDoc, start: int, word: str) -> tuple[int, str] | None:
    """ "that moons icy crust": "that" + "Xs" + a word that is only an adjective + a noun.

    After "that" the conjunction a plural subject needs its verb; an adjective
    cannot follow it ("said that workers pay", "that officials responsible
    for" are left), so the adjective and its noun belong to "that X's".
    """
    prev = doc.prev(start)
    if prev.lower() != "that":
        return None
    end = start + len(word)
    nxt = doc.next(end)
    then = doc.next(end + 1 + len(nxt)) if nxt else ""
    if word_class(nxt) != "a" or "n" not in word_class(then) or then in closed_class():
        return None
    if zipf(word[:-1]) - zipf(word) < SINGULAR_MARGIN or doc.plural_somewhere(word):
        return None
    why = f'"{nxt}" is only an adjective, so "{prev}" is a determiner and "{word}" owns "{then}"'
    return len(word) - 1, f'possessive: "{prev} {word} {nxt} {then}": {why}'


def common_possessive(doc: ApostropheDoc, start: int, word: str) -> tuple[int, str] | None:
    """Where the apostrophe goes in the lower-case ``word`` ("...s") read as a possessive, and why."""
    if not word.islower():
        return None
    regular = _regular_plural(word)
    if not regular and not _listed_plural(word):
        return irregular_frame(doc, start, word)  # "a blind mans sight": "men" is the plural
    if regular and not word_class(word):
        return misspelt_possessive(doc, start, word)
    found = _determiner(doc, start)
    if found is None:
        if not regular:
            return None
        return (
            _that_frame(doc, start, word)
            or rare_plural_frame(doc, start, word)
            or no_one_frame(doc, start, word)
            or weekday_frame(doc, start, word)
        )
    det, det_at = found
    verb = doc.prev(det_at)
    if verb.lower() in object_verbs() and not _preposition(doc, det_at - 1 - len(verb), verb):
        # "gave the players money", "found the results surprising"; but "shows the victims mother".
        doubt = f'"{verb}" has one object'
        return owner_frame(doc, start, word, det, doubt) if regular and det in _ONE_OBJECT else None
    if det in _PRONOUNS and doc.prev(start).lower() == det and "z" in word_class(word):
        return None  # "this makes sense", "each returns a value": a pronoun and its verb
    if not regular:
        return adjective_frame(doc, start, word, det)  # "the games entire story", "the markets high"
    return _noun_frame(doc, start, word, det, det_at) or adjective_frame(doc, start, word, det)


def _preposition(doc: ApostropheDoc, start: int, verb: str) -> bool:
    """Whether ``verb`` at ``start`` opens a phrase as a preposition: "— given the presidents refusal".

    "given" and "considering" after punctuation or at a line start have no
    subject, so they take one object, not two.
    """
    return verb.lower() in _PREPOSITION_VERBS and not doc.prev(start)


def _listed_plural(word: str) -> bool:
    """Whether ``word`` is the plural of a noun that often modifies nouns ("markets", "games", "forces")."""
    cls, base = word_class(word), word_class(word[:-1])
    return "p" in cls and "n" in base and (word in _compounds() or "l" in cls)


def _noun_frame(doc: ApostropheDoc, start: int, word: str, det: str, det_at: int) -> tuple[int, str] | None:
    """ "the presidents refusal", "a chefs knife": the regular plural ``word`` after ``det``."""
    nxt = doc.next(start + len(word))
    base = word[:-1]
    then = doc.next(start + len(word) + 1 + len(nxt)) if nxt else ""
    tcls = word_class(then.lower())
    if (
        det in _SINGULAR
        and _time_word(doc, det_at, det)
        and (nxt[:1].isupper() or unknown_noun(nxt, then))
        and zipf(base) >= zipf(word) - PLURAL_MARGIN
        and not doc.title_line(start)
    ):
        return len(word) - 1, f'possessive: "{det} {word} {nxt}": "{det}" takes a singular noun'
    if not nxt.islower() or nxt in closed_class() or nxt in bare_forms():
        return None  # "those features wont hit": "wont" is "won't"
    ncls = word_class(nxt)
    if not ncls and det not in _PLURAL and unknown_noun(nxt, then):
        found_why = _singular(doc, word, zipf(base) - zipf(word), False)
        if found_why is not None:
            return len(word) - 1, f'possessive: "{det} ... {word} {nxt}": "{nxt}" is no verb, and {found_why}'
    if not ncls or "x" in ncls or not ("n" in ncls or "a" in ncls):
        return None
    if ncls == "nr" or ("r" in ncls and "n" not in ncls):
        return None  # "the costs alone account", "the highs today": an adverb after a plural
    if "a" in ncls and not then and (det in _PLURAL or adjective_first(nxt)):
        return None  # "(all prices local)": an adjective that ends the phrase owns nothing
    unknown = then.isalpha() and then.islower() and not tcls and then not in closed_class()
    unknown = unknown and not then.endswith(("ly", "ing", "ed"))
    if "n" not in ncls and not (
        then[:1].isupper() or then.isdigit() or "n" in tcls or "a" in tcls or unknown
    ):
        return None  # "her hits due to", "those cores cooler for": an adjective after a plural
    if ("a" in ncls or "r" in ncls) and then.lower() in _PREDICATE_LINKS and det not in _SINGULAR:
        return None
    margin = zipf(base) - zipf(word)
    plural = det in _PLURAL or margin <= -PLURAL_MARGIN
    if det in _SINGULAR:
        if plural and det not in ("every", "each", "a", "an", "another"):
            return None  # "this years" could be a misspelt "these years"
        plural, why = False, f'"{det}" takes a singular noun'
    else:
        noun_next = then in _NOUN_AFTER or then.endswith("ed") or ("z" in tcls and "n" not in tcls)
        if "v" in ncls and not (noun_next or verb_rare(nxt) or _rare_plural(doc, word, nxt, margin, then)):
            return None  # "the results show", "the states launch": the verb of the plural
        found_why = None if plural else _singular(doc, word, margin, "p" in ncls)
        if not plural and found_why is None:
            return None  # "the teachers unions": no telling "teacher's" from "teachers'"
        why = f'"{nxt}" cannot be the verb of "{word}", and {found_why}'
    if "p" in ncls and ("v" in tcls or "z" in tcls):
        return None  # "the frustrations players feel": a relative clause
    before = doc.prev(start)
    frame = f'"{before} {word} {nxt}"' if before.lower() == det else f'"{det} ... {word} {nxt}"'
    if plural:
        why = "a plural determiner" if det in _PLURAL else f'"{word}" is more common than "{base}"'
        return len(word), f"plural possessive: {frame}: {why}, and a noun follows"
    return len(word) - 1, f"possessive: {frame}: {why}"
