"""Inputs nobody planned for, measured in one run: time against the bare parse, and memory.

usage: python bench/pathological.py [--sizes 1,10,40] [--lines 6000]

Prints, for each shape, the seconds claims takes, the seconds the bare spaCy pipeline takes to
parse the same text (in the same pieces), and their ratio (target <= 1.5); then the growth of
time when the text grows 4x (linear is 4); then the peak memory (max RSS) of one
`claims extract` process on a document of 1, 10 and 40 MB made of a real article repeated.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,10,40", help="document sizes in MB for the memory runs ('' for none)")
    ap.add_argument("--lines", type=int, default=6000)
    ap.add_argument("--memory-only", action="store_true", help="skip the timing shapes")
    args = ap.parse_args()
    import spacy

    import claims
    from claims import pipeline

    nlp = pipeline.load()
    bare = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")

    def timed(fn) -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    def bare_parse(text: str) -> None:
        for _ in bare.pipe(p for _, p in pipeline.pieces(pipeline.parse_copy(text), pipeline.PIECE)):
            pass

    n = args.lines
    speakers = ["HOLT", "CLINTON", "TRUMP"]
    shapes = {
        "quote-dense lines": 'He said "x".\n' * n,
        "one long paragraph": 'He said "x". ' * n,
        "transcript": "The debate was moderated by Lester Holt. Hillary Clinton and Donald Trump took part.\n"
                      + "".join(f"{speakers[i % 3]}: We will talk about jobs and the economy tonight, number {i}.\n" for i in range(n // 2)),
        "quote marks only (50 KB)": '"' * 50_000,
        "nested parentheses (40 KB)": "(" * 20_000 + ")" * 20_000,
        "one 200,000-character sentence": "Officials said that " + ", ".join(["the dam on the river held"] * 7700) + ".",
        # cues nested in one sentence, each holding the rest: quadratic before sentences were bounded
        "nested cues (20 KB)": '"He said, ' * 2_000,
        "nested cues in parentheses (24 KB)": '"He said (that (it (was (fine' * 800 + ")" * 3_200,
        # one paragraph of quotes broken by their cues: each looked at every earlier holder's cue words
        "interrupted quotes, one paragraph": '"We tried," Mr. Lee, the consultant, said, "and we failed." ' * (n // 6),
    }
    if args.memory_only:
        shapes = {}
    else:
        print(f"{'shape':34s} {'chars':>9s} {'claims s':>9s} {'bare s':>8s} {'ratio':>6s}")
    for name, text in shapes.items():
        t_claims = timed(lambda: claims.extract(text, nlp=nlp))
        t_bare = timed(lambda: bare_parse(text))
        print(f"{name:34s} {len(text):9,d} {t_claims:9.2f} {t_bare:8.2f} {t_claims / t_bare:6.2f}")
    if shapes:
        small, big = 'He said "x".\n' * (n // 4), 'He said "x".\n' * n
        t_small, t_big = timed(lambda: claims.extract(small, nlp=nlp)), timed(lambda: claims.extract(big, nlp=nlp))
        print(f"\ntext 4x longer (quote-dense lines): time {t_big / t_small:.2f}x (linear: 4)")

    article = (ROOT / "seeds" / "ashkenazi-axios.txt").read_text(encoding="utf-8")
    print(f"\n{'document':10s} {'peak MiB':>9s} {'seconds':>8s}")
    for mb in (float(s) for s in args.sizes.split(",") if s.strip()):
        with tempfile.TemporaryDirectory() as tmp:
            doc = Path(tmp) / "big.jsonl"
            text = (article + "\n") * int(mb * 1_000_000 / (len(article) + 1))
            doc.write_text(json.dumps({"id": f"{mb:g}MB", "text": text}) + "\n", encoding="utf-8")
            start = time.perf_counter()
            # GNU time reports the peak of the claims process alone (a child forked from this
            # process would count this process's pages until its exec)
            proc = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-m", "claims", "extract", str(doc), "-o",
                                   str(Path(tmp) / "out.jsonl"), "--workers", "1", "--doc-timeout", "0", "--quiet"],
                                  check=True, capture_output=True, text=True)
            seconds = time.perf_counter() - start
            peak = int(proc.stderr.strip().splitlines()[-1]) / 1024
        print(f"{mb:g} MB{'':6s} {peak:9.0f} {seconds:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
