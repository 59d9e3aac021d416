"""What :func:`cleanwire.clean_and_explain` returns."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .rule import Record


@dataclass(frozen=True)
class Result:
    """The cleaned text, the trace that explains it, and the input it came from.

    Unpacks as ``text, records = clean_and_explain(raw)``.
    """

    text: str
    records: tuple[Record, ...]
    input: str
    lang: str | None = None

    def __iter__(self) -> Iterator[Any]:
        yield self.text
        yield self.records

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: text, language and records."""
        return {"text": self.text, "lang": self.lang, "records": [r.to_dict() for r in self.records]}
