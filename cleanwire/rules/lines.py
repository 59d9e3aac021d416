"""STUB: to be written."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..rule import Edit, rule


@rule(kind="repair")
def join_split_abbreviations(text: str, ctx: Context) -> Iterator[Edit]:
    """STUB join_split_abbreviations."""
    return iter(())


@rule(kind="repair")
def split_glued_sentences(text: str, ctx: Context) -> Iterator[Edit]:
    """STUB split_glued_sentences."""
    return iter(())
