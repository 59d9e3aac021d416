"""Keep the explain trace exact while rules edit the text one after another.

Each rule sees the text left by the rules before it, but the trace must speak
of the *original* input. :class:`Tracker` holds the current text as a list of
pieces: a *kept* piece is an untouched slice of the input, a *changed* piece
maps a slice of the input to its new text and the record that explains it.
Applying a batch of edits walks the pieces once (linear in pieces + edits). An
edit that overlaps an earlier change absorbs it into one record, so every input
character stays either kept or covered by exactly one record.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .rule import Edit, Record


class RuleError(RuntimeError):
    """A rule returned edits or drops the pipeline cannot apply."""


@dataclass(slots=True)
class _Piece:
    src_start: int
    src_end: int
    out: str | None = None  # None: kept, the text is input[src_start:src_end]
    rule: str | None = None
    reason: str = ""

    def __len__(self) -> int:
        return len(self.out) if self.out is not None else self.src_end - self.src_start


class Tracker:
    """The current text of one document and how it derives from the input."""

    def __init__(self, text: str) -> None:
        self.input = text
        self._pieces = [_Piece(0, len(text))] if text else []
        self._text: str | None = text

    @property
    def text(self) -> str:
        """The current text."""
        if self._text is None:
            src = self.input
            self._text = "".join(
                [p.out if p.out is not None else src[p.src_start : p.src_end] for p in self._pieces]
            )
        return self._text

    def records(self) -> list[Record]:
        """The trace: one record per changed piece, in input order."""
        out = []
        for p in self._pieces:
            if p.out is not None and p.rule is not None:
                out.append(
                    Record(
                        rule=p.rule,
                        kind="repaired" if p.out else "removed",
                        start=p.src_start,
                        end=p.src_end,
                        text=self.input[p.src_start : p.src_end],
                        replacement=p.out,
                        reason=p.reason,
                    )
                )
        return out

    def apply(self, edits: Iterable[tuple[str, Edit]]) -> int:
        """Apply ``(rule name, edit)`` pairs to the current text; return how many changed it.

        Edits are in current-text offsets and must not overlap (a zero-width
        insertion may touch a neighbour). No-op edits are skipped. Edits that
        touch the same earlier change become one record with it.
        """
        cur = self.text
        todo = _checked(cur, edits)
        if not todo:
            return 0
        pieces = self._pieces
        # Current-text offsets of every piece, computed once: starts[i] and ends[i].
        starts = []
        ends = []
        offset = 0
        for p in pieces:
            starts.append(offset)
            offset += len(p.out) if p.out is not None else p.src_end - p.src_start
            ends.append(offset)
        gone = sorted({starts[i] for i, p in enumerate(pieces) if p.out == ""})
        if gone:
            todo = _split_removals(cur, todo, gone)
        source = self.input
        new: list[_Piece] = []
        append = new.append
        n = len(pieces)
        pi = 0
        for lo, hi, members in _group(todo, pieces, starts, ends):
            # Untouched pieces before the group; split a kept piece that straddles lo.
            first = bisect.bisect_right(ends, lo, pi)  # ends never decrease
            if first > pi:
                new.extend(pieces[pi:first])
                pi = first
            if pi < n and starts[pi] < lo:  # split the kept piece at lo: its head stays
                p = pieces[pi]
                mid = _split_at(p, lo - starts[pi])
                append(_Piece(p.src_start, mid))
                pieces[pi] = _Piece(mid, p.src_end)
                starts[pi] = lo
            src_lo = pieces[pi].src_start if pi < n else (pieces[-1].src_end if pieces else 0)
            src_hi = src_lo
            absorbed: list[_Piece] = []
            while pi < n and starts[pi] < hi and ends[pi] <= hi:
                if pieces[pi].rule is not None:
                    absorbed.append(pieces[pi])
                src_hi = pieces[pi].src_end
                pi += 1
            if pi < n and starts[pi] < hi:  # a kept piece straddles hi: its tail stays
                p = pieces[pi]
                src_hi = _split_at(p, hi - starts[pi])
                pieces[pi] = _Piece(src_hi, p.src_end)
                starts[pi] = hi
            piece = _group_piece(cur, lo, hi, members, src_lo, src_hi, absorbed)
            if piece.out == source[src_lo:src_hi]:  # later edits undid earlier ones
                piece = _Piece(src_lo, src_hi)
            if src_lo < src_hi or piece.out:  # an insertion removed again vanishes
                append(piece)
        new.extend(pieces[pi:])
        self._pieces = new
        self._text = None
        return len(todo)


def _checked(cur: str, edits: Iterable[tuple[str, Edit]]) -> list[tuple[str, Edit]]:
    todo = []
    size = len(cur)
    for rule_name, e in edits:
        start, end = e.start, e.end
        if not (0 <= start <= end <= size):
            raise RuleError(
                f"rule {rule_name!r} returned an edit at {start}:{end}, outside the text (length {size})"
            )
        if cur[start:end] != e.replacement:
            todo.append((rule_name, e))
    todo.sort(key=lambda re: (re[1].start, re[1].end))
    for (r1, e1), (r2, e2) in itertools.pairwise(todo):
        if e2.start < e1.end or (e1.start == e1.end == e2.start == e2.end):
            raise RuleError(
                f"overlapping edits: {r1!r} at {e1.start}:{e1.end} and {r2!r} at {e2.start}:{e2.end}"
            )
    return todo


def _split_removals(cur: str, todo: list[tuple[str, Edit]], gone: list[int]) -> list[tuple[str, Edit]]:
    """Cut each removal at earlier removals inside it, so both keep their own records.

    Removing "a\n" around a line an earlier filter removed needs no merged record:
    the two removals sit side by side in the trace, each with its rule and reason.
    A whitespace edit ("\n\n\n" → "\n" around a removed line) is cut the same way:
    its replacement goes to the first part, the other parts become removals, so
    collapsing blank lines never takes over the record of the line removed between them.
    """
    out: list[tuple[str, Edit]] = []
    for rule_name, e in todo:
        if e.start == e.end or (e.replacement and not cur[e.start : e.end].isspace()):
            out.append((rule_name, e))
            continue
        cuts = gone[bisect.bisect_right(gone, e.start) : bisect.bisect_left(gone, e.end)]
        if not cuts:
            out.append((rule_name, e))
            continue
        start, replacement = e.start, e.replacement
        for cut in cuts:
            out.append((rule_name, Edit(start, cut, replacement, e.reason)))
            start, replacement = cut, ""
        out.append((rule_name, Edit(start, e.end, replacement, e.reason)))
    return out


def _group(
    todo: list[tuple[str, Edit]], pieces: Sequence[_Piece], starts: Sequence[int], ends: Sequence[int]
) -> list[tuple[int, int, list[tuple[str, Edit]]]]:
    """Widen each edit to the earlier changes it touches; merge edits whose regions overlap."""
    groups: list[tuple[int, int, list[tuple[str, Edit]]]] = []
    n = len(pieces)
    j = 0
    g_hi = -1  # the end of the last group
    for item in todo:
        e = item[1]
        a, b = e.start, e.end
        lo, hi = a, b
        while j < n and ends[j] <= a:
            j += 1
        k = j
        while k < n and starts[k] < b:
            p = pieces[k]
            if p.rule is not None:
                p_lo, p_hi = starts[k], ends[k]
                if a == b:
                    touches = p_lo < a < p_hi
                elif p_hi > p_lo:
                    touches = p_lo < b and p_hi > a
                else:  # an earlier removal, now zero-width: absorbed only strictly inside
                    touches = a < p_lo < b
                if touches:
                    lo, hi = min(lo, p_lo), max(hi, p_hi)
            k += 1
        if lo < g_hi:
            g_lo, g_hi, members = groups[-1]
            members.append(item)
            g_lo, g_hi = min(g_lo, lo), max(g_hi, hi)
            groups[-1] = (g_lo, g_hi, members)
        else:
            g_hi = hi
            groups.append((lo, hi, [item]))
    return groups


def _split_at(p: _Piece, at: int) -> int:
    """The input offset ``at`` characters into the kept piece ``p``."""
    if p.out is not None:  # groups are widened to whole changes, so this cannot happen
        raise AssertionError("split inside a changed piece")
    return p.src_start + at


def _group_piece(
    cur: str,
    lo: int,
    hi: int,
    members: list[tuple[str, Edit]],
    src_lo: int,
    src_hi: int,
    absorbed: list[_Piece],
) -> _Piece:
    if len(members) == 1:  # the common case: one edit, its own name and reason
        name, e = members[0]
        out_text = (
            cur[lo : e.start] + e.replacement + cur[e.end : hi]
            if lo < e.start or e.end < hi
            else e.replacement
        )
        return _Piece(src_lo, src_hi, out_text, name, _merged(e.reason, absorbed) if absorbed else e.reason)
    out = []
    q = lo
    for _, e in members:
        out.append(cur[q : e.start])
        out.append(e.replacement)
        q = e.end
    out.append(cur[q:hi])
    names = list(dict.fromkeys(name for name, _ in members))
    reason = "; ".join(dict.fromkeys(e.reason for _, e in members))
    if len(names) > 1:
        reason += f" (with {', '.join(names[1:])})"
    return _Piece(src_lo, src_hi, "".join(out), names[0], _merged(reason, absorbed))


def _merged(reason: str, absorbed: Sequence[_Piece]) -> str:
    """The reason of an edit that swallowed earlier changes names them too."""
    earlier = [f"{p.rule}: {p.reason}" for p in absorbed]
    if not earlier:
        return reason
    return f"{reason} (after {'; '.join(earlier)})"


def apply_records(text: str, records: Iterable[Record]) -> str:
    """Rebuild the output from the input and its trace (the trace invariant).

    >>> from cleanwire.rule import Record
    >>> apply_records("ab cd", [Record("r", "removed", 2, 5, "cd", "", "why")])
    'ab'
    """
    out = []
    pos = 0
    for r in sorted(records, key=lambda r: (r.start, r.end)):
        if r.start < pos:
            raise ValueError(f"records overlap at {r.start}")
        out.append(text[pos : r.start])
        out.append(r.replacement)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)
