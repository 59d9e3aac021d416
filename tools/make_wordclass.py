"""Derive ``cleanwire/lexicons/wordclass.en.txt`` from LemmInflect's lemma tables.

``restore_apostrophes`` needs to know, for a few thousand common English words,
whether a word can be a noun, a verb form that follows a plural subject
("live", "fled"), only a third-person-singular verb form ("appeals"), an
adjective, an adverb or an auxiliary, and whether a noun form is an inflected
plural ("airplanes" of "airplane") or a noun in its own right ending in -s
("news", "series", "goods"). LemmInflect (MIT licence, Copyright (C) 2019 Brad
Jascob, https://github.com/bjascob/LemmInflect) ships exactly that, derived
from the NIH SPECIALIST Lexicon (public domain), in two CSV tables:

* ``resources/lemma_lu.csv.gz``: ``form,pos,lemma[/lemma...]``
* ``resources/infl_lu.csv.gz``: ``lemma,verb,VBD,VBN,VBG,VBZ`` (and noun/adj rows)

This script reads those tables straight from a LemmInflect wheel (or an
installed copy, located without importing it, so numpy is not needed), keeps
lower-case single words whose wordfreq Zipf frequency is at least
``--min-zipf``, and writes one ``word<TAB>classes`` line per word. Class
letters:

    n  noun form               p  inflected noun form (a plural: lemma != form)
    l  noun lemma ending in -s (its own noun: "news", "series", "goods")
    v  verb form other than the 3rd person singular (base, past, participles)
    z  3rd person singular verb form ("appeals")
    a  adjective               r  adverb               x  auxiliary

cleanwire has no run-time dependency on LemmInflect: only the derived file is
shipped. Regenerate with (the wheel is fetched from PyPI with pip, not at run
time)::

    pip download --no-deps -d /tmp/li lemminflect==0.2.3
    python tools/make_wordclass.py --wheel /tmp/li/lemminflect-0.2.3-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import io
import zipfile
from collections import defaultdict
from pathlib import Path

from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parent.parent / "cleanwire" / "lexicons" / "wordclass.en.txt"
TABLES = ("lemma_lu.csv.gz", "infl_lu.csv.gz")
ORDER = "nplvzarx"


def read_tables(wheel: Path | None) -> dict[str, list[list[str]]]:
    """The two CSV tables as rows, from a wheel or an installed LemmInflect."""
    raw: dict[str, bytes] = {}
    if wheel is not None:
        with zipfile.ZipFile(wheel) as zf:
            for name in TABLES:
                raw[name] = zf.read(f"lemminflect/resources/{name}")
    else:
        spec = importlib.util.find_spec("lemminflect")
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit("lemminflect is not installed: pass --wheel PATH")
        base = Path(next(iter(spec.submodule_search_locations))) / "resources"
        for name in TABLES:
            raw[name] = (base / name).read_bytes()
    out = {}
    for name, data in raw.items():
        text = gzip.decompress(data).decode("utf-8")
        out[name] = list(csv.reader(io.StringIO(text)))
    return out


def classes(tables: dict[str, list[list[str]]]) -> dict[str, set[str]]:
    """Word -> set of class letters (see the module docstring)."""
    third_singular: set[str] = set()
    other_verb_forms: set[str] = set()
    for row in tables["infl_lu.csv.gz"]:
        if len(row) >= 6 and row[1] == "verb":
            other_verb_forms.update(f for col in (row[0], *row[2:5]) for f in col.split("/") if f)
            third_singular.update(f for f in row[5].split("/") if f)
    out: dict[str, set[str]] = defaultdict(set)
    for form, pos, lemmas in tables["lemma_lu.csv.gz"]:
        if not form.isalpha() or not form.islower():
            continue
        cls = out[form]
        if pos == "noun":
            cls.add("n")
            for lemma in lemmas.split("/"):
                if lemma != form:
                    cls.add("p")
                elif form.endswith("s"):
                    cls.add("l")
        elif pos == "verb":
            if form in other_verb_forms or form not in third_singular:
                cls.add("v")
            if form in third_singular:
                cls.add("z")
        elif pos == "adj":
            cls.add("a")
        elif pos == "adv":
            cls.add("r")
        elif pos == "aux":
            cls.add("x")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, help="a lemminflect wheel (default: the installed package)")
    parser.add_argument("--min-zipf", type=float, default=2.5, help="keep words at least this frequent")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    table = classes(read_tables(args.wheel))
    rows = []
    for word in sorted(table):
        if zipf_frequency(word, "en") >= args.min_zipf:
            letters = "".join(c for c in ORDER if c in table[word])
            rows.append(f"{word}\t{letters}\n")
    header = (
        "# Word classes of common English words, derived by tools/make_wordclass.py from\n"
        "# LemmInflect 0.2.3 (MIT, (C) 2019 Brad Jascob; data from the NIH SPECIALIST Lexicon),\n"
        f"# words with wordfreq Zipf >= {args.min_zipf}. Letters: n noun, p inflected (plural)\n"
        "# noun form, l noun lemma ending in -s, v verb form (not 3sg), z 3sg verb form,\n"
        "# a adjective, r adverb, x auxiliary. Do not edit by hand: regenerate.\n"
    )
    args.out.write_text(header + "".join(rows), encoding="utf-8")
    print(f"wrote {len(rows)} words to {args.out}")


if __name__ == "__main__":
    main()
