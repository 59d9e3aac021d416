"""Lines and blocks of the current text, as filters see them.

A filter gets a :class:`Document`: the current text split into lines (on ``\\n``),
each knowing its span, plus which lines earlier filters in the same stage have
already dropped. Blocks are runs of non-blank lines between blank lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the current text, without its newline."""

    index: int
    start: int
    end: int
    text: str
    blank: bool = False  #: True when the line holds only whitespace


@dataclass
class Document:
    """The current text as lines, for filters.

    ``dropped`` maps a line index to the name of the filter that dropped it;
    filters later in the same stage can read it (and should not drop a line
    twice: the pipeline ignores lines already dropped).
    """

    text: str
    lines: tuple[Line, ...]
    dropped: dict[int, str] = field(default_factory=dict)
    _nonblank: list[Line] | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.lines)

    def is_kept(self, i: int) -> bool:
        """Whether line ``i`` has not been dropped so far."""
        return i not in self.dropped

    def kept(self) -> Iterator[Line]:
        """The lines not dropped so far, blank ones included."""
        dropped = self.dropped
        return iter([line for line in self.lines if line.index not in dropped])

    def content(self) -> Iterator[Line]:
        """The non-blank lines not dropped so far."""
        dropped = self.dropped
        if not dropped:
            return iter(self._content)
        return iter([line for line in self._content if line.index not in dropped])

    @property
    def _content(self) -> list[Line]:
        if self._nonblank is None:
            self._nonblank = [line for line in self.lines if not line.blank]
        return self._nonblank

    def next_content(self, i: int) -> Line | None:
        """The first non-blank, not dropped line after line ``i``."""
        lines, dropped = self.lines, self.dropped
        for j in range(i + 1, len(lines)):
            if j not in dropped and not lines[j].blank:
                return lines[j]
        return None

    def prev_content(self, i: int) -> Line | None:
        """The last non-blank, not dropped line before line ``i``."""
        lines, dropped = self.lines, self.dropped
        for j in range(i - 1, -1, -1):
            if j not in dropped and not lines[j].blank:
                return lines[j]
        return None

    def blocks(self) -> list[tuple[Line, ...]]:
        """Runs of non-blank lines separated by blank lines (dropped lines included)."""
        out: list[tuple[Line, ...]] = []
        run: list[Line] = []
        for line in self.lines:
            if line.blank:
                if run:
                    out.append(tuple(run))
                    run = []
            else:
                run.append(line)
        if run:
            out.append(tuple(run))
        return out


def segment(text: str) -> Document:
    """Split ``text`` into a :class:`Document` of lines.

    >>> [line.text for line in segment("a\\n\\nb").lines]
    ['a', '', 'b']
    """
    lines = []
    pos = 0
    for i, part in enumerate(text.split("\n")):
        lines.append(Line(i, pos, pos + len(part), part, not part.strip()))
        pos += len(part) + 1
    if not text:
        lines = []
    return Document(text, tuple(lines))
