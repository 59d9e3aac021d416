"""Bare forms that are words in their own right: "its", "were", "well", "cant", "lets", "Ill"...

In a document that lost its apostrophes (see
:func:`cleanwire.rules.apostrophe_doc.stripped`) "its" may be "it's", "were"
may be "we're" and "well" may be "we'll". Which one it is follows from the
word classes that can come next to each reading, never from a list of
exceptions:

* the possessive "its" starts a noun phrase, so only adjectives, numbers and
  nouns follow it; "it's" is followed by an article, a preposition, "not", an
  adverb or a predicate adjective that ends the clause ("its a", "its been",
  "its hard to", "its boring.");
* "we're", "we'll", "I'll", "he'll", "she'll", "we'd" start a clause: they come
  first in a sentence or after a word that opens a clause ("while", "if",
  "think"), and "we'll", "I'll", "he'll" take a verb in its base form
  ("Well be testing", "when hell return"); "were" as a verb needs a subject
  before it and "well", "hell", "shell" as nouns or adverbs don't take a base
  verb after them;
* "let's", "can't", "won't" take a base verb ("lets see", "cant stop"), while
  "lets" the verb takes an object ("it lets you") and "cant"/"wont" the
  nouns follow a determiner ("his wont", "wont to").

The reader also asks the document whether the pronoun is used elsewhere
("we're" only where "we" or "our" occurs, "I'll" where "I" does). Every
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

import re

from .apostrophe_doc import ApostropheDoc
from .apostrophe_words import base_verb, closed_class, cues, predicate_frames, word_class

# A word right after the one being decided, with a hyphen glued to it or not.
_WORD = re.compile(r"[^\W_]+(-)?")
# What may stand after a word and still end its clause: closing quotes and brackets, then an ender.
_CLAUSE_END = re.compile(r"[\"”’')\]]*(?:[.!?;:…]|$)", re.MULTILINE)

END = "."  # the clause ends here
STOP = ","  # other punctuation: the evidence stops
COMPOUND = "-"  # a hyphenated word: part of a noun phrase ("its all-electric range")

FORMS = frozenset(
    {"its", "were", "well", "ill", "hell", "shell", "wed", "hed", "shed", "id", "lets", "cant", "wont"}
)
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
_ARTICLES = frozenset({"a", "an", "the"})
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


def words_after(doc: ApostropheDoc, end: int, count: int) -> list[str]:
    """Up to ``count`` words after offset ``end``, single-space separated, then END, STOP or COMPOUND."""
    text, out = doc.text, list[str]()
    while len(out) < count:
        if text[end : end + 1] == " ":
            m = _WORD.match(text, end + 1)
            if m:
                if m.group(1):
                    out.append(COMPOUND)
                    break
                out.append(m.group())
                end = m.end()
                continue
        out.append(END if _CLAUSE_END.match(text, end) else STOP)
        break
    return out


def decide(doc: ApostropheDoc, start: int, word: str) -> tuple[int, str] | None:
    """Where the apostrophe goes in the ambiguous bare ``word`` at ``start``, and why; None to leave it."""
    lower = word.lower()
    if not (word.islower() or (word[0].isupper() and word[1:].islower())):
        return None  # "ITS", "WONT": shouting or an acronym
    after = words_after(doc, start + len(word), 4)
    nxt = after[0]
    if lower == "its":
        return _its(doc, start, word, after)
    if lower in ("cant", "wont"):
        return _negation(doc, start, word, after)
    if lower == "lets":
        return _lets(doc, start, word, nxt)
    if lower == "were":
        return _were(doc, start, word, nxt)
    return _will_would(doc, start, word, after)


def _reason(word: str, nxt: str, why: str, at: int) -> tuple[int, str]:
    new = word[:at] + "'" + word[at:]
    return at, f'contraction: "{word} {nxt}": {why} reads as "{new.lower()}"'


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
        return _reason(word, nxt, '"its" before an article', 2)
    frame = predicate_frames().get(nxt)
    if frame is not None:
        then = after[1] if len(after) > 1 else ""
        if then in frame or ("*ing" in frame and then.endswith("ing") and "v" in word_class(then)):
            return _reason(word, nxt, f'"its {nxt} {then}" is a fixed frame of "it\'s", so "its"', 2)
        return None
    if nxt in closed_class() and nxt not in cues("np_continuers") and nxt.islower():
        return _reason(word, nxt, f'"{nxt}" cannot follow the possessive "its", so "its"', 2)
    if _predicate(after):
        shown = " ".join(w for w in after if w.isalpha())
        return _reason(word, nxt, f'"its {shown}" has no noun for a possessive, so "its"', 2)
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
    modifiers, plain = 0, False
    for i, w in enumerate(after):
        if w == END:
            return plain
        if w in (STOP, COMPOUND) or not w.islower():
            return False  # a comma, a compound, a name or a number: no telling
        if w in ("and", "or"):
            if not modifiers:
                return False
            continue  # "its nuclear and missile programmes": the noun may still come
        if w in _DEGREE:
            modifiers, plain = modifiers + 1, True
            continue
        if w in cues("predicate_links"):
            # "possible", "fair" are also nouns: "its right to", "its choice for" are possessives.
            return plain or (modifiers > 0 and w == "that")
        if w in closed_class():
            return plain
        cls = word_class(w)
        if not cls or (w.endswith("est") and "a" in cls):
            return False  # an unknown word or a superlative ("its largest"): a noun phrase
        if "n" in cls:
            if w.endswith("ing") and "v" in cls:
                then = after[i + 1] if i + 1 < len(after) else ""
                return then in _AFTER_VERB or (then.endswith("ly") and "r" in word_class(then))
            if "a" not in cls or "p" in cls:
                return False  # a noun: "its testing phase", "its lineup"
            modifiers += 1  # "possible", "fair": adjectives the lexicon also lists as nouns
            continue
        modifiers, plain = modifiers + 1, True
    return False


def _opens_clause(doc: ApostropheDoc, start: int, word: str) -> str | None:
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


def _person(doc: ApostropheDoc, pronoun: str) -> bool:
    """Whether the document uses ``pronoun`` (or its other forms) as a word somewhere."""
    return any(doc.where(w) for w in _PERSON[pronoun])


def _were(doc: ApostropheDoc, start: int, word: str, nxt: str) -> tuple[int, str] | None:
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
    why = _opens_clause(doc, start, word)
    if why is None or (why != "at the start of a sentence" and not word.islower()):
        return None
    return _reason(word, nxt, f'a clause needs a subject, and "were" {why} has none, so "were"', 2)


def _will_would(doc: ApostropheDoc, start: int, word: str, after: list[str]) -> tuple[int, str] | None:
    lower, nxt = word.lower(), after[0]
    pronoun = {"well": "we", "wed": "we", "ill": "I", "id": "I", "hell": "he", "hed": "he"}.get(lower, "she")
    at = len(pronoun)
    if pronoun == "I" and (word[0] != "I" or doc.title_line(start)):
        return None  # "ill", "id": the pronoun "I" is always a capital
    if not nxt.islower():
        return None
    verb = nxt
    if nxt.endswith("ly") or nxt in ("never", "ever", "always", "also", "still", "just", "probably", "soon"):
        verb = after[1] if len(after) > 1 else ""  # "Ill ever see", "well probably be"
    if lower in ("wed", "hed", "shed", "id"):
        ok = nxt in _WOULD_HAD or (lower != "shed" and _base(verb))
        if lower in ("hed", "id") and not ok:
            ok = "v" in word_class(verb) and verb.endswith(("ed", "en")) and not base_verb(verb)
        what = '"would" or "had"'
    else:
        ok = _base(verb) and verb not in ("will", "shall")
        what = '"will"'
    if not ok:
        return None
    if pronoun == "I" and not doc.sentence_start(start):
        why: str | None = "mid-sentence"  # a capital "Ill" inside a sentence is no adjective
    else:
        why = _opens_clause(doc, start, word)
        if why is None or not _person(doc, pronoun):
            return None
    return _reason(word, nxt, f'"{word}" {why} before a verb takes {what}, so "{word}"', at)


def _base(word: str) -> bool:
    """A base verb that is no auxiliary ("be" and "have" are fine: "well be", "wed have")."""
    return word.islower() and base_verb(word) and ("x" not in word_class(word) or word in ("be", "have"))


def _lets(doc: ApostropheDoc, start: int, word: str, nxt: str) -> tuple[int, str] | None:
    if not (_base(nxt) or nxt in ("not", "us", "just", "all")) or nxt in cues("let_idioms"):
        return None  # "it lets you", "she lets go of": the verb "lets"
    why = _opens_clause(doc, start, word)
    prev = doc.prev(start)
    if why is None and prev.lower() in ("and", "but", "so", "now"):
        why = f'after "{prev}"'
    if why is None and not doc.after_comma(start):
        return None
    return _reason(
        word, nxt, f'"lets" without a subject before a verb, {why or "after a comma"}, so "lets"', 3
    )


def _negation(doc: ApostropheDoc, start: int, word: str, after: list[str]) -> tuple[int, str] | None:
    nxt = after[0]
    prev = doc.prev(start)
    low = prev.lower()
    if low in ("the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "of", "with", "this"):
        return None  # "as is his wont", "the cant of politics": the nouns
    if nxt in ("i", "you", "we", "they", "he", "she", "it") or (nxt == "I"):
        if low in ("why", "how", "what", "where", "who", "when") or doc.sentence_start(start):
            return _reason(word, nxt, f'"{word}" before the subject of a question', 3)
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
    if not (_base(verb) or (unknown and verb.islower())):
        return None
    if not prev and not doc.sentence_start(start) and not doc.after_comma(start):
        return None
    return _reason(word, nxt, f'"{word}" before the base verb "{verb}"', at)
