"""Shared test options and checks."""

from __future__ import annotations

import os

import pytest

from cleanwire import Result, apply_records


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-fixtures",
        action="store_true",
        default=False,
        help="rewrite fixtures/*/*.expected.txt from the current output (read the diff before committing)",
    )


@pytest.fixture
def update_fixtures(request: pytest.FixtureRequest) -> bool:
    wanted = bool(request.config.getoption("--update-fixtures"))
    if wanted and os.environ.get("CI"):
        pytest.fail("--update-fixtures is for intended changes on a developer machine, never in CI")
    return wanted


def check_trace(result: Result) -> None:
    """The trace invariant: records are ordered, disjoint, true to the input and rebuild the output."""
    pos = 0
    for r in result.records:
        assert r.start >= pos, f"record {r} overlaps the one before it"
        assert r.start <= r.end
        assert r.text == result.input[r.start : r.end], f"record {r} misquotes the input"
        assert r.kind == ("removed" if r.replacement == "" else "repaired")
        assert r.rule and r.reason, f"record {r} lacks a rule name or reason"
        assert r.text != r.replacement, f"record {r} changes nothing"
        pos = r.end
    assert apply_records(result.input, result.records) == result.text
