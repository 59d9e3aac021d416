"""The frozen settings one Cleaner applies to every document."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

MetadataPolicy = Literal["strip", "keep"]


@dataclass(frozen=True)
class Config:
    """Settings shared by all rules of a pipeline.

    ``lang`` fixes the document language (skip detection); ``metadata`` says
    whether metadata lines (datelines, bylines, credits, sources) are stripped
    or kept; ``options`` maps a rule name to its option values.
    """

    lang: str | None = None
    metadata: MetadataPolicy = "strip"
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: MappingProxyType({}))
