"""Smoke test: the extraction bench runs end to end on our own three-page dataset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import extraction

MINI = Path(__file__).resolve().parent / "data" / "minibench"


def test_extraction_bench_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.json"
    assert extraction.main(["--data", str(MINI), "--json", str(out), "--no-progress"]) == 0
    table = capsys.readouterr().out
    for name in ("raw-text", "good-extractor", "wrapped-markdown"):
        assert f"| {name} |" in table
    assert "Gold through clean" in table
    assert "| rule | false removals | true removals |" in table
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["pages"] == 3
    raw = report["extractors"]["raw-text"]
    assert raw["f1_after"] > raw["f1_before"]  # menus, share lines and the appeal go
    good = report["extractors"]["good-extractor"]
    assert good["f1_before"] == 1.0
    assert good["delta_f1"] >= 0
    assert report["gold_through_clean"]["pages"] == 3
    assert report["rules"]["drop_navigation"]["true"] > 0


def test_extractors_option_and_bad_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert extraction.main(["--data", str(MINI), "--extractors", "raw-text", "--no-progress"]) == 0
    table = capsys.readouterr().out
    assert "| raw-text |" in table
    assert "good-extractor" not in table
    assert extraction.main(["--data", str(MINI), "--extractors", "nope", "--no-progress"]) == 2
    assert "unknown extractor" in capsys.readouterr().err
    assert extraction.main(["--data", str(tmp_path), "--no-progress"]) == 2
    assert "ground-truth.json" in capsys.readouterr().err
