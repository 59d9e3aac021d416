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

from ..document import Document, segment
from ..lexicon import WORD, fold, fold_keeps_words, folded_words, prefix_tree, sections, strip_apostrophes
from .scan import lines_matching

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
    # Screens over folded text (see _screens); None when the lexicon defeats them.
    strong_screen: re.Pattern[str] | None = None  # strong and whole-line phrases, after a non-word char
    cue_screen: re.Pattern[str] | None = None  # every phrase, as whole words


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
    return Lexicon(
        ranked, whole, frozenset(ranked), max(map(len, whole), default=0), *_screens(by_first, whole)
    )


def _screens(
    by_first: dict[str, list[_Phrase]], whole: dict[tuple[str, ...], str]
) -> tuple[re.Pattern[str], re.Pattern[str]] | tuple[None, None]:
    """Patterns that find cue phrases in folded text: the strong ones, and all of them.

    A phrase is found as its words in order with anything but a word between
    them, which :func:`classify` also accepts, so a line where a screen finds
    nothing has no such cue: with no strong or whole-line phrase it is not
    strong and cannot open a block; with no phrase at all its label is "none".
    An acronym keeps its case when a line is classified, so the screens hold
    only while no cue word has an upper-case letter (None otherwise).
    """
    phrases = {p.words for ps in by_first.values() for p in ps}
    if any(not w or any(c.isupper() for c in w) for p in (*phrases, *whole) for w in p):
        return None, None
    strong = {p.words for ps in by_first.values() for p in ps if p.kind != WEAK} | set(whole)
    gap = r"[^\w\n]+"
    return (
        # The phrase follows a non-word character, matched rather than looked behind
        # for: a pattern that starts with a character class lets the engine skip ahead.
        re.compile(rf"\W(?:{prefix_tree(sorted(strong), gap)})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{prefix_tree(sorted(phrases | set(whole)), gap)})(?!\w)"),
    )


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
    raw = [m.group() for m in matches]
    # Folding works character by character and makes no spaces: fold the words at once.
    words = fold(" ".join(raw)).split(" ")
    if not text.isupper() and any(map(str.isupper, raw)):
        for k, w in enumerate(raw):
            if len(w) > 1 and w.isupper():
                words[k] = strip_apostrophes(w)
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


def screenable(texts: Sequence[str], lex: Lexicon) -> bool:
    """Whether the cue screens can vouch for lines among ``texts``: see :func:`fold_keeps_words`."""
    return lex.strong_screen is not None and all(fold_keeps_words(t) for t in texts)


def strong_lines(doc: Document, folded: str | None, lex: Lexicon) -> set[int] | None:
    """Indices of the lines of ``doc`` that may be strong or end in a strong sentence.

    ``folded`` is the folded text of ``doc`` (None when folding glues words:
    then any line may, and the answer is None). One search of the strong
    screen over it finds every line that may hold a strong cue.
    """
    if lex.strong_screen is None or folded is None:
        return None
    return {line.index for line in lines_matching(doc, lex.strong_screen, folded)}


def block_openers(texts: Sequence[str], lex: Lexicon) -> list[int] | None:
    """Positions in ``texts`` (lines) of those that may be strong or end in a strong sentence.

    None when the lines are not :func:`screenable`: any line may.

    >>> block_openers(["Support us today.", "We met on Sunday.", "Sign in", "Support us today."],
    ...               lexicon(("en",)))
    [0, 2, 3]
    """
    doc = segment("\n".join(texts))
    if len(doc.lines) != len(texts) or not fold_keeps_words(doc.text):
        return None  # a line with a newline in it, or words that folding would glue
    found = strong_lines(doc, fold(doc.text), lex)
    return None if found is None else sorted(found)


class LineLabels:
    """The labels of a document's lines, each line labelled when first asked for.

    Blocks grow only around strong lines, so most lines of a page are never
    looked at; a text repeated on several lines is labelled once. Given the
    ``openers`` (:func:`block_openers`, None when the text is not
    screenable), a line that is not one of them is weak or has no cue, and:

    * with more than ``longest`` words, the most a line that joins, bridges or
      edges a block may have, it is labelled "none" (weak or not: nothing in
      the block decision tells the two apart for such a line);
    * with no phrase found by the cue screen it is "none" without being
      classified word by word.
    """

    def __init__(
        self, texts: Sequence[str], lex: Lexicon, openers: Sequence[int] | None, longest: int
    ) -> None:
        self.texts = texts
        self.lex = lex
        self._screen = lex.cue_screen if openers is not None else None
        self._openers = {texts[k] for k in openers} if openers is not None else set()
        self._longest = longest
        self._known: dict[str, LineLabel] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, k: int) -> LineLabel:
        text = self.texts[k]
        label = self._known.get(text)
        if label is None:
            label = self._known[text] = self._label(text)
        return label

    def _label(self, text: str) -> LineLabel:
        if self._screen is None or text in self._openers or len(text) > _MAX_LINE:
            return classify(text, self.lex)
        words = len(WORD.findall(text))
        if words > self._longest or not self._screen.search(fold(text)):
            return LineLabel("none", words)
        return classify(text, self.lex)


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
