"""Accuracy on PolNeAR (evaluation only: read from ../shared/eval, never copied here).

usage: python bench/accuracy.py [--part test|calib|train|all] [--no-model | --accurate] [--every N]
                                [--out PRED.jsonl] [--thresholds]

--part picks articles by the split of training/polnear.py: "test" (the default) is held out from
the tagger's training and from the confidence fit; every figure in docs/accuracy.md is on it.

Runs claims over polnear-train's articles, scores with the corpus scorer
(overlap / Jaccard / all-spans F1, recall per type), and with --thresholds prints
precision at confidence thresholds (does confidence rank?).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SPLIT = EVAL / "polnear-train"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--every", type=int, default=1, help="use every Nth article (quick loop)")
    ap.add_argument("--out", help="keep predictions here")
    ap.add_argument("--thresholds", action="store_true", help="precision at confidence thresholds")
    ap.add_argument("--model")
    ap.add_argument("--part", default="test", choices=("test", "calib", "train", "all"))
    ap.add_argument("--no-model", action="store_true", help="the rules alone")
    ap.add_argument("--accurate", action="store_true", help="the accurate tagger (MiniLM token vectors; the [match] extra)")
    ap.add_argument("--min-confidence", type=float, help="default: the fitted threshold, as the CLI")
    ap.add_argument("--that-cost", action="store_true",
                    help="also score the same records with a leading 'that' put back into the content (PolNeAR's convention)")
    args = ap.parse_args()
    if not SPLIT.is_dir():
        print(f"no evaluation data at {SPLIT}; nothing to measure", file=sys.stderr)
        return 0
    sys.path.insert(0, str(ROOT))
    from claims import pipeline
    from claims.records import to_json
    from training.polnear import articles

    nlp = pipeline.load(args.model, learned=not args.no_model, min_confidence=args.min_confidence, accurate=args.accurate)
    setting = "rules alone" if args.no_model else ("rules and accurate tagger" if args.accurate else "rules and tagger")
    print(f"articles: {args.part}; {setting}; "
          f"min confidence {nlp.get_pipe('claims').min_confidence}", flush=True)
    files = articles(None if args.part == "all" else args.part)[:: args.every]
    out = Path(args.out) if args.out else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    texts = {p.stem: open(p, encoding="utf-8", newline="").read() for p in files}
    with out.open("w", encoding="utf-8") as fh:
        stems = list(texts)
        for stem, claims in zip(stems, pipeline.pipe_claims(nlp, [texts[s] for s in stems])):
            for c in claims:
                fh.write(json.dumps(to_json(c, stem)) + "\n")
    # A scratch split with the chosen articles. One gold attribution has no cue span, which
    # the scorer cannot compare; it gets an empty cue span (-1, -1) that nothing overlaps.
    split = Path(tempfile.mkdtemp())
    (split / "text").mkdir()
    for p in files:
        (split / "text" / p.name).symlink_to(p)
    gold = json.loads((SPLIT / "gold.json").read_text())
    keep = {f"text/{p.name}" for p in files}
    gold = [g for g in gold if g["file"] in keep]
    for g in gold:
        if g["cue_start"] is None:
            g["cue_start"] = g["cue_end"] = -1
    (split / "gold.json").write_text(json.dumps(gold))
    subprocess.run([sys.executable, str(EVAL / "score_polnear.py"), str(out), str(split), "--types", "--label", "claims"], check=True)
    # a record's content.fragments scored as the gold's own fragments are: how exact F1 is reported
    subprocess.run([sys.executable, str(EVAL / "score_polnear.py"), str(out), str(split), "--fragments", "--label", "fragments"], check=True)
    if args.that_cost:
        with_that = out.with_suffix(".that.jsonl")
        n = put_that_back(out, with_that, texts)
        print(f"\nthe same records, {n} of them with the 'that' before the content put back into it:")
        subprocess.run([sys.executable, str(EVAL / "score_polnear.py"), str(with_that), str(split), "--label", "with-that"], check=True)
    if args.thresholds:
        thresholds(out, split)
    return 0


_THAT = re.compile(r"\bthat\s+$", re.IGNORECASE)


def put_that_back(src: Path, dst: Path, texts: dict[str, str]) -> int:
    """Records whose content directly follows "that " start at "that" instead (a measurement of
    what claims' convention of leaving it out costs against PolNeAR's keeping it in)."""
    n = 0
    with src.open(encoding="utf-8") as fin, dst.open("w", encoding="utf-8") as fout:
        for line in fin:
            r = json.loads(line)
            text = texts[r["doc_id"]]
            a = r["content"]["start"]
            m = _THAT.search(text, max(0, a - 12), a)
            if m:
                r["content"]["start"] = m.start()
                n += 1
            fout.write(json.dumps(r) + "\n")
    return n


def thresholds(pred_path: Path, split: Path) -> None:
    """Precision of records at or above each confidence threshold (content overlap match)."""
    gold = json.loads((split / "gold.json").read_text())
    spans = defaultdict(list)
    for g in gold:
        spans[Path(g["file"]).stem].extend(g["content_fragments"])
    rows = []
    for line in pred_path.read_text().splitlines():
        r = json.loads(line)
        a, b = r["content"]["start"], r["content"]["end"]
        hit = any(a < gb and ga < b for ga, gb in spans[r["doc_id"]])
        rows.append((r["confidence"], hit))
    print("precision by confidence (records >= threshold; any-overlap with a gold content):")
    for t in (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9):
        sel = [h for c, h in rows if c >= t]
        if sel:
            print(f"  >= {t:.1f}: {sum(sel) / len(sel):.3f} of {len(sel)}")
    # expected calibration error: in ten bins of confidence, |mean confidence - share right|,
    # weighted by the bin's share of the records
    bins = defaultdict(list)
    for c, h in rows:
        bins[min(9, int(c * 10))].append((c, h))
    ece = sum(len(b) / len(rows) * abs(sum(c for c, _ in b) / len(b) - sum(h for _, h in b) / len(b)) for b in bins.values())
    print(f"expected calibration error (10 bins): {ece:.3f}")
    for k in sorted(bins):
        b = bins[k]
        print(f"  [{k / 10:.1f}, {(k + 1) / 10:.1f}): {len(b):5d} records, mean confidence {sum(c for c, _ in b) / len(b):.3f}, right {sum(h for _, h in b) / len(b):.3f}")


if __name__ == "__main__":
    sys.exit(main())
