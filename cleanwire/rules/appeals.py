"""Appeals to the reader: donations, paywalls, newsletters, apps, cookies, comments, ads.

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
``max_gap`` short weak lines right after it join it, and right before it too
unless they read as prose (the article's last sentences, not the box's). The
labels and the cue lexicon (language data in
``cleanwire/lexicons/appeals.<lang>.txt``, the document's language plus
English) are in :mod:`cleanwire.rules.appeal_cues`.

Never dropping article text takes evidence beyond one cue. A block that is a
single strong line, with prose or the document's edge on both sides, goes only
when the line also speaks to the reader: it is a whole-line cue or a row of
them ("Advertisement", "Log in or sign up"), has at most four words, says
"you"/"your", or a cue opens it like an imperative ("Download the app") --
so "Customers can download the app from Friday, the bank said." stays. A
comment prompt that closes a paragraph ("... Leave a comment and tell us
yours.", in the same line or the next line of the same paragraph) is the
author's; a "Leave a comment" line on its own is not.

Deliberately left alone: news sentences that mention newsletters, subscribers,
donations, cookies or a privacy policy ("Donations to the campaign rose 40% in
March."), quoted speech ('"We need your help," the mayor said.'), and long
article paragraphs, which a weak cue never pulls into a block.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import Protocol

from ..context import Context
from ..document import Document, Line
from ..lexicon import lexicon_lang, lookup_order
from ..rule import Drop, rule
from .appeal_cues import LineLabel, LineLabels, classify, lexicon, strong_lines
from .appeal_words import COMMENTS, WEAK
from .furniture import prose
from .scan import folded

__all__ = [
    "KIND_LABELS",
    "OPTIONAL_KIND_LABELS",
    "LineLabel",
    "classify",
    "drop_appeals",
    "find_blocks",
    "lexicon",
]

KIND_LABELS = {
    "donation": "donation appeal",
    "paywall": "paywall or sign-in prompt",
    "newsletter": "newsletter sign-up",
    "app": "app download prompt",
    "cookies": "cookie or privacy notice",
    "comments": "comment prompt",
}
#: Kinds of appeal a language's lexicon may have besides the six every language has.
OPTIONAL_KIND_LABELS = {
    "ads": "advertisement label",
    "affiliate": "affiliate disclosure",
}
_MAX_CUES_SHOWN = 6  # cues quoted in a block's reason, at most


class Labels(Protocol):
    """A sequence of line labels: a list, or :class:`LineLabels` that classifies on demand."""

    def __len__(self) -> int: ...
    def __getitem__(self, k: int, /) -> LineLabel: ...


def find_blocks(
    labels: Labels,
    max_gap: int,
    bridge_words: int,
    weak_words: int,
    edge_words: int,
    openers: Sequence[int] | None = None,
) -> list[tuple[int, int]]:
    """Runs ``(first, last)`` of appeal lines among ``labels`` (positions, inclusive).

    A run starts at a strong line, or right after a mixed line whose last
    sentence opens an appeal, and ends at the last strong line reached.
    ``openers``, when given, are the sorted positions of every line that may
    be strong or open a tail; the others are then not looked at as starts.

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

    def leading_edge(k: int) -> bool:
        # A sentence of running text right above an appeal ends the article; one
        # below the appeal's last cue ("We'll assume you're ok with this.") is the box's.
        return edge(k) and not labels[k].prose

    n = len(labels)

    def next_opener(k: int) -> int:
        if openers is None:
            return k
        at = bisect.bisect_left(openers, k)
        return openers[at] if at < len(openers) else n

    blocks: list[tuple[int, int]] = []
    k = next_opener(0)
    while k < n:
        lab = labels[k]
        if lab.label != "strong" and not lab.opens_tail:
            k = next_opener(k + 1)
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
            k = next_opener(k + 1)
            continue
        low = blocks[-1][1] + 1 if blocks else 0
        while lab.label == "strong" and first > max(low, k - max_gap) and leading_edge(first - 1):
            first -= 1
        stop = last + max_gap
        while last + 1 < n and last < stop and edge(last + 1):
            last += 1
        blocks.append((first, last))
        k = next_opener(last + 1)
    return blocks


