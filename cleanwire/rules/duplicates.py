"""STUB: to be written."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Document
from ..rule import Drop, rule


@rule(kind="filter")
def drop_duplicates(doc: Document, ctx: Context) -> Iterator[Drop]:
    """STUB drop_duplicates."""
    return iter(())
