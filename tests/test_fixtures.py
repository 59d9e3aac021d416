"""Golden fixtures: every ``fixtures/*/NAME.input.txt`` against its expected output.

``NAME.expected.txt`` holds what the CLI writes for the input (the clean text
and a final newline). A case without an expected file must come out unchanged,
so its input must already be clean. Every case also checks the trace invariant
and idempotence. ``pytest --update-fixtures`` rewrites existing expected files
for an intended change; read the diff before committing.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

import cleanwire

from .conftest import check_trace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASES = sorted(FIXTURES.glob("*/*.input.txt"))


def as_file(text: str) -> str:
    """What the CLI writes for a clean text."""
    return text + "\n" if text else ""


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.name.removesuffix('.input.txt')}")
def test_fixture(case: Path, update_fixtures: bool) -> None:
    raw = read(case)
    expected_path = case.with_name(case.name.replace(".input.txt", ".expected.txt"))
    has_expected = expected_path.exists()
    expected = read(expected_path) if has_expected else raw

    result = cleanwire.clean_and_explain(raw)
    got = as_file(result.text)
    check_trace(result)

    if got != expected:
        if update_fixtures and has_expected:
            expected_path.write_bytes(got.encode("utf-8"))
            pytest.skip(f"rewrote {expected_path.name}: read the diff before committing")
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                got.splitlines(keepends=True),
                fromfile=str(expected_path if has_expected else case),
                tofile="cleanwire output",
            )
        )
        trace = cleanwire.format_trace(result)
        pytest.fail(f"output differs from the expected file:\n{diff}\ntrace:\n{trace}", pytrace=False)

    # Idempotence: clean text stays as it is.
    assert as_file(cleanwire.clean(expected)) == expected


def test_there_are_fixtures() -> None:
    assert len([c for c in CASES if c.parent.name == "seeds"]) == 5
    assert len([c for c in CASES if c.parent.name == "negative"]) >= 30
