"""Appeal cues: the cue lexicon of ``drop_appeals`` and the label of one line.

A line is labelled on its own before :mod:`cleanwire.rules.appeals` grows blocks
from the labels. Cue phrases are language data in
``cleanwire/lexicons/appeals.<lang>.txt``: one phrase per line under a
``[section]`` naming the kind of appeal (``[donation]``, ``[paywall]``, ...)
or ``[weak]``; ``^phrase`` matches only at the start of a sentence,
``=phrase`` only as the whole line. Words are matched folded (case and
apostrophes ignored), except that an ALL-CAPS word in mixed-case text is an
acronym and keeps its case ("US" is not the cue "us"). A cue inside quotation
marks is someone else's words and does not count.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..lexicon import WORD, fold, folded_words, sections, strip_apostrophes

# Quoted speech: cues inside quotation marks are someone else's words. Bounded
# lengths keep unbalanced quotes from scanning to the end of a 1 MB line.
_QUOTED = re.compile(r'"[^"\n]{0,3000}"|“[^“”\n]{0,3000}[”“]|„[^„“”\n]{0,3000}[“”]|«[^«»\n]{0,3000}»')
# Single quotes double as apostrophes, so they are paired in one pass instead:
# an opening quote stands before a word and after a space, a closing one after
# a word or punctuation and before a space ("'We need your help,' she wrote").
_SINGLE_QUOTE = re.compile(
    r"(?P<open>(?:^|(?<=[\s(\[—–]))['‘](?=\w))|(?<=[\w.,!?…])['’](?=[\s.,;:!?)\]—–]|$)"
)
# The end of a sentence inside a line, also when the next one is glued on
# (".Your"); the caller checks that an upper-case letter follows.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)\]]*\s*[\"“«(]?(?=(\w))")

#: The section of weak cues (publisher voice, reader address); every other section is a kind of appeal.
WEAK = "weak"
# A line this long is article text run together or garbage, never part of an
# appeal box; not reading it keeps a 1 MB line cheap.
_MAX_LINE = 20_000
# A line with a cue is "mixed" (kept) only when its cue-less sentences have
# this many words: "It is fast. It is cheap." in an appeal box are not news.
_MIXED_WORDS = 12
# In a line up to this many words, a sentence with only a weak cue ("we", "your")
# counts as part of the appeal; in a longer one (a page run into one line) only
# strong cues do, since "we" and "you" are everywhere in prose.
_WEAK_EVIDENCE_WORDS = 100


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]
    kind: str  # a section of the lexicon: "donation", ..., or "weak"
    at_start: bool  # "^phrase": only at the start of a sentence


@dataclass(frozen=True)
class Lexicon:
    """Cue phrases of one or more languages, indexed by their first word."""

    by_first: dict[str, tuple[_Phrase, ...]]
    whole_lines: dict[tuple[str, ...], str]
    first_words: frozenset[str]
    longest_whole: int


@functools.cache
def lexicon(langs: tuple[str, ...]) -> Lexicon:
    """The merged cue lexicon of ``langs`` (languages without a file add nothing)."""
    by_first: dict[str, list[_Phrase]] = {}
    whole: dict[tuple[str, ...], str] = {}
    for lang in langs:
        for kind, phrases in sections("appeals", lang).items():
            for phrase in phrases:
                mark = phrase[0] if phrase[0] in "^=" else ""
                words = folded_words(phrase)
                if not words:
                    continue
                if mark == "=":
                    whole.setdefault(words, kind)
                else:
                    by_first.setdefault(words[0], []).append(_Phrase(words, kind, mark == "^"))
    # Longest phrases first, strong before weak, so the first match is the best one.
    ranked = {
        w: tuple(sorted(ps, key=lambda p: (-len(p.words), p.kind == WEAK))) for w, ps in by_first.items()
    }
    return Lexicon(ranked, whole, frozenset(ranked), max(map(len, whole), default=0))


@dataclass(frozen=True)
class Cue:
    """One cue found in a line: its kind and the text as written."""

    kind: str
    text: str


@dataclass
class LineLabel:
    """A line's own label, before the run decision."""

    label: str  # "strong", "weak", "none" or "mixed"
    words: int
    cues: list[Cue] = field(default_factory=list)
    opens_tail: bool = False  # mixed, and its last sentence holds a strong cue

    def describe(self) -> str:
        """The label as it appears in a reason."""
        if self.label == "none":
            return "no cue of its own, between appeal lines"
        weak = self.label == "weak"
        shown = [c.text for c in self.cues if (c.kind == WEAK) == weak][:3]
        return f"{self.label} cue " + ", ".join(f'"{t}"' for t in shown)


