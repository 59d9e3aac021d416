"""Names of people and agencies as bylines and photo credits write them.

"By John Smith and Jane Doe, Reuters", "John Smith | Staff Writer",
"Karim al-Nouri / EPA": bylines and credits are capitalised name words
(with particles such as "al-" or "van"), joined by commas or "and", next to
agency names and job titles. This module only builds the patterns;
``drop_bylines`` and ``drop_photo_credits`` decide what to drop. The words are
data in ``cleanwire/lexicons/``: ``byline_labels``, ``byline_roles`` and
``name_joiners`` per language, ``name_particles.txt`` and ``agencies.txt`` for
every language.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from ..lexicon import alternation, entries, literal, phrases
from .scan import LabelHead, label_head

NAME_FAMILIES = ("byline_labels", "byline_roles", "name_joiners")  # lexicons behind bylines


@dataclass(frozen=True)
class NamePatterns:
    """The byline and name patterns of one language."""

    byline: regex.Pattern[str]  # "By John Smith and Jane Doe" + optional tail
    label: re.Pattern[str] | None  # the label every byline starts with (None: not checked first)
    label_head: LabelHead | None  # the same at the start of a line of a document
    signed: regex.Pattern[str]  # "John Smith | Staff Writer"
    name: regex.Pattern[str]  # one or more capitalised name words
    role: re.Pattern[str]  # a job title word
    calendar: frozenset[str]  # month and weekday names, lower-cased


@functools.cache
def name_patterns(lang: str) -> NamePatterns:
    """The compiled name patterns of ``lang`` (English words included).

    >>> bool(name_patterns("en").byline.fullmatch("By John Smith and Jane Doe, Reuters"))
    True
    """
    particles = alternation(entries("name_particles"))
    cap = r"\p{Lu}[\p{L}\p{M}'’.\-]*"
    word = rf"(?:{cap}|(?:{particles})(?:[-'’]{cap})?)"
    name = rf"{word}(?:\s+{word}){{0,5}}"
    joiner = rf"(?:\s*[,&]\s*|\s+(?i:{alternation(phrases('name_joiners', lang))})\s+)"
    labels = []
    for label in phrases("byline_labels", lang):
        body = literal(label.rstrip(":"))
        labels.append(body + r"\s*:\s*" if label.endswith(":") else body + r"\s+")
    tail = r"(?:\s*[,|•]\s*|\s+[–—-]\s+)(?P<tail>.+)"
    calendar = phrases("months", lang) + phrases("weekdays", lang)
    byline_labels = phrases("byline_labels", lang)
    ascii_labels = all(x.isascii() for x in byline_labels)
    return NamePatterns(
        # "By" label, the names, then an optional ", Reuters" / "| Staff Writer" tail.
        byline=regex.compile(
            rf"(?i:{'|'.join(labels)})(?P<names>{name}(?:{joiner}{name}){{0,5}})(?:{tail})?"
        ),
        # The label alone, in re: a cheap first test. For ASCII labels re matches at
        # least what regex does (case and \s; a test checks), so nothing is missed.
        label=re.compile("|".join(labels), re.IGNORECASE) if ascii_labels else None,
        label_head=label_head([x.rstrip(":") for x in phrases("byline_labels", lang)])
        if ascii_labels
        else None,
        # A name of two or more words, then a tail (checked for a job title).
        signed=regex.compile(rf"(?P<names>{word}(?:\s+{word}){{1,4}}){tail}"),
        # Name words only, for credit segments ("Karim al-Nouri", "Getty Images").
        name=regex.compile(name),
        # A job title as a whole word, plural allowed.
        role=re.compile(rf"\b(?:{alternation(phrases('byline_roles', lang))})s?\b", re.IGNORECASE),
        calendar=frozenset(w.lower() for w in calendar),
    )


@functools.cache
def agency_names() -> frozenset[str] | None:
    """The agency names, when each is written with single spaces only (else None).

    Then ``agencies().fullmatch(s)`` for a stripped ``s`` is ``" ".join(s.split()) in agency_names()``.

    >>> "Getty Images" in agency_names()
    True
    """
    names = entries("agencies")
    return frozenset(names) if all(" ".join(n.split()) == n for n in names) else None


@functools.cache
def agencies() -> re.Pattern[str]:
    """Any listed agency as a whole word, case as listed ("AFP", "Getty Images").

    >>> bool(agencies().fullmatch("AFP")), bool(agencies().fullmatch("afp"))
    (True, False)
    """
    return re.compile(rf"(?<![\w-])(?:{alternation(entries('agencies'))})(?![\w-])")
