"""Errors cleanwire raises on bad configuration."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .trace import RuleError

__all__ = ["RuleError", "UnknownNameError", "UnknownOptionError", "UnknownRuleError"]


class UnknownNameError(ValueError):
    """A name that is not known; the message lists the close matches."""

    def __init__(self, what: str, name: str, known: Iterable[str]) -> None:
        known = sorted(known)
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        if not known:
            listing = " (there are none)"
        elif len(known) <= 12:
            listing = f" (known: {', '.join(known)})"
        else:
            listing = f" ({len(known)} are known; list them with cleanwire --list-rules)"
        super().__init__(f"unknown {what} {name!r}{hint}{listing}")
        self.name = name
        self.close_matches = close


class UnknownRuleError(UnknownNameError, KeyError):
    """No rule of that name in the registry."""

    def __init__(self, name: str, known: Iterable[str]) -> None:
        super().__init__("rule", name, known)

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownOptionError(UnknownNameError):
    """A rule has no option of that name."""

    def __init__(self, rule_name: str, name: str, known: Iterable[str]) -> None:
        super().__init__(f"option of rule {rule_name!r}:", name, known)
