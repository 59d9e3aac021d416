"""The speed benchmark: its arithmetic on hand-made numbers and the shape of its report.

No timing is asserted: the smoke test only checks that every table and every
pathological case is reported and that the exit code agrees with the PASS/FAIL column.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from bench._common import DataError
from bench.speed import (
    MB,
    choose_extractor,
    main,
    mb_per_s,
    median,
    one_line_of_prose,
    pathological_inputs,
    per_s,
    percentile,
    summarise,
)

MINIBENCH = Path(__file__).resolve().parent / "data" / "minibench"
CASES = (
    "1 MB on one line (real prose words, no newlines)",
    "45,000 empty lines",
    "100,000 dots",
    "10,000 repetitions of one short line",
    "1 MB paragraph of one repeated word",
)


def test_median_of_odd_and_even_counts() -> None:
    assert median([5, 1, 3]) == 3
    assert median([4, 1, 3, 2]) == 2.5
    assert median([7]) == 7
    with pytest.raises(ValueError, match="no values"):
        median([])


def test_percentile_interpolates_between_ranks() -> None:
    values = [10, 20, 30, 40, 50]
    assert percentile(values, 0) == 10
    assert percentile(values, 100) == 50
    assert percentile(values, 50) == 30
    assert percentile(values, 25) == 20
    assert percentile(values, 90) == pytest.approx(46)  # position 3.6: 40 + 0.6 * 10
    assert percentile([3, 1, 2], 50) == 2  # input order does not matter
    assert percentile(list(range(1, 101)), 99) == pytest.approx(99.01)
    with pytest.raises(ValueError, match="0-100"):
        percentile(values, 101)
    with pytest.raises(ValueError, match="no values"):
        percentile([], 50)


def test_throughput_arithmetic() -> None:
    assert mb_per_s(1_000_000, 1_000_000_000) == 1.0  # 1 MB in 1 s
    assert mb_per_s(3_000_000, 500_000_000) == 6.0  # 3 MB in 0.5 s
    assert mb_per_s(500_000, 2_000_000_000) == 0.25
    assert mb_per_s(10, 0) == math.inf
    assert per_s(88, 2_000_000_000) == 44.0
    assert per_s(3, 250_000_000) == 12.0


def test_summarise_takes_median_runs_and_pooled_percentiles() -> None:
    # 2 MB over three runs of 1 s, 2 s and 4 s: median run 2 s -> 1 MB/s; 4 docs -> 2 docs/s
    s = summarise(2 * MB, 4, [1_000_000_000, 4_000_000_000, 2_000_000_000], [1_000_000, 3_000_000, 2_000_000])
    assert s["mb_s"] == 1.0
    assert s["docs_s"] == 2.0
    assert s["p50_ms"] == 2.0
    assert s["p99_ms"] == pytest.approx(2.98)
    assert s["max_ms"] == 3.0
    assert s["run_s"] == [1.0, 4.0, 2.0]


def test_one_line_of_prose_stays_under_the_size_on_one_line() -> None:
    text = one_line_of_prose(["First  paragraph here.\nSecond one.", "Über café"], size=100)
    assert "\n" not in text
    assert "  " not in text
    assert 90 < len(text.encode("utf-8")) <= 100
    assert text.startswith("First paragraph here. Second one. Über café First")


def test_pathological_inputs_have_the_promised_shapes() -> None:
    cases = dict(pathological_inputs(["The talks will go on."]))
    assert tuple(cases) == CASES
    line = cases[CASES[0]]
    assert "\n" not in line
    assert MB - 30 < len(line.encode("utf-8")) <= MB
    assert cases["45,000 empty lines"] == "\n" * 45_000
    assert cases["100,000 dots"] == "." * 100_000
    repeated = cases["10,000 repetitions of one short line"].splitlines()
    assert len(repeated) == 10_000
    assert len(set(repeated)) == 1
    word = cases["1 MB paragraph of one repeated word"]
    assert "\n" not in word
    assert len(set(word.split())) == 1
    assert MB - 10 < len(word) <= MB


def test_extractor_choice_falls_back_or_errors_clearly(tmp_path: Path) -> None:
    assert choose_extractor(MINIBENCH, None) == (
        "raw-text",
        "output/html-text.json not found; using output/raw-text.json",
    )
    assert choose_extractor(MINIBENCH, "good-extractor") == ("good-extractor", "")
    with pytest.raises(DataError, match="known extractors: good-extractor, raw-text, wrapped-markdown"):
        choose_extractor(MINIBENCH, "html-text")
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "other.json").write_text("{}", encoding="utf-8")
    with pytest.raises(DataError, match="pass --extractor NAME; known extractors: other"):
        choose_extractor(tmp_path, None)


def test_too_few_runs_and_bad_data_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--data", str(MINIBENCH), "--runs", "4"])
    assert "--runs must be at least 5" in capsys.readouterr().err
    assert main(["--data", str(tmp_path), "--no-progress"]) == 2
    assert "bench.speed:" in capsys.readouterr().err


def test_smoke_report_on_minibench(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_json = tmp_path / "speed.json"
    code = main(
        ["--data", str(MINIBENCH), "--runs", "5", "--quick", "--no-progress", "--json", str(out_json)]
    )
    out = capsys.readouterr().out
    report = json.loads(out_json.read_text(encoding="utf-8"))

    for heading in ("## Throughput", "## clean / ftfy.fix_text", "## Memory", "## Pathological inputs"):
        assert heading in out
    assert "Machine: " in out
    assert "raw-text" in out
    for corpus in ("raw page texts (output/raw-text.json)", "gold bodies (ground-truth.json)"):
        assert f"| {corpus} | 3 | " in out
    assert out.count("| cleanwire.clean |") == 2
    assert out.count("| ftfy.fix_text |") == 2
    for point in ("after import", "after warm-up", "peak after both corpora", "peak at the end"):
        assert f"| {point}" in out
    for case in CASES:
        assert f"| {case} |" in out
    assert "Target (clean ≥ 2x ftfy.fix_text" in out

    assert set(report["machine"]) >= {"cores", "python", "platform", "commit", "date"}
    assert report["runs"] == 5
    assert report["extractor"] == "raw-text"
    assert set(report["corpora"]) == {"raw", "gold"}
    for corpus in report["corpora"].values():
        assert corpus["docs"] == 3
        assert corpus["bytes"] > 0
        assert set(corpus["warmup_s"]) == {"clean", "ftfy"}
        for tool in ("clean", "ftfy"):
            assert set(corpus[tool]) == {"mb_s", "docs_s", "p50_ms", "p99_ms", "max_ms", "run_s"}
            assert len(corpus[tool]["run_s"]) == 5
        assert len(corpus["ratio"]["per_run"]) == 5
    assert set(report["rss_mb"]) >= {"after_import", "after_warmup", "peak_after_corpora", "peak"}
    assert report["rss_mb"]["peak"] >= report["rss_mb"]["peak_after_corpora"]
    assert set(report["lazy_modules_loaded"]) == {"ftfy", "wordfreq", "langdetect"}
    cases = report["pathological"]["cases"]
    assert [c["name"] for c in cases] == list(CASES)
    assert all(len(c["times_s"]) == 1 for c in cases)  # --quick times each case once
    assert report["target"]["met"] == (report["target"]["measured"] >= 2.0)
    failed = [c["name"] for c in cases if not c["pass"]]
    assert code == (1 if failed else 0)
    assert report["all_pass"] == (not failed)
    assert out.count("| FAIL |") == len(failed)
    assert out.count("| PASS |") == len(CASES) - len(failed)
