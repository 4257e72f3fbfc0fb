"""How long claims match and claims cluster take, and how that grows with size, on one worker.

Claims: the contents of a run (records claims extract wrote; e.g. over ../shared/eval/polnear-train:
``claims extract ../shared/eval/polnear-train -o /tmp/polnear.jsonl``), made up to the size asked
for by variants of them (a word dropped, lower-cased: what reposting does). Archive: the CLEF
CheckThat! 2020 task 2 fact-checks (see bench/match_clef.py), each claim and each headline an item.

    python bench/match_speed.py --run /tmp/polnear.jsonl --clef /tmp/clef [--methods lexical,minilm] [--what match,cluster]

Prints a Markdown table: the stage, the sizes, seconds (one run each: the sizes are far apart)
and the ratio of each size's time to the smallest, beside the ratio of the sizes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims.match import normal, search  # noqa: E402
from claims.match.cluster import cluster  # noqa: E402
from claims.match.commands import build_index  # noqa: E402
from claims.match.items import Item  # noqa: E402


def claims_of(run: Path, n: int) -> list[Item]:
    texts, speakers = [], []
    with open(run, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            texts.append(r["content"]["text"])
            speakers.append((r.get("speaker") or {}).get("name") or "")
    rng = random.Random(0)
    out = []
    for i in range(n):
        text, speaker = texts[i % len(texts)], speakers[i % len(texts)]
        if i >= len(texts):  # a variant: one word dropped, lower-cased
            words = text.split()
            if len(words) > 3:
                del words[rng.randrange(len(words))]
            text = " ".join(words).lower()
        out.append(Item(f"c{i}", text, {"speaker": speaker, "doc_id": f"d{i // 20}"} if speaker else {"doc_id": f"d{i // 20}"}, i))
    return out


def archive_of(clef: Path, n: int) -> list[str]:  # claims and headlines as items of their own
    from match_clef import _tsv

    rows = _tsv(clef / "v3.0" / "verified_claims.docs.tsv")
    items = [r[1] for r in rows] + [r[2] for r in rows if len(r) > 2]
    return [normal.text(t) for t in items[:n]]


def timed(fn):
    t0 = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", type=Path, required=True)
    ap.add_argument("--clef", type=Path, required=True)
    ap.add_argument("--methods", default="lexical")
    ap.add_argument("--what", default="match,cluster")
    ap.add_argument("--match-sizes", default="2500x5000,5000x10000,10000x20000")
    ap.add_argument("--cluster-sizes", default="10000,30000,100000")
    args = ap.parse_args()
    print("| what | method | size | seconds | time ratio | size ratio |")
    print("|---|---|---|---|---|---|")
    for method in args.methods.split(","):
        if "match" in args.what:
            base = None
            for size in args.match_sizes.split(","):
                n_claims, n_archive = map(int, size.split("x"))
                archive = archive_of(args.clef, n_archive)
                claims = [normal.text(c.text) for c in claims_of(args.run, n_claims)]
                index, t_index = timed(lambda: build_index("minilm+lexical" if method == "minilm" else method, archive))
                _, t_search = timed(lambda: sum(1 for _ in search.top_k(index, claims, 5)))
                total = t_index + t_search
                base = base or (total, n_claims * n_archive)
                print(f"| match | {method} | {n_claims:,} claims x {n_archive:,} fact-checks | {total:.1f} (index {t_index:.1f}) "
                      f"| {total / base[0]:.2f} | {n_claims * n_archive / base[1]:.2f} |", flush=True)
        if "cluster" in args.what:
            base = None
            for size in map(int, args.cluster_sizes.split(",")):
                items = claims_of(args.run, size)
                found, seconds = timed(lambda: list(cluster(items, method, 0.75 if method == "minilm" else 0.5)))
                base = base or (seconds, size)
                print(f"| cluster | {method} | {size:,} claims ({len(found):,} clusters) | {seconds:.1f} | {seconds / base[0]:.2f} "
                      f"| {size / base[1]:.2f} |", flush=True)


if __name__ == "__main__":
    main()
