"""Bare forms that are words in their own right: "its", "lets", "cant", "wont" (and the dispatch of all).

In a document that lost its apostrophes (see
:func:`cleanwire.rules.apostrophe_doc.stripped`) "its" may be "it's", "were"
may be "we're" and "well" may be "we'll". Which one it is follows from the
word classes that can come next to each reading, never from a list of
exceptions:

* the possessive "its" starts a noun phrase, so only adjectives, numbers and
  nouns follow it; "it's" is followed by an article, a preposition, "not", an
  adverb or a predicate adjective that ends the clause ("its a", "its been",
  "its hard to", "its boring.");
* "we're", "we'll", "I'll", "he'll", "she'll", "we'd" start a clause; they
  are decided in :mod:`cleanwire.rules.apostrophe_pronouns`, which
  :func:`decide` hands them to;
* "let's", "can't", "won't" take a base verb ("lets see", "cant stop"), while
  "lets" the verb takes an object ("it lets you") and "cant"/"wont" the
  nouns follow a determiner ("his wont", "wont to").

* frames that need more than two words of left context (speech around
  "and were thinking", quoted titles, "the dream shed had") are in
  :mod:`cleanwire.rules.apostrophe_contraction_frames`, asked only where the
  cached checks left the form alone.

:func:`decide` asks each distinct context once: two tokens with the same
words around them (and on the same kind of line) get the same answer. Every
check here runs only on stripped documents: in a document that writes its
apostrophes, a bare "its" is the possessive and "were" the verb.

>>> from cleanwire.rules.apostrophe_doc import ApostropheDoc
>>> doc = ApostropheDoc("We won. Its a good day and its fans know it.")
>>> decide(doc, 8, "Its")
(2, 'contraction: "Its a": "its" before an article reads as "it\\'s"')
>>> decide(doc, 27, "its") is None
True
"""

from __future__ import annotations

import functools

from .apostrophe_clause import (
    COMPOUND,
    END,
    STOP,
    SUBJECT_PRONOUNS,
    intro_phrase,
    opens_clause,
    plain_verb,
    reason,
    words_after,
)
from .apostrophe_contraction_frames import FAR_FORMS, far_frame
from .apostrophe_doc import ApostropheDoc
from .apostrophe_pronouns import were, will_would
from .apostrophe_words import adjective_first, closed_class, contractions, cues, predicate_frames, word_class

FORMS = frozenset(
    {"its", "were", "well", "ill", "hell", "shell", "wed", "hed", "shed", "id", "lets", "cant", "wont"}
)


@functools.cache
def bare_forms() -> frozenset[str]:
    """Every bare contraction: the unambiguous ones of the lexicon ("youre") and the ambiguous ``FORMS``."""
    return frozenset(contractions()) | FORMS


_ARTICLES = frozenset({"a", "an", "the"})


def decide(doc: ApostropheDoc, start: int, word: str) -> tuple[int, str] | None:
    """Where the apostrophe goes in the ambiguous bare ``word`` at ``start``, and why; None to leave it."""
    if not (word.islower() or (word[0].isupper() and word[1:].islower())):
        return None  # "ITS", "WONT": shouting or an acronym
    after = words_after(doc, start + len(word), 6)
    # Equal words around (and an equal kind of line, and an equal introductory
    # phrase, the one thing read further left than two tokens) give an equal decision: asked once.
    key = (word, doc.left_context(start), tuple(after), doc.title_line(start), intro_phrase(doc, start))
    if key not in doc.decisions:
        doc.decisions[key] = _decide(doc, start, word, after)
    found = doc.decisions[key]
    if found is None and word.lower() in FAR_FORMS:
        return far_frame(doc, start, word, after)  # frames that read beyond the key: asked each time
    return found


def _decide(doc: ApostropheDoc, start: int, word: str, after: list[str]) -> tuple[int, str] | None:
    lower, nxt = word.lower(), after[0]
    if lower == "its":
        return _its(doc, start, word, after)
    if lower in ("cant", "wont"):
        return _negation(doc, start, word, after)
    if lower == "lets":
        return _lets(doc, start, word, nxt)
    if lower == "were":
        return were(doc, start, word, nxt)
    return will_would(doc, start, word, after)


