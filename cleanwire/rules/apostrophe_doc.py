"""The document as ``restore_apostrophes`` reads it: tokens, neighbours and document-wide evidence.

Two kinds of evidence come from the document as a whole rather than from one
sentence:

* how a word is used elsewhere: "Xs" after "the", "two" or before a verb is a
  plural ("the Obamas", "Teslas sold"); "Ive", "Im" next to a capitalised word
  are surnames ("Jony Ive");
* whether the document lost its apostrophes. :func:`stripped` weighs the bare
  forms that can only be contractions ("dont", "youre", "didnt") and the
  possessives the strict checks found against the apostrophes still written
  inside words ("don't", "Merkel's"). A document that wrote "don't" correctly
  keeps its "its", "were" and "well"; a document full of "dont" and "youre"
  with no apostrophe anywhere lost them all, and there "its a" is "it's a".

>>> stripped(found=3, written=0), stripped(found=3, written=2), stripped(found=0, written=0)
(True, False, False)
"""

from __future__ import annotations

import re

from .apostrophe_tokens import TokenText
from .apostrophe_words import closed_class, name_abbreviations, plural_markers, word_classes

# Characters that glue a token to a URL, a handle, a file name or an existing
# apostrophe: a token touching one of them is never changed.
_GLUE = frozenset("'’/@#_.\\=&%+*|~^`")
# Opening quotes and brackets that may stand between a sentence start and its first word.
_OPENERS = frozenset("\"“‘'([«„")
# Opening quotes: a quotation after "said," starts a sentence of its own.
_QUOTES = frozenset('"“‘')
# Punctuation that ends a sentence (or a clause that starts like one: "Our motto: Were on it").
_ENDERS = frozenset(".!?:;…")
# An apostrophe between two letters: tells which apostrophe the document uses.
INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")

# Articles: "the X" with a name shows the document treats "X" as a thing, not a family.
_ARTICLES = frozenset(("the", "a", "an"))
# Verbs that agree with a singular subject only: "Xs was" is "X's was" (or a name), never a plural.
_SINGULAR_AUX = frozenset(("is", "was", "has", "does", "isnt", "wasnt", "hasnt", "doesnt"))

# Past participles that are no past tense: "Xs gone" is "X's gone" (has gone), never a plural's verb.
_PARTICIPLES = frozenset(
    [
        "been",
        "gone",
        "done",
        "seen",
        "taken",
        "given",
        "known",
        "shown",
        "written",
        "driven",
        "eaten",
        "fallen",
        "forgotten",
        "gotten",
        "hidden",
        "ridden",
        "risen",
        "spoken",
        "stolen",
        "sworn",
        "thrown",
        "worn",
        "begun",
        "broken",
        "chosen",
        "frozen",
        "grown",
        "drawn",
        "flown",
    ]
)

MIN_FOUND = 1  # apostrophe-less forms needed before the document counts as stripped
WRITTEN_SHARE = 5  # ...and at most one written apostrophe per this many of them


def stripped(found: int, written: int) -> bool:
    """Whether a document with ``found`` bare forms and ``written`` inner apostrophes lost its apostrophes."""
    return found >= MIN_FOUND and written * WRITTEN_SHARE <= found


