"""Loading the benchmark layout, progress on stderr, machine facts for reports."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


class DataError(Exception):
    """The --data folder is not in the benchmark's layout."""


def load_gold(data: Path) -> dict[str, str]:
    """Page id -> gold article body, from ``ground-truth.json``."""
    path = data / "ground-truth.json"
    if not path.is_file():
        raise DataError(
            f"{path} not found: --data must point at a folder in the article-extraction-benchmark "
            "layout (ground-truth.json, output/*.json)"
        )
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {key: (value.get("articleBody") or "") for key, value in sorted(raw.items())}


def load_outputs(data: Path, only: list[str] | None = None) -> dict[str, dict[str, str]]:
    """Extractor name -> page id -> that extractor's text, from ``output/*.json``."""
    files = sorted((data / "output").glob("*.json"))
    if not files:
        raise DataError(f"no extractor outputs in {data / 'output'}")
    known = [f.stem for f in files]
    if only:
        missing = [name for name in only if name not in known]
        if missing:
            raise DataError(f"unknown extractor(s) {', '.join(missing)}; known: {', '.join(known)}")
        files = [f for f in files if f.stem in only]
    out = {}
    for f in files:
        raw = json.loads(f.read_text(encoding="utf-8"))
        out[f.stem] = {key: (value.get("articleBody") or "") for key, value in raw.items()}
    return out


class Progress:
    """A progress line on stderr, shown only once a run has taken a few seconds."""

    def __init__(self, total: int, label: str, *, after: float = 2.0, enabled: bool = True) -> None:
        self.total = total
        self.label = label
        self.done = 0
        self.start = time.monotonic()
        self.after = after
        self.enabled = enabled
        self._last = 0.0
        self._shown = False
        self._tty = sys.stderr.isatty()

    def step(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if not self.enabled or now - self.start < self.after:
            return
        interval = 0.25 if self._tty else 10.0
        if now - self._last < interval and self.done < self.total:
            return
        self._last = now
        self._shown = True
        frac = self.done / self.total if self.total else 1.0
        bar = "#" * int(frac * 30)
        msg = f"{self.label} [{bar:<30}] {self.done}/{self.total} {now - self.start:5.1f}s"
        sys.stderr.write(("\r" + msg) if self._tty else (msg + "\n"))
        sys.stderr.flush()

    def close(self) -> None:
        if self._shown and self._tty:
            sys.stderr.write("\n")
            sys.stderr.flush()


def machine() -> dict[str, Any]:
    """Facts a results table needs: cores, Python, platform, commit."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
            cwd=Path(__file__).resolve().parent,
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": commit or "unknown",
        "date": time.strftime("%Y-%m-%d"),
    }


def emit(report: dict[str, Any], table: str, json_path: Path | None) -> None:
    """Write the markdown ``table`` to stdout and, if asked, the full ``report`` as JSON."""
    sys.stdout.write(table)
    if json_path is not None:
        json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
