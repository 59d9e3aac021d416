"""Render a trace for people: one block per record, readable at a glance."""

from __future__ import annotations

import bisect

from .result import Result

_WIDTH = 100


def _position(newlines: list[int], offset: int) -> str:
    line = bisect.bisect_right(newlines, offset - 1)
    col = offset - (newlines[line - 1] + 1 if line else 0)
    return f"{line + 1}:{col + 1}"


def _show(text: str, limit: int = _WIDTH) -> str:
    one = text.replace("\n", "⏎")
    return one if len(one) <= limit else one[: limit - 1] + "…"


def format_trace(result: Result) -> str:
    """The trace as text: for each record its position, rule, reason and text.

    A removal shows the removed text; a repair shows ``before → after``.
    """
    if not result.records:
        return "no changes\n"
    newlines = [i for i, c in enumerate(result.input) if c == "\n"]
    width = max(len(r.rule) for r in result.records)
    out = []
    for r in result.records:
        where = _position(newlines, r.start)
        head = f"{where:>8}  {r.kind:<8}  {r.rule:<{width}}  {r.reason}"
        if r.kind == "removed":
            body = f"{'':>10}- {_show(r.text)}"
        else:
            body = f"{'':>10}  {_show(r.text, 45)!r} → {_show(r.replacement, 45)!r}"
        out.append(head)
        out.append(body)
    removed = sum(r.kind == "removed" for r in result.records)
    n = len(result.records)
    out.append(
        f"{n} record{'s' if n != 1 else ''}: {removed} removed, {n - removed} repaired; "
        f"{len(result.input)} → {len(result.text)} characters"
        + (f"; language {result.lang}" if result.lang else "")
    )
    return "\n".join(out) + "\n"
