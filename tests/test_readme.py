"""The README matches the code: test command, rule catalogue, runnable examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import cleanwire

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def rule_catalogue() -> str:
    """The README's rule table, generated from the default registry."""
    rows = ["| rule | kind | default | languages | what it does |", "|---|---|---|---|---|"]
    for info in cleanwire.default_registry().describe():
        langs = ", ".join(info.languages) if info.languages else "any"
        summary = info.summary.replace("|", "\\|")
        rows.append(
            f"| `{info.name}` | {info.kind} | {'on' if info.default else 'off'} | {langs} | {summary} |"
        )
    return "\n".join(rows)


def readme() -> str:
    return README.read_text(encoding="utf-8")


def test_rule_catalogue_matches_registry(update_fixtures: bool) -> None:
    text = readme()
    assert START in text and END in text, "README needs the rule catalogue markers"
    head, rest = text.split(START, 1)
    current, tail = rest.split(END, 1)
    wanted = "\n" + rule_catalogue() + "\n"
    if current != wanted and update_fixtures:
        README.write_text(head + START + wanted + END + tail, encoding="utf-8")
        pytest.skip("rewrote the README rule catalogue: read the diff before committing")
    assert current == wanted, "README rule catalogue is stale: run pytest --update-fixtures"


def test_ci_runs_the_readme_test_command() -> None:
    match = re.search(r"^(python3 -m venv .*pytest.*)$", readme(), re.MULTILINE)
    assert match, "README must give the test command on a line of its own"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert match.group(1) in ci.splitlines()


def test_python_examples_run() -> None:
    blocks = re.findall(r"```python\n(.*?)```", readme(), re.DOTALL)
    assert blocks, "README should show Python examples"
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
