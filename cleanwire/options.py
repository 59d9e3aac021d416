"""Checking rule options: names against the rule, values against the defaults' types."""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .errors import UnknownOptionError, UnknownRuleError

if TYPE_CHECKING:
    from .registry import Registry

_TYPE_NAMES = {
    bool: "true or false",
    int: "an integer",
    float: "a number",
    str: "a string",
    list: "a list",
    tuple: "a list",
    frozenset: "a list",
    dict: "an object",
}


def checked_options(
    reg: Registry, options: Mapping[str, Mapping[str, Any]]
) -> Mapping[str, Mapping[str, Any]]:
    """``options`` frozen, after checking every rule name, option name and value type.

    A value must be of the kind of the option's default (an int where the
    default is an int, a list where it is a list or set, ...), so a typo such as
    ``{"min_run": "4"}`` fails when the Cleaner is made, not on every document.
    """
    out = {}
    for name, values in options.items():
        if name not in reg:
            raise UnknownRuleError(name, reg.names())
        r = reg.get(name)
        if not isinstance(values, Mapping):
            raise TypeError(f"options[{name!r}] must be a mapping of option names to values")
        for key, value in values.items():
            if key not in r.options:
                raise UnknownOptionError(name, key, r.options)
            default = r.options[key]
            if default is not None and not _same_kind(default, value):
                wanted = _TYPE_NAMES.get(type(default), f"a {type(default).__name__}")
                raise TypeError(
                    f"option {name}.{key} takes {wanted} "
                    f"(default {show_value(default)}), got {show_value(value)}"
                )
        out[name] = MappingProxyType(dict(values))
    return MappingProxyType(out)


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    if isinstance(default, (list, tuple, frozenset, set)):
        return isinstance(value, (list, tuple, frozenset, set))
    return isinstance(value, type(default))


def show_value(value: Any) -> str:
    """An option value as it would be typed after ``--option RULE.NAME=``.

    >>> show_value(4), show_value("x"), show_value(frozenset({"b", "a"}))
    ('4', '"x"', '["a", "b"]')
    """
    if isinstance(value, (frozenset, set)):
        value = sorted(value, key=str)
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)
