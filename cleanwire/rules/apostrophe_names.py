"""Possessives of names in a document that lost its apostrophes: "Varnholts deputy", "NASAs probe".

In a document that writes its apostrophes, "Xs" is read as "X's" only with
strict evidence (:mod:`cleanwire.rules.apostrophe_possessives`). Once the
document has clearly lost them (:func:`cleanwire.rules.apostrophe_doc.stripped`)
a capitalised "Xs" before a word it can own is far more often a possessive
than a plural, and these checks accept weaker evidence, each a kind of fact
about the name:

* the document uses "X" and "Xs" is rare in English (``wordfreq``) or at
  least far rarer than "X": "Varnholt ... Varnholts deputy", "Acmes 2025 bond";
* the document does not use "X", but "X" is a common English word or name
  and "Xs" is far rarer (a plural of a name is rare: "Norways oil output");
  then the word after "Xs" must be one that cannot be the verb of a plural
  subject ("Norways exports rose" is left, "exports" may be a verb);
* a name ending in -s with a second "s" that is no word: "Jamess book" is
  "James's book";
* a name the document uses at least twice, with "Xs" rare in English and
  somewhat rarer than "X" ("Hale ... Hale ... Hales offer");
* on a headline-style line, only "Xs" that no word list knows, of a name
  used at least twice, before a word that is no verb ("Orvanes Current Plan");
* at the start of a sentence only when the document uses "X" as a name
  inside sentences too ("... said Orvane. Orvanes profit fell");
* a two-word name the document also writes without the "s", before a word
  that can be owned and is no verb: "the Supreme Court ... the Supreme
  Courts ruling" (a plural of such a name is rare);
* a weekday and a noun, without "on" or "every" before it ("Tuesdays
  hearings"), and a rare plural at a sentence start ("Todays meeting"):
  :mod:`cleanwire.rules.apostrophe_noun_frames`.

Left alone: anything the document uses as a plural ("the Obamas", "two
Teslas", "Yemenis fled"; "the Xs" counts as a plural unless the document
also writes "the X" as a thing: "the Sentra has ... the Sentras interior"),
names on headline-style lines, "Xs" before punctuation, and common plurals
("Americans", "Democrats", "Reuters") whose frequency is close to the
singular's.

>>> from cleanwire.rules.apostrophe_doc import ApostropheDoc
>>> doc = ApostropheDoc("Varnholt spoke, and Varnholts deputy agreed.")
>>> print(stripped_name_possessive(doc, 20, "Varnholts"))
possessive: "Varnholt" occurs once as a name, "Varnholts" is far rarer, and "deputy" can be owned
"""

from __future__ import annotations

import re

from .apostrophe_doc import ApostropheDoc, is_name, marks_plural, noun_like
from .apostrophe_noun_frames import rare_plural_frame, weekday_frame
from .apostrophe_words import closed_class, verb_rare, word_class, zipf

# After a space: an opening quote or a currency sign, then the word (group 1).
_QUOTED = re.compile(r"[“\"‘(]?[$£€]?([^\W_]+)")
# Words after "Xs Y" that make "Y" a noun: "Norways output was", "Acmes plan has".
_VERB_AFTER_NOUN = frozenset(["is", "was", "has", "will", "would", "could", "should", "can", "may", "might"])

COMMON_ZIPF = 3.5  # "Xs" at or above this Zipf frequency is too common a word to be read as "X's"
SEEN_MARGIN = 1.0  # with "X" in the document: "X" this much more frequent than "Xs" ...
ACRONYM_MARGIN = 1.5  # ... or this much for an acronym ("NASAs")
CLASS_MARGIN = 1.2  # ... or this much when "xs" is an English word ("marks", "fords")
HEAD_NAME_MARGIN = 0.75  # ... or this much, when the document uses "X" as a name of its own ("Apple said")
UNSEEN_MARGIN = 1.5  # without "X" in the document: "X" this much more frequent than "Xs" ...
UNSEEN_CLASS_MARGIN = 2.0  # ... or this much when "xs" is an English word
UNSEEN_MIN_ZIPF = 3.0  # ... and "X" itself at least this frequent
FULL_NAME_ZIPF = (
    2.6  # an "Xs" rarer than this after a first name ("Orla Varnholts") is a surname's possessive
)
SURNAME_MIN_ZIPF = 1.5  # "Xs" unknown after a first name: "X" known at least this well
HEAD_NAME_SEEN = 2  # a name the document uses this often on its own may own a word even if "Xs" is common
OFTEN_SEEN = 2  # a name the document uses this often: "Xs" needs only ...
OFTEN_MARGIN = 0.5  # ... to be this much rarer than "X" in English ...
OFTEN_RARE_ZIPF = 3.0  # ... and rare in its own right (not "Roberts", "Peters": surnames of their own)