def _its(doc: ApostropheDoc, start: int, word: str, after: list[str]) -> tuple[int, str] | None:
    prev = doc.prev(start).lower()
    if prev in cues("prepositions"):
        return None  # "of its", "at its best": after a preposition only the possessive fits
    cls = word_class(prev)
    if (
        prev
        and ("v" in cls or "z" in cls)
        and "n" not in cls
        and "a" not in cls
        and prev not in cues("clause_verbs")
    ):
        return None  # "redesigned its interior": a verb's object
    nxt = after[0]
    if nxt in _ARTICLES:
        return reason(word, nxt, '"its" before an article', 2)
    frame = predicate_frames().get(nxt)
    if frame is not None:
        then = after[1] if len(after) > 1 else ""
        if then in frame or ("*ing" in frame and then.endswith("ing") and "v" in word_class(then)):
            return reason(word, nxt, f'"its {nxt} {then}" is a fixed frame of "it\'s", so "its"', 2)
        return None
    if nxt in closed_class() and nxt not in cues("np_continuers") and nxt.islower():
        return reason(word, nxt, f'"{nxt}" cannot follow the possessive "its", so "its"', 2)
    if _predicate(after):
        shown = " ".join(w for w in after if w.isalpha())
        return reason(word, nxt, f'"its {shown}" has no noun for a possessive, so "its"', 2)
    return None


# Words that only grade the next one ("very", "most"): they say nothing by themselves.
_DEGREE = frozenset(
    [
        "very",
        "so",
        "even",
        "only",
        "much",
        "far",
        "enough",
        "most",
        "more",
        "less",
        "least",
        "quite",
        "pretty",
        "too",
    ]
)
# Words after a gerund that make it a verb: "its weighing a", "its turning out", "its becoming increasingly".
_AFTER_VERB = frozenset(
    [
        "a",
        "an",
        "the",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "this",
        "these",
        "those",
        "out",
        "up",
        "down",
        "off",
        "away",
    ]
)


def _predicate(after: list[str]) -> bool:
    """Whether ``after`` (the words after "its") is a predicate: modifiers, then a clause end or a link word.

    A possessive "its" needs a noun within the next few words ("its most
    tedious traditions"); "it's" has adjectives, adverbs and participles
    followed by the end of the clause or a word that cannot continue a noun
    phrase ("its hard to", "its priced at", "its boring."). Adjectives that
    the lexicon also lists as nouns ("possible", "fair") count only before
    "to", "that", "for"... ("its possible that"), never before a full stop
    ("its interior.").
    """
    modifiers, plain, adjective = 0, False, False
    for i, w in enumerate(after):
        if w == END:
            last = after[i - 1] if i else ""
            if "n" in word_class(last) and not (adjective_first(last) or _comparative(last)):
                return False  # "its big rival.": a noun ends the phrase
            return plain
        if w in (STOP, COMPOUND) or not w.islower():
            # "its possible Apple will": an adjective, then a name with its verb, is a clause.
            then = after[i + 1] if i + 1 < len(after) else ""
            return (plain or adjective) and w.istitle() and then in _NAME_VERBS
        if w in ("and", "or"):
            if not modifiers:
                return False
            continue  # "its nuclear and missile programmes": the noun may still come
        if w in _DEGREE:
            modifiers, plain = modifiers + 1, True
            continue
        if w in cues("predicate_links"):
            # "possible", "fair" are also nouns: "its right to", "its choice for" are possessives.
            return plain or adjective or (modifiers > 0 and w == "that")
        if w in closed_class():
            if adjective and (w in SUBJECT_PRONOUNS or w in _ARTICLES):
                return True  # "its possible he", "its possible the firm": a clause with its own subject
            return plain and w not in cues("np_continuers")  # "its very own brand": still a noun phrase
        cls = word_class(w)
        if not cls or (w.endswith("est") and "a" in cls):
            return False  # an unknown word or a superlative ("its largest"): a noun phrase
        if _comparative(w):
            modifiers, plain, adjective = modifiers + 1, True, False  # "its lighter and": no noun "lighter"
            continue
        if "n" in cls:
            if w.endswith("ing") and "v" in cls:
                then = after[i + 1] if i + 1 < len(after) else ""
                return then in _AFTER_VERB or (then.endswith("ly") and "r" in word_class(then))
            if "a" not in cls or "p" in cls:
                return False  # a noun: "its testing phase", "its lineup"
            modifiers += 1  # "possible", "fair": adjectives the lexicon also lists as nouns
            # "smart", "eligible": nouns in the lexicon, but their "-s" forms are rare: "its smart to".
            adjective = adjective_first(w)
            continue
        if ("v" in cls or "z" in cls) and "a" not in cls and i and "n" in word_class(after[i - 1]):
            return False  # "its chief executive said": the verb of a noun phrase
        modifiers, plain, adjective = modifiers + 1, True, False
    return False


