"""Is confidence calibrated for every kind of claim? Expected calibration error (ECE, 10 bins)
and mean confidence against the share right, overall and per class, type and speaker kind, on
PolNeAR articles held out from the fit (read from ../shared/eval, never copied here).

usage: python bench/calibration.py [--part test|calib] [--accurate]

A claim counts as right as in training/calibrate.py: its content overlaps a gold content.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "polnear-train"


def ece(pairs: list[tuple[float, int]], bins: int = 10) -> float:
    buckets: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for p, y in pairs:
        buckets[min(bins - 1, int(p * bins))].append((p, y))
    return sum(len(b) / len(pairs) * abs(sum(p for p, _ in b) / len(b) - sum(y for _, y in b) / len(b)) for b in buckets.values())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="test", choices=("test", "calib"))
    ap.add_argument("--accurate", action="store_true", help="the accurate tagger (MiniLM token vectors; the [match] extra)")
    args = ap.parse_args()
    if not EVAL.is_dir():
        print(f"no evaluation data at {EVAL}; nothing to measure", file=sys.stderr)
        return 0
    sys.path.insert(0, str(ROOT))
    from claims import pipeline
    from training.polnear import articles, gold_by_article, read

    nlp = pipeline.load(min_confidence=0.0, accurate=args.accurate)
    files = articles(args.part)
    gold = gold_by_article()
    groups: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for path, claims in zip(files, pipeline.pipe_claims(nlp, [read(p) for p in files])):
        spans = [f for g in gold.get(path.stem, []) for f in g["content_fragments"]]
        for c in claims:
            right = int(any(c.content.start < b and a < c.content.end for a, b in spans))
            kind = c.speaker.kind if c.speaker is not None else "(no speaker)"
            for key in ("all", f"class {c.claim_class}", f"type {c.type}", f"speaker {kind}"):
                groups[key].append((c.confidence, right))
    print(f"articles: {args.part} ({len(files)}); every claim (min confidence 0)")
    print(f"{'group':28s} {'claims':>7s} {'mean conf':>9s} {'right':>6s} {'ECE':>6s}")
    for key in sorted(groups, key=lambda k: (k != "all", k)):
        pairs = groups[key]
        if len(pairs) < 20:
            continue
        print(f"{key:28s} {len(pairs):7d} {sum(p for p, _ in pairs) / len(pairs):9.3f} {sum(y for _, y in pairs) / len(pairs):6.3f} {ece(pairs):6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