def stripped_name_possessive(doc: ApostropheDoc, start: int, word: str) -> str | None:
    """The reason to read the capitalised ``word`` ("...s") as a name's possessive, or None."""
    base = word[:-1]
    if not word[0].isupper() or len(base) < 2:
        return None
    day = weekday_frame(doc, start, word) or rare_plural_frame(doc, start, word)
    if day is not None:
        return day[1]  # "Tuesdays hearings", "Todays meeting"
    if doc.title_line(start):
        return _headline(doc, start, word)
    if base[-1] in "sS":
        return _double_s(doc, start, word)
    if not base[1:].isalpha():
        return None
    rare, common = zipf(word), zipf(base)
    acronym = base.isupper()
    known = bool(word_class(word.lower()))
    seen = len(doc.where(base))
    strict = surname = False
    if seen:
        if acronym or not known:
            margin = ACRONYM_MARGIN if acronym else SEEN_MARGIN
            ok = rare == 0 or (rare < COMMON_ZIPF and common >= rare + margin)
            # "Orvane ... Orvane ... Orvanes announcement": a name the document keeps using.
            often = not acronym and seen >= OFTEN_SEEN and rare < OFTEN_RARE_ZIPF
            ok = ok or (often and common >= rare + OFTEN_MARGIN)
        else:
            head = doc.head_noun_somewhere(base)
            ok = common >= rare + (HEAD_NAME_MARGIN if head else CLASS_MARGIN)
            if not ok and head and seen >= HEAD_NAME_SEEN and not doc.sentence_start(start):
                ok = strict = True  # "Titan is ... Titan in 2034 ... Titans icy crust"
        if ok and doc.sentence_start(start) and known:
            ok = doc.name_inside(base) and not doc.where(base.lower())
    else:
        margin = UNSEEN_CLASS_MARGIN if known else UNSEEN_MARGIN
        ok = rare < COMMON_ZIPF and common >= max(UNSEEN_MIN_ZIPF, rare + margin)
        # "Orla Varnholts deputy": after a first name, "Xs" no dictionary knows, "X" one it does.
        surname = not (ok or known) and rare == 0 and common >= SURNAME_MIN_ZIPF and is_name(doc.prev(start))
        ok = (ok or surname) and not doc.sentence_start(start)
        # "Orla Varnholts deputy": a first name before it; a plural of a full name does not occur.
        strict = not (not known and rare < FULL_NAME_ZIPF and is_name(doc.prev(start)))
    phrase = ""
    if seen and not ok and not acronym:
        phrase = _name_phrase(doc, start, base)
        ok = strict = bool(phrase)  # "the Supreme Court ... the Supreme Courts ruling"
    if not ok or _plural(doc, start, word):
        return None
    nxt = _next(doc, start + len(word))
    if seen and rare < COMMON_ZIPF and nxt.endswith("ing") and nxt.islower():
        pass  # "New Yorks growing debt"
    elif not (nxt[:1].isdigit() or _owned(doc, start, word, nxt, strict)):
        return None
    if phrase:
        return f'possessive: the document writes the name "{phrase}", and "{nxt}" after "{word}" can be owned'
    kind = "an acronym" if acronym else "a name"
    if not seen and surname:
        after = f'"{word}" after "{doc.prev(start)}"'
        return f'possessive: {after} is no word, "{base}" is a known name, and "{nxt}" can be owned'
    if not seen:
        common_name = f'"{base}" is a common {kind[kind.index(" ") + 1 :]} in English'
        return f'possessive: {common_name}, "{word}" is far rarer, and "{nxt}" can be owned'
    times = "once" if seen == 1 else f"{seen} times"
    return f'possessive: "{base}" occurs {times} as {kind}, "{word}" is far rarer, and "{nxt}" can be owned'


