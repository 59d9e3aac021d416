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

from ..lexicon import alternation, phrases
from .shapes import unbracket

DATE_FAMILIES = ("months", "weekdays", "date_labels")  # lexicons behind date lines
DATE_CHARS = 120  # a date line is never longer than this
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
    return DatePatterns(
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
    if not s or len(s) > DATE_CHARS or not any(map(str.isdigit, s)):
        return False
    pats = date_patterns(lang)
    segments = [unbracket(seg.strip(" ,")) for seg in SEGMENTS.split(s)]
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
