"""Contraction frames that read further than two words to the left: quotes, speakers, adverbial phrases.

:func:`cleanwire.rules.apostrophe_ambiguous.decide` answers each context of a
bare form once, keyed by the two tokens before it and the words after it.
The frames here need more than that key holds, so they run, uncached, only
where the cached checks left a "were", "shed", "wed", "hed", "Id" or "Ill"
alone, and only after cheap checks of the next words:

* "and were thinking", "but were really happy": after "and", "but" or "yet"
  the verb "were" may share the subject of the clause before ("The officers
  searched the area and were able to ..."), so "we're" needs a predicate
  that the present fits (a gerund, "still", "not" + an adjective) and speech:
  first-person "we"/"our"/"us" in the sentence or an open quotation;
* "at least were getting there", "of course were late": a sentence adverbial
  of two words (``[clause_adverbials]`` in ``contraction_cues.en.txt``) that
  itself opens the clause leaves "were" without a subject;
* "“Were On It”", "“Id Do Anything”": a title in capitals after an opening
  quote or at a sentence start, whose next word is a predicate ("On",
  "Not") or a base verb;
* "the dream shed had since she was": a noun, then "shed"/"wed"/"hed", then
  "had" or "been" with no object after it: a relative clause whose object
  is the noun, "she'd had". A document that writes "the shed" keeps it.

Left alone: "they were thinking" (a subject), "and were taken" (a
participle), "and were not immediately available" with no speech around it,
"the shed had a roof", "the garden shed had" followed by an object.

>>> from cleanwire.rules.apostrophe_doc import ApostropheDoc
>>> doc = ApostropheDoc('She said: "We lost, but were still happy."')
>>> far_frame(doc, doc.text.index("were"), "were", ["still", "happy", "."])[1]  # doctest: +ELLIPSIS
'contraction: "were still": after "but" in speech (an open quotation)...'
"""

from __future__ import annotations

import bisect
import functools
import re
import weakref

from ..lexicon import sections
from .apostrophe_clause import END, STOP, SUBJECT_PRONOUNS, plain_verb, reason
from .apostrophe_doc import ApostropheDoc
from .apostrophe_words import closed_class, cues, word_class

FAR_FORMS = frozenset({"were", "shed", "wed", "hed", "id", "ill"})

_WINDOW = 400  # characters read back (and half as many forward) for the speaker of a sentence
# The end of a sentence (or a line) before a token: the sentence starts after the last one.
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s|\n")
# First-person plural words: a sentence with one of them is spoken by "we".
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|us)\b")
# Quotation marks: the last one before a token tells whether a quotation is open there.
_QUOTE = re.compile(r'["“”]')
# Opening quotes that may stand right before a title in capitals.
_OPEN_QUOTES = ('"', "“", "‘", "'")

# Words after "and were" that fit the present "we're" ("and were still in awe", "but were not sure").
_PRESENT_STARTS = frozenset(
    ["still", "really", "just", "not", "so", "very", "pretty", "gonna", "always", "never", "already", "now"]
)
# Words after "shed had" that show "had" has no object: a relative clause ends there or a new one starts.
_GAP_WORDS = frozenset(["since", "when", "while", "before", "after", "until", "because", "as", "ever"])
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "his", "her", "their", "our", "my", "your", "its"]
)
# The pronoun each form brings and the words that show a document speaks in that person.
_PERSON = {
    "shed": ("she", "She", "her", "Her"),
    "wed": ("we", "We", "our", "Our"),
    "hed": ("he", "He", "his"),
}


def far_frame(doc: ApostropheDoc, start: int, word: str, after: list[str]) -> tuple[int, str] | None:
    """The apostrophe position and reason for ``word`` at ``start`` in a frame beyond the cache key."""
    lower = word.lower()
    if lower == "were":
        return (
            _title(doc, start, word, after)
            or _adverbial(doc, start, word, after)
            or _joined(doc, start, word, after)
        )
    if lower in ("id", "ill"):
        return _title(doc, start, word, after)
    return _relative_had(doc, start, word, after)


def _joined(doc: ApostropheDoc, start: int, word: str, after: list[str]) -> tuple[int, str] | None:
    """ "and were thinking", "but were not sure" in speech: the present, with "we" as its subject."""
    prev = doc.prev(start)
    if prev.lower() not in ("and", "but", "yet") or not word.islower() or not _present(after):
        return None
    if _in_quote(doc, start):
        why = "in speech (an open quotation)"
    elif _first_plural(doc, start):
        why = 'in a sentence spoken by "we"'
    else:
        return None
    return reason(word, after[0], f'after "{prev}" {why}, "were" before a present predicate', 2)


def _present(after: list[str]) -> bool:
    """Whether ``after`` starts a predicate of the present: a gerund, "still", "really", "not" + adjective.

    A participle ("were taken", "were not allowed") or "being" keeps the past.
    """
    nxt = after[0]
    if nxt.endswith("ing") and "v" in word_class(nxt):
        return nxt != "being"
    if nxt not in _PRESENT_STARTS:
        return False
    for w in after[1:]:
        if w.endswith("ly") or w in _PRESENT_STARTS:
            continue  # "not entirely sure", "still really"
        cls = word_class(w)
        return not ("v" in cls and "a" not in cls and "n" not in cls and not w.endswith("ing"))
    return True


