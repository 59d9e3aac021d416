"""An ordered, per-instance list of rules: the pipeline a Cleaner runs.

There is no process-wide registry: :func:`default_registry` returns a fresh
copy of the built-in rules every time, so changing one never touches another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import UnknownRuleError
from .rule import Kind, Rule, RuleFunc, rule


@dataclass(frozen=True)
class RuleInfo:
    """What ``--list-rules`` and the README catalogue show of a rule."""

    name: str
    kind: Kind
    summary: str
    enabled: bool
    default: bool
    languages: tuple[str, ...] | None
    options: Mapping[str, Any]


class Registry:
    """Rules in pipeline order, each enabled or disabled.

    >>> reg = default_registry()
    >>> reg.disable("drop_duplicates")
    >>> "drop_duplicates" in reg.names(enabled_only=True)
    False
    """

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: list[Rule] = []
        self._enabled: dict[str, bool] = {}
        for r in rules:
            self.add(r)

    # -- reading -----------------------------------------------------------
    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, name: object) -> bool:
        return name in self._enabled

    def names(self, *, enabled_only: bool = False) -> list[str]:
        """Rule names in pipeline order."""
        return [r.name for r in self._rules if not enabled_only or self._enabled[r.name]]

    def get(self, name: str) -> Rule:
        """The rule called ``name``; :class:`UnknownRuleError` lists close matches."""
        self._check(name)
        return next(r for r in self._rules if r.name == name)

    def is_enabled(self, name: str) -> bool:
        """Whether the rule called ``name`` runs."""
        self._check(name)
        return self._enabled[name]

    def enabled(self) -> list[Rule]:
        """The rules that run, in order."""
        return [r for r in self._rules if self._enabled[r.name]]

    def describe(self) -> list[RuleInfo]:
        """One :class:`RuleInfo` per rule, in pipeline order."""
        return [
            RuleInfo(
                name=r.name,
                kind=r.kind,
                summary=r.summary,
                enabled=self._enabled[r.name],
                default=r.default,
                languages=tuple(sorted(r.languages)) if r.languages is not None else None,
                options=dict(r.options),
            )
            for r in self._rules
        ]

    # -- changing ----------------------------------------------------------
    def add(
        self,
        new: Rule,
        *,
        before: str | None = None,
        after: str | None = None,
        enabled: bool | None = None,
    ) -> Rule:
        """Add ``new`` at the end, or just before/after the rule with that name."""
        if not isinstance(new, Rule):
            raise TypeError(
                f"add() takes a Rule, got {type(new).__name__}: "
                "wrap the function with @cleanwire.rule(kind=...)"
            )
        if new.name in self._enabled:
            raise ValueError(f"a rule named {new.name!r} is already registered; remove() it first")
        if before is not None and after is not None:
            raise ValueError("give before= or after=, not both")
        index = len(self._rules)
        if before is not None:
            index = self._index(before)
        elif after is not None:
            index = self._index(after) + 1
        self._rules.insert(index, new)
        self._enabled[new.name] = new.default if enabled is None else enabled
        return new

    def register(
        self,
        name: str | None = None,
        *,
        kind: Kind,
        before: str | None = None,
        after: str | None = None,
        **kwargs: Any,
    ) -> Callable[[RuleFunc], Rule]:
        """Decorator: make a rule from a function (as :func:`rule`) and add it here."""

        def wrap(func: RuleFunc) -> Rule:
            return self.add(rule(name, kind=kind, **kwargs)(func), before=before, after=after)

        return wrap

    def remove(self, name: str) -> Rule:
        """Take the rule called ``name`` out and return it."""
        i = self._index(name)
        del self._enabled[name]
        return self._rules.pop(i)

    def enable(self, name: str) -> None:
        """Run the rule called ``name``."""
        self._check(name)
        self._enabled[name] = True

    def disable(self, name: str) -> None:
        """Skip the rule called ``name``."""
        self._check(name)
        self._enabled[name] = False

    def copy(self) -> Registry:
        """An independent copy with the same rules and switches."""
        other = Registry()
        other._rules = list(self._rules)
        other._enabled = dict(self._enabled)
        return other

    def _index(self, name: str) -> int:
        self._check(name)
        return next(i for i, r in enumerate(self._rules) if r.name == name)

    def _check(self, name: str) -> None:
        if name not in self._enabled:
            raise UnknownRuleError(name, self._enabled)


def default_registry() -> Registry:
    """A fresh registry holding the built-in rules in their default order."""
    from .rules import BUILTIN_RULES

    return Registry(BUILTIN_RULES)
