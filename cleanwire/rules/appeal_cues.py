"""Appeal cues: the label of one line, before ``drop_appeals`` grows blocks.

A line is labelled on its own before :mod:`cleanwire.rules.appeals` grows blocks
from the labels, with the cue lexicon of :mod:`cleanwire.rules.appeal_words`.
Words are matched folded (case and apostrophes ignored), except that an
ALL-CAPS word in mixed-case text is an acronym and keeps its case ("US" is not
the cue "us"). A cue inside quotation marks is someone else's words and does
not count.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..document import Document, segment
from ..lexicon import WORD, fold, fold_keeps_words, strip_apostrophes
from .appeal_words import COMMENTS, WEAK, Lexicon, Phrase, lexicon
from .furniture import all_caps, prose
from .scan import lines_matching

__all__ = [
    "WEAK",
    "Cue",
    "LineLabel",
    "LineLabels",
    "block_openers",
    "classify",
    "lexicon",
    "screenable",
    "strong_lines",
]

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
# A comment prompt after at least this many words of other sentences in its line
# ends the author's own paragraph ("... Leave a comment and tell us.").
_PROSE_BEFORE_PROMPT = 8
# The most buttons one line of whole-line cues may hold ("Subscribe Sign In").
_MAX_BUTTONS = 4
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
class Cue:
    """One cue found in a line: its kind and the text as written.

    ``reader``: a weak cue that addresses the reader ("your"); ``opening``: a
    strong cue that opens the line or one of its sentences, as an imperative or
    a button does ("Download the app", "Already a subscriber?"), and is not a
    ``^phrase`` (those open sentences by definition).
    """

    kind: str
    text: str
    reader: bool = False
    opening: bool = False


@dataclass
class LineLabel:
    """A line's own label, before the run decision."""

    label: str  # "strong", "weak", "none" or "mixed"
    words: int
    cues: list[Cue] = field(default_factory=list)
    opens_tail: bool = False  # mixed, and its last sentence holds a strong cue
    whole: bool = False  # the line is a whole-line cue or a row of them ("Subscribe", "Log in or sign up")
    prose: bool = False  # the line reads as a sentence of running text (furniture.prose)
    reader: bool = False  # a word that addresses the reader ("you", "your"), outside quotes
    shouted: bool = False  # written in capitals, as buttons and banners are ("SUBSCRIBE NOW TO READ")

    def describe(self) -> str:
        """The label as it appears in a reason."""
        if self.label == "none":
            return "no cue of its own, between appeal lines"
        weak = self.label == "weak"
        shown = [c.text for c in self.cues if (c.kind == WEAK) == weak][:3]
        return f"{self.label} cue " + ", ".join(f'"{t}"' for t in shown)

    def addresses_reader(self) -> bool:
        """Whether the line shows, beyond its cue, that it speaks to the reader.

        It is a whole-line cue or a row of them, it says "you" or "your", a
        strong cue opens it or one of its sentences (an imperative, a button),
        it is in capitals, it holds two strong cues, or it has at most four words.
        """
        if self.whole or self.reader or self.shouted or self.words <= 4:
            return True
        if any(c.opening for c in self.cues):
            return True
        return sum(c.kind != WEAK for c in self.cues) >= 2


def _buttons(words: Sequence[str], lex: Lexicon) -> list[tuple[str, ...]] | None:
    """The whole-line cues that make up a row of buttons, or None ("subscribe", "sign in").

    Two to ``_MAX_BUTTONS`` whole-line cues, each but the first may follow one
    connector ("log in or sign up"). Found greedily, longest cue first.
    """
    found: list[tuple[str, ...]] = []
    i, n = 0, len(words)
    while i < n:
        if found and words[i] in lex.connectors and i + 1 < n:
            i += 1
        for size in range(min(lex.longest_whole, n - i), 0, -1):
            if tuple(words[i : i + size]) in lex.whole_lines:
                found.append(tuple(words[i : i + size]))
                i += size
                break
        else:
            return None
        if len(found) > _MAX_BUTTONS:
            return None
    return found if len(found) >= 2 else None


def classify(text: str, lex: Lexicon) -> LineLabel:
    """Label one line on its own: strong, weak, none or mixed.

    >>> classify("Already a subscriber? Log in", lexicon(("en",))).label
    'strong'
    >>> classify('"We need your help," the mayor said.', lexicon(("en",))).label
    'none'
    >>> classify("Log in or sign up", lexicon(("en",))).whole
    True
    """
    if len(text) > _MAX_LINE:
        return LineLabel("none", text.count(" ") + 1)
    matches = list(WORD.finditer(text))
    if not matches:
        return LineLabel("none", 0)
    if len(matches) > lex.longest_whole * _MAX_BUTTONS + _MAX_BUTTONS - 1 and lex.first_words.isdisjoint(
        WORD.findall(fold(text))
    ):
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
        return LineLabel("strong", len(words), [Cue(kind, text.strip(" \t-•*·:!?.,;"))], whole=True)
    row = _buttons(words, lex) if len(words) <= lex.longest_whole * _MAX_BUTTONS + _MAX_BUTTONS else None
    if row is not None:
        cues = [Cue(lex.whole_lines[b], " ".join(b)) for b in row]
        return LineLabel("strong", len(words), cues, whole=True)
    q_starts, q_ends = _quoted_spans(text)
    found: list[tuple[int, Phrase]] = []
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
    if not found:
        return LineLabel("none", len(words))
    cues = []
    for k, p in found:
        opening = False
        if p.kind != WEAK and not p.at_start:
            if k and bounds is None:
                bounds = _sentence_starts(text)
            opening = k == 0 or (bounds is not None and matches[k].start() in bounds)
        span = text[matches[k].start() : matches[k + len(p.words) - 1].end()]
        cues.append(Cue(p.kind, span, p.reader, opening))
    is_prose = prose(text)
    reader = any(c.reader for c in cues) or (
        not lex.reader_words.isdisjoint(words)  # a set operation first: most lines say no "you"
        and any(
            w in lex.reader_words and not _inside(matches[k].start(), q_starts, q_ends)
            for k, w in enumerate(words)
        )
    )
    if all(c.kind == WEAK for c in cues):
        return LineLabel("weak", len(words), cues, prose=is_prose, reader=reader)
    shouted = all_caps(text)
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
        return LineLabel("mixed", len(words), cues, opens_tail=last_strong, prose=is_prose, reader=reader)
    if _prompt_ends_paragraph(matches, ends, found):
        return LineLabel("mixed", len(words), cues, prose=is_prose, reader=reader)
    return LineLabel("strong", len(words), cues, prose=is_prose, reader=reader, shouted=shouted)


def _prompt_ends_paragraph(
    matches: Sequence[re.Match[str]], ends: list[int], found: Sequence[tuple[int, Phrase]]
) -> bool:
    """Whether the line's only strong cues are comment prompts that follow sentences of its own.

    "Surely we left out your favourite. Leave a comment and tell us." is the
    end of the author's paragraph; "Comments are closed. Leave a comment" and
    a lone "Leave a comment" are not.
    """
    strong = [k for k, p in found if p.kind != WEAK]
    if not strong or any(p.kind != COMMENTS for k, p in found if p.kind != WEAK):
        return False
    first = bisect.bisect_right(ends, matches[strong[0]].start())  # the sentence of the first prompt
    if first == 0:
        return False
    before = bisect.bisect_left([m.start() for m in matches], ends[first - 1])  # words before it
    return before >= _PROSE_BEFORE_PROMPT


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
