"""Metadata lines: datelines, bylines, photo credits, source lines, URL lines.

News pages wrap the article in lines about the article: when it was published,
who wrote it, who took the photo, which agency it came from, where it lives on
the web. Scrapers keep them as lines of their own. Each filter here drops one
kind, and only whole lines that are nothing but that kind: a date, name or URL
inside a sentence stays, and so does a dateline prefix that opens a paragraph
("DAMASCUS (Reuters) - ..."). All five do nothing when the user keeps metadata
(``metadata="keep"``).

The words these rules look for (month names, "By", "Photo:", "Editing by")
are language data in ``cleanwire/lexicons/`` (``months.en.txt``, ...); another
language is another set of files. English is always included because English
page furniture turns up on sites in every language.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

import regex

from ..context import Context
from ..document import Document
from ..rule import Drop, rule

# -- lexicons ----------------------------------------------------------------


@functools.cache
def _read_lexicon(filename: str) -> tuple[str, ...]:
    """The phrases of one lexicon file (``#`` lines are comments), or ``()``."""
    path = resources.files("cleanwire") / "lexicons" / filename
    if not path.is_file():
        return ()
    lines = (raw.strip() for raw in path.read_text(encoding="utf-8").splitlines())
    return tuple(s for s in lines if s and not s.startswith("#"))


@functools.cache
def _languages(family: str) -> frozenset[str]:
    """Languages with a lexicon file for ``family`` (``family.xx.txt``)."""
    names = (p.name for p in (resources.files("cleanwire") / "lexicons").iterdir())
    parts = (n.split(".") for n in names)
    return frozenset(p[1] for p in parts if len(p) == 3 and p[0] == family and p[2] == "txt")


def lexicon_lang(ctx: Context, *families: str) -> str:
    """The language whose lexicons apply to ``families``.

    The document language is detected only when one of them has a file for a
    language other than English; otherwise the answer is ``"en"``.
    """
    if all(_languages(f) <= {"en"} for f in families):
        return "en"
    return ctx.lang


def phrases(family: str, lang: str) -> tuple[str, ...]:
    """The phrases of lexicon ``family`` for ``lang``, English ones included."""
    found = _read_lexicon(f"{family}.{lang}.txt") if lang != "en" else ()
    return tuple(dict.fromkeys(found + _read_lexicon(f"{family}.en.txt")))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces as ``\\s+``."""
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    return "|".join(escaped) or "(?!)"


def quote(text: str, width: int = 48) -> str:
    """``text`` cut to ``width`` characters for a reason string."""
    text = text.strip()
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


# -- shared line shapes --------------------------------------------------------

# A sentence end at the end of a line, closing quotes or brackets allowed.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
# Outer brackets around a whole credit or source line: "(Photo: X/AFP)".
_BRACKETED = re.compile(r"^[(\[](.*)[)\]]$")
# Sentence boundary inside a line: end punctuation, space, a capital or a quote.
_SENTENCE_BREAK = regex.compile(r"[.!?][\"'”’)]*\s+[\"“‘]?\p{Lu}")
# Longest line any metadata rule looks at; longer lines are prose or junk.
_MAX_LINE = 240


def unbracket(text: str) -> str:
    """``text`` without one pair of brackets around all of it."""
    m = _BRACKETED.match(text)
    return m.group(1).strip() if m else text


def is_prose(text: str) -> bool:
    """Whether a line reads as article prose: a long line or a finished sentence."""
    n = len(text.split())
    return n >= 25 or (n >= 8 and SENTENCE_END.search(text) is not None)


# -- dates ---------------------------------------------------------------------

_DATE_FAMILIES = ("months", "weekdays", "date_labels")  # lexicons behind date lines
# Splits "Section | date • 5 min read" into segments.
_SEGMENTS = re.compile(r"\s*[|•·]\s*|\s+[–—]\s+")


@dataclass(frozen=True)
class _Dates:
    date: re.Pattern[str]  # a date (with an optional time), or a labelled date or time
    time: re.Pattern[str]  # a bare time of day


@functools.cache
def _dates(lang: str) -> _Dates:
    month = rf"(?:{alternation(phrases('months', lang))})\.?"
    weekday = rf"(?:{alternation(phrases('weekdays', lang))})\.?,?\s+"
    label = rf"(?:{alternation(phrases('date_labels', lang))})"
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]|2\d)\d\d"
    month_first = rf"{month}\s+{day}(?:,\s*|\s+){year}"  # December 13, 2024
    day_first = rf"{day}\.?\s+{month},?\s+{year}"  # 13 December 2024, 7 Jan, 2025
    named = rf"(?:{weekday})?(?:{month_first}|{day_first}|{month},?\s+{year})"
    iso = rf"{year}-[01]?\d-[0-3]?\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    numeric = rf"(?:{iso}|[0-3]?\d[./][01]?\d[./]{year}|[01]?\d/[0-3]?\d/{year})"
    zone = r"(?:\s*\(?(?-i:[A-Z]{2,5})(?:[+-]\d{1,2})?\)?)?"
    ampm = r"\s*[ap]\.?m\.?"
    hour = r"(?:[01]?\d|2[0-3])"
    clock = rf"{hour}:[0-5]\d(?::[0-5]\d)?(?:{ampm})?|{hour}\.[0-5]\d(?={ampm}|\s*(?-i:[A-Z]{{2}}))"
    time = rf"(?:{clock}|(?:1[0-2]|0?[1-9]){ampm}){zone}"
    join = r"(?:\s*[,@/–—-]\s*|\s+(?:[a-z]{1,3}\s+)?)"
    stamp = rf"(?:{named}|{numeric})(?:{join}{time})?|{time}{join}(?:{named}|{numeric})"
    labelled = (
        rf"{label}(?:\s*:\s*|\s+)(?:[a-z]{{1,3}}\s+)?(?:{stamp}|{month}\s+{day}|{day}\s+{month}|{time})"
    )
    return _Dates(
        # A whole date segment: "Dec. 13, 2024 10:21 AM ET", "Updated 3:21 PM", "2024-12-13".
        date=re.compile(rf"(?:{labelled}|{stamp})", re.IGNORECASE),
        # A whole time segment: "3:21 PM", "15:21 GMT".
        time=re.compile(time, re.IGNORECASE),
    )


def _label_segment(seg: str) -> bool:
    """A short section or reading-time label next to a date ("World", "5 min read")."""
    start = seg[:1]
    return (
        len(seg) <= 30
        and len(seg.split()) <= 4
        and (start.isupper() or start.isdigit())
        and seg[-1] not in ".!?:;,"
    )


def is_date_line(text: str, lang: str = "en") -> bool:
    """Whether the whole line is a date, maybe with a time, label or section.

    >>> is_date_line("Arab| 11 December, 2024 - 3:21 PM")
    True
    >>> is_date_line("The vote was held on December 13, 2024.")
    False
    """
    s = text.strip()
    if not s or len(s) > 120 or not any(c.isdigit() for c in s):
        return False
    pats = _dates(lang)
    segments = [unbracket(seg.strip(" ,")) for seg in _SEGMENTS.split(s)]
    has_date = False
    labels = 0
    for seg in segments:
        if not seg:
            continue
        if pats.date.fullmatch(seg):
            has_date = True
        elif len(segments) > 1 and pats.time.fullmatch(seg):
            continue
        elif len(segments) > 1 and _label_segment(seg):
            labels += 1
        else:
            return False
    return has_date and labels <= 2


@rule(kind="filter")
def drop_datelines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop lines that are only a publication date, time or section|date.

    Leaves dates inside sentences and dateline prefixes that open a paragraph
    ("DAMASCUS, SYRIA (North Press) – A source said ...").

    >>> drop_datelines("Headline\\nDec. 13, 2024 10:21 AM ET\\nBody text.")
    'Headline\\nBody text.'
    """
    if ctx.keep_metadata:
        return
    lang = lexicon_lang(ctx, *_DATE_FAMILIES)
    for line in doc.content():
        if is_date_line(line.text, lang):
            yield Drop(line.index, line.index, f'date line ("{quote(line.text)}")')


# -- names: bylines and credits -------------------------------------------------

_NAME_FAMILIES = ("byline_labels", "byline_roles", "name_joiners")  # lexicons behind bylines


@dataclass(frozen=True)
class _Names:
    byline: regex.Pattern[str]  # "By John Smith and Jane Doe" + optional tail
    signed: regex.Pattern[str]  # "John Smith | Staff Writer"
    name: regex.Pattern[str]  # one or more capitalised name words
    role: re.Pattern[str]  # a job title word
    calendar: frozenset[str]  # month and weekday names, lower-cased


@functools.cache
def _names(lang: str) -> _Names:
    particles = alternation(_read_lexicon("name_particles.txt"))
    cap = r"\p{Lu}[\p{L}\p{M}'’.\-]*"
    word = rf"(?:{cap}|(?:{particles})(?:[-'’]{cap})?)"
    name = rf"{word}(?:\s+{word}){{0,5}}"
    joiner = rf"(?:\s*[,&]\s*|\s+(?i:{alternation(phrases('name_joiners', lang))})\s+)"
    labels = []
    for label in phrases("byline_labels", lang):
        body = re.escape(label.rstrip(":")).replace(r"\ ", r"\s+")
        labels.append(body + r"\s*:\s*" if label.endswith(":") else body + r"\s+")
    tail = r"(?:\s*[,|•]\s*|\s+[–—-]\s+)(?P<tail>.+)"
    calendar = phrases("months", lang) + phrases("weekdays", lang)
    return _Names(
        # "By" label, the names, then an optional ", Reuters" / "| Staff Writer" tail.
        byline=regex.compile(
            rf"(?i:{'|'.join(labels)})(?P<names>{name}(?:{joiner}{name}){{0,5}})(?:{tail})?"
        ),
        # A name of two or more words, then a tail (checked for a job title).
        signed=regex.compile(rf"(?P<names>{word}(?:\s+{word}){{1,4}}){tail}"),
        # Name words only, for credit segments ("Mohammed Al-Rifai", "Getty Images").
        name=regex.compile(name),
        # A job title as a whole word, plural allowed.
        role=re.compile(rf"\b(?:{alternation(phrases('byline_roles', lang))})s?\b", re.IGNORECASE),
        calendar=frozenset(w.lower() for w in calendar),
    )


def _tail_ok(tail: str, names: _Names, lang: str) -> bool:
    """A byline tail: a short outlet, job title or date, not the rest of a sentence."""
    for seg in _SEGMENTS.split(tail.strip()):
        words = seg.split()
        if not words or len(words) > 6 or seg[-1] in "!?:;":
            return False
        if _dates(lang).date.fullmatch(seg.rstrip(".")):
            continue
        if seg.endswith(".") and len(words[-1]) > 4:
            return False
        if not (seg[0].isupper() or seg[0].isdigit() or names.role.search(seg)):
            return False
    return True


def _byline(text: str, lang: str) -> bool:
    s = text.strip()
    if len(s) > 150:
        return False
    names = _names(lang)
    m = names.byline.fullmatch(s)
    if m:
        words = m.group("names").split()
        if words[0].rstrip(",.").lower() in names.calendar:
            return False  # "By Sunday, ..."
        # One capitalised word is a name only as an agency or acronym: "By Reuters", not "By Air".
        if len(words) == 1 and not (words[0].isupper() or _agencies().fullmatch(words[0])):
            return False
        tail = m.group("tail")
        return tail is None or _tail_ok(tail, names, lang)
    m = names.signed.fullmatch(s)
    if m:
        tail = m.group("tail")
        return len(tail.split()) <= 5 and bool(names.role.search(tail)) and _tail_ok(tail, names, lang)
    return False


@rule(kind="filter")
def drop_bylines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop byline lines: "By John Smith", "Author: Jane Doe", "John Smith | Staff Writer".

    The text after "By" must be names (capitalised words, joined by commas or
    "and"), optionally followed by a short outlet, title or date. Leaves prose
    that starts with "By" ("By Sunday, the rebels had taken the city.",
    "By contrast, ...").

    >>> drop_bylines("By John Smith and Jane Doe, Reuters\\nBy contrast, prices fell.")
    'By contrast, prices fell.'
    """
    if ctx.keep_metadata:
        return
    lang = lexicon_lang(ctx, *_DATE_FAMILIES, *_NAME_FAMILIES)
    for line in doc.content():
        if _byline(line.text, lang):
            yield Drop(line.index, line.index, f'byline ("{quote(line.text)}")')


# -- photo credits ---------------------------------------------------------------

# "©", "(c)" and the word "Copyright" open copyright notices in every language.
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)", re.IGNORECASE)
# Splits "AP Photo/Evan Vucci" and "AFP via Getty Images" into their parts.
_CREDIT_PARTS = re.compile(r"\s*/\s*|\s+via\s+")
# An agency-style acronym: "SANA", "EPA-EFE".
_ACRONYM = re.compile(r"[A-Z][A-Z\-]{1,9}")


@functools.cache
def _credit_label(lang: str) -> re.Pattern[str]:
    labels = alternation(phrases("credit_labels", lang))
    # A credit label, then ":", a spaced dash, "by", a name after "courtesy of", or the line end.
    return re.compile(rf"(?:{labels})(?:\s*:\s*|\s+[–—-]\s+|\s+by\s+|(?<=of)\s+|$)", re.IGNORECASE)


@functools.cache
def _agencies() -> re.Pattern[str]:
    # Any listed agency as a whole word, case as listed ("AFP", "Getty Images").
    return re.compile(rf"(?<![\w-])(?:{alternation(_read_lexicon('agencies.txt'))})(?![\w-])")


def credit_kind(text: str, lang: str = "en") -> str | None:
    """What kind of credit line ``text`` is ("photo credit", "copyright line"), or None.

    >>> credit_kind("Mohammed Al-Rifai / AFP")
    'photo credit'
    >>> credit_kind("The AP / NORC poll showed support falling.") is None
    True
    """
    s = unbracket(text.strip())
    if not s or len(s) > 200:
        return None
    words = len(s.split())
    if _COPYRIGHT.match(s):
        return "copyright line" if words <= 15 else None
    m = _credit_label(lang).match(s)
    if m:
        return "photo credit" if words <= 20 else None
    if words > 12 or SENTENCE_END.search(s):
        return None
    parts = [p.removesuffix(".com") for p in _CREDIT_PARTS.split(s)]
    agencies = _agencies()
    if len(parts) == 1:
        return "photo credit" if agencies.fullmatch(s) else None
    name = _names(lang).name
    if not all(name.fullmatch(p) or agencies.fullmatch(p) for p in parts):
        return None
    if any(agencies.search(p) for p in parts):
        return "photo credit"
    acronyms = [p for p in parts if _ACRONYM.fullmatch(p)]
    people = [p for p in parts if len(p.split()) >= 2]
    return "photo credit" if acronyms and people else None


def _caption(text: str) -> bool:
    """A caption: one short finished sentence."""
    s = text.strip()
    return (
        len(s) <= 240
        and len(s.split()) <= 30
        and SENTENCE_END.search(s) is not None
        and _SENTENCE_BREAK.search(s[:-1]) is None
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
    Images)", "Credit: ...", "© 2024 X", "File photo". The line before a
    credit is dropped as its caption only when it is one short finished
    sentence that follows a title, date or other non-prose line (a caption
    between the title and the body); a paragraph inside the article, or the
    first line of the document, that happens to precede a credit stays.

    >>> drop_photo_credits("Title\\n\\nA fighter in Aleppo.\\n\\nJane Doe / AFP\\n\\nBody.")
    'Title\\n\\n\\n\\nBody.'
    """
    if ctx.keep_metadata:
        return
    lang = lexicon_lang(ctx, "credit_labels", *_NAME_FAMILIES)
    credits = {}
    for line in doc.content():
        kind = credit_kind(line.text, lang)
        if kind:
            credits[line.index] = kind
    for i, kind in credits.items():
        j = _prev_content(doc, i)
        if j is not None and j not in credits and _caption(doc.lines[j].text) and _after_heading(doc, j):
            credit = quote(doc.lines[i].text, 32)
            yield Drop(j, j, f'photo caption before the credit "{credit}"')
        yield Drop(i, i, f'{kind} ("{quote(doc.lines[i].text)}")')


# -- sources and production credits ----------------------------------------------


@dataclass(frozen=True)
class _Sources:
    named: re.Pattern[str]  # "Source: X"
    by: regex.Pattern[str]  # "Editing by X"


@functools.cache
def _sources(lang: str) -> _Sources:
    labels = phrases("source_labels", lang)
    colon = alternation(x.rstrip(":") for x in labels if x.endswith(":"))
    by = alternation(x for x in labels if not x.endswith(":"))
    return _Sources(
        # "Source: Bloomberg", "Sources: AP, Reuters".
        named=re.compile(rf"(?:{colon})\s*:\s*(?P<content>\S.*)", re.IGNORECASE),
        # "Editing by Kardo Roj": the label, then a capitalised name.
        by=regex.compile(rf"(?i:{by})\s+(?P<content>\p{{Lu}}.*)"),
    )


# A web address or bare domain: "reuters.com", "https://x.org/a".
_WEB = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?", re.IGNORECASE)


def _source_line(text: str, lang: str) -> str | None:
    s = unbracket(text.strip())
    if not s or len(s) > 300:
        return None
    pats = _sources(lang)
    m = pats.named.fullmatch(s)
    if m:
        content = m.group("content")
        short = len(content.split()) <= 6 and _SENTENCE_BREAK.search(content) is None
        shaped = not content[0].islower() or _WEB.fullmatch(content.rstrip(".")) is not None
        return "source line" if short and shaped and content[-1] not in "?!" else None
    if len(s.split()) > 40:
        return None
    for seg in s.split(";"):
        part = pats.by.fullmatch(seg.strip().rstrip("."))
        if not part:
            return None
        words = part.group("content").split()
        if len(words) > 12 or any(w[0].islower() and len(w) > 4 for w in words):
            return None
    return "production credit"


@rule(kind="filter")
def drop_source_lines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop short source and production-credit lines: "Source: Bloomberg", "Editing by X".

    "Reporting by X; Editing by Y" counts when every part is a label plus
    names. A "Source:" line counts only with six words or fewer after the
    label; "Source: the ministry said the figures were wrong." is a sentence
    and stays, as does "Reporting by the BBC showed ...".

    >>> drop_source_lines("Body.\\nSource: Bloomberg\\n(Reporting by Jane Doe; Editing by John Roe)")
    'Body.'
    """
    if ctx.keep_metadata:
        return
    lang = lexicon_lang(ctx, "source_labels")
    for line in doc.content():
        kind = _source_line(line.text, lang)
        if kind:
            yield Drop(line.index, line.index, f'{kind} ("{quote(line.text)}")')


# -- URL lines ---------------------------------------------------------------------

# A whole line that is one URL, maybe in <>, () or []: "https://x.org/a", "www.x.org/a".
_BARE_URL = re.compile(r"[<(\[]?(?:(?:https?://|www\.)\S+?|[\w-]+(?:\.[\w-]+)+/\S*?)[>)\]]?[.,;]?")


@functools.cache
def _url_label(lang: str) -> re.Pattern[str]:
    labels = alternation(phrases("url_labels", lang))
    # A URL label, an optional ":" and an optional URL after it.
    return re.compile(rf"(?:{labels})\s*:?(?:\s*(?P<url>\S+))?", re.IGNORECASE)


@rule(kind="filter")
def drop_url_lines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Drop bare URL lines and "Original url:" label lines.

    Leaves URLs inside sentences ("Visit https://example.org for details.").

    >>> drop_url_lines("Body.\\nOriginal url:\\nhttps://www.example.com/2024/12/13/story-a87327")
    'Body.'
    """
    if ctx.keep_metadata:
        return
    label = _url_label(lexicon_lang(ctx, "url_labels"))
    for line in doc.content():
        s = line.text.strip()
        if len(s) > 2000 or (" " in s and len(s.split()) > 3):
            continue
        if _BARE_URL.fullmatch(s):
            yield Drop(line.index, line.index, f'bare URL line ("{quote(s)}")')
            continue
        m = label.fullmatch(s)
        if m and (m.group("url") is None or _BARE_URL.fullmatch(m.group("url"))):
            yield Drop(line.index, line.index, f'URL label ("{quote(s)}")')