def _name_phrase(doc: ApostropheDoc, start: int, base: str) -> str:
    """ "Supreme Court" when "Supreme" stands before ``base`` + "s" here and before ``base`` elsewhere.

    A name of two capitalised words ("Supreme Court", "Solar System") is rarely
    made plural, so the document's own use of it without the "s" shows the
    "s" was a possessive's.
    """
    prev = doc.prev(start)
    if not is_name(prev) or not prev[1:].isalpha():
        return ""
    return f"{prev} {base}" if any(doc.prev(s) == prev for s in doc.where(base)) else ""


def _next(doc: ApostropheDoc, end: int) -> str:
    """The word after offset ``end``, also behind an opening quote or a currency sign ("Xs $6")."""
    nxt = doc.next(end)
    if nxt or doc.text[end : end + 1] != " ":
        return nxt
    m = _QUOTED.match(doc.text, end + 1)
    return m.group(1) if m else ""


def _plural(doc: ApostropheDoc, start: int, word: str) -> bool:
    """Whether ``word`` acts as a plural here ("two Xs", "the Xs" of a family) or anywhere in the document."""
    prev = doc.prev(start)
    if marks_plural(prev, word) and not (prev.lower() == "the" and doc.thing(word[:-1])):
        return True
    return doc.plural_somewhere(word)


def _owned(doc: ApostropheDoc, start: int, word: str, nxt: str, strict: bool) -> bool:
    """Whether ``nxt`` after ``word`` can be what it owns; ``strict``: and cannot be its plural verb."""
    if nxt.isdigit():
        return True
    if not noun_like(doc, start, nxt):
        return False
    if not strict or not nxt.islower():
        return True
    end = start + len(word) + 1 + len(nxt)
    if doc.text[end : end + 1] == "-" and doc.text[end + 1 : end + 2].isalpha():
        return True  # "Varnholts empty-net goal": a compound modifier, no verb
    cls = word_class(nxt)
    if ("v" not in cls and "z" not in cls) or verb_rare(nxt):
        return True  # "Norways economy", "Koreas leader", "Kenyas moon program" ("mooned" is rare)
    if nxt.endswith("ing"):
        return True  # "Orvanes streaming service": no finite verb of a plural subject
    # "Norways output rose", "Koreas leader is": a verb after the noun, so the noun is no verb.
    then = doc.next(start + len(word) + 1 + len(nxt))
    return then in _VERB_AFTER_NOUN or word_class(then) in ("z", "vz")


def _double_s(doc: ApostropheDoc, start: int, word: str) -> str | None:
    """ "Jamess book": a name ending in -s, a second "s" and a word that no dictionary knows."""
    base = word[:-1]
    if (word[-2:] == "ss" and word[-3:-2] in "sS") or not base[1:].islower() or zipf(word) > 0:
        return None  # "Jonesss", "JAMESS", or a word ("Hess", "Ross")
    seen = len(doc.where(base))
    if not (seen or zipf(base) >= UNSEEN_MIN_ZIPF - 0.5) or doc.sentence_start(start):
        return None
    nxt = doc.next(start + len(word))
    if nxt.lower() in closed_class() or not _owned(doc, start, word, nxt, strict=True):
        return None
    where = f"occurs {'once' if seen == 1 else f'{seen} times'}" if seen else "is a common name in English"
    return f'possessive: "{base}" {where} and ends in -s, "{word}" is no word, and "{nxt}" can be owned'


def _headline(doc: ApostropheDoc, start: int, word: str) -> str | None:
    """ "Varnholts Current Plan" on a headline: "Xs" is no word at all and the document keeps using "X".

    Every word of a headline is capitalised, so the word after "Xs" cannot show
    it is a name; it must be no verb at all ("Varnholts Win Lottery" may be a
    family's win), and "Xs" unknown to English and never a plural in the document.
    """
    base = word[:-1]
    seen = len(doc.where(base))
    if seen < OFTEN_SEEN or zipf(word) > 0 or word_class(word.lower()) or not base[1:].isalpha():
        return None
    nxt = doc.next(start + len(word))
    low = nxt.lower()
    cls = word_class(low)
    if not nxt.isalpha() or low in closed_class() or not ("n" in cls or "a" in cls) or "v" in cls:
        return None
    if marks_plural(doc.prev(start), word) or doc.plural_somewhere(word):
        return None
    why = f'"{base}" occurs {seen} times as a name, "{word}" is no word'
    return f'possessive: {why}, and "{nxt}" can be owned on a headline'
