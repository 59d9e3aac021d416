"""STUB: to be written."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..rule import Edit, rule


@rule(kind="repair")
def fix_mojibake(text: str, ctx: Context) -> Iterator[Edit]:
    """STUB fix_mojibake."""
    return iter(())


@rule(kind="repair")
def remove_invisible_chars(text: str, ctx: Context) -> Iterator[Edit]:
    """STUB remove_invisible_chars."""
    return iter(())
