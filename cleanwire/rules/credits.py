"""Photo credits and the captions tied to them.

A scraped page keeps the credit under each picture as a line of its own:
"Lena Marsh / EPA", "Photo: Jane Doe/Reuters", "(Photo by X/Getty
Images)", "© 2024 X". When the picture sits between the title and the body,
its caption comes along too, one short sentence right before the credit.
``drop_photo_credits`` drops the credit, and the caption only where nothing
but a title, date or byline comes before it. It belongs to the metadata
family (:mod:`cleanwire.rules.metadata`) and likewise does nothing when the
user keeps metadata. Names and agencies come from :mod:`cleanwire.rules.names`;
credit labels ("Photo:", "Credit:") are language data (``credit_labels.en.txt``).
Deliberately left alone: sentences that mention photos or agencies ("The AP /
NORC poll showed ..."), and a paragraph or first line that happens to stand
before a credit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..context import Context
from ..document import Document
from ..lexicon import alternation, entries, lexicon_lang, phrase_tree, phrases
from ..rule import Drop, rule
from .apostrophe_words import closed_class
from .names import NAME_FAMILIES, agencies, agency_names, name_patterns
from .scan import LabelHead, label_head, line_head, lines_labelled, lines_starting, lines_with, merged
from .shapes import SENTENCE_BREAK, SENTENCE_END, is_prose, quote, unbracket

# "©" (or the circled letters "ⓒ", "Ⓒ" some sites use), "(c)" and the word
# "Copyright" open copyright notices in every language.
_SIGN = re.compile(r"[©ⓒⒸ]")
_COPYRIGHT = re.compile(r"(?:[©ⓒⒸ]|\(c\)|copyright\b)", re.IGNORECASE)
# A notice's opening: signs, the word "Copyright" and years, in any order: "Copyright © 2010-2024".
_NOTICE_HEAD = re.compile(
    r"(?:(?:[©ⓒⒸ]|\(c\)|copyright\b)[\s:,.]*|(?:1[89]|20)\d\d(?:\s*[-–—]\s*\d{2,4})?(?!\d)[\s,.]*)+",
    re.IGNORECASE,
)
# A year from 1800 to 2099.
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# The fixed phrase that closes many notices.
_ALL_RIGHTS = re.compile(r"\ball\s+rights\s+reserved\b", re.IGNORECASE)
# The end of a notice's first part: "Example Ltd. All rights reserved", "Example, 2024".
_PART_END = re.compile(r"[.,;|](?:\s|$)")
# Punctuation around a word of a notice.
_WORD_PUNCT = "\"'“”‘’«»()[]{}/&:;,.!?*"
_LABELLED_WORDS = 30  # a labelled credit or caption ("Image caption The minister ...") is at most this long
_NOTICE_WORDS = 6  # "Copyright Example Media Group Ltd": a holder without year or sign is this short
# Splits "AP Photo/Evan Vucci" and "AFP via Getty Images" into their parts.
_CREDIT_PARTS = re.compile(r"\s*/\s*|\s+via\s+")
# An agency-style acronym or outlet name with a capital inside: "SANA", "EPA-EFE", "ZDNet".
_ACRONYM = re.compile(r"[A-Z][A-Z\-]{1,9}|[A-Z][a-z]*[A-Z][A-Za-z]{1,12}")


@functools.cache
def _credit_label(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], LabelHead]:
    labels = alternation(phrases("credit_labels", lang))
    either = rf"(?:[©ⓒⒸ]|\(c\)|copyright\b|{phrase_tree(phrases('credit_labels', lang))})"
    return (
        # A credit label, then ":", a spaced dash, "by", a name after "courtesy of" or "image
        # copyright", a caption after "image caption", or the line end.
        re.compile(
            rf"(?:{labels})(?:\s*:\s*|\s+[–—-]\s+|\s+by\s+|(?:(?<=of)|(?<=copyright)|(?<=caption))\s+|$)",
            re.IGNORECASE,
        ),
        # What both that and _COPYRIGHT need at the start: one test for the two.
        re.compile(either, re.IGNORECASE),
        # The same at the start of a line of a document, maybe after an opening bracket
        # (no \b in the folded form: folding drops apostrophes after the word).
        label_head(
            phrases("credit_labels", lang),
            before=r"(?:[(\[][^\S\n]*)?",
            raw_extra=r"[©ⓒⒸ]|\(c\)|copyright\b",
            folded_extra=r"[©ⓒⒸ]|\(c\)|copyright",
        ),
    )


@functools.cache
def _agency_head() -> re.Pattern[str]:
    # An agency name at the start of a line, maybe after an opening bracket.
    return line_head(rf"(?:[(\[][^\S\n]*)?(?:{phrase_tree(entries('agencies'))})")


# A label that a holder or caption follows after a bare space ("Image copyright Getty Images").
_SPACED_LABEL = re.compile(r"(?:copyright|caption)\s+$", re.IGNORECASE)
# A note's label at the start of a line: one or two words and a colon ("Editor's note:").
_NOTE_LABEL = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+)?\s*:\s")
# A caption, then a credit in brackets that ends the line: "A ferry leaves. (Jane Doe/AFP)".
_TRAILING_CREDIT = re.compile(r"(?P<caption>.*?\S)\s*[(\[](?P<credit>[^()\[\]]+)[)\]]")
# The line has more than one part ("Name / AFP", "AFP via Getty Images").
_PARTED = re.compile(r"/|via")


def credit_kind(text: str, lang: str = "en") -> str | None:
    """What kind of credit line ``text`` is ("photo credit", "copyright line"), or None.

    >>> credit_kind("Karim al-Nouri / EPA")
    'photo credit'
    >>> credit_kind("The AP / NORC poll showed support falling.") is None
    True
    """
    s = unbracket(text.strip())
    if not s or len(s) > 200:
        return None
    words = len(s.split())
    label, head, _ = _credit_label(lang)
    if head.match(s):
        if _COPYRIGHT.match(s):
            return "copyright line" if words <= 15 and _notice(s) else None
        m = label.match(s)
        if m:
            if _SPACED_LABEL.search(m.group()) and s[m.end() : m.end() + 1].islower():
                return None  # "Image copyright law is complex."
            kind = "photo caption" if "caption" in m.group().lower() else "photo credit"
            return kind if words <= _LABELLED_WORDS else None
    if words > 12 or SENTENCE_END.search(s):
        return None
    agency = agencies()
    if "/" not in s and "via" not in s:  # one part: the whole line must be an agency
        names = agency_names()
        if names is not None:
            return "photo credit" if " ".join(s.split()) in names else None
        return "photo credit" if agency.fullmatch(s) else None
    parts = [p.removesuffix(".com") for p in _CREDIT_PARTS.split(s)]
    if len(parts) == 1:
        return "photo credit" if agency.fullmatch(s) else None
    name = name_patterns(lang).name
    if not all(name.fullmatch(p) or agency.fullmatch(p) for p in parts):
        return None
    if any(agency.search(p) for p in parts):
        return "photo credit"
    acronyms = [p for p in parts if _ACRONYM.fullmatch(p)]
    people = [p for p in parts if len(p.split()) >= 2]
    # A person and an outlet ("Jane Doe/ZDNet"), or three institutions ("NASA/JPL-Caltech/ASU").
    return "photo credit" if (acronyms and people) or (len(parts) >= 3 and len(acronyms) >= 2) else None


def captioned_credit(text: str, lang: str = "en") -> bool:
    """Whether ``text`` is a caption sentence with its credit in brackets at the end.

    >>> captioned_credit("The first map of the moon. (NASA/JPL/ESA)")
    True
    >>> captioned_credit("The plan was approved by the council (AP)."), captioned_credit("He left. (AFP)")
    (False, False)
    """
    m = _TRAILING_CREDIT.fullmatch(text.strip())
    if m is None or not _caption(m.group("caption")):
        return False
    credit = m.group("credit").strip()
    # A lone agency in brackets ends many a wire paragraph ("... he said. (ANI)"): not a photo credit.
    parted = _PARTED.search(credit) is not None or _credit_label(lang)[0].match(credit) is not None
    return parted and credit_kind(credit, lang) is not None


def _notice(s: str) -> bool:
    """Whether ``s``, which starts with "©", "(c)" or "Copyright", is a copyright notice.

    A line starting with "©" is one. After "(c)" comes a year or a holder's
    name ("(c) 2024 Example Media"), not a list item's sentence ("(c) the right
    to remain silent;"). After the word "Copyright" comes a holder's name, and
    the line has a year, a sign or "All rights reserved", or is a name of at
    most six words: "Copyright claims rose 40% in 2023" is prose.

    >>> _notice("Copyright 2024 Example Media Ltd. All rights reserved."), _notice("(c) Example Media")
    (True, True)
    >>> _notice("Copyright claims rose 40% in 2023."), _notice("(c) the right to a lawyer;")
    (False, False)
    """
    if s.startswith(("©", "ⓒ", "Ⓒ")):
        return True
    head = _NOTICE_HEAD.match(s)
    body = _ALL_RIGHTS.sub(" ", s[head.end() if head else 0 :])
    if not _holder(_words(_PART_END.split(body, maxsplit=1)[0])):
        return False
    words = _words(body)
    if s[:3].lower() == "(c)":
        return bool(words) or (head is not None and _YEAR.search(head.group()) is not None)
    if _YEAR.search(s) or _SIGN.search(s) or "(c)" in s.lower() or _ALL_RIGHTS.search(s):
        return True
    closed = closed_class()
    named = bool(words) and all(w[0].isupper() or w.lower() in closed for w in words)
    return named and len(s.split()) <= _NOTICE_WORDS


def _words(text: str) -> list[str]:
    """The words of ``text`` without the punctuation around them."""
    return [w for w in (raw.strip(_WORD_PUNCT) for raw in text.split()) if w]


def _holder(words: list[str]) -> bool:
    """Whether ``words`` can name a copyright holder rather than start a sentence.

    The first word that is not a function word starts with a capital, a digit
    or is a domain ("example.com"); no two lower-case words other than
    function words stand together ("Members of the board shall be elected").
    """
    closed = closed_class()
    open_words = [w for w in words if w.lower() not in closed]
    if open_words and open_words[0][0].islower() and "." not in open_words[0]:
        return False
    run = 0
    for w in words:
        run = 0 if w.lower() in closed or not w[0].islower() else run + 1
        if run >= 2:
            return False
    return True


def _caption(text: str) -> bool:
    """A caption: one short finished sentence, not a labelled note ("Disclosure: ...", "Update: ...")."""
    s = text.strip()
    return (
        len(s) <= 240
        and len(s.split()) <= 30
        and SENTENCE_END.search(s) is not None
        and SENTENCE_BREAK.search(s[:-1]) is None
        and _NOTE_LABEL.match(s) is None
    )


def _prev_content(doc: Document, i: int, *, kept: bool = True, limit: int = 50) -> int | None:
    """Index of the last non-blank (and kept) line before ``i``, looking back ``limit`` lines."""
    for j in range(i - 1, max(i - 1 - limit, -1), -1):
        if not doc.lines[j].blank and not (kept and j in doc.dropped):
            return j
    return None


def _after_heading(doc: Document, i: int) -> bool:
    """Whether line ``i`` follows a title, date or byline rather than article prose.

    A line with only dropped lines (metadata) before it counts; the first
    line of the document does not: it may be the article's first paragraph.
    """
    k = _prev_content(doc, i)
    if k is None:
        return _prev_content(doc, i, kept=False) is not None
    return not is_prose(doc.lines[k].text)


@rule(kind="filter")
def drop_photo_credits(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop photo credit lines and the caption sentence tied to a credit.

    Credits: "Name / AFP", "Photo: Jane Doe/Reuters", "(Photo by X/Getty
    Images)", "Credit: ...", "© 2024 X", "File photo"; a caption sentence
    with its credit in brackets at the end goes whole. The line before a
    credit is dropped as its caption only when it is one short finished
    sentence that follows a title, date or other non-prose line (a caption
    between the title and the body); a paragraph inside the article, the
    first line of the document, or a line before a copyright notice stays.

    >>> drop_photo_credits("Title\\n\\nA ferry leaves the harbour.\\n\\nJane Doe / EPA\\n\\nBody.")
    'Title\\n\\n\\n\\nBody.'
    """
    if ctx.keep_metadata:
        return
    lang = lexicon_lang(ctx, "credit_labels", *NAME_FAMILIES)
    credits = {}
    # A credit line starts with a label, "©" or an agency, or has parts ("/", "via").
    starts = lines_labelled(doc, ctx, _credit_label(lang)[2])
    for line in merged(starts, lines_starting(doc, _agency_head()), lines_with(doc, _PARTED)):
        kind = credit_kind(line.text, lang)
        if kind:
            credits[line.index] = kind
        elif captioned_credit(line.text, lang):
            yield Drop(line.index, line.index, f'photo caption with its credit ("{quote(line.text)}")')
    for i, kind in credits.items():
        # A copyright notice closes a page, not a picture: the line before it is no caption.
        j = _prev_content(doc, i) if kind != "copyright line" else None
        if j is not None and j not in credits and _caption(doc.lines[j].text) and _after_heading(doc, j):
            credit = quote(doc.lines[i].text, 32)
            yield Drop(j, j, f'photo caption before the credit "{credit}"')
        yield Drop(i, i, f'{kind} ("{quote(doc.lines[i].text)}")')