class ApostropheDoc(TokenText):
    """The text with the document-wide evidence the checks need, each piece found once."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._plural: dict[str, bool] = {}
        self._named: dict[str, bool] = {}
        self._thing: dict[str, bool] = {}
        #: Decisions on ambiguous forms by their context (see :func:`.apostrophe_ambiguous.decide`).
        self.decisions: dict[tuple[str, str, tuple[str, ...], bool, str | None], tuple[int, str] | None] = {}
        #: Name-possessive reasons by word, left context, right context and kind of line.
        self.names: dict[tuple[str, str, str, bool], str | None] = {}
        #: Set by the rule once the strict checks ran: the document lost its apostrophes.
        self.stripped = False

    def free(self, start: int, word: str) -> bool:
        """Whether the token stands alone: not part of a URL, handle or quoted form."""
        text, end = self.text, start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if after == "-" or (before in _GLUE and not (before == "." and word[0].isupper())):
            return False  # a glued sentence ("on Friday.Merkels aides") is fine
        # A full stop ends a sentence unless a letter or digit follows ("example.com").
        return after not in _GLUE or (after == "." and not text[end + 1 : end + 2].isalnum())

    def sentence_start(self, start: int) -> bool:
        """Whether the token at ``start`` opens a sentence (or a line), quotes and brackets aside.

        A full stop after an abbreviation before a name ("Mr. Varnholts") or a
        single letter ("U.S. Attorneys") ends no sentence; a quotation opened
        after a comma or colon starts one ('he said, "Ill go"').
        """
        text = self.text
        j, quoted = start, False
        while j > 0 and (text[j - 1] in _OPENERS or text[j - 1] == " "):
            quoted = quoted or text[j - 1] in _QUOTES
            j -= 1
        if j == 0 or text[j - 1] == "\n" or (quoted and text[j - 1] in ",:"):
            return True
        if text[j - 1] == ".":
            word, _ = self.before(j)
            if len(word) == 1 or word + "." in name_abbreviations():
                return False
        return text[j - 1] in _ENDERS

    def after_comma(self, start: int) -> bool:
        """Whether a comma (or a dash) directly precedes the token at ``start``."""
        _, gap = self.before(start)
        return gap.strip() in (",", "—", "–", "-", "--")

    def following(self, start: int, word: str) -> str:
        """The token after ``word`` at ``start``, or "" when punctuation comes first."""
        return self.next(start + len(word))

    def plural_somewhere(self, word: str) -> bool:
        """Whether ``word`` acts as a plural anywhere: "the Xs", "10 Xs", "Xs fled".

        "the Xs" before a possible owned noun is no plural for a name the
        document also uses as a thing with an article ("the Sentra has ...
        the Sentras interior"): there it is the singular possessive.
        """
        if word not in self._plural:
            thing = word[0].isupper() and self.thing(word[:-1])
            self._plural[word] = any(
                (marks_plural(prev, word) and not (thing and prev.lower() == "the"))
                or verb_after_plural(self.next(s + len(word)))
                for s in self.where(word)
                for prev in (self.prev(s),)
            )
        return self._plural[word]

    def thing(self, name: str) -> bool:
        """Whether the name ``name`` somewhere heads a phrase after an article: "the Sentra has"."""
        if name not in self._thing:
            self._thing[name] = any(
                self._article(s) and heads_phrase(self.next(s + len(name))) for s in self.where(name)
            )
        return self._thing[name]

    def head_noun_somewhere(self, word: str) -> bool:
        """Whether ``word`` somewhere heads its phrase ("Apple said", "at Apple."), not only modifies one."""
        return any(heads_phrase(self.next(s + len(word))) for s in self.where(word))

    def _article(self, start: int) -> bool:
        """Whether an article precedes the token at ``start``, maybe with a number between: "the 2020"."""
        prev = self.prev(start)
        if prev.isdigit():
            prev = self.prev(start - 1 - len(prev))
        return prev.lower() in _ARTICLES

    def name_inside(self, name: str) -> bool:
        """Whether the capitalised ``name`` occurs inside a sentence somewhere, not only at its start."""
        return any(not self.sentence_start(s) for s in self.where(name))

    def next_to_name(self, word: str) -> bool:
        """Whether ``word`` anywhere stands next to a name ("Jony Ive", "Mr. Im", "Im Sung-jae")."""
        if word not in self._named:
            self._named[word] = any(self._by_name(s, word) for s in self.where(word))
        return self._named[word]

    def _by_name(self, start: int, word: str) -> bool:
        before, gap = self.before(start)
        return (gap in (" ", ". ") and is_name(before)) or is_name(self.next(start + len(word)))


def heads_phrase(nxt: str) -> bool:
    """Whether a word followed by ``nxt`` ends its noun phrase: punctuation, a closed-class word or a verb."""
    cls = word_classes().get(nxt, "")
    return not nxt or nxt in closed_class() or (("v" in cls or "z" in cls) and "n" not in cls)


def is_name(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in closed_class()


def marks_plural(prev: str, word: str) -> bool:
    return prev.isdigit() or prev.lower() in plural_markers(word[0].isupper())


def verb_after_plural(nxt: str) -> bool:
    """Whether ``nxt`` is a verb or adverb that can follow a plural subject ("fled", "are").

    A gerund ("Xs eroding autonomy") and a singular auxiliary ("Xs was") cannot.
    """
    if not nxt.islower() or nxt.endswith("ing") or nxt in _SINGULAR_AUX or nxt in _PARTICIPLES:
        return False
    cls = word_classes().get(nxt, "")
    return "x" in cls or (bool(cls) and "n" not in cls and "a" not in cls)


def noun_like(doc: ApostropheDoc, start: int, nxt: str) -> bool:
    """Whether ``nxt`` (after the token at ``start``) can be what a possessive owns."""
    if not nxt or not nxt.isalpha() or nxt.lower() in closed_class():
        return False
    if nxt[0].isupper():
        return not doc.title_line(start)
    if not nxt.islower():
        return False
    cls = word_classes().get(nxt)
    if cls is None:
        return not nxt.endswith(("ed", "ly", "ing"))
    return "x" not in cls and ("n" in cls or "a" in cls)
