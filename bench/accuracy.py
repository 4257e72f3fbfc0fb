"""Accuracy on PolNeAR (evaluation only: read from ../shared/eval, never copied here).

usage: python bench/accuracy.py [--every N] [--out PRED.jsonl] [--thresholds]

Runs claims over polnear-train's articles, scores with the corpus scorer
(overlap / Jaccard / all-spans F1, recall per type), and with --thresholds prints
precision at confidence thresholds (does confidence rank?).
"""

from __future__ import annotations

import argparse
import json
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
    args = ap.parse_args()
    if not SPLIT.is_dir():
        print(f"no evaluation data at {SPLIT}; nothing to measure", file=sys.stderr)
        return 0
    sys.path.insert(0, str(ROOT))
    from claims import pipeline
    from claims.records import to_json

    nlp = pipeline.load(args.model)
    files = sorted((SPLIT / "text").glob("*.txt"))[:: args.every]
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
    if args.thresholds:
        thresholds(out, split)
    return 0


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


if __name__ == "__main__":
    sys.exit(main())
