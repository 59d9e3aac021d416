"""STUB: to be written."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..rule import Edit, rule


@rule(kind="repair")
def restore_apostrophes(text: str, ctx: Context) -> Iterator[Edit]:
    """STUB restore_apostrophes."""
    return iter(())