# Verbs that follow a name as its subject: "its possible Apple will", "its likely Congress has".
_NAME_VERBS = frozenset(
    ["is", "was", "will", "would", "could", "can", "may", "might", "has", "had", "does", "did", "should"]
)


def _comparative(word: str) -> bool:
    """Whether ``word`` is the comparative of an adjective ("lighter", "bigger", "easier"), not a noun.

    Only when the word is listed as an adjective and the adjective it comes
    from is listed too: "owner", "former", "power" are not comparatives.
    """
    if not word.endswith("er") or "a" not in word_class(word):
        return False
    stems = (word[:-2], word[:-1], word[:-3], word[:-3] + "y")
    return any(len(stem) > 2 and "a" in word_class(stem) for stem in stems)


def _lets(doc: ApostropheDoc, start: int, word: str, nxt: str) -> tuple[int, str] | None:
    if not (plain_verb(nxt) or nxt in ("not", "us", "just", "all")) or nxt in cues("let_idioms"):
        return None  # "it lets you", "she lets go of": the verb "lets"
    why = opens_clause(doc, start, word)
    prev = doc.prev(start)
    if why is None and prev.lower() in ("and", "but", "so", "now"):
        why = f'after "{prev}"'
    if why is None and not doc.after_comma(start):
        return None
    return reason(
        word, nxt, f'"lets" without a subject before a verb, {why or "after a comma"}, so "lets"', 3
    )


def _negation(doc: ApostropheDoc, start: int, word: str, after: list[str]) -> tuple[int, str] | None:
    nxt = after[0]
    prev = doc.prev(start)
    low = prev.lower()
    if low in ("the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "of", "with", "this"):
        return None  # "as is his wont", "the cant of politics": the nouns
    question = low in ("why", "how", "what", "where", "who", "when")
    if question and nxt[:1].isupper() and nxt.lower() not in closed_class():
        return reason(word, nxt, f'"{prev} {word}" before a name, the subject of a question', 3)
    if nxt in ("i", "you", "we", "they", "he", "she", "it") or (nxt == "I"):
        if question or doc.sentence_start(start):
            return reason(word, nxt, f'"{word}" before the subject of a question', 3)
        return None
    if nxt == "to" or not (nxt.islower() or nxt in (END, STOP)):
        return None
    at = 3
    if nxt in (END, STOP):
        if low in ("i", "you", "we", "they", "he", "she", "it"):
            return (
                at,
                f'contraction: "{prev} {word}": "{word}" after a subject pronoun '
                f'reads as "{word[:at]}\'{word[at:]}"',
            )
        return None
    verb = nxt
    if nxt.endswith("ly") or nxt in ("even", "just", "really", "always", "also", "ever", "quite"):
        verb = after[1] if len(after) > 1 else ""  # "wont fully appreciate", "cant even tell"
    unknown = verb.isalpha() and not word_class(verb) and not verb.endswith(("s", "ed", "ing", "ly"))
    unknown = unknown and verb not in closed_class()  # "cant the deck": the noun
    if not (plain_verb(verb) or (unknown and verb.islower())):
        return None
    if not prev and not (doc.sentence_start(start) or doc.after_comma(start) or _quoted(doc, start)):
        return None
    return reason(word, nxt, f'"{word}" before the base verb "{verb}"', at)


def _quoted(doc: ApostropheDoc, start: int) -> bool:
    """Whether an opening quote after a space stands right before the token at ``start``: 'Varnholt "cant'."""
    _, gap = doc.before(start)
    return gap in (' "', " “")