def _adverbial(doc: ApostropheDoc, start: int, word: str, after: list[str]) -> tuple[int, str] | None:
    """ "at least were getting": a two-word sentence adverbial that opens the clause, then "were"."""
    second = doc.prev(start)
    if not second or not word.islower():
        return None
    at = start - len(second) - 1
    first = doc.prev(at)
    phrase = f"{first} {second}".lower()
    if phrase not in _adverbials():
        return None
    at -= len(first) + 1
    opens = doc.sentence_start(at) or doc.after_comma(at) or doc.prev(at).lower() in ("and", "but", "so")
    nxt = after[0]
    if not opens or not (_present(after) or (nxt in cues("prepositions") and nxt not in ("to", "of"))):
        return None
    return reason(word, nxt, f'after the sentence adverbial "{first} {second}", "were" has no subject', 2)


@functools.cache
def _adverbials() -> frozenset[str]:
    """Two-word sentence adverbials ("at least", "of course") from ``contraction_cues.en.txt``."""
    return frozenset(row.lower() for row in sections("contraction_cues", "en").get("clause_adverbials", ()))


def _title(doc: ApostropheDoc, start: int, word: str, after: list[str]) -> tuple[int, str] | None:
    """ "“Were On It”", "“Id Do Anything”": a capitalised contraction opening a quoted title."""
    nxt = after[0]
    if word[0] != word[0].upper() or not nxt[:1].isupper() or nxt.isupper() or len(after) < 2:
        return None
    _, gap = doc.before(start)
    if not (gap.endswith(_OPEN_QUOTES) or doc.sentence_start(start)):
        return None
    then = after[1]
    if not (then[:1].isupper() or then in (END, STOP)):
        return None  # the capitals stop: no title
    low = nxt.lower()
    lower = word.lower()
    if lower == "were":
        ok = low in _PRESENT_STARTS or (low in cues("prepositions") and low not in ("to", "of"))
        ok = ok or (low.endswith("ing") and "v" in word_class(low) and low != "being")
        what = "a predicate"
    else:
        cls = word_class(low)
        ok = low in ("be", "do", "have", "never", "always", "rather") or (plain_verb(low) and "n" not in cls)
        ok = ok and low not in ("will", "shall")
        what = "a base verb"
    if not ok:
        return None
    at = 2 if lower == "were" else 1
    return reason(word, nxt, f'"{word}" opening a title in capitals before {what}', at)


def _relative_had(doc: ApostropheDoc, start: int, word: str, after: list[str]) -> tuple[int, str] | None:
    """ "the dream shed had since she was": noun, "shed", then "had"/"been" with no object after it."""
    lower = word.lower()
    nxt = after[0]
    if lower not in _PERSON or not word.islower() or nxt not in ("had", "been") or len(after) < 2:
        return None
    prev = doc.prev(start)
    cls = word_class(prev)
    if not prev.islower() or "n" not in cls or prev in closed_class() or "x" in cls:
        return None
    then = after[1]
    gap = then in (END, STOP) or (nxt == "been" and then.endswith("ing"))
    gap = gap or (then in _GAP_WORDS and len(after) > 2 and after[2] in SUBJECT_PRONOUNS | _DETERMINERS)
    if not gap or not any(doc.where(w) for w in _PERSON[lower]):
        return None
    if _noun_somewhere(doc, word):
        return None  # "the shed": the document uses the noun
    pronoun = _PERSON[lower][0]
    why = f'after the noun "{prev}", "{word} {nxt}" with no object after it is a relative clause'
    return reason(word, nxt, why, len(pronoun))


class _Marks:
    """Where a document's sentences end, its quotation marks and its "we", "our", "us" stand: found once."""

    def __init__(self, text: str) -> None:
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self.quotes = [m.start() for m in _QUOTE.finditer(text)]
        self.plurals = [m.start() for m in _FIRST_PLURAL.finditer(text)]
        self.nouns: dict[str, bool] = {}


# One :class:`_Marks` per document, made on the first question.
_MARKS: weakref.WeakKeyDictionary[ApostropheDoc, _Marks] = weakref.WeakKeyDictionary()


def _marks(doc: ApostropheDoc) -> _Marks:
    found = _MARKS.get(doc)
    if found is None:
        found = _MARKS[doc] = _Marks(doc.text)
    return found


def _noun_somewhere(doc: ApostropheDoc, word: str) -> bool:
    """Whether ``word`` follows a determiner anywhere in the document ("the shed", "a shed")."""
    seen = _marks(doc).nouns
    if word not in seen:
        seen[word] = any(doc.prev(s).lower() in _DETERMINERS for s in doc.where(word))
    return seen[word]


def _in_quote(doc: ApostropheDoc, start: int) -> bool:
    """Whether the last quotation mark on the line before ``start`` (within reach) opens a quotation."""
    text = doc.text
    quotes = _marks(doc).quotes
    k = bisect.bisect_left(quotes, start)
    if not k:
        return False
    at = quotes[k - 1]
    lo = max(text.rfind("\n", at, start) + 1, start - _WINDOW)
    if at < lo:
        return False  # the mark is on an earlier line or too far back
    mark = text[at]
    if mark != '"':
        return mark == "“"
    before = text[at - 1] if at else " "
    return (before.isspace() or before in "([—–") and not text[at + 1 : at + 2].isspace()


def _first_plural(doc: ApostropheDoc, start: int) -> bool:
    """Whether the sentence around ``start`` has "we", "our" or "us" (within reach)."""
    marks = _marks(doc)
    k = bisect.bisect_right(marks.ends, start)
    begin = max(marks.ends[k - 1] if k else 0, start - _WINDOW)
    stop = min(marks.ends[k] if k < len(marks.ends) else len(doc.text), start + _WINDOW // 2)
    j = bisect.bisect_left(marks.plurals, begin)
    return j < len(marks.plurals) and marks.plurals[j] < stop