def classify(text: str, lex: Lexicon) -> LineLabel:
    """Label one line on its own: strong, weak, none or mixed.

    >>> classify("Already a subscriber? Log in", lexicon(("en",))).label
    'strong'
    >>> classify('"We need your help," the mayor said.', lexicon(("en",))).label
    'none'
    """
    if len(text) > _MAX_LINE:
        return LineLabel("none", text.count(" ") + 1)
    matches = list(WORD.finditer(text))
    if not matches:
        return LineLabel("none", 0)
    if len(matches) > lex.longest_whole and lex.first_words.isdisjoint(WORD.findall(fold(text))):
        return LineLabel("none", len(matches))  # the common case: no cue can start anywhere
    # An ALL-CAPS word in mixed-case text is an acronym: keep its case so that
    # "US" never matches the cue "us".
    shouting = text.isupper()
    words = [
        strip_apostrophes(w) if (not shouting and len(w) > 1 and w.isupper()) else fold(w)
        for w in (m.group() for m in matches)
    ]
    kind = lex.whole_lines.get(tuple(words))
    if kind is not None:
        return LineLabel("strong", len(words), [Cue(kind, text.strip(" \t-•*·:!?.,;"))])
    q_starts, q_ends = _quoted_spans(text)
    found: list[tuple[int, _Phrase]] = []
    bounds: set[int] | None = None  # offsets where a sentence starts, found when first needed
    i = 0
    while i < len(words):
        hit = None
        for p in lex.by_first.get(words[i], ()):
            if tuple(words[i : i + len(p.words)]) != p.words:
                continue
            if _inside(matches[i].start(), q_starts, q_ends):
                break
            if p.at_start and i:
                bounds = _sentence_starts(text) if bounds is None else bounds
                if matches[i].start() not in bounds:
                    continue
            hit = p
            break
        if hit is None:
            i += 1
            continue
        found.append((i, hit))
        i += len(hit.words)
    cues = [Cue(p.kind, text[matches[k].start() : matches[k + len(p.words) - 1].end()]) for k, p in found]
    if not cues:
        return LineLabel("none", len(words), cues)
    if all(c.kind == WEAK for c in cues):
        return LineLabel("weak", len(words), cues)
    # Mixed: at least half the sentences of the line have no cue (an appeal glued to a
    # paragraph, an author's closing invitation to comment, or a whole page run into
    # one line, where only strong cues count because "we" and "you" are common).
    ends = sorted(_sentence_starts(text) if bounds is None else bounds)
    total = len(ends) + 1
    weak_counts = len(words) <= _WEAK_EVIDENCE_WORDS
    cued = {bisect.bisect_right(ends, matches[k].start()) for k, p in found if weak_counts or p.kind != WEAK}
    uncued = total - len(cued)
    if uncued >= 2 and uncued * 2 >= total and _uncued_words(matches, ends, cued) >= _MIXED_WORDS:
        last_strong = any(
            p.kind != WEAK and bisect.bisect_right(ends, matches[k].start()) == total - 1 for k, p in found
        )
        return LineLabel("mixed", len(words), cues, opens_tail=last_strong)
    return LineLabel("strong", len(words), cues)


def _uncued_words(matches: Sequence[re.Match[str]], ends: list[int], cued: set[int]) -> int:
    """How many words of the line are in sentences without a cue."""
    return sum(bisect.bisect_right(ends, m.start()) not in cued for m in matches)


def _sentence_starts(text: str) -> set[int]:
    """Offsets where a sentence starts after another one in the line, glued or not."""
    return {m.end() for m in _SENTENCE_END.finditer(text) if m.group(1).isupper() or m.group(1).isdigit()}


def _quoted_spans(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the quoted parts of ``text``, sorted and disjoint."""
    spans = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
    if "'" in text or "‘" in text:
        opened = -1
        for q in _SINGLE_QUOTE.finditer(text):
            if q.group("open") is not None:
                opened = q.start() if opened < 0 else opened
            elif opened >= 0:
                spans.append((opened, q.end()))
                opened = -1
        spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for a, b in spans:
        if ends and a < ends[-1]:  # overlapping quotes: one span
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _inside(pos: int, starts: list[int], ends: list[int]) -> bool:
    """Whether ``pos`` falls in one of the sorted, disjoint spans ``starts[k]:ends[k]``."""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos < ends[k]
