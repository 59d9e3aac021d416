"""STUB: to be written."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Document
from ..rule import Drop, rule


@rule(kind="filter")
def drop_headline_ticker(doc: Document, ctx: Context) -> Iterator[Drop]:
    """STUB drop_headline_ticker."""
    return iter(())


@rule(kind="filter")
def drop_navigation(doc: Document, ctx: Context) -> Iterator[Drop]:
    """STUB drop_navigation."""
    return iter(())


@rule(kind="filter")
def drop_share_lines(doc: Document, ctx: Context) -> Iterator[Drop]:
    """STUB drop_share_lines."""
    return iter(())