def _block_reason(
    lines: Sequence[Line], labels: Sequence[LineLabel], before: Line, glued: LineLabel | None
) -> str:
    """The run decision: kind of appeal, line range, opener and the telling cues."""
    counts: dict[str, int] = {}
    for lab in (glued, *labels) if glued else labels:
        for c in lab.cues:
            if c.kind != WEAK:
                counts[c.kind] = counts.get(c.kind, 0) + 1
    kind = max(counts, key=lambda k: counts[k])  # the first of the most frequent: dicts keep order
    what = KIND_LABELS.get(kind) or OPTIONAL_KIND_LABELS.get(kind, f"{kind} appeal")
    # Strong cues first, then weak phrases, then bare pronouns: the telling ones lead.
    ranked = sorted(
        (c for lab in labels for c in lab.cues),
        key=lambda c: (c.kind == WEAK, c.kind == WEAK and " " not in c.text),
    )
    shown: list[str] = []
    for c in ranked:
        if c.text.casefold() not in {t.casefold() for t in shown}:
            shown.append(c.text)
    first, last = lines[0].index + 1, lines[-1].index + 1
    if first == last:
        return f"{what} (line {first}; cues: " + ", ".join(f'"{t}"' for t in shown[:_MAX_CUES_SHOWN]) + ")"
    if glued is not None:
        text = [c.text for c in glued.cues if c.kind != WEAK][-1]
        opener = f'"{text}" glued to the end of line {before.index + 1}, which stays'
    else:
        strong = [c.text for c in labels[0].cues if c.kind != WEAK]
        opener = '"' + (strong[0] if strong else " ".join(lines[0].text.split()[:5])) + '"'
    cues = ", ".join([f'"{t}"' for t in shown if f'"{t}"' != opener][:_MAX_CUES_SHOWN])
    return f"{what} block (lines {first}-{last}; opens with {opener}, cues: {cues})"


class _InParagraph:
    """Labels, with a comment prompt that ends a prose paragraph taken as the paragraph's.

    When a text has one sentence per line, "Leave a comment and tell us what
    you think." right under a sentence of the same paragraph (no blank line
    between) is the author's closing line: its label becomes "mixed", which
    is never dropped. A prompt alone, or under a heading or a blank line, stays
    strong.
    """

    def __init__(self, labels: LineLabels, lines: Sequence[Line]) -> None:
        self.labels = labels
        self.lines = lines

    def __len__(self) -> int:
        return len(self.labels)

    def __getitem__(self, k: int) -> LineLabel:
        lab = self.labels[k]
        if lab.label != "strong" or not lab.prose or k == 0:
            return lab
        if any(c.kind not in (COMMENTS, WEAK) for c in lab.cues):
            return lab
        above = self.lines[k - 1]
        if above.index + 1 != self.lines[k].index or not prose(above.text):
            return lab
        return LineLabel("mixed", lab.words, lab.cues, prose=True, reader=lab.reader)


def _lone_in_prose(labels: Labels, lines: Sequence[Line], first: int, last: int) -> bool:
    """Whether a block is one strong line with nothing but its cue, among prose or at an end.

    Such a line is a news sentence that happens to hold a cue ("Customers can
    download the app from Friday, the bank said."): it goes only when it also
    addresses the reader (see :meth:`LineLabel.addresses_reader`) or another
    appeal line stands next to it.
    """
    strong = [k for k in range(first, last + 1) if labels[k].label == "strong"]
    if len(strong) != 1 or labels[strong[0]].addresses_reader():
        return False
    before = first == 0 or prose(lines[first - 1].text)
    after = last + 1 == len(lines) or prose(lines[last + 1].text)
    return before and after


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
    lex = lexicon(lookup_order(lexicon_lang(ctx, "appeals")))
    texts = [line.text for line in lines]
    found = strong_lines(doc, folded(doc, ctx), lex)
    openers = None if found is None else [k for k, line in enumerate(lines) if line.index in found]
    if openers == []:
        return  # no line can hold a strong cue: no block can start
    opts = ctx.options
    longest = max(opts["bridge_words"], opts["weak_words"], opts["edge_words"])
    # Only lines a block reaches are labelled.
    labels = _InParagraph(LineLabels(texts, lex, openers, longest), lines)
    blocks = find_blocks(
        labels, opts["max_gap"], opts["bridge_words"], opts["weak_words"], opts["edge_words"], openers
    )
    for first, last in blocks:
        if _lone_in_prose(labels, lines, first, last):
            continue
        block_lines = lines[first : last + 1]
        block_labels = [labels[k] for k in range(first, last + 1)]
        before = labels[first - 1] if first else None
        glued = before if before is not None and before.opens_tail else None
        reason = _block_reason(block_lines, block_labels, lines[first - 1], glued)
        if first == last:
            yield Drop(lines[first].index, lines[first].index, reason)
            continue
        for line, lab in zip(block_lines, block_labels, strict=True):
            yield Drop(line.index, line.index, f"{reason}; line {line.index + 1}: {lab.describe()}")
