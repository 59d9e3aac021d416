"""Date recognition: is a whole line a publication date, time or "section | date"?

News pages put the publication date on a line of its own ("Dec. 13, 2024
10:21 AM ET", "Updated 3:21 PM", "World | 7 Jan, 2025 • 5 min read"), in
bylines ("By Jane Doe | December 13, 2024") and under related headlines. This
module only recognises such dates; ``drop_datelines``, ``drop_bylines`` and
``drop_related`` decide what to drop. Month and weekday names and labels such
as "Updated" are language data (``months.en.txt``, ``weekdays.en.txt``,
``date_labels.en.txt`` in ``cleanwire/lexicons/``). A date inside a sentence is
not a date line.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lexicon import alternation, lookup_order, phrases, sections
from .shapes import unbracket

# The lexicons behind date lines.
DATE_FAMILIES = ("months", "weekdays", "date_labels", "date_joiners", "time_words", "reading_time")
DATE_CHARS = 120  # a date line is never longer than this
_READING_CHARS = 40  # nor a reading-time line longer than this
# Every date and time pattern below needs an ASCII digit (a day, a year or a time:
# each has a [0-9]-style class or a literal digit), so a line without one is no date
# line: drop_datelines only looks at lines with one.
DIGIT = re.compile("[0-9]")
# Splits "Section | date • 5 min read" into segments.
SEGMENTS = re.compile(r"\s*[|•·]\s*|\s+[–—]\s+")


@dataclass(frozen=True)
class DatePatterns:
    """The date patterns of one language."""

    date: re.Pattern[str]  # a date (with an optional time), or a labelled date or time
    time: re.Pattern[str]  # a bare time of day
    reading: re.Pattern[str]  # a reading time: "5 min read", "Reading time: 3 minutes"
    labelled: re.Pattern[str]  # the start of a labelled date: "Updated", "Published:"


@functools.cache
def date_patterns(lang: str) -> DatePatterns:
    """The compiled date patterns of ``lang`` (English names included).

    >>> bool(date_patterns("en").date.fullmatch("Updated Dec. 13, 2024 10:21 AM ET"))
    True
    """
    month = rf"(?:{alternation(phrases('months', lang))})\.?"
    weekday = rf"(?:{alternation(phrases('weekdays', lang))})\.?,?\s+"
    label = rf"(?:{alternation(phrases('date_labels', lang))})"
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]|2\d)\d\d"
    month_first = rf"{month}\s+{day}(?:,\s*|\s+){year}"  # December 13, 2024
    # "13th of December 2024", "22 de outubro de 2010".
    of = rf"(?:(?:{alternation(phrases('date_joiners', lang))})\s+)?"
    day_first = rf"{day}\.?\s+{of}{month},?\s+{of}{year}"  # 13 December 2024, 7 Jan, 2025
    named = rf"(?:{weekday})?(?:{month_first}|{day_first}|{month},?\s+{year})"
    iso = rf"{year}-[01]?\d-[0-3]?\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    numeric = rf"(?:{iso}|[0-3]?\d[./][01]?\d[./]{year}|[01]?\d/[0-3]?\d/{year})"
    zone = r"(?:\s*\(?(?-i:[A-Z]{2,5})(?:[+-]\d{1,2})?\)?)?"
    ampm = r"\s*[ap]\.?m\.?"
    hour = r"(?:[01]?\d|2[0-3])"
    clock = (
        rf"{hour}:[0-5]\d(?::[0-5]\d)?(?:{ampm})?|{hour}\.[0-5]\d(?={ampm}|\s*(?-i:[A-Z]{{2}}))"
        rf"|{hour}h[0-5]\d"  # 17h42
    )
    hours = rf"(?:\s+(?:{alternation(phrases('time_words', lang))}))?"  # "14:35 Uhr"
    time = rf"(?:{clock}|(?:1[0-2]|0?[1-9]){ampm}){hours}{zone}"
    # Between a date and a time: "13 Dec 2024, 10:21", "... at 10:21", "... às 20:13".
    join = r"(?:\s*[,@/–—-]\s*|\s+(?:[^\W\d_]{1,3}\s+)?)"
    stamp = rf"(?:{named}|{numeric})(?:{join}{time})?|{time}{join}(?:{named}|{numeric})"
    labelled = (
        rf"{label}(?:\s*:\s*|\s+)(?:[a-z]{{1,3}}\s+)?(?:{stamp}|{month}\s+{day}|{day}\s+{month}|{time})"
    )
    return DatePatterns(
        # A whole date segment: "Dec. 13, 2024 10:21 AM ET", "Updated 3:21 PM", "2024-12-13".
        date=re.compile(rf"(?:{labelled}|{stamp})", re.IGNORECASE),
        # A whole time segment: "3:21 PM", "15:21 GMT".
        time=re.compile(time, re.IGNORECASE),
        reading=_reading_time(lang),
        labelled=re.compile(rf"{label}\b", re.IGNORECASE),
    )


def _reading_time(lang: str) -> re.Pattern[str]:
    """A reading-time line: "5 min read", "3-minute read", "Reading time: 3 minutes"."""
    words = {name: alternation(phrases_in(lang, name)) for name in ("label", "unit", "after")}
    minutes = r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
    unit = rf"(?:{words['unit']})\.?"
    return re.compile(
        rf"(?:{words['label']})\s*:?\s*{minutes}\s*{unit}|{minutes}[\s-]*{unit}\s+(?:{words['after']})",
        re.IGNORECASE,
    )


def phrases_in(lang: str, section: str) -> list[str]:
    """The ``reading_time`` entries of ``section`` for ``lang``, English ones included."""
    return [p for each in lookup_order(lang) for p in sections("reading_time", each).get(section, ())]


def is_reading_time(text: str, lang: str = "en") -> bool:
    """Whether the whole line says how long the article takes to read.

    >>> is_reading_time("5 min read"), is_reading_time("Tempo de leitura: 2 minutos", "pt")
    (True, True)
    >>> is_reading_time("The match lasted 90 minutes.")
    False
    """
    s = text.strip()
    return len(s) <= _READING_CHARS and date_patterns(lang).reading.fullmatch(s.rstrip(".")) is not None


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

    Two bare dates and nothing else ("29 November 2018 | 20 January 2019")
    are the dates of an event the article is about, not of the article.
    """
    s = text.strip()
    if not s or len(s) > DATE_CHARS or not any(map(str.isdigit, s)):
        return False
    pats = date_patterns(lang)
    segments = [unbracket(seg.strip(" ,")) for seg in SEGMENTS.split(s)]
    dates: list[str] = []
    labels = 0
    for seg in segments:
        if not seg:
            continue
        if pats.date.fullmatch(seg):
            dates.append(seg)
        elif len(segments) > 1 and pats.time.fullmatch(seg):
            continue
        elif len(segments) > 1 and _label_segment(seg):
            labels += 1
        else:
            return False
    if len(dates) == len(segments) == 2 and not any(pats.labelled.match(d) for d in dates):
        return False  # "29 November 2018 | 20 January 2019": an event's dates, not the story's
    return bool(dates) and labels <= 2
