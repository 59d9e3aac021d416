"""Every built-in rule documents itself with an example, and the example is true.

pytest's doctest collector does not look inside ``Rule`` objects (they are not
functions), so the examples in rule docstrings are run here.
"""

from __future__ import annotations

import doctest
import sys

import pytest

from cleanwire import Rule
from cleanwire.rules import BUILTIN_RULES


@pytest.mark.parametrize("r", BUILTIN_RULES, ids=lambda r: r.name)
def test_rule_docstring_example_runs(r: Rule) -> None:
    doc = r.func.__doc__ or ""
    assert ">>>" in doc, f"{r.name}: the docstring needs an example"
    module = sys.modules[r.func.__module__]
    tests = doctest.DocTestFinder(recurse=False).find(r.func, r.name, globs=dict(vars(module)))
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in tests:
        runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
