"""What the document itself says about "X" and "Xs": one victim, or several?

"the victims mother" is "the victim's mother" in a report about one victim
and may be "the victims' mother" in a report about several. Where neither the
frame nor the word frequencies tell the two apart, the rest of the document
often does: a text about one victim writes "the victim who was found", "a
suspect said", and never "Xs" where only a plural fits ("two victims", "the
victims were", "victims of", "the victims.").

:func:`one_thing` reads that evidence for the common noun "X":

* "X" heads a noun phrase after a determiner somewhere: "the victim who",
  "a suspect said", "the state has", "the group." ("the state budget", where
  "X" only modifies a noun, is no evidence);
* "Xs" (also capitalised) never stands where only a plural fits: after a
  number or a plural determiner ("two", "these", "many"; ``plural_markers.en.txt``),
  before a verb of a plural subject ("victims are", "victims fled"), before
  a closed-class word ("victims of", "victims who", "victims and") or
  before a mark that ends a clause ("the victims."). A possessive owns a
  noun, so none of these can be one; "Xs" before "$" or a digit ("the states
  $2 billion") is no evidence either way.

Deliberately weak on its own: a text may name one victim and still write
"the victims mother" for several victims' mother without ever using
"victims" elsewhere. :func:`owner_frame` uses it for one frame only, a
determiner and "Xs" after a verb that may take two objects ("shows the
victims mother", "found the suspects car"), where the plural reading needs a
second object the sentence rarely has; it is not used to read a verb as a
noun ("his doctors say" stays), nor the other way round, for plural
possessives ("Xs'") in a text that never writes "X": on the benchmark pages
that reading found nothing right and misread "the years best".

>>> from cleanwire.rules.apostrophe_doc import ApostropheDoc
>>> one_thing(ApostropheDoc("The victim was found. The victims mother testified."), "victims")
'the text writes "the victim" and never "victims" as a plural'
>>> one_thing(ApostropheDoc("The victim was found. Two victims died. The victims families wept."), "victims")
"""

from __future__ import annotations

import re
import weakref

from .apostrophe_ambiguous import FORMS
from .apostrophe_doc import ApostropheDoc, heads_phrase, marks_plural, verb_after_plural
from .apostrophe_words import closed_class, contractions, word_class

# Determiners before a noun that then stands for one thing: "the victim", "a suspect", "his lawyer".
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "every", "each", "another", "his", "her", "its", "my", "your", "our"]
)
# Marks right after "Xs" that end its phrase: "the victims." can only be a plural.
_CLAUSE_END = frozenset(".,;:!?)")
# Closed-class words that may follow a possessive after all: "the state's own", "the victim's very".
_OWNED_CLOSED = frozenset(["own", "very", "first", "last", "next", "other", "only", "best", "most"])

# Evidence per document and word, found once: the document object is the key, so it goes with it.
_FOUND: weakref.WeakKeyDictionary[ApostropheDoc, dict[str, str | None]] = weakref.WeakKeyDictionary()

# A token of letters: "Xs" capitalised at a sentence start is the same word ("Victims said").
_LOWER = re.compile(r"[a-z]+")


def one_thing(doc: ApostropheDoc, word: str) -> str | None:
    """Why the document treats the lower-case plural ``word``'s "X" as one thing, or None.

    None when "X" never heads a noun phrase after a determiner, or when
    "Xs" somewhere stands where only a plural fits.
    """
    found = _FOUND.setdefault(doc, {})
    if word not in found:
        found[word] = _one_thing(doc, word)
    return found[word]


def _one_thing(doc: ApostropheDoc, word: str) -> str | None:
    if not _LOWER.fullmatch(word) or len(word) < 4:
        return None
    base = word[:-1]
    det = _head_determiner(doc, base)
    if not det or _plural_use(doc, word) or _plural_use(doc, word.capitalize()):
        return None
    return f'the text writes "{det} {base}" and never "{word}" as a plural'


def _head_determiner(doc: ApostropheDoc, base: str) -> str:
    """A determiner before "X" where "X" heads its phrase ("the victim who", "a suspect said"), or ""."""
    for name in (base, base.capitalize()):
        for start in doc.where(name):
            det = doc.prev(start).lower()
            if det in _DETERMINERS and heads_phrase(doc.next(start + len(name))):
                return det
    return ""


def _plural_use(doc: ApostropheDoc, word: str) -> str:
    """Where "Xs" stands where only a plural fits ("two victims", "victims were", "victims."), or ""."""
    text = doc.text
    for start in doc.where(word):
        end = start + len(word)
        prev, nxt = doc.prev(start), doc.next(end)
        if marks_plural(prev, word.lower()):
            return f"{prev} {word}"
        if verb_after_plural(nxt) or (nxt.lower() in closed_class() and nxt.lower() not in _OWNED_CLOSED):
            return f"{word} {nxt}"
        if not nxt and text[end : end + 1] in _CLAUSE_END:
            return word + text[end]
    return ""


def owner_frame(doc: ApostropheDoc, start: int, word: str, det: str, doubt: str) -> tuple[int, str] | None:
    """ "shows the victims mother": "X's" when only the number of "Xs" is in doubt and the text has one X.

    ``det`` is the determiner before ``word``; ``doubt`` says what the
    possessive settles ("shows" has one object, not two: "shows the victims
    their mother"). The word after "Xs" must be a lower-case noun that is no
    adjective ("found the suspects guilty" stays).
    """
    nxt = doc.next(start + len(word))
    cls = word_class(nxt)
    if not nxt.islower() or "n" not in cls or "x" in cls or "a" in cls or nxt in closed_class():
        return None
    if nxt in FORMS or nxt in contractions():
        return None  # "the states wont": "won't"
    why = one_thing(doc, word)
    if why is None or doc.title_line(start):
        return None
    before = doc.prev(start)
    frame = f'"{before} {word} {nxt}"' if before.lower() == det else f'"{det} ... {word} {nxt}"'
    return len(word) - 1, f"possessive: {frame}: {why}, so {doubt}"
