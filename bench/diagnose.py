"""Where the PolNeAR errors are (evaluation only: reads ../shared/eval, prints, writes nothing).

usage: python bench/diagnose.py PRED.jsonl [--samples N] [--part test|calib|train|all]

PRED.jsonl is what `bench/accuracy.py --out PRED.jsonl` kept. Predictions are matched to gold
one to one by content Jaccard, as score_polnear.py does, then counted:
  - matched claims by gold type and whether the speaker and cue spans are right;
  - speaker misses: gold has no source / we have none / both present but elsewhere;
  - the cue words of the gold attributions nobody matched, and the cue lemmas of our
    predictions that matched nothing.
--samples N prints N examples of each speaker-miss bucket (to read, never to copy). --part keeps
the articles of one part (training/polnear.py; default all), predictions and gold alike.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
from collections import Counter, defaultdict
from pathlib import Path

SPLIT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "polnear-train"
SKIP = set(string.whitespace) | set(string.punctuation) | set("“”‘’—–…")


def _chars(text: str, ranges) -> set[int]:
    return {i for a, b in ranges for i in range(a, b) if text[i] not in SKIP}


def _span(d) -> tuple[int, int] | None:
    return (d["start"], d["end"]) if isinstance(d, dict) and isinstance(d.get("start"), int) else None


def _overlap(a, b) -> bool:
    return a is not None and b is not None and None not in a and a[0] < b[1] and b[0] < a[1]


def match(pred_path: Path, keep: set[str] | None = None):
    """(matches, unmatched gold, unmatched predictions), each item carrying the article text."""
    gold = json.loads((SPLIT / "gold.json").read_text())
    texts = {p.stem: open(p, encoding="utf-8", newline="").read() for p in (SPLIT / "text").glob("*.txt")}
    gold_by, pred_by = defaultdict(list), defaultdict(list)
    for g in gold:
        gold_by[Path(g["file"]).stem].append(g)
    for line in pred_path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        pred_by[r["doc_id"]].append(r)
    matches, lost, extra = [], [], []
    for stem in sorted(set(gold_by) | set(pred_by)):
        if keep is not None and stem not in keep:
            continue
        text, golds, preds = texts[stem], gold_by.get(stem, []), pred_by.get(stem, [])
        gsets = [_chars(text, g["content_fragments"]) for g in golds]
        psets = [_chars(text, [_span(p["content"])]) for p in preds]
        pairs = sorted(((len(a & b) / len(a | b), i, j) for i, a in enumerate(gsets) for j, b in enumerate(psets) if a & b), reverse=True)
        used_g, used_p = set(), set()
        for _, i, j in pairs:
            if i not in used_g and j not in used_p:
                used_g.add(i)
                used_p.add(j)
                matches.append((text, golds[i], preds[j]))
        lost += [(text, g) for i, g in enumerate(golds) if i not in used_g]
        extra += [(text, p) for j, p in enumerate(preds) if j not in used_p]
    return matches, lost, extra


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("--samples", type=int, default=0)
    ap.add_argument("--part", default="all", choices=("test", "calib", "train", "all"))
    args = ap.parse_args()
    if not SPLIT.is_dir():
        print(f"no evaluation data at {SPLIT}", file=sys.stderr)
        return 0
    keep = None
    if args.part != "all":
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from training.polnear import articles

        keep = {p.stem for p in articles(args.part)}
    matches, lost, extra = match(Path(args.pred), keep)
    by_type: Counter = Counter()
    misses: dict[str, list] = defaultdict(list)
    for text, g, p in matches:
        gsrc = None if g["source_missing"] else (g["source_start"], g["source_end"])
        psrc = _span(p.get("speaker"))
        src_ok = (gsrc is None and psrc is None) or _overlap(gsrc, psrc)
        cue_ok = _overlap((g["cue_start"], g["cue_end"]), _span(p.get("cue")))
        by_type[(g["type"], "speaker ok" if src_ok else "speaker wrong", "cue ok" if cue_ok else "cue wrong")] += 1
        if not src_ok:
            bucket = "gold has no source" if gsrc is None else "we have no speaker" if psrc is None else "both, elsewhere"
            misses[bucket].append((g["source_text"], (p.get("speaker") or {}).get("text"), g["cue_text"], (p["cue"] or {}).get("text")))
    print(f"{len(matches)} matched, {len(lost)} gold unmatched, {len(extra)} predictions unmatched")
    for key in sorted(by_type):
        print(f"  {' / '.join(key):45s} {by_type[key]}")
    print("speaker misses:", {k: len(v) for k, v in misses.items()})
    rnd = random.Random(0)
    for k, rows in misses.items():
        for row in rnd.sample(rows, min(args.samples, len(rows))):
            print(f"  [{k}] gold {row[0]!r} ours {row[1]!r} (cues {row[2]!r} / {row[3]!r})")
    cues = Counter((g["cue_text"] or "").lower().strip() for _, g in lost)
    print("unmatched gold, by cue:", ", ".join(f"{c} {n}" for c, n in cues.most_common(40)))
    lemmas = Counter((p["cue"] or {}).get("lemma", "(no cue)") for _, p in extra)
    print("unmatched predictions, by cue lemma:", ", ".join(f"{c} {n}" for c, n in lemmas.most_common(40)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
