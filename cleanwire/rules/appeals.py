"""Appeals to the reader: donations, paywalls, newsletters, apps, cookies, comments.

News pages wrap the article in boxes that talk *to the reader* in the
publisher's voice: "Dear readers, ... please support us", "Subscribe to continue
reading", "Sign up for our newsletter", "We use cookies to ...". Such a box is
several lines long and only some of its lines say anything tell-tale ("These
actions are direct efforts to silence independent journalism." has no cue at
all), so lines are not judged one by one. As jusText does with paragraphs, each
line is first labelled on its own, then runs are grown from the clear cases:

* **strong**: a cue phrase a report does not use in its own voice ("support
  us", "Already a subscriber?", "we use cookies"), outside quotation marks;
* **weak**: only publisher voice or reader address ("we", "our", "your
  support", "thank you"); a weak line never starts a block;
* **none**: no cue; **mixed**: a line whose cue sentences are a minority (an
  article paragraph with an appeal glued to its end) is never dropped; when its
  last sentence opens an appeal, a block may start on the next line.

A block runs from a strong line to the next strong line when everything between
is weak, or a short cue-less line in a gap of at most ``max_gap`` lines; up to
``max_gap`` short weak lines right before or after it join it. Cue phrases are language data in
``cleanwire/lexicons/appeals.<lang>.txt`` (the document's language plus English).

Deliberately left alone: news sentences that mention newsletters, subscribers,
donations, cookies or a privacy policy ("Donations to the campaign rose 40% in
March."), quoted speech ('"We need your help," the mayor said.'), and long
article paragraphs, which a weak cue never pulls into a block.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources

from ..context import Context
from ..document import Document, Line
from ..rule import Drop, rule

# A word, with apostrophes inside it ("you're"); apostrophes are removed when
# the word is normalised, so the scraped "youre" and "you're" are one word.
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_APOSTROPHES = str.maketrans("", "", "'’")
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

KIND_LABELS = {
    "donation": "donation appeal",
    "paywall": "paywall or sign-in prompt",
    "newsletter": "newsletter sign-up",
    "app": "app download prompt",
    "cookies": "cookie or privacy notice",
    "comments": "comment prompt",
}
_WEAK = "weak"
_MAX_CUES_SHOWN = 6
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
def _read_lexicon(lang: str) -> dict[str, list[str]] | None:
    """The sections of ``appeals.<lang>.txt``, or None when there is no such file."""
    path = resources.files("cleanwire") / "lexicons" / f"appeals.{lang}.txt"
    if not path.is_file():
        return None
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
        elif line and not current:
            raise ValueError(f"appeals.{lang}.txt: {line!r} comes before any [section]")
        elif line:
            sections.setdefault(current, []).append(line)
    return sections


def _norm(word: str) -> str:
    return word.translate(_APOSTROPHES).casefold()


@functools.cache
def lexicon(langs: tuple[str, ...]) -> Lexicon:
    """The merged cue lexicon of ``langs`` (languages without a file add nothing)."""
    by_first: dict[str, list[_Phrase]] = {}
    whole: dict[tuple[str, ...], str] = {}
    for lang in langs:
        for kind, phrases in (_read_lexicon(lang) or {}).items():
            for phrase in phrases:
                mark = phrase[0] if phrase[0] in "^=" else ""
                words = tuple(_norm(w) for w in _WORD.findall(phrase))
                if not words:
                    continue
                if mark == "=":
                    whole.setdefault(words, kind)
                else:
                    by_first.setdefault(words[0], []).append(_Phrase(words, kind, mark == "^"))
    # Longest phrases first, strong before weak, so the first match is the best one.
    ranked = {
        w: tuple(sorted(ps, key=lambda p: (-len(p.words), p.kind == _WEAK))) for w, ps in by_first.items()
    }
    return Lexicon(ranked, whole, frozenset(ranked), max(map(len, whole), default=0))


def _langs(ctx: Context) -> tuple[str, ...]:
    lang = ctx.lang
    return ("en",) if lang in ("en", "und") else (lang, "en")


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
        shown = [c.text for c in self.cues if (c.kind == _WEAK) == weak][:3]
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
    matches = list(_WORD.finditer(text))
    if not matches:
        return LineLabel("none", 0)
    if len(matches) > lex.longest_whole and lex.first_words.isdisjoint(
        _WORD.findall(text.translate(_APOSTROPHES).casefold())
    ):
        return LineLabel("none", len(matches))  # the common case: no cue can start anywhere
    # An ALL-CAPS word in mixed-case text is an acronym: keep its case so that
    # "US" never matches the cue "us".
    shouting = text.isupper()
    words = [
        w.translate(_APOSTROPHES) if (not shouting and len(w) > 1 and w.isupper()) else _norm(w)
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
    if all(c.kind == _WEAK for c in cues):
        return LineLabel("weak", len(words), cues)
    # Mixed: at least half the sentences of the line have no cue (an appeal glued to a
    # paragraph, an author's closing invitation to comment, or a whole page run into
    # one line, where only strong cues count because "we" and "you" are common).
    ends = sorted(_sentence_starts(text) if bounds is None else bounds)
    total = len(ends) + 1
    weak_counts = len(words) <= _WEAK_EVIDENCE_WORDS
    cued = {bisect.bisect_right(ends, matches[k].start()) for k, p in found if weak_counts or p.kind != _WEAK}
    uncued = total - len(cued)
    if uncued >= 2 and uncued * 2 >= total and _uncued_words(matches, ends, cued) >= _MIXED_WORDS:
        last_strong = any(
            p.kind != _WEAK and bisect.bisect_right(ends, matches[k].start()) == total - 1 for k, p in found
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


def find_blocks(
    labels: Sequence[LineLabel], max_gap: int, bridge_words: int, weak_words: int, edge_words: int
) -> list[tuple[int, int]]:
    """Runs ``(first, last)`` of appeal lines among ``labels`` (positions, inclusive).

    A run starts at a strong line, or right after a mixed line whose last
    sentence opens an appeal, and ends at the last strong line reached.

    >>> L = lambda label, words=8: LineLabel(label, words)
    >>> find_blocks([L("none", 40), L("strong"), L("weak"), L("none"), L("strong"), L("weak")], 2, 25, 40, 20)
    [(1, 5)]
    """

    def joinable(k: int) -> bool:
        lab = labels[k]
        return lab.label == "strong" or (lab.label == "weak" and lab.words <= weak_words)

    def bridgeable(k: int) -> bool:
        return labels[k].label == "none" and labels[k].words <= bridge_words

    def edge(k: int) -> bool:
        return labels[k].label == "weak" and labels[k].words <= edge_words

    blocks: list[tuple[int, int]] = []
    k, n = 0, len(labels)
    while k < n:
        lab = labels[k]
        if lab.label != "strong" and not lab.opens_tail:
            k += 1
            continue
        first = k if lab.label == "strong" else k + 1
        last = k if lab.label == "strong" else -1
        j, gap = k + 1, 0
        # Walk on while lines are appeal-like; the block ends at the last strong line.
        while j < n and (joinable(j) or (bridgeable(j) and gap < max_gap)):
            gap = 0 if joinable(j) else gap + 1
            if labels[j].label == "strong":
                last = j
            j += 1
        if last < first:  # a glued-on opener with no strong line after it
            k += 1
            continue
        low = blocks[-1][1] + 1 if blocks else 0
        while lab.label == "strong" and first > max(low, k - max_gap) and edge(first - 1):
            first -= 1
        stop = last + max_gap
        while last + 1 < n and last < stop and edge(last + 1):
            last += 1
        blocks.append((first, last))
        k = last + 1
    return blocks


def _block_reason(
    lines: Sequence[Line], labels: Sequence[LineLabel], before: Line, glued: LineLabel | None
) -> str:
    """The run decision: kind of appeal, line range, opener and the telling cues."""
    counts: dict[str, int] = {}
    for lab in (glued, *labels) if glued else labels:
        for c in lab.cues:
            if c.kind != _WEAK:
                counts[c.kind] = counts.get(c.kind, 0) + 1
    kind = max(counts, key=lambda k: counts[k])  # the first of the most frequent: dicts keep order
    what = KIND_LABELS.get(kind, f"{kind} appeal")
    # Strong cues first, then weak phrases, then bare pronouns: the telling ones lead.
    ranked = sorted(
        (c for lab in labels for c in lab.cues),
        key=lambda c: (c.kind == _WEAK, c.kind == _WEAK and " " not in c.text),
    )
    shown: list[str] = []
    for c in ranked:
        if c.text.casefold() not in {t.casefold() for t in shown}:
            shown.append(c.text)
    first, last = lines[0].index + 1, lines[-1].index + 1
    if first == last:
        return f"{what} (line {first}; cues: " + ", ".join(f'"{t}"' for t in shown[:_MAX_CUES_SHOWN]) + ")"
    if glued is not None:
        text = [c.text for c in glued.cues if c.kind != _WEAK][-1]
        opener = f'"{text}" glued to the end of line {before.index + 1}, which stays'
    else:
        strong = [c.text for c in labels[0].cues if c.kind != _WEAK]
        opener = '"' + (strong[0] if strong else " ".join(lines[0].text.split()[:5])) + '"'
    cues = ", ".join([f'"{t}"' for t in shown if f'"{t}"' != opener][:_MAX_CUES_SHOWN])
    return f"{what} block (lines {first}-{last}; opens with {opener}, cues: {cues})"


@rule(kind="filter", options={"max_gap": 2, "bridge_words": 25, "weak_words": 40, "edge_words": 20})
def drop_appeals(doc: Document, ctx: Context) -> Iterator[Drop]:
    """Remove whole appeal blocks: donations, paywalls, newsletters, apps, cookies, comments.

    Lines are labelled strong / weak / none on their own, then runs grow from
    strong lines over weak lines and gaps of up to ``max_gap`` short cue-less
    lines (at most ``bridge_words`` words); weak lines join only up to
    ``weak_words`` words inside a block and ``edge_words`` at its ends. Each
    dropped line's reason gives the block decision and the line's own label.
    Leaves alone news sentences about newsletters, donations or cookies and
    quoted speech.

    >>> drop_appeals("The vote is on Sunday.\\nDear readers, we need your help.\\nIt is a hard time.\\n"
    ...              "Please support us today.", lang="en")
    'The vote is on Sunday.\\n'
    >>> drop_appeals("The company said its newsletter had 2 million subscribers.", lang="en")
    'The company said its newsletter had 2 million subscribers.'
    """
    lines = list(doc.content())
    if not lines:
        return
    lex = lexicon(_langs(ctx))
    seen: dict[str, LineLabel] = {}  # repeated lines (menus, boilerplate) are labelled once
    labels = [seen.get(line.text) or seen.setdefault(line.text, classify(line.text, lex)) for line in lines]
    opts = ctx.options
    blocks = find_blocks(
        labels, opts["max_gap"], opts["bridge_words"], opts["weak_words"], opts["edge_words"]
    )
    for first, last in blocks:
        block_lines, block_labels = lines[first : last + 1], labels[first : last + 1]
        before = labels[first - 1] if first else None
        glued = before if before is not None and before.opens_tail else None
        reason = _block_reason(block_lines, block_labels, lines[first - 1], glued)
        if first == last:
            yield Drop(lines[first].index, lines[first].index, reason)
            continue
        for line, lab in zip(block_lines, block_labels, strict=True):
            yield Drop(line.index, line.index, f"{reason}; line {line.index + 1}: {lab.describe()}")
